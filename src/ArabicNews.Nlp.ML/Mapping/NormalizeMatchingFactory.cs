using ArabicNews.Nlp.Text;
using Microsoft.ML.Transforms;

namespace ArabicNews.Nlp.ML.Mapping;

/// <summary>Normalizes with ArabicTextNormalization.Matching. Registered under <see cref="ContractName"/> so saved pipelines load.</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class NormalizeMatchingFactory : CustomMappingFactory<TextRow, NormalizedTextRow>
{
    /// <summary>The name a saved pipeline records this mapping under.</summary>
    public const string ContractName = "ArabicNews.Nlp.NormalizeMatching";

    /// <inheritdoc/>
    public override Action<TextRow, NormalizedTextRow> GetMapping() => static (input, output) => Mappings.Normalize(ArabicNormalizer.Matching, input, output);
}
