using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Tokenization;

/// <summary>
/// Enumerates the tokens of a text without allocating. Obtained from <see cref="ArabicTokenizer.Tokenize(ReadOnlySpan{char})"/>;
/// use it in a <c>foreach</c>.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    // An e-mail attempt that failed up to here fails again from any later start before it, so it is not retried.
    private int _noEmailBefore;

    // Arabic words already found by a block scan and not yet returned: bit k of the masks is _blockStart + k.
    private int _blockStart;
    private ulong _pendingStarts;
    private ulong _pendingEnds;
    private ulong _pendingPunctuation;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _noEmailBefore = 0;
        _blockStart = 0;
        _pendingStarts = 0;
        _pendingEnds = 0;
        _pendingPunctuation = 0;
        Current = default;
    }

    /// <summary>The current token.</summary>
    public Token Current { get; private set; }

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns>False at the end of the text.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        // Small enough to inline into the caller's loop: most tokens of running Arabic text come from the queue.
        if ((_pendingStarts | _pendingPunctuation) != 0)
        {
            return NextPending();
        }

        return MoveNextScan();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool MoveNextScan()
    {
        ReadOnlySpan<char> text = _text;
        int i = _position;
        while (i < text.Length && CharClass.IsSeparator(text[i]))
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

        if (CharClass.IsArabicCore(c) && Vector256.IsHardwareAccelerated && i <= text.Length - 32 && ScanWordBlock(text, i))
        {
            return NextPending();
        }

        // The fast paths, which no earlier rule can claim: an Arabic word, a one-character punctuation or symbol.
        byte flags = CharClass.FlagsOf(c);
        if ((flags & CharClass.ArabicWordPart) != 0)
        {
            end = ScanArabicWord(text, i);
            kind = TokenKind.ArabicWord;
        }
        else if ((flags & (CharClass.SinglePunctuation | CharClass.SingleSymbol)) != 0)
        {
            end = i + 1;
            kind = (flags & CharClass.SinglePunctuation) != 0 ? TokenKind.Punctuation : TokenKind.Symbol;
        }
        else if ((c is 'h' or 'H' or 'w' or 'W') && (end = ScanUrl(text, i)) > i)
        {
            kind = TokenKind.Url;
        }
        else if (CharClass.IsAsciiLetterOrDigit(c) && i >= _noEmailBefore && (end = ScanEmail(text, i)) > i)
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
        else if (CharClass.IsDigit(c) && !(c <= '9' && i + 2 < text.Length && text[i + 1] == '\uFE0F' && text[i + 2] == '\u20E3'))
        {
            end = ScanNumber(text, i);
            kind = TokenKind.Number;
        }
        else if (CharClass.IsArabicWordPart(c))
        {
            end = ScanArabicWord(text, i);
            kind = TokenKind.ArabicWord;
        }
        else if (CharClass.IsLatinLetter(c))
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
            int cp = CharClass.CodePointAt(text, i, out int length);
            if (CharClass.IsLetterCodePoint(cp))
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

    /// <summary>
    /// The fast path of running Arabic text: classifies the 32 characters at <paramref name="i"/> (an Arabic letter)
    /// with vector compares (64 with 512-bit vectors). Over the prefix made only of Arabic letters and harakat (U+0620–U+065F), spaces, line
    /// breaks and the commonest punctuation (، . " :), it queues every word that ends inside the block (a bit in
    /// <see cref="_pendingStarts"/> and <see cref="_pendingEnds"/>) and every punctuation mark (a bit in
    /// <see cref="_pendingPunctuation"/>). A word is queued only when a space, line break or one of those marks ends
    /// it, so it is exactly the word <see cref="ScanArabicWord"/> would find, and those marks are one-character
    /// tokens whatever surrounds them; anything else is left to the general path.
    /// </summary>
    /// <returns>False when nothing was queued.</returns>
    private bool ScanWordBlock(ReadOnlySpan<char> text, int i)
    {
        ulong core, gaps, marks;
        if (Vector512.IsHardwareAccelerated && i <= text.Length - 64)
        {
            // 64 characters in two 512-bit vectors.
            ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(text.Slice(i, 64));
            Vector512<ushort> low = Vector512.Create(units);
            Vector512<ushort> high = Vector512.Create(units[32..]);
            core = CoreMask(low) | (CoreMask(high) << 32);
            gaps = GapMask(low) | (GapMask(high) << 32);
            marks = MarkMask(low) | (MarkMask(high) << 32);
        }
        else
        {
            // 32 characters in two 256-bit vectors.
            ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(text.Slice(i, 32));
            Vector256<ushort> low = Vector256.Create(units);
            Vector256<ushort> high = Vector256.Create(units[16..]);
            core = CoreMask(low) | ((ulong)CoreMask(high) << 16);
            gaps = GapMask(low) | ((ulong)GapMask(high) << 16);
            marks = MarkMask(low) | ((ulong)MarkMask(high) << 16);

            // Bits 32–63 stand for nothing: make them "other".
            core &= uint.MaxValue;
            gaps &= uint.MaxValue;
            marks &= uint.MaxValue;
        }

        // Only the prefix made of those characters is decided here.
        ulong other = ~(core | gaps | marks);
        if (other != 0)
        {
            ulong decided = (1UL << BitOperations.TrailingZeroCount(other)) - 1;
            core &= decided;
            marks &= decided;
        }

        ulong ends = ~core & (core << 1) & (gaps | marks);
        if ((ends | marks) == 0)
        {
            return false;
        }

        // Keep the words that end inside the block: the last one may go on past it (no mark comes after it).
        ulong starts = core & ~(core << 1);
        starts = ends == 0 ? 0 : starts & ((1UL << (63 - BitOperations.LeadingZeroCount(ends))) - 1);
        _blockStart = i;
        _pendingStarts = starts;
        _pendingEnds = ends;
        _pendingPunctuation = marks;
        return true;
    }

    private static ulong CoreMask(Vector512<ushort> chars) =>
        Vector512.LessThan(chars - Vector512.Create((ushort)0x0620), Vector512.Create((ushort)0x40)).ExtractMostSignificantBits();

    private static ulong GapMask(Vector512<ushort> chars) =>
        (Vector512.Equals(chars, Vector512.Create((ushort)' ')) | Vector512.Equals(chars, Vector512.Create((ushort)'\n'))).ExtractMostSignificantBits();

    private static ulong MarkMask(Vector512<ushort> chars) =>
        (Vector512.Equals(chars, Vector512.Create((ushort)'،')) | Vector512.Equals(chars, Vector512.Create((ushort)'.'))
            | Vector512.Equals(chars, Vector512.Create((ushort)'"')) | Vector512.Equals(chars, Vector512.Create((ushort)':'))).ExtractMostSignificantBits();

    private static uint CoreMask(Vector256<ushort> chars) =>
        Vector256.LessThan(chars - Vector256.Create((ushort)0x0620), Vector256.Create((ushort)0x40)).ExtractMostSignificantBits();

    private static uint GapMask(Vector256<ushort> chars) =>
        (Vector256.Equals(chars, Vector256.Create((ushort)' ')) | Vector256.Equals(chars, Vector256.Create((ushort)'\n'))).ExtractMostSignificantBits();

    private static uint MarkMask(Vector256<ushort> chars) =>
        (Vector256.Equals(chars, Vector256.Create((ushort)'،')) | Vector256.Equals(chars, Vector256.Create((ushort)'.'))
            | Vector256.Equals(chars, Vector256.Create((ushort)'"')) | Vector256.Equals(chars, Vector256.Create((ushort)':'))).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool NextPending()
    {
        int word = BitOperations.TrailingZeroCount(_pendingStarts);
        int mark = BitOperations.TrailingZeroCount(_pendingPunctuation);
        if (mark < word)
        {
            _pendingPunctuation &= _pendingPunctuation - 1;
            int at = _blockStart + mark;
            Current = new Token(at, 1, TokenKind.Punctuation);
            _position = at + 1;
            return true;
        }

        int start = _blockStart + word;
        int end = _blockStart + BitOperations.TrailingZeroCount(_pendingEnds);
        _pendingStarts &= _pendingStarts - 1;
        _pendingEnds &= _pendingEnds - 1;
        Current = new Token(start, end - start, TokenKind.ArabicWord);
        _position = end;
        return true;
    }

    private static bool IsHashtagPart(char c) =>
        c == '_' || char.IsAsciiLetterOrDigit(c) || ArabicLetters.IsArabicWordPart(c) || CharClass.IsDigit(c) || CharClass.IsLatinLetter(c);

    private static int ScanArabicWord(ReadOnlySpan<char> text, int i)
    {
        int end = i + 1;
        ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(text);
        while (end < text.Length)
        {
            // Eight characters at a time while they are in the core of the Arabic block (letters and harakat).
            if (Vector128.IsHardwareAccelerated)
            {
                while (end <= text.Length - Vector128<ushort>.Count)
                {
                    Vector128<ushort> chars = Vector128.Create(units.Slice(end, Vector128<ushort>.Count));
                    uint core = Vector128.LessThan(chars - Vector128.Create((ushort)0x0620), Vector128.Create((ushort)0x40)).ExtractMostSignificantBits();
                    if (core != 0xFF)
                    {
                        end += BitOperations.TrailingZeroCount(~core);
                        break;
                    }

                    end += Vector128<ushort>.Count;
                }

                if (end >= text.Length)
                {
                    break;
                }
            }

            char c = text[end];
            if (CharClass.IsArabicWordPart(c))
            {
                end++;
            }
            else if (c is ArabicLetters.ZeroWidthNonJoiner or ArabicLetters.ZeroWidthJoiner && end + 1 < text.Length && CharClass.IsArabicWordPart(text[end + 1]))
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
            if (CharClass.IsLatinLetter(c) || char.IsAsciiDigit(c) || (CharClass.IsCombiningMark(c) && c < '\u0600'))
            {
                end++;
            }
            else if (c is '\'' or '’' && end + 1 < text.Length && CharClass.IsLatinLetter(text[end + 1]))
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
            int cp = CharClass.CodePointAt(text, end, out int length);
            bool letter = CharClass.IsLetterCodePoint(cp) && !ArabicLetters.IsArabicLetter(text[end]) && !CharClass.IsLatinLetter(text[end]);
            if (!(letter || (end > i && length == 1 && CharClass.IsCombiningMark(text[end]) && !ArabicLetters.IsArabicWordPart(text[end]))))
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
            if (CharClass.IsDigit(c))
            {
                end++;
            }
            else if (c is '.' or ',' or '٫' or '٬' && end + 1 < text.Length && CharClass.IsDigit(text[end + 1]))
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
            if (CharClass.IsSeparator(c) || c is '"' or '<' or '>' or '«' or '»' or '“' or '”' or '،' or '؛' or '(' or ')' or '[' or ']' or '{' or '}')
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
        int cp = CharClass.CodePointAt(text, i, out int length);
        int end = i + length;

        if (CharClass.IsRegionalIndicator(cp))
        {
            if (end < text.Length && CharClass.IsRegionalIndicator(CharClass.CodePointAt(text, end, out int l2)))
            {
                end += l2;
            }

            return end;
        }

        bool keycapBase = cp is >= '0' and <= '9' or '#' or '*';
        if (!CharClass.IsEmojiBase(cp))
        {
            bool selected = end < text.Length && text[end] == '\uFE0F';
            if (CharClass.IsTextDefaultEmoji(cp) && selected)
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
            int next = CharClass.CodePointAt(text, end, out int l);
            if (next is 0xFE0F or 0xFE0E or 0x20E3 || CharClass.IsSkinTone(next) || CharClass.IsEmojiTag(next))
            {
                end += l;
            }
            else if (next == 0x200D && end + 1 < text.Length)
            {
                int joined = CharClass.CodePointAt(text, end + 1, out int l3);
                if (!CharClass.IsEmojiBase(joined) && !CharClass.IsTextDefaultEmoji(joined))
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
