namespace ArabicNews.Nlp.Tokenization;

/// <summary>A token: a span of the original text and its kind. Offsets are UTF-16 code units.</summary>
/// <param name="Start">Where the token starts.</param>
/// <param name="Length">How many UTF-16 code units it covers.</param>
/// <param name="Kind">What it is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>The exclusive end of the token.</summary>
    public int End => Start + Length;

    /// <summary>True for the word kinds: Arabic, Latin and other-script words.</summary>
    public bool IsWord => Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.OtherWord;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    /// <param name="text">The text the token was found in.</param>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>The token's text as a new string.</summary>
    /// <param name="text">The text the token was found in.</param>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}
