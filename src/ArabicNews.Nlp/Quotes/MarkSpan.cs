namespace ArabicNews.Nlp.Quotes;

/// <summary>A stretch of text between quotation marks, found by <see cref="QuoteMarkScanner"/>.</summary>
/// <param name="OpenToken">The token index of the opening mark.</param>
/// <param name="CloseToken">The token index of the closing mark, or -1 when the mark is never closed in its paragraph.</param>
/// <param name="FirstToken">The first token inside the marks.</param>
/// <param name="LastToken">The last token inside the marks (inclusive).</param>
/// <param name="Depth">0 for an outermost quotation, 1 for one nested inside it, and so on.</param>
internal readonly record struct MarkSpan(int OpenToken, int CloseToken, int FirstToken, int LastToken, int Depth)
{
    /// <summary>True when the closing mark was found.</summary>
    public bool IsClosed => CloseToken >= 0;
}
