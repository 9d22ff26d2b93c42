using System.Buffers;

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
        // Tokens are read straight into a pooled buffer (news has about one token per five characters), so the only
        // allocation is the exact-size result.
        Token[] buffer = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 4));
        int count = 0;
        try
        {
            TokenEnumerator enumerator = Tokenize(text);
            while (true)
            {
                if (count == buffer.Length)
                {
                    Token[] larger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<Token>.Shared.Return(buffer);
                    buffer = larger;
                }

                int n = enumerator.Read(buffer.AsSpan(count));
                if (n == 0)
                {
                    break;
                }

                count += n;
            }

            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
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
