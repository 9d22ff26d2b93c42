using ArabicNews.Nlp.Text;
using Microsoft.ML.Transforms;

namespace ArabicNews.Nlp.ML.Mapping;

/// <summary>Tokenizes, splits clitics off Arabic words and normalizes each word with ArabicTextNormalization.Matching. Registered under <see cref="ContractName"/> so saved pipelines load.</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class TokenizeSegmentedMatchingFactory : CustomMappingFactory<TextRow, WordsRow>
{
    /// <summary>The name a saved pipeline records this mapping under.</summary>
    public const string ContractName = "ArabicNews.Nlp.TokenizeSegmentedMatching";

    /// <inheritdoc/>
    public override Action<TextRow, WordsRow> GetMapping() => static (input, output) => Mappings.Tokenize(ArabicNormalizer.Matching, segment: true, input, output);
}
