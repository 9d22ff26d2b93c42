using Microsoft.ML;

namespace ArabicNews.Nlp.ML;

/// <summary>Registration of this package's transforms with an <see cref="MLContext"/>.</summary>
public static class ArabicNewsMLContextExtensions
{
    /// <summary>
    /// Registers this assembly's mapping factories with <paramref name="mlContext"/>'s component catalog, so
    /// <c>mlContext.Model.Load</c> can rebuild a saved pipeline that uses
    /// <see cref="ArabicNewsTransformsCatalogExtensions"/>. Call it once per context before loading: ML.NET finds the
    /// factories by their contract names only in assemblies it knows of, and in a process that loads a model without
    /// having touched this package's types, it knows nothing of this one. Building and saving a pipeline do not need it.
    /// </summary>
    /// <param name="mlContext">The context that will load models.</param>
    /// <returns><paramref name="mlContext"/>, for chaining.</returns>
    /// <example>
    /// <code>
    /// var ml = new MLContext().RegisterArabicNewsTransforms();
    /// ITransformer model = ml.Model.Load("topics.zip", out DataViewSchema schema);
    /// </code>
    /// </example>
    public static MLContext RegisterArabicNewsTransforms(this MLContext mlContext)
    {
        ArgumentNullException.ThrowIfNull(mlContext);
        mlContext.ComponentCatalog.RegisterAssembly(typeof(ArabicNewsMLContextExtensions).Assembly);
        return mlContext;
    }
}
