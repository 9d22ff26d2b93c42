using System.Buffers;

namespace ArabicNews.Nlp.Tokenization;

/// <summary>
/// Splits text into sentences. A sentence ends at . ! ? ؟ … (with any closing quotation marks or brackets after
/// them) and at a line break, which ends a paragraph. It does not end inside a number, after a common abbreviation
/// (د. م. ص.), or inside quotation marks that close in the same paragraph. Stateless and thread-safe.
/// </summary>
public sealed class SentenceSplitter
{
    // A plain array searched only after a word followed by '.': building a frozen set (and compiling its span
    // lookup) cost more at start-up than a few comparisons per sentence ever will.
    private static readonly string[] Abbreviations =
    [
        // One-letter Arabic abbreviations: د. (doctor), م. (engineer / AD), ص. (page), ق.م. (BC), هـ. (hijri), ج. and ت.
        "د", "م", "ص", "ق", "ه", "هـ", "ج", "ت", "أ", "ش", "س", "ك",
        "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "vs", "etc", "Inc", "Ltd", "No",
    ];

    private SentenceSplitter()
    {
    }

    /// <summary>The sentence splitter.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>Splits <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The text.</param>
    public Sentence[] Split(ReadOnlySpan<char> text) => Split(text, ArabicTokenizer.Default.GetTokens(text));

    /// <summary>Splits a text into sentences, given its tokens from <see cref="ArabicTokenizer"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">The text's tokens, in order.</param>
    public Sentence[] Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var sentences = new List<Sentence>();
        int paragraphStart = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            bool lastOfParagraph = i + 1 == tokens.Length || HasLineBreak(text[tokens[i].End..tokens[i + 1].Start]);
            if (lastOfParagraph)
            {
                SplitParagraph(text, tokens[paragraphStart..(i + 1)], sentences);
                paragraphStart = i + 1;
            }
        }

        return sentences.ToArray();
    }

    private static bool HasLineBreak(ReadOnlySpan<char> gap) => gap.IndexOfAny('\n', '\r', '\u2029') >= 0 || gap.Contains('\u2028');

    private void SplitParagraph(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> sentences)
    {
        int[] quoteDepth = ArrayPool<int>.Shared.Rent(tokens.Length + 1);
        try
        {
            MarkQuotedTokens(text, tokens, quoteDepth.AsSpan(0, tokens.Length + 1));
            int start = 0;
            int depth = 0;
            for (int i = 0; i < tokens.Length; i++)
            {
                depth += quoteDepth[i];
                bool closesQuotedSentence = depth > 0 && depth + quoteDepth[i + 1] == 0 && i > 0 &&
                    tokens[i].Kind == TokenKind.Punctuation && IsCloser(text[tokens[i].Start]) && IsTerminator(text, tokens, i - 1);
                if (!closesQuotedSentence && (depth > 0 || !IsTerminator(text, tokens, i)))
                {
                    continue;
                }

                // Take further terminators and closing marks into this sentence: "...!»" or "؟!".
                int last = i;
                while (last + 1 < tokens.Length && tokens[last + 1].Kind == TokenKind.Punctuation &&
                       (IsTerminatorChar(text[tokens[last + 1].Start]) || IsCloser(text[tokens[last + 1].Start])) &&
                       quoteDepth[last + 1] <= 0)
                {
                    last++;
                    depth += quoteDepth[last];
                }

                sentences.Add(new Sentence(tokens[start].Start, tokens[last].End));
                start = last + 1;
                i = last;
            }

            if (start < tokens.Length)
            {
                sentences.Add(new Sentence(tokens[start].Start, tokens[^1].End));
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(quoteDepth);
        }
    }

    private bool IsTerminator(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        Token token = tokens[i];
        if (token.Kind != TokenKind.Punctuation || !IsTerminatorChar(text[token.Start]))
        {
            return false;
        }

        if (text[token.Start] == '.' && i > 0 && tokens[i - 1].End == token.Start && tokens[i - 1].IsWord &&
            IsAbbreviation(tokens[i - 1].Slice(text)))
        {
            return false;
        }

        return true;
    }

    private static bool IsTerminatorChar(char c) => c is '.' or '!' or '?' or '؟' or '…';

    private static bool IsCloser(char c) => c is '»' or '”' or '"' or '›' or ')' or ']' or '’' or '\'';

    /// <summary>
    /// Writes +1 at each opening mark whose closing mark is in the paragraph and -1 just after that closing mark, so a
    /// running sum is positive exactly inside closed quotations. A stack keeps it linear; unclosed marks count for nothing.
    /// </summary>
    private static void MarkQuotedTokens(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> delta)
    {
        delta.Clear();
        int[] stack = ArrayPool<int>.Shared.Rent(Math.Max(4, tokens.Length));
        try
        {
            int top = 0;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind != TokenKind.Punctuation)
                {
                    continue;
                }

                char c = text[tokens[i].Start];
                char? expectedOpener = c switch { '»' => '«', '”' => '“', '›' => '‹', _ => null };
                if (c is '«' or '“' or '‹')
                {
                    stack[top++] = i;
                }
                else if (c == '"')
                {
                    // A straight quote closes an open straight quote, otherwise opens one.
                    int open = FindOpen(text, tokens, stack, top, '"');
                    if (open >= 0)
                    {
                        Close(stack, ref top, open, i, delta);
                    }
                    else
                    {
                        stack[top++] = i;
                    }
                }
                else if (expectedOpener is char opener)
                {
                    int open = FindOpen(text, tokens, stack, top, opener);
                    if (open >= 0)
                    {
                        Close(stack, ref top, open, i, delta);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(stack);
        }
    }

    private static int FindOpen(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int[] stack, int top, char opener)
    {
        // Only the few innermost open marks are searched: deep, broken nesting must not make this quadratic.
        for (int k = top - 1; k >= Math.Max(0, top - 4); k--)
        {
            if (text[tokens[stack[k]].Start] == opener)
            {
                return k;
            }
        }

        return -1;
    }

    private static void Close(int[] stack, ref int top, int openIndex, int closeToken, Span<int> delta)
    {
        delta[stack[openIndex]] += 1;
        delta[closeToken + 1] -= 1;
        top = openIndex;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (string a in Abbreviations)
        {
            if (word.SequenceEqual(a))
            {
                return true;
            }
        }

        return false;
    }
}
