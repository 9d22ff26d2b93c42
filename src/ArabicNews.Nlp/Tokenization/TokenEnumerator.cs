using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Tokenization;

/// <summary>
/// Enumerates the tokens of a text without allocating. Obtained from <see cref="ArabicTokenizer.Tokenize(ReadOnlySpan{char})"/>;
/// use it in a <c>foreach</c>, or take the tokens in batches with <see cref="Read(Span{Token})"/>.
/// </summary>
/// <remarks>
/// Both forms run the same scanner, which writes tokens in batches: runs of Arabic text are classified 64 characters
/// at a time by vector compares and their tokens written from bit masks; <see cref="MoveNext"/> hands out the
/// tokens of a small internal batch one by one.
/// </remarks>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;

    // Where the scanner resumes.
    private int _position;

    // An e-mail attempt that failed up to here fails again from any later start before it, so it is not retried.
    private int _noEmailBefore;

    // Tokens scanned and not yet returned by MoveNext: _batch[_index] is Current, _count tokens are valid.
    private int _index;
    private int _count;
    private TokenBatch _batch;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _noEmailBefore = 0;
        _index = 0;
        _count = 0;
        _batch = default;
    }

    /// <summary>The current token.</summary>
    public readonly Token Current => _batch[_index];

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns>False at the end of the text.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        // Small enough to inline into the caller's loop: the next token of the batch, else a new batch.
        int next = _index + 1;
        if (next < _count)
        {
            _index = next;
            return true;
        }

        return NextBatch();
    }

    /// <summary>
    /// Writes the next tokens into <paramref name="destination"/>: as many as fit, fewer only at the end of the text.
    /// Call it again for the tokens after them; it returns 0 at the end. The same tokens as <c>foreach</c>, with no
    /// per-token call: the fastest way to take every token. It may be mixed with <see cref="MoveNext"/>
    /// (tokens are never returned twice); <see cref="Current"/> is not defined after it.
    /// </summary>
    /// <param name="destination">Where the tokens go.</param>
    /// <returns>How many tokens were written.</returns>
    /// <example>
    /// <code>
    /// Span&lt;Token&gt; batch = stackalloc Token[256];
    /// var tokens = ArabicTokenizer.Default.Tokenize(text);
    /// for (int n; (n = tokens.Read(batch)) &gt; 0;)
    /// {
    ///     foreach (Token token in batch[..n]) { /* ... */ }
    /// }
    /// </code>
    /// </example>
    public int Read(scoped Span<Token> destination)
    {
        int written = 0;
        int buffered = _count - (_index + 1);
        if (buffered > 0)
        {
            written = Math.Min(buffered, destination.Length);
            ReadOnlySpan<Token> batch = _batch;
            batch.Slice(_index + 1, written).CopyTo(destination);
            _index += written;
        }

        return written + Scan(_text, ref _position, ref _noEmailBefore, destination[written..]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool NextBatch()
    {
        _count = Scan(_text, ref _position, ref _noEmailBefore, _batch);
        _index = 0;
        return _count > 0;
    }

    /// <summary>
    /// The scanner: writes the tokens from <paramref name="position"/> on into <paramref name="destination"/> until it
    /// is full or the text ends, and moves <paramref name="position"/> past them.
    /// </summary>
    private static int Scan(ReadOnlySpan<char> text, ref int position, ref int noEmailBefore, scoped Span<Token> destination)
    {
        ref Token first = ref MemoryMarshal.GetReference(destination);
        Span<char> tail = stackalloc char[64];
        int n = 0;
        int p = position;
        while (n < destination.Length)
        {
            if (Vector256.IsHardwareAccelerated && p < text.Length && IsBlockCharacter(text[p]))
            {
                int written;
                if (p <= text.Length - BlockChars)
                {
                    written = ScanBlock(text.Slice(p, BlockChars), p, ref Unsafe.Add(ref first, n), destination.Length - n, out int end);
                    if (written > 0)
                    {
                        n += written;
                        p = end;
                        continue;
                    }
                }
                else
                {
                    // The end of the text: the same block scan over a copy padded with characters it leaves undecided.
                    tail.Clear();
                    text[p..].CopyTo(tail);
                    written = ScanBlock(tail, p, ref Unsafe.Add(ref first, n), destination.Length - n, out int end);
                    if (written > 0)
                    {
                        n += written;
                        p = end;
                        continue;
                    }
                }
            }

            if (!NextToken(text, ref p, ref noEmailBefore, out Token token))
            {
                break;
            }

            Unsafe.Add(ref first, n++) = token;
        }

        position = p;
        return n;
    }

    /// <summary>How many characters <see cref="ScanBlock"/> classifies at once.</summary>
    private static int BlockChars => Vector512.IsHardwareAccelerated ? 64 : 32;

    /// <summary>The characters a block scan can start at: Arabic letters and harakat, ASCII digits, space, line break, # ، . " : ( )</summary>
    private static bool IsBlockCharacter(char c) => CharClass.IsArabicCore(c) || char.IsAsciiDigit(c) || c is ' ' or '\n' or '#' or '،' or '.' or '"' or ':' or '(' or ')';

    /// <summary>
    /// The fast path of running Arabic text: classifies the <see cref="BlockChars"/> characters of
    /// <paramref name="block"/> (which starts at <paramref name="offset"/> of the text, at a token boundary) with vector
    /// compares, and writes the tokens of the longest prefix it can decide, in order, at most <paramref name="room"/>.
    /// That prefix is made of Arabic letters and harakat (U+0620–U+065F), ASCII digits, spaces, line breaks, the
    /// commonest punctuation (، . " : ( )) and hashtags, and ends before the last character (whose successor is
    /// unknown). In it: a word (a run of Arabic letters) is written when a space, line break, punctuation mark, digit or
    /// # ends it, so it is exactly the word <see cref="ScanArabicWord"/> would find; each mark is a one-character token
    /// whatever surrounds it; a number (digits, '.' or ',' between two digits, an optional '%' after them, as
    /// <see cref="ScanNumber"/> reads it) is written when a space, line break, Arabic letter, ، " : ( ) or a '.'
    /// followed by one of those follows it: nothing the e-mail rule, which is tried first on a digit, could take; a
    /// hashtag (# and a run of Arabic letters, digits and _) is written when a space, line break or mark follows it,
    /// none of which can continue a hashtag. Anything else ends the prefix and is left to the general path.
    /// </summary>
    /// <returns>How many tokens were written; <paramref name="end"/> is the end of the last one.</returns>
    private static int ScanBlock(ReadOnlySpan<char> block, int offset, ref Token destination, int room, out int end)
    {
        ulong core, gaps, dots, digits, commas, percents, hashes, underscores, otherMarks;
        ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(block);
        if (Vector512.IsHardwareAccelerated)
        {
            // 64 characters in two 512-bit vectors.
            Vector512<ushort> low = Vector512.Create(units);
            Vector512<ushort> high = Vector512.Create(units[32..]);
            core = Range(low, 0x0620, 0x40) | (Range(high, 0x0620, 0x40) << 32);
            digits = Range(low, '0', 10) | (Range(high, '0', 10) << 32);
            gaps = Either(low, ' ', '\n') | (Either(high, ' ', '\n') << 32);
            dots = Is(low, '.') | (Is(high, '.') << 32);
            commas = Is(low, ',') | (Is(high, ',') << 32);
            percents = Is(low, '%') | (Is(high, '%') << 32);
            hashes = Is(low, '#') | (Is(high, '#') << 32);
            underscores = Is(low, '_') | (Is(high, '_') << 32);
            otherMarks = Marks(low) | (Marks(high) << 32);
        }
        else
        {
            // 32 characters in two 256-bit vectors; bits 32–63 stand for nothing.
            Vector256<ushort> low = Vector256.Create(units);
            Vector256<ushort> high = Vector256.Create(units[16..]);
            core = Range(low, 0x0620, 0x40) | ((ulong)Range(high, 0x0620, 0x40) << 16);
            digits = Range(low, '0', 10) | ((ulong)Range(high, '0', 10) << 16);
            gaps = Either(low, ' ', '\n') | ((ulong)Either(high, ' ', '\n') << 16);
            dots = Is(low, '.') | ((ulong)Is(high, '.') << 16);
            commas = Is(low, ',') | ((ulong)Is(high, ',') << 16);
            percents = Is(low, '%') | ((ulong)Is(high, '%') << 16);
            hashes = Is(low, '#') | ((ulong)Is(high, '#') << 16);
            underscores = Is(low, '_') | ((ulong)Is(high, '_') << 16);
            otherMarks = Marks(low) | ((ulong)Marks(high) << 16);
        }

        // Hashtags: a # followed by a hashtag character, and the run of those after it (adding the run's first bit
        // carries through the run). Their letters and digits are neither words nor numbers.
        ulong tagParts = core | digits | underscores;
        ulong tagStarts = hashes & (tagParts >> 1);
        ulong carried = tagParts + (tagStarts << 1);
        ulong tagBodies = tagParts & ~carried;
        ulong tagEnds = carried & ~tagParts & ~(tagStarts << 1);
        core &= ~tagBodies;
        digits &= ~tagBodies;

        // Numbers: '.' or ',' between two digits joins them, and a '%' right after belongs to the number.
        ulong joiners = (dots | commas) & (digits << 1) & (digits >> 1);
        ulong body = digits | joiners;
        ulong percent = percents & (body << 1);
        ulong marks = (dots & ~joiners) | otherMarks;

        // What may follow a number: nothing an e-mail address could continue with.
        ulong safe = gaps | core | otherMarks;
        safe |= dots & ~joiners & (safe >> 1);
        ulong numberEnds = ~body & (body << 1);
        numberEnds = (numberEnds & ~percent) | ((numberEnds & percent) << 1);

        // The prefix decided here ends at the first other character, at the end of the first number or hashtag that
        // is not followed safely, and before the last character of the block at the latest.
        ulong known = core | gaps | marks | body | percent | tagStarts | tagBodies;
        ulong cut = ~known | (numberEnds & ~safe) | (tagEnds & ~(gaps | marks)) | (1UL << (BlockChars - 1));
        ulong decided = (1UL << BitOperations.TrailingZeroCount(cut)) - 1;
        core &= decided;
        marks &= decided;
        digits &= decided;
        body &= decided;
        numberEnds &= decided;
        tagStarts &= decided;
        tagEnds &= decided;

        // A token ends after a word that a gap, mark, digit or # follows, after a mark, a number and a hashtag; tokens
        // start at words, marks, numbers and hashtags. Tokens do not overlap, so the k-th start and the k-th end
        // belong to the same token.
        ulong ends = (~core & (core << 1) & (gaps | marks | digits | tagStarts)) | (marks << 1) | numberEnds | tagEnds;
        if (ends == 0)
        {
            end = offset;
            return 0;
        }

        // Only the tokens that end inside the decided prefix: a token starting after the last end goes on past it.
        int last = 63 - BitOperations.LeadingZeroCount(ends);
        ulong starts = ((core & ~(core << 1)) | marks | (digits & ~(body << 1)) | tagStarts) & ((1UL << last) - 1);
        int count = BitOperations.PopCount(starts);
        if (count > room)
        {
            count = room;
        }

        // Exactly one of these bits is set at a token start: a word (none), a mark, a number or a hashtag.
        ulong punctuation = marks;
        ulong numbers = digits;
        ulong hashtags = tagStarts;
        int e = 0;
        int n = 0;
        if (room - count >= 3)
        {
            // Four tokens per step with no test in between; up to three past the count are written and then ignored.
            ref Token next = ref destination;
            for (; n < count; n += 4)
            {
                WriteToken(ref next, offset, ref starts, ref ends, punctuation, numbers, hashtags, out e);
                WriteToken(ref Unsafe.Add(ref next, 1), offset, ref starts, ref ends, punctuation, numbers, hashtags, out _);
                WriteToken(ref Unsafe.Add(ref next, 2), offset, ref starts, ref ends, punctuation, numbers, hashtags, out _);
                WriteToken(ref Unsafe.Add(ref next, 3), offset, ref starts, ref ends, punctuation, numbers, hashtags, out _);
                next = ref Unsafe.Add(ref next, 4);
            }

            e = Unsafe.Add(ref destination, count - 1).End - offset;
        }
        else
        {
            for (; n < count; n++)
            {
                WriteToken(ref Unsafe.Add(ref destination, n), offset, ref starts, ref ends, punctuation, numbers, hashtags, out e);
            }
        }

        end = offset + e;
        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteToken(ref Token destination, int offset, ref ulong starts, ref ulong ends, ulong punctuation, ulong numbers, ulong hashtags, out int end)
    {
        int s = BitOperations.TrailingZeroCount(starts);
        end = BitOperations.TrailingZeroCount(ends);
        int kind = ((int)(punctuation >> s & 1) * (int)TokenKind.Punctuation) + ((int)(numbers >> s & 1) * (int)TokenKind.Number)
            + ((int)(hashtags >> s & 1) * (int)TokenKind.Hashtag);
        destination = new Token(offset + s, end - s, (TokenKind)kind);
        starts &= starts - 1;
        ends &= ends - 1;
    }

    private static ulong Range(Vector512<ushort> chars, ushort first, ushort count) =>
        Vector512.LessThan(chars - Vector512.Create(first), Vector512.Create(count)).ExtractMostSignificantBits();

    private static ulong Is(Vector512<ushort> chars, char c) => Vector512.Equals(chars, Vector512.Create((ushort)c)).ExtractMostSignificantBits();

    private static ulong Either(Vector512<ushort> chars, char a, char b) =>
        (Vector512.Equals(chars, Vector512.Create((ushort)a)) | Vector512.Equals(chars, Vector512.Create((ushort)b))).ExtractMostSignificantBits();

    private static ulong Marks(Vector512<ushort> chars) =>
        (Vector512.Equals(chars, Vector512.Create((ushort)'،')) | Vector512.Equals(chars, Vector512.Create((ushort)'"'))
            | Vector512.Equals(chars, Vector512.Create((ushort)':')) | Vector512.Equals(chars, Vector512.Create((ushort)'('))
            | Vector512.Equals(chars, Vector512.Create((ushort)')'))).ExtractMostSignificantBits();

    private static uint Range(Vector256<ushort> chars, ushort first, ushort count) =>
        Vector256.LessThan(chars - Vector256.Create(first), Vector256.Create(count)).ExtractMostSignificantBits();

    private static uint Is(Vector256<ushort> chars, char c) => Vector256.Equals(chars, Vector256.Create((ushort)c)).ExtractMostSignificantBits();

    private static uint Either(Vector256<ushort> chars, char a, char b) =>
        (Vector256.Equals(chars, Vector256.Create((ushort)a)) | Vector256.Equals(chars, Vector256.Create((ushort)b))).ExtractMostSignificantBits();

    private static uint Marks(Vector256<ushort> chars) =>
        (Vector256.Equals(chars, Vector256.Create((ushort)'،')) | Vector256.Equals(chars, Vector256.Create((ushort)'"'))
            | Vector256.Equals(chars, Vector256.Create((ushort)':')) | Vector256.Equals(chars, Vector256.Create((ushort)'('))
            | Vector256.Equals(chars, Vector256.Create((ushort)')'))).ExtractMostSignificantBits();

    /// <summary>The general path: the one token at or after <paramref name="position"/> (separators skipped).</summary>
    /// <returns>False at the end of the text.</returns>
    private static bool NextToken(ReadOnlySpan<char> text, ref int position, ref int noEmailBefore, out Token token)
    {
        int i = position;
        while (i < text.Length && CharClass.IsSeparator(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            position = i;
            token = default;
            return false;
        }

        int end;
        TokenKind kind;
        char c = text[i];

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
        else if (CharClass.IsAsciiLetterOrDigit(c) && i >= noEmailBefore && (end = ScanEmail(text, i, ref noEmailBefore)) > i)
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

        token = new Token(i, end - i, kind);
        position = end;
        return true;
    }

    private static bool IsHashtagPart(char c) => CharClass.IsHashtagPart(c);

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

    private static int ScanEmail(ReadOnlySpan<char> text, int i, ref int noEmailBefore)
    {
        int at = i;
        while (at < text.Length && (char.IsAsciiLetterOrDigit(text[at]) || text[at] is '.' or '_' or '%' or '+' or '-'))
        {
            at++;
        }

        if (at >= text.Length || text[at] != '@' || text[at - 1] == '.')
        {
            noEmailBefore = at;
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
            noEmailBefore = at;
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
