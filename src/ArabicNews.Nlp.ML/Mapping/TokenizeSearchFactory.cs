using ArabicNews.Nlp.Text;
using Microsoft.ML.Transforms;

namespace ArabicNews.Nlp.ML.Mapping;

/// <summary>Tokenizes and normalizes each word with ArabicTextNormalization.Search. Registered under <see cref="ContractName"/> so saved pipelines load.</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class TokenizeSearchFactory : CustomMappingFactory<TextRow, WordsRow>
{
    /// <summary>The name a saved pipeline records this mapping under.</summary>
    public const string ContractName = "ArabicNews.Nlp.TokenizeSearch";

    /// <inheritdoc/>
    public override Action<TextRow, WordsRow> GetMapping() => static (input, output) => Mappings.Tokenize(ArabicNormalizer.Search, segment: false, input, output);
}
