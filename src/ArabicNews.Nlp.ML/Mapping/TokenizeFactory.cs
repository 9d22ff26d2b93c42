using Microsoft.ML.Transforms;

namespace ArabicNews.Nlp.ML.Mapping;

/// <summary>Tokenizes without normalizing. Registered under <see cref="ContractName"/> so saved pipelines load.</summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class TokenizeFactory : CustomMappingFactory<TextRow, WordsRow>
{
    /// <summary>The name a saved pipeline records this mapping under.</summary>
    public const string ContractName = "ArabicNews.Nlp.Tokenize";

    /// <inheritdoc/>
    public override Action<TextRow, WordsRow> GetMapping() => static (input, output) => Mappings.Tokenize(null, segment: false, input, output);
}
