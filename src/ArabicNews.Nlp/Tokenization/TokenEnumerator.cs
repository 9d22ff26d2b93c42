using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Tokenization;

/// <summary>
/// Enumerates the tokens of a text without allocating. Obtained from <see cref="ArabicTokenizer.Tokenize(ReadOnlySpan{char})"/>;
/// use it in a <c>foreach</c>, or take the tokens in batches with <see cref="Read(Span{Token})"/>.
/// </summary>
/// <remarks>
/// Both forms run the same scanner, which writes tokens in batches: runs of Arabic text are classified 64 characters
/// at a time by vector compares (or table lookups) and their tokens written from bit masks, blocks of only words,
/// spaces and common marks streamed one after another; <see cref="MoveNext"/> hands out the tokens of a small
/// internal batch one by one.
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
    public readonly Token Current
    {
        // _index is always inside the batch: no bounds check in the caller's loop.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.Add(ref MemoryMarshal.GetReference((ReadOnlySpan<Token>)_batch), _index);
    }

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
        int n = 0;
        int p = position;
        while (n < destination.Length)
        {
            if (Vector256.IsHardwareAccelerated && p < text.Length && IsBlockCharacter(text[p]))
            {
                int written = p <= text.Length - BlockChars
                    ? ScanBlocks(text, 0, ref p, ref Unsafe.Add(ref first, n), destination.Length - n)
                    : ScanTail(text, ref p, ref Unsafe.Add(ref first, n), destination.Length - n);
                if (written > 0)
                {
                    n += written;
                    continue;
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

    /// <summary>The end of the text: the same block scan over a copy padded with characters it leaves undecided.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanTail(ReadOnlySpan<char> text, ref int position, ref Token destination, int room)
    {
        Span<char> tail = stackalloc char[64];
        tail.Clear();
        text[position..].CopyTo(tail);
        int p = 0;
        int written = ScanBlocks(tail[..BlockChars], position, ref p, ref destination, room);
        position += p;
        return written;
    }

    /// <summary>How many characters <see cref="ScanBlocks"/> classifies at once.</summary>
    private static int BlockChars => Vector512.IsHardwareAccelerated ? 64 : 32;

    /// <summary>The characters a block scan can start at: Arabic letters and harakat, ASCII digits, space, line break, # ، . " : ( )</summary>
    private static bool IsBlockCharacter(char c) => CharClass.IsBlockStart(c);

    /// <summary>
    /// The fast path of running Arabic text: classifies the <see cref="BlockChars"/> characters of
    /// each block (from <paramref name="position"/> of <paramref name="chars"/>, a token boundary, on; <paramref name="chars"/> starts at <paramref name="textOffset"/> of the text) with vector
    /// compares, and writes the tokens of the longest prefix it can decide, in order, at most <paramref name="capacity"/> in all, block after block while whole blocks fit and each gives tokens.
    /// A block of only words, gaps and the marks below is handed to <see cref="StreamBlocks"/>, which needs no prefix.
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
    /// <returns>How many tokens were written; <paramref name="position"/> is moved to the end of the last one.</returns>
    private static int ScanBlocks(ReadOnlySpan<char> chars, int textOffset, ref int position, ref Token output, int capacity)
    {
        int p = position;
        int total = 0;
        int lastBlock = chars.Length - BlockChars;
        while (total < capacity && p <= lastBlock && IsBlockCharacter(chars[p]))
        {
            ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(chars.Slice(p, BlockChars));
            int offset = textOffset + p;
            ref Token destination = ref Unsafe.Add(ref output, total);
            int room = capacity - total;

            // Each class of character as a bit mask over the block. Words, gaps and marks are enough for most blocks;
            // the masks of numbers and hashtags are needed only when `special` says the block has some.
            ulong special = ClassifyBlock(units, numbersWanted: true, out ulong core, out ulong gaps, out ulong allMarks, out NumberMasks numbers);
            if (special == 0 && (core | gaps | allMarks) == FullBlock)
            {
                // Only words, gaps and marks from edge to edge: stream this block and the like ones after it.
                int before = p;
                total += StreamBlocks(chars, textOffset, ref p, ref output, total, capacity, core, gaps, allMarks);
                if (p != before)
                {
                    continue;
                }

                // One word fills the block (the rules below leave it to the general path), or its tokens do not fit.
            }

            ulong digits = numbers.Digits, dots = numbers.Dots, commas = numbers.Commas, percents = numbers.Percents;
            ulong hashes = numbers.Hashes, underscores = numbers.Underscores, otherMarks = numbers.OtherMarks;
            ulong ends, starts, marks, tagStarts;
            if (special == 0)
            {
                // Most blocks hold only words, gaps and marks (every '.' is then a mark): the same rules as below, with
                // the number and hashtag terms zero, in a fraction of the instructions.
                marks = allMarks;
                ulong prefix = (1UL << BitOperations.TrailingZeroCount(~(core | gaps | marks) | (1UL << (BlockChars - 1)))) - 1;
                core &= prefix;
                marks &= prefix;
                ends = (~core & (core << 1) & (gaps | marks)) | (marks << 1);
                if (ends == 0)
                {
                    break;
                }

                starts = ((core & ~(core << 1)) | marks) & ((1UL << (63 - BitOperations.LeadingZeroCount(ends))) - 1);
                tagStarts = 0;
            }
            else
            {
                // Hashtags: a # followed by a hashtag character, and the run of those after it (adding the run's first bit
                // carries through the run). Their letters and digits are neither words nor numbers.
                ulong tagParts = core | digits | underscores;
                tagStarts = hashes & (tagParts >> 1);
                ulong carried = tagParts + (tagStarts << 1);
                ulong tagBodies = tagParts & ~carried;
                ulong tagEnds = carried & ~tagParts & ~(tagStarts << 1);
                core &= ~tagBodies;
                digits &= ~tagBodies;

                // Numbers: '.' or ',' between two digits joins them, and a '%' right after belongs to the number.
                ulong joiners = (dots | commas) & (digits << 1) & (digits >> 1);
                ulong body = digits | joiners;
                ulong percent = percents & (body << 1);
                marks = (dots & ~joiners) | otherMarks;

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
                ends = (~core & (core << 1) & (gaps | marks | digits | tagStarts)) | (marks << 1) | numberEnds | tagEnds;
                if (ends == 0)
                {
                    break;
                }

                // Only the tokens that end inside the decided prefix: a token starting after the last end goes on past it.
                starts = ((core & ~(core << 1)) | marks | (digits & ~(body << 1)) | tagStarts) & ((1UL << (63 - BitOperations.LeadingZeroCount(ends))) - 1);
            }

            int count = BitOperations.PopCount(starts);
            if (count > room)
            {
                count = room;
            }

            // Every token is written as a word first; the marks, numbers and hashtags (a few in ten) get their kind after.
            ulong allStarts = starts;
            int n = 0;
            if (room - count >= 3)
            {
                // Four tokens per step with no test in between; up to three past the count are written and then ignored.
                ref Token next = ref destination;
                for (; n < count; n += 4)
                {
                    WriteWord(ref next, offset, ref starts, ref ends);
                    WriteWord(ref Unsafe.Add(ref next, 1), offset, ref starts, ref ends);
                    WriteWord(ref Unsafe.Add(ref next, 2), offset, ref starts, ref ends);
                    WriteWord(ref Unsafe.Add(ref next, 3), offset, ref starts, ref ends);
                    next = ref Unsafe.Add(ref next, 4);
                }
            }
            else
            {
                for (; n < count; n++)
                {
                    WriteWord(ref Unsafe.Add(ref destination, n), offset, ref starts, ref ends);
                }
            }

            SetKinds(ref destination, count, allStarts, marks & allStarts, TokenKind.Punctuation);
            SetKinds(ref destination, count, allStarts, digits & allStarts, TokenKind.Number);
            SetKinds(ref destination, count, allStarts, tagStarts & allStarts, TokenKind.Hashtag);
            total += count;
            p += Unsafe.Add(ref destination, count - 1).End - offset;
        }

        position = p;
        return total;
    }

    /// <summary>All the bits of a block's masks.</summary>
    private static ulong FullBlock => BlockChars == 64 ? ulong.MaxValue : (1UL << BlockChars) - 1;

    /// <summary>
    /// Tokenizes blocks made only of Arabic letters and harakat, spaces, line breaks and the marks . ، " : ( ) (which
    /// are then always one-character tokens), from <paramref name="position"/> (a token boundary, where such a block
    /// starts: <paramref name="core"/>, <paramref name="gaps"/> and <paramref name="marks"/> are its masks) on, one
    /// whole block after another while they are like it. A block's place never depends on its tokens, so the next
    /// block's loads and compares overlap this block's writing; a word that crosses into the next block is carried
    /// as one bit: its length is written when the next block closes it.
    /// </summary>
    /// <returns>
    /// How many tokens were completed after the first <paramref name="total"/> of <paramref name="output"/>;
    /// <paramref name="position"/> is moved past them (to the start of a token left open, if any).
    /// </returns>
    private static int StreamBlocks(ReadOnlySpan<char> chars, int textOffset, ref int position, ref Token output, int total, int capacity, ulong core, ulong gaps, ulong marks)
    {
        int p = position;
        int lastBlock = chars.Length - BlockChars;
        int started = total;
        int ended = total;
        ulong coreBefore = 0;
        ulong markBefore = 0;
        while (true)
        {
            int offset = textOffset + p;

            // Bit i of `letterBefore`: character i - 1 (of this block or the last one) is a letter.
            ulong letterBefore = (core << 1) | coreBefore;
            ulong starts = (core & ~letterBefore) | marks;
            ulong ends = ((~core & letterBefore & (gaps | marks)) | (marks << 1) | markBefore) & FullBlock;

            // Four per step with no test in between: up to three past the count are written and then overwritten.
            int count = BitOperations.PopCount(starts);
            if (count > capacity - started - 3)
            {
                break;
            }

            // The first end closes the token the block before left open, if any; with none open, the length goes to
            // the slot the first token below overwrites (no branch).
            int closedHere = BitOperations.PopCount(ends);
            ref Token closing = ref Unsafe.Add(ref output, ended);
            WriteEnd(ref closing, offset, ref ends, keep: started == ended);

            // Then the k-th start and the k-th remaining end make a token; one that goes on into the next block gets
            // its length when it closes there.
            ref Token next = ref Unsafe.Add(ref output, started);
            for (int n = 0; n < count; n += 4)
            {
                WriteToken(ref next, offset, ref starts, ref ends, marks);
                WriteToken(ref Unsafe.Add(ref next, 1), offset, ref starts, ref ends, marks);
                WriteToken(ref Unsafe.Add(ref next, 2), offset, ref starts, ref ends, marks);
                WriteToken(ref Unsafe.Add(ref next, 3), offset, ref starts, ref ends, marks);
                next = ref Unsafe.Add(ref next, 4);
            }

            started += count;
            ended += closedHere;
            coreBefore = core >> (BlockChars - 1);
            markBefore = marks >> (BlockChars - 1);
            p += BlockChars;
            if (p > lastBlock)
            {
                break;
            }

            ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(chars.Slice(p, BlockChars));
            if (ClassifyBlock(units, numbersWanted: false, out core, out gaps, out marks, out _) != 0 || (core | gaps | marks) != FullBlock)
            {
                break;
            }
        }

        // A token still open (a word, or a mark at the block's edge whose end was not written) is scanned again.
        position = started > ended ? Unsafe.Add(ref output, ended).Start - textOffset : p;
        return ended - total;
    }

    /// <summary>Writes the token of the lowest start and end bits (a mark is punctuation, else an Arabic word) and clears the bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteToken(ref Token destination, int offset, ref ulong starts, ref ulong ends, ulong marks)
    {
        int s = BitOperations.TrailingZeroCount(starts);
        int mark = (int)(marks >> s) & 1;
        destination = new Token(
            offset + s,
            BitOperations.TrailingZeroCount(ends) - s,
            (TokenKind)((int)TokenKind.ArabicWord + (mark * ((int)TokenKind.Punctuation - (int)TokenKind.ArabicWord))));
        starts &= starts - 1;
        ends &= ends - 1;
    }

    /// <summary>
    /// Writes the length of a started token from the lowest end bit and clears that bit, unless
    /// <paramref name="keep"/> (then the length written is meaningless and the bit stays).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteEnd(ref Token destination, int offset, ref ulong ends, bool keep)
    {
        // A token's fields are laid out in order, Start then Length (a test checks it): the length is written alone.
        ref int start = ref Unsafe.As<Token, int>(ref destination);
        Unsafe.Add(ref start, 1) = offset + BitOperations.TrailingZeroCount(ends) - start;
        ends &= ~(ends & (0 - ends) & (keep ? 0 : ulong.MaxValue));
    }

    /// <summary>
    /// Classifies a block of <see cref="BlockChars"/> characters: the masks of Arabic letters and harakat, of gaps
    /// (space, line break) and of the marks . ، " : ( ); returns the mask of the characters of numbers and hashtags
    /// (ASCII digits , % # _), which <see cref="ClassifyNumbersAndTags"/> takes apart into <paramref name="numbers"/>
    /// when that mask is not empty and <paramref name="numbersWanted"/> (without VBMI, always: they are computed anyway).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ClassifyBlock(ReadOnlySpan<ushort> units, bool numbersWanted, out ulong core, out ulong gaps, out ulong marks, out NumberMasks numbers)
    {
        if (Vector512.IsHardwareAccelerated && Avx512Vbmi.IsSupported)
        {
            // Each character clamped to 0x7F as ASCII and as its place in the Arabic block (0x7F, no class, stands for
            // everything outside U+0000–U+007E and U+0600–U+067E); one pack narrows a pair of vectors, two 128-byte
            // table lookups classify, and one permutation puts the pack's interleaved 128-bit lanes back in order.
            Vector512<ushort> low = Vector512.Create(units);
            Vector512<ushort> high = Vector512.Create(units[32..]);
            Vector512<ushort> arabicBlock = Vector512.Create((ushort)0x0600);
            Vector512<ushort> top = Vector512.Create((ushort)0x7F);
            Vector512<byte> asciiLanes = Avx512BW.PackUnsignedSaturate(Vector512.Min(low, top).AsInt16(), Vector512.Min(high, top).AsInt16());
            Vector512<byte> arabicLanes = Avx512BW.PackUnsignedSaturate(Vector512.Min(low - arabicBlock, top).AsInt16(), Vector512.Min(high - arabicBlock, top).AsInt16());
            Vector512<byte> classes = Avx512Vbmi.PermuteVar64x8x2(BlockClasses.AsciiLow, asciiLanes, BlockClasses.AsciiHigh)
                | Avx512Vbmi.PermuteVar64x8x2(BlockClasses.ArabicLow, arabicLanes, BlockClasses.ArabicHigh);
            classes = Vector512.Shuffle(classes.AsInt64(), Vector512.Create(0L, 2, 4, 6, 1, 3, 5, 7)).AsByte();
            core = classes.ExtractMostSignificantBits();
            classes += classes;
            gaps = classes.ExtractMostSignificantBits();
            classes += classes;
            marks = classes.ExtractMostSignificantBits();
            classes += classes;
            ulong special = classes.ExtractMostSignificantBits();
            numbers = numbersWanted && special != 0 ? ClassifyNumbersAndTags(units) : default;
            return special;
        }

        numbers = ClassifyNumbersAndTags(units);
        if (Vector512.IsHardwareAccelerated)
        {
            NarrowBlock(units, out Vector512<byte> ascii, out Vector512<byte> arabic);
            core = Vector512.LessThan(arabic - Vector512.Create((byte)0x20), Vector512.Create((byte)0x40)).ExtractMostSignificantBits();
            gaps = (Vector512.Equals(ascii, Vector512.Create((byte)' ')) | Vector512.Equals(ascii, Vector512.Create((byte)'\n'))).ExtractMostSignificantBits();
        }
        else
        {
            NarrowBlock(units, out Vector256<byte> ascii, out Vector256<byte> arabic);
            core = Vector256.LessThan(arabic - Vector256.Create((byte)0x20), Vector256.Create((byte)0x40)).ExtractMostSignificantBits();
            gaps = (Vector256.Equals(ascii, Vector256.Create((byte)' ')) | Vector256.Equals(ascii, Vector256.Create((byte)'\n'))).ExtractMostSignificantBits();
        }

        marks = numbers.Dots | numbers.OtherMarks;
        return numbers.Digits | numbers.Commas | numbers.Percents | numbers.Hashes | numbers.Underscores;
    }

    /// <summary>The masks of the characters of numbers and hashtags, and of the marks other than '.', in a block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static NumberMasks ClassifyNumbersAndTags(ReadOnlySpan<ushort> units)
    {
        ulong digits, dots, commas, percents, hashes, underscores, otherMarks;
        if (Vector512.IsHardwareAccelerated)
        {
            NarrowBlock(units, out Vector512<byte> ascii, out Vector512<byte> arabic);
            digits = Vector512.LessThan(ascii - Vector512.Create((byte)'0'), Vector512.Create((byte)10)).ExtractMostSignificantBits();
            dots = Vector512.Equals(ascii, Vector512.Create((byte)'.')).ExtractMostSignificantBits();
            commas = Vector512.Equals(ascii, Vector512.Create((byte)',')).ExtractMostSignificantBits();
            percents = Vector512.Equals(ascii, Vector512.Create((byte)'%')).ExtractMostSignificantBits();
            hashes = Vector512.Equals(ascii, Vector512.Create((byte)'#')).ExtractMostSignificantBits();
            underscores = Vector512.Equals(ascii, Vector512.Create((byte)'_')).ExtractMostSignificantBits();
            otherMarks = (Vector512.Equals(arabic, Vector512.Create((byte)('،' - 0x0600))) | Vector512.Equals(ascii, Vector512.Create((byte)'"'))
                | Vector512.Equals(ascii, Vector512.Create((byte)':')) | Vector512.Equals(ascii, Vector512.Create((byte)'('))
                | Vector512.Equals(ascii, Vector512.Create((byte)')'))).ExtractMostSignificantBits();
        }
        else
        {
            NarrowBlock(units, out Vector256<byte> ascii, out Vector256<byte> arabic);
            digits = Vector256.LessThan(ascii - Vector256.Create((byte)'0'), Vector256.Create((byte)10)).ExtractMostSignificantBits();
            dots = Vector256.Equals(ascii, Vector256.Create((byte)'.')).ExtractMostSignificantBits();
            commas = Vector256.Equals(ascii, Vector256.Create((byte)',')).ExtractMostSignificantBits();
            percents = Vector256.Equals(ascii, Vector256.Create((byte)'%')).ExtractMostSignificantBits();
            hashes = Vector256.Equals(ascii, Vector256.Create((byte)'#')).ExtractMostSignificantBits();
            underscores = Vector256.Equals(ascii, Vector256.Create((byte)'_')).ExtractMostSignificantBits();
            otherMarks = (Vector256.Equals(arabic, Vector256.Create((byte)('،' - 0x0600))) | Vector256.Equals(ascii, Vector256.Create((byte)'"'))
                | Vector256.Equals(ascii, Vector256.Create((byte)':')) | Vector256.Equals(ascii, Vector256.Create((byte)'('))
                | Vector256.Equals(ascii, Vector256.Create((byte)')'))).ExtractMostSignificantBits();
        }

        return new NumberMasks(digits, dots, commas, percents, hashes, underscores, otherMarks);
    }

    /// <summary>
    /// A block of 64 characters narrowed to two vectors of 64 bytes: the character (ASCII is what matters; 0xFF for
    /// anything from U+00FF up) and the character's place in the Arabic block U+0600–U+06FF (0xFF outside it).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NarrowBlock(ReadOnlySpan<ushort> units, out Vector512<byte> ascii, out Vector512<byte> arabic)
    {
        Vector512<ushort> low = Vector512.Create(units);
        Vector512<ushort> high = Vector512.Create(units[32..]);
        Vector512<ushort> top = Vector512.Create((ushort)0xFF);
        Vector512<ushort> arabicBlock = Vector512.Create((ushort)0x0600);
        ascii = Vector512.Narrow(Vector512.Min(low, top), Vector512.Min(high, top));
        arabic = Vector512.Narrow(Vector512.Min(low - arabicBlock, top), Vector512.Min(high - arabicBlock, top));
    }

    /// <summary>A block of 32 characters narrowed the same way to two vectors of 32 bytes; bits 32–63 of its masks stand for nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NarrowBlock(ReadOnlySpan<ushort> units, out Vector256<byte> ascii, out Vector256<byte> arabic)
    {
        Vector256<ushort> low = Vector256.Create(units);
        Vector256<ushort> high = Vector256.Create(units[16..]);
        Vector256<ushort> top = Vector256.Create((ushort)0xFF);
        Vector256<ushort> arabicBlock = Vector256.Create((ushort)0x0600);
        ascii = Vector256.Narrow(Vector256.Min(low, top), Vector256.Min(high, top));
        arabic = Vector256.Narrow(Vector256.Min(low - arabicBlock, top), Vector256.Min(high - arabicBlock, top));
    }

    /// <summary>Writes the token of the lowest start and end bits as an Arabic word and clears the bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteWord(ref Token destination, int offset, ref ulong starts, ref ulong ends)
    {
        int s = BitOperations.TrailingZeroCount(starts);
        int e = BitOperations.TrailingZeroCount(ends);
        destination = new Token(offset + s, e - s, TokenKind.ArabicWord);
        starts &= starts - 1;
        ends &= ends - 1;
    }

    /// <summary>Gives <paramref name="kind"/> to the tokens (of the first <paramref name="count"/>) that start at the bits of <paramref name="these"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetKinds(ref Token destination, int count, ulong starts, ulong these, TokenKind kind)
    {
        while (these != 0)
        {
            // The token's index is the number of starts before it.
            int index = BitOperations.PopCount(starts & ((these & (0 - these)) - 1));
            if (index >= count)
            {
                return;
            }

            ref Token token = ref Unsafe.Add(ref destination, index);
            token = token with { Kind = kind };
            these &= these - 1;
        }
    }

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

    /// <summary>The masks of a block's characters of numbers and hashtags, and of its marks other than '.'.</summary>
    private readonly record struct NumberMasks(ulong Digits, ulong Dots, ulong Commas, ulong Percents, ulong Hashes, ulong Underscores, ulong OtherMarks);
}
