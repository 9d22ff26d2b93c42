using ArabicNews.Nlp.Segmentation;

namespace ArabicNews.Nlp.Cli.Output;

/// <summary>
/// The clitic segments of token <paramref name="tokenIndex"/> for <c>--segment</c>: those the analyzer already made
/// (<see cref="Analysis.AnalyzedDocument.GetSegments"/>), or the segmenter's, written into <paramref name="scratch"/>
/// (tokenize, which runs no analyzer).
/// </summary>
/// <param name="tokenIndex">The token's index.</param>
/// <param name="scratch">Room for <see cref="ArabicSegmenter.MaxSegmentsPerWord"/> segments, for a source that computes them.</param>
internal delegate ReadOnlySpan<Segment> TokenSegments(int tokenIndex, Span<Segment> scratch);
