using ArabicNews.Nlp.Text;
using Microsoft.ML.Transforms;

namespace ArabicNews.Nlp.ML.Mapping;

/// <summary>Tokenizes, splits clitics off Arabic words and normalizes each word with ArabicTextNormalization.Minimal. Registered under <see cref="ContractName"/> so saved pipelines load.</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class TokenizeSegmentedMinimalFactory : CustomMappingFactory<TextRow, WordsRow>
{
    /// <summary>The name a saved pipeline records this mapping under.</summary>
    public const string ContractName = "ArabicNews.Nlp.TokenizeSegmentedMinimal";

    /// <inheritdoc/>
    public override Action<TextRow, WordsRow> GetMapping() => static (input, output) => Mappings.Tokenize(ArabicNormalizer.Minimal, segment: true, input, output);
}
