using ArabicNews.Nlp.Text;

using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Tests.Tokenization;

/// <summary>
/// A frozen copy of the first tokenizer (the oracle for the optimized one).
/// Enumerates the tokens of a text without allocating. Obtained from <c>ArabicTokenizer.Tokenize</c>;
/// use it in a <c>foreach</c>.
/// </summary>
internal ref struct ReferenceTokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    // An e-mail attempt that failed up to here fails again from any later start before it, so it is not retried.
    private int _noEmailBefore;

    internal ReferenceTokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _noEmailBefore = 0;
        Current = default;
    }

    /// <summary>The current token.</summary>
    public Token Current { get; private set; }

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    public readonly ReferenceTokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns>False at the end of the text.</returns>
    public bool MoveNext()
    {
        ReadOnlySpan<char> text = _text;
        int i = _position;
        while (i < text.Length && ReferenceCharClass.IsSeparator(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            _position = i;
            return false;
        }

        int end;
        TokenKind kind;
        char c = text[i];

        if ((c is 'h' or 'H' or 'w' or 'W') && (end = ScanUrl(text, i)) > i)
        {
            kind = TokenKind.Url;
        }
        else if (ReferenceCharClass.IsAsciiLetterOrDigit(c) && i >= _noEmailBefore && (end = ScanEmail(text, i)) > i)
        {
            kind = TokenKind.Email;
        }
        else if (c == '#' && i + 1 < text.Length && IsHashtagPart(text[i + 1]))
        {
            end = i + 1;
            while (end < text.Length && (IsHashtagPart(text[end]) || (text[end] is ArabicLetters.ZeroWidthNonJoiner && end + 1 < text.Length && IsHashtagPart(text[end + 1]))))
            {
                end++;
            }

            kind = TokenKind.Hashtag;
        }
        else if (c == '@' && i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '_'))
        {
            end = i + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            kind = TokenKind.Mention;
        }
        else if (ReferenceCharClass.IsDigit(c) && !(c <= '9' && i + 2 < text.Length && text[i + 1] == '\uFE0F' && text[i + 2] == '\u20E3'))
        {
            end = ScanNumber(text, i);
            kind = TokenKind.Number;
        }
        else if (ArabicLetters.IsArabicWordPart(c))
        {
            end = ScanArabicWord(text, i);
            kind = TokenKind.ArabicWord;
        }
        else if (ReferenceCharClass.IsLatinLetter(c))
        {
            end = ScanLatinWord(text, i);
            kind = TokenKind.LatinWord;
        }
        else if ((end = ScanEmoji(text, i)) > i)
        {
            kind = TokenKind.Emoji;
        }
        else
        {
            int cp = ReferenceCharClass.CodePointAt(text, i, out int length);
            if (ReferenceCharClass.IsLetterCodePoint(cp))
            {
                end = ScanOtherWord(text, i);
                kind = TokenKind.OtherWord;
            }
            else
            {
                end = i + length;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
        }

        Current = new Token(i, end - i, kind);
        _position = end;
        return true;
    }

    private static bool IsHashtagPart(char c) =>
        c == '_' || char.IsAsciiLetterOrDigit(c) || ArabicLetters.IsArabicWordPart(c) || ReferenceCharClass.IsDigit(c) || ReferenceCharClass.IsLatinLetter(c);

    private static int ScanArabicWord(ReadOnlySpan<char> text, int i)
    {
        int end = i + 1;
        while (end < text.Length)
        {
            char c = text[end];
            if (ArabicLetters.IsArabicWordPart(c))
            {
                end++;
            }
            else if (c is ArabicLetters.ZeroWidthNonJoiner or ArabicLetters.ZeroWidthJoiner && end + 1 < text.Length && ArabicLetters.IsArabicWordPart(text[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static int ScanLatinWord(ReadOnlySpan<char> text, int i)
    {
        int end = i + 1;
        while (end < text.Length)
        {
            char c = text[end];
            if (ReferenceCharClass.IsLatinLetter(c) || char.IsAsciiDigit(c) || (ReferenceCharClass.IsCombiningMark(c) && c < '\u0600'))
            {
                end++;
            }
            else if (c is '\'' or '’' && end + 1 < text.Length && ReferenceCharClass.IsLatinLetter(text[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static int ScanOtherWord(ReadOnlySpan<char> text, int i)
    {
        int end = i;
        while (end < text.Length)
        {
            int cp = ReferenceCharClass.CodePointAt(text, end, out int length);
            bool letter = ReferenceCharClass.IsLetterCodePoint(cp) && !ArabicLetters.IsArabicLetter(text[end]) && !ReferenceCharClass.IsLatinLetter(text[end]);
            if (!(letter || (end > i && length == 1 && ReferenceCharClass.IsCombiningMark(text[end]) && !ArabicLetters.IsArabicWordPart(text[end]))))
            {
                break;
            }

            end += length;
        }

        return Math.Max(end, i + 1);
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i)
    {
        int end = i + 1;
        while (end < text.Length)
        {
            char c = text[end];
            if (ReferenceCharClass.IsDigit(c))
            {
                end++;
            }
            else if (c is '.' or ',' or '٫' or '٬' && end + 1 < text.Length && ReferenceCharClass.IsDigit(text[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        if (end < text.Length && text[end] is '%' or '٪')
        {
            end++;
        }

        return end;
    }

    private static int ScanUrl(ReadOnlySpan<char> text, int i)
    {
        ReadOnlySpan<char> rest = text[i..];
        int prefix;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 8;
        }
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 7;
        }
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 4;
        }
        else
        {
            return i;
        }

        int end = i + prefix;
        while (end < text.Length)
        {
            char c = text[end];
            if (ReferenceCharClass.IsSeparator(c) || c is '"' or '<' or '>' or '«' or '»' or '“' or '”' or '،' or '؛' or '(' or ')' or '[' or ']' or '{' or '}')
            {
                break;
            }

            end++;
        }

        // Sentence punctuation after an address is not part of it.
        while (end > i + prefix && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '؟' or '…')
        {
            end--;
        }

        return end > i + prefix ? end : i;
    }

    private int ScanEmail(ReadOnlySpan<char> text, int i)
    {
        int at = i;
        while (at < text.Length && (char.IsAsciiLetterOrDigit(text[at]) || text[at] is '.' or '_' or '%' or '+' or '-'))
        {
            at++;
        }

        if (at >= text.Length || text[at] != '@' || text[at - 1] == '.')
        {
            _noEmailBefore = at;
            return i;
        }

        int end = at + 1;
        int lastDot = -1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '.'))
        {
            if (text[end] == '.')
            {
                if (text[end - 1] is '.' or '@')
                {
                    break;
                }

                lastDot = end;
            }

            end++;
        }

        while (end > at + 1 && text[end - 1] is '.' or '-')
        {
            end--;
        }

        if (lastDot < 0 || lastDot >= end - 1)
        {
            _noEmailBefore = at;
            return i;
        }

        return end;
    }

    private static int ScanEmoji(ReadOnlySpan<char> text, int i)
    {
        int cp = ReferenceCharClass.CodePointAt(text, i, out int length);
        int end = i + length;

        if (ReferenceCharClass.IsRegionalIndicator(cp))
        {
            if (end < text.Length && ReferenceCharClass.IsRegionalIndicator(ReferenceCharClass.CodePointAt(text, end, out int l2)))
            {
                end += l2;
            }

            return end;
        }

        bool keycapBase = cp is >= '0' and <= '9' or '#' or '*';
        if (!ReferenceCharClass.IsEmojiBase(cp))
        {
            bool selected = end < text.Length && text[end] == '\uFE0F';
            if (ReferenceCharClass.IsTextDefaultEmoji(cp) && selected)
            {
                // fall through to the modifier loop
            }
            else if (keycapBase && end + 1 < text.Length && text[end] == '\uFE0F' && text[end + 1] == '\u20E3')
            {
                return end + 2;
            }
            else
            {
                return i;
            }
        }

        while (end < text.Length)
        {
            int next = ReferenceCharClass.CodePointAt(text, end, out int l);
            if (next is 0xFE0F or 0xFE0E or 0x20E3 || ReferenceCharClass.IsSkinTone(next) || ReferenceCharClass.IsEmojiTag(next))
            {
                end += l;
            }
            else if (next == 0x200D && end + 1 < text.Length)
            {
                int joined = ReferenceCharClass.CodePointAt(text, end + 1, out int l3);
                if (!ReferenceCharClass.IsEmojiBase(joined) && !ReferenceCharClass.IsTextDefaultEmoji(joined))
                {
                    break;
                }

                end += 1 + l3;
            }
            else
            {
                break;
            }
        }

        return end;
    }
}
