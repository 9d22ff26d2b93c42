namespace ArabicNews.Nlp;

/// <summary>A span of the caller's original text, [<see cref="Start"/>, <see cref="End"/>) in UTF-16 code units.</summary>
/// <param name="Start">Where the span starts.</param>
/// <param name="End">Where it ends (exclusive).</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The span's length.</summary>
    public int Length => End - Start;

    /// <summary>The span's characters in <paramref name="text"/>.</summary>
    /// <param name="text">The text the span refers to.</param>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Start..End];
    }

    /// <summary>True when the two spans share at least one character.</summary>
    /// <param name="other">The other span.</param>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies within this span.</summary>
    /// <param name="other">The other span.</param>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;
}
