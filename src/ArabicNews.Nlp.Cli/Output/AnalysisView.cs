using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Cli.Output;

/// <summary>What the renderers show of one analyzed document (built from an <see cref="AnalyzedDocument"/>, or by tests).</summary>
/// <param name="Name">The document's name (its file name), for titles.</param>
/// <param name="Text">The analyzed text; every span is an offset into it.</param>
/// <param name="Sentences">The sentences.</param>
/// <param name="Tokens">The tokens.</param>
/// <param name="Entities">The entities.</param>
/// <param name="Quotes">The quotes.</param>
internal sealed record AnalysisView(string Name, string Text, IReadOnlyList<Sentence> Sentences, IReadOnlyList<Token> Tokens, IReadOnlyList<Entity> Entities, IReadOnlyList<Quote> Quotes)
{
    public static AnalysisView From(string name, AnalyzedDocument document) =>
        new(name, document.Text, document.Sentences, document.Tokens, document.Entities, document.Quotes);
}
