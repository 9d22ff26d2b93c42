namespace ArabicNews.Nlp.Tokenization;

/// <summary>
/// Splits text into tokens: words, numbers, punctuation, symbols, URLs, e-mail addresses, hashtags, mentions and
/// emoji. Tokens are in order, never overlap, and cover every character except separators (white space, control
/// characters, and zero-width or bidi controls standing between tokens). Stateless and thread-safe.
/// </summary>
/// <example>
/// <code>
/// foreach (Token token in ArabicTokenizer.Default.Tokenize("قال بوتين: 3.5%"))
/// {
///     // قال (ArabicWord), بوتين (ArabicWord), ":" (Punctuation), 3.5% (Number)
/// }
/// </code>
/// </example>
public sealed class ArabicTokenizer
{
    private const int BatchSize = 128;

    private ArabicTokenizer()
    {
    }

    /// <summary>The tokenizer.</summary>
    public static ArabicTokenizer Default { get; } = new();

    /// <summary>
    /// Enumerates the tokens of <paramref name="text"/> without allocating: one by one in a <c>foreach</c>, or in
    /// batches written into a span of yours with <see cref="TokenEnumerator.Read(Span{Token})"/> (faster).
    /// </summary>
    /// <param name="text">The text.</param>
    public TokenEnumerator Tokenize(ReadOnlySpan<char> text) => new(text);

    /// <summary>The tokens of <paramref name="text"/> as an array.</summary>
    /// <param name="text">The text.</param>
    public Token[] GetTokens(ReadOnlySpan<char> text)
    {
        var tokens = new List<Token>(Math.Max(4, text.Length / 6));
        Span<Token> batch = stackalloc Token[BatchSize];
        TokenEnumerator enumerator = Tokenize(text);
        for (int n; (n = enumerator.Read(batch)) > 0;)
        {
            tokens.AddRange(batch[..n]);
        }

        return tokens.ToArray();
    }

    /// <summary>Counts the tokens of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    public int CountTokens(ReadOnlySpan<char> text)
    {
        int count = 0;
        Span<Token> batch = stackalloc Token[BatchSize];
        TokenEnumerator enumerator = Tokenize(text);
        for (int n; (n = enumerator.Read(batch)) > 0;)
        {
            count += n;
        }

        return count;
    }
}
