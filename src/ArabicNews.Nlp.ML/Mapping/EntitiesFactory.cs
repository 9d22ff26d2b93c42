using Microsoft.ML.Transforms;

namespace ArabicNews.Nlp.ML.Mapping;

/// <summary>Extracts entity features through the ArabicNewsAnalyzer facade. Registered under <see cref="ContractName"/> so saved pipelines load.</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class EntitiesFactory : CustomMappingFactory<TextRow, WordsRow>
{
    /// <summary>The name a saved pipeline records this mapping under.</summary>
    public const string ContractName = "ArabicNews.Nlp.Entities";

    /// <inheritdoc/>
    public override Action<TextRow, WordsRow> GetMapping() => static (input, output) => Mappings.Entities(input, output);
}
