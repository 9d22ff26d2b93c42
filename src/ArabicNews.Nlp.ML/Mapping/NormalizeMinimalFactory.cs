using ArabicNews.Nlp.Text;
using Microsoft.ML.Transforms;

namespace ArabicNews.Nlp.ML.Mapping;

/// <summary>Normalizes with ArabicTextNormalization.Minimal. Registered under <see cref="ContractName"/> so saved pipelines load.</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class NormalizeMinimalFactory : CustomMappingFactory<TextRow, NormalizedTextRow>
{
    /// <summary>The name a saved pipeline records this mapping under.</summary>
    public const string ContractName = "ArabicNews.Nlp.NormalizeMinimal";

    /// <inheritdoc/>
    public override Action<TextRow, NormalizedTextRow> GetMapping() => static (input, output) => Mappings.Normalize(ArabicNormalizer.Minimal, input, output);
}
