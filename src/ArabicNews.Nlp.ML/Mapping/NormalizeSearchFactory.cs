using ArabicNews.Nlp.Text;
using Microsoft.ML.Transforms;

namespace ArabicNews.Nlp.ML.Mapping;

/// <summary>Normalizes with ArabicTextNormalization.Search. Registered under <see cref="ContractName"/> so saved pipelines load.</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class NormalizeSearchFactory : CustomMappingFactory<TextRow, NormalizedTextRow>
{
    /// <summary>The name a saved pipeline records this mapping under.</summary>
    public const string ContractName = "ArabicNews.Nlp.NormalizeSearch";

    /// <inheritdoc/>
    public override Action<TextRow, NormalizedTextRow> GetMapping() => static (input, output) => Mappings.Normalize(ArabicNormalizer.Search, input, output);
}
