using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Analysis;

/// <summary>Everything the analyzer found in one document. Every span is an offset into <see cref="Text"/>.</summary>
public sealed class AnalyzedDocument
{
    private readonly Segment[] _segments;

    // Token i's segments are _segments[_segmentStarts[i].._segmentStarts[i + 1]]; empty when the analyzer did not segment.
    private readonly int[] _segmentStarts;

    internal AnalyzedDocument(string text, NormalizedText normalized, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens, Segment[] segments, int[] segmentStarts, IReadOnlyList<Entity> entities, IReadOnlyList<Quote> quotes)
    {
        Text = text;
        Normalized = normalized;
        Sentences = sentences;
        Tokens = tokens;
        _segments = segments;
        _segmentStarts = segmentStarts;
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

    /// <summary>
    /// The clitic segments of every token, in text order (those of token 0, then of token 1, ...): they tile each token
    /// exactly, with offsets into <see cref="Text"/>. A token that is not an Arabic word is one stem segment (a number
    /// with a percent sign: stem and symbol). Empty when <see cref="AnalyzerOptions.SegmentClitics"/> is off.
    /// </summary>
    public IReadOnlyList<Segment> Segments => _segments;

    /// <summary>The named entities, in order.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The attributed statements, in order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>
    /// The clitic segments of token <paramref name="tokenIndex"/> (a slice of <see cref="Segments"/>; nothing is
    /// allocated): وبسوريا → و | ب | سوريا. Empty when <see cref="AnalyzerOptions.SegmentClitics"/> is off.
    /// </summary>
    /// <param name="tokenIndex">An index into <see cref="Tokens"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tokenIndex"/> is not an index into <see cref="Tokens"/>.</exception>
    /// <example>
    /// <code>
    /// for (int i = 0; i &lt; doc.Tokens.Count; i++)
    ///     foreach (Segment s in doc.GetSegments(i))
    ///         Console.WriteLine($"{s.GetText(doc.Text)} {s.Role}");
    /// </code>
    /// </example>
    public ReadOnlySpan<Segment> GetSegments(int tokenIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokenIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(tokenIndex, Tokens.Count);
        if (_segmentStarts.Length == 0)
        {
            return [];
        }

        int start = _segmentStarts[tokenIndex];
        return _segments.AsSpan(start, _segmentStarts[tokenIndex + 1] - start);
    }
}
