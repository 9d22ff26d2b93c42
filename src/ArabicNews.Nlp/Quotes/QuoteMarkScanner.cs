using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Quotes;

/// <summary>
/// Pairs quotation marks (" “ ” „ « » ‹ ›) paragraph by paragraph with a stack: nested marks nest, a closing mark closes
/// the nearest open mark of its family (closing any marks opened inside it), a stray closing mark is ignored, and a
/// mark still open at the end of its paragraph runs to that end. Straight " is read as opening or closing from the
/// characters around it. One pass, amortized constant work per mark: linear in the text.
/// </summary>
internal static class QuoteMarkScanner
{
    private const int Guillemet = 0;
    private const int Single = 1;
    private const int Double = 2;

    /// <summary>Scans the tokens; <paramref name="paragraphEnd"/>[i] is the exclusive end token of i's paragraph.</summary>
    public static List<MarkSpan> Scan(string text, ReadOnlySpan<Token> tokens, int[] paragraphEnd)
    {
        var spans = new List<MarkSpan>();
        var stack = new List<(int Token, int Family)>();
        Span<int> open = stackalloc int[3];
        int i = 0;
        while (i < tokens.Length)
        {
            int end = paragraphEnd[i];
            stack.Clear();
            open.Clear();
            for (; i < end; i++)
            {
                Token token = tokens[i];
                if (token.Length != 1 || token.Kind is not (TokenKind.Punctuation or TokenKind.Symbol))
                {
                    continue;
                }

                char c = text[token.Start];
                int family;
                bool opens;
                switch (c)
                {
                    case '«':
                        family = Guillemet;
                        opens = true;
                        break;
                    case '»':
                        family = Guillemet;
                        opens = false;
                        break;
                    case '‹':
                        family = Single;
                        opens = true;
                        break;
                    case '›':
                        family = Single;
                        opens = false;
                        break;
                    case '“' or '„':
                        family = Double;
                        opens = !(Context(text, token) < 0 && open[Double] > 0);
                        break;
                    case '”':
                        family = Double;
                        opens = Context(text, token) > 0 && open[Double] == 0;
                        break;
                    case '"':
                        family = Double;
                        int context = Context(text, token);
                        opens = context > 0 || (context == 0 && open[Double] == 0);
                        break;
                    default:
                        continue;
                }

                if (opens)
                {
                    stack.Add((i, family));
                    open[family]++;
                    continue;
                }

                if (open[family] == 0)
                {
                    continue; // a stray closing mark
                }

                // Close the nearest open mark of this family; marks opened inside it end here too.
                while (stack.Count > 0)
                {
                    var (openToken, openFamily) = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    open[openFamily]--;
                    AddSpan(spans, openToken, openFamily == family ? i : -1, i - 1, stack.Count);
                    if (openFamily == family)
                    {
                        break;
                    }
                }
            }

            // Marks still open run to the paragraph's end.
            while (stack.Count > 0)
            {
                var (openToken, openFamily) = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                open[openFamily]--;
                AddSpan(spans, openToken, -1, end - 1, stack.Count);
            }
        }

        spans.Sort((a, b) => a.OpenToken.CompareTo(b.OpenToken));
        return spans;
    }

    private static void AddSpan(List<MarkSpan> spans, int openToken, int closeToken, int lastToken, int depth)
    {
        if (lastToken > openToken)
        {
            spans.Add(new MarkSpan(openToken, closeToken, openToken + 1, lastToken, depth));
        }
    }

    /// <summary>+1 when the mark looks like an opening one (space before, text after), -1 for a closing one, 0 when unclear.</summary>
    private static int Context(string text, Token token)
    {
        bool spaceBefore = token.Start == 0 || IsOpenSide(text[token.Start - 1]);
        bool spaceAfter = token.End >= text.Length || IsCloseSide(text[token.End]);
        return spaceBefore == spaceAfter ? 0 : spaceBefore ? 1 : -1;
    }

    private static bool IsOpenSide(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or ':' or '،' or ',' or '«' or '“' or '-' or '—';

    private static bool IsCloseSide(char c) => char.IsWhiteSpace(c) || c is '.' or ',' or '،' or '؛' or ';' or ':' or '!' or '?' or '؟' or ')' or ']' or '»' or '”';
}
