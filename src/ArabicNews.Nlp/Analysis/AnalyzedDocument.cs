using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Analysis;

/// <summary>Everything the analyzer found in one document. Every span is an offset into <see cref="Text"/>.</summary>
public sealed class AnalyzedDocument
{
    internal AnalyzedDocument(string text, NormalizedText normalized, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens, IReadOnlyList<Entity> entities, IReadOnlyList<Quote> quotes)
    {
        Text = text;
        Normalized = normalized;
        Sentences = sentences;
        Tokens = tokens;
        Entities = entities;
        Quotes = quotes;
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>The normalized view of the text, with its offset map.</summary>
    public NormalizedText Normalized { get; }

    /// <summary>The sentences, in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The tokens, in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The named entities, in order.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The attributed statements, in order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }
}
