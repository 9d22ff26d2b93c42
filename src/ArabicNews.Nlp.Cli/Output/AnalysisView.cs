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
    /// <summary>Each token's clitic segments, written to the JSON (<c>--segment</c>); null for none.</summary>
    public TokenSegments? Segments { get; init; }

    /// <summary>The view of an analyzed document.</summary>
    /// <param name="name">The document's name.</param>
    /// <param name="document">The analysis.</param>
    /// <param name="segments">Whether the view gives the tokens' segments: the document's own, so its analyzer must have segmented.</param>
    public static AnalysisView From(string name, AnalyzedDocument document, bool segments = false)
    {
        if (segments && document.Segments.Count == 0 && document.Tokens.Count > 0)
        {
            throw new InvalidOperationException("The document was analyzed without AnalyzerOptions.SegmentClitics.");
        }

        return new(name, document.Text, document.Sentences, document.Tokens, document.Entities, document.Quotes)
        {
            Segments = segments ? (i, _) => document.GetSegments(i) : null,
        };
    }
}
