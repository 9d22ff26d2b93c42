using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArabicNews.Nlp.Text;

/// <summary>
/// Normalizes Arabic text by the rules of its <see cref="NormalizationOptions"/>, keeping an offset map back to the
/// original. Immutable and thread-safe: build one per option set and share it.
/// </summary>
/// <example>
/// <code>
/// var normalized = ArabicNormalizer.Matching.Normalize("قالَ الرئيسُ إردوغان");
/// // normalized.Text == "قال الرييس اردوغان"; normalized.ToOriginal(0, 3) == (0, 4)
/// </code>
/// </example>
public sealed class ArabicNormalizer
{
    private const byte Keep = 0, Replace = 1, Delete = 2, Expand = 3;
    private const char FirstPresentationForm = '\uFB50';

    private const int WindowSize = 64;

    // In _replacement, the characters that are deleted or expanded (and U+FFFF itself) read as this.
    private const char Special = '\uFFFF';

    private readonly byte[] _action = new byte[65536];
    private readonly char[] _replacement = new char[65536];
    // The characters that become several (ligatures, rare), sorted, beside what they become: searched only when one
    // occurs, and plain arrays because a frozen dictionary costs more to build (and to compile) than it saves.
    private readonly char[] _expandingChars;
    private readonly string[] _expansions;
    private readonly SearchValues<char> _changing;

    // No character below this one changes.
    private readonly char _firstChanging;

    // When every changing character is in the 63 characters from _firstChanging (as with the Search rules): for each
    // of the 64 from there, 0xFFFF if it changes, else 0 (the last never changes); a 512-bit table lookup then tests
    // 32 characters at once. Else null.
    private readonly ushort[]? _window;

    // With _window: for each of the 64 characters from _firstChanging, what it becomes when it is replaced by one
    // character, 0 when it is kept, U+FFFF when it is deleted or expanded; a 512-bit table lookup then normalizes 32
    // characters at once where none of them is deleted or expanded. Else null.
    private readonly ushort[]? _windowReplacements;

    /// <summary>Search normalization, exactly as Lucene.Net's <c>ArabicNormalizer</c>: <see cref="NormalizationPresets.Search"/>.</summary>
    public static ArabicNormalizer Search => SearchPreset.Instance;

    /// <summary>The normalization names are matched on: <see cref="NormalizationPresets.Matching"/>.</summary>
    public static ArabicNormalizer Matching => MatchingPreset.Instance;

    /// <summary>Diacritics and tatweel only: <see cref="NormalizationPresets.Minimal"/>.</summary>
    public static ArabicNormalizer Minimal => MinimalPreset.Instance;

    /// <summary>Creates a normalizer for a combination of rules.</summary>
    /// <param name="options">The rules to apply.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options contain undefined flags.</exception>
    public ArabicNormalizer(NormalizationOptions options)
    {
        const NormalizationOptions defined = NormalizationPresets.All;
        if ((options & ~defined) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options, "Unknown normalization flags.");
        }

        Options = options;
        char[] changing = new char[64];
        int changingCount = 0;
        char[] expandingChars = new char[16];
        string[] expansions = new string[16];
        int expansionCount = 0;
        int maxExpansion = 1;
        for (int i = 0; i < 65536; i++)
        {
            char c = (char)i;
            string? mapped = MapFully(c, options);
            if (mapped is null)
            {
                _replacement[i] = c;
                continue;
            }

            if (changingCount == changing.Length)
            {
                changing = Grow(changing);
            }

            changing[changingCount++] = c;
            _replacement[i] = Special;
            if (mapped.Length == 0)
            {
                _action[i] = Delete;
            }
            else if (mapped.Length == 1)
            {
                _action[i] = Replace;
                _replacement[i] = mapped[0];
            }
            else
            {
                _action[i] = Expand;
                if (expansionCount == expansions.Length)
                {
                    expandingChars = Grow(expandingChars);
                    expansions = Grow(expansions);
                }

                // Ascending, since characters are visited in order.
                expandingChars[expansionCount] = c;
                expansions[expansionCount++] = mapped;
                maxExpansion = Math.Max(maxExpansion, mapped.Length);
            }
        }

        MaxExpansion = maxExpansion;
        _firstChanging = changingCount == 0 ? char.MaxValue : changing[0];
        if (changingCount > 0 && changing[changingCount - 1] - changing[0] < WindowSize - 1)
        {
            _window = new ushort[WindowSize];
            _windowReplacements = new ushort[WindowSize];
            for (int k = 0; k < changingCount; k++)
            {
                char c = changing[k];
                _window[c - changing[0]] = ushort.MaxValue;
                _windowReplacements[c - changing[0]] = _action[c] == Replace ? _replacement[c] : ushort.MaxValue;
            }
        }

        _expandingChars = expandingChars[..expansionCount];
        _expansions = expansions[..expansionCount];
        _changing = SearchValues.Create(changing.AsSpan(0, changingCount));
    }

    /// <summary>The rules this normalizer applies.</summary>
    public NormalizationOptions Options { get; }

    /// <summary>The most characters one input character can become (a ligature such as ﷺ becomes several).</summary>
    public int MaxExpansion { get; }

    /// <summary>The largest buffer <see cref="TryNormalize(ReadOnlySpan{char}, Span{char}, out int)"/> can need for an input of this length.</summary>
    /// <param name="sourceLength">The input length.</param>
    public int GetMaxNormalizedLength(int sourceLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourceLength);
        return checked(sourceLength * MaxExpansion);
    }

    /// <summary>True when normalization would change nothing; a vectorized scan, no copy.</summary>
    /// <param name="text">The text to check.</param>
    public bool IsNormalized(ReadOnlySpan<char> text)
    {
        if (text.Length >= 16)
        {
            return IndexOfChanging(text) < 0;
        }

        // A word-sized span: a table lookup per character beats setting up the vectorized search.
        byte[] action = _action;
        foreach (char c in text)
        {
            if (action[c] != Keep)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Normalizes a text and returns it with its offset map.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The normalized text; when nothing changes, its <see cref="NormalizedText.Text"/> is <paramref name="text"/> itself.</returns>
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = IndexOfChanging(text);
        if (first < 0)
        {
            return new NormalizedText(text, text, OffsetMap.Identity(text.Length));
        }

        if (MaxExpansion == 1)
        {
            return NormalizeWithoutExpansion(text, first);
        }

        // The exact output length first (a hop from one changing character to the next), so that the string and the
        // map are written once, in place, with no pooled buffer to copy out of.
        int length = NormalizedLength(text, first);
        if (length == 0)
        {
            return new NormalizedText(text, string.Empty, OffsetMap.Trusted([], [], text.Length));
        }

        int[] starts = GC.AllocateUninitializedArray<int>(length);
        string normalized = string.Create(length, (this, text, first, starts), static (destination, state) =>
            state.Item1.Run(state.text, state.first, destination, state.starts, default, out _));
        return new NormalizedText(text, normalized, OffsetMap.FromNormalizerStarts(starts, length, text.Length));
    }

    /// <summary>
    /// <see cref="Normalize(string)"/> when no character expands, so the output is at most as long as the input: the
    /// text goes into a pooled buffer with no pass to measure it first, and the map keeps only where deletions shift
    /// positions (news with the <c>Search</c> rules deletes a few harakat or tatweels per thousand characters).
    /// </summary>
    private NormalizedText NormalizeWithoutExpansion(string text, int first)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var shifts = new ShiftLog();
            Run(text, first, chars.AsSpan(0, text.Length), default, default, out int written, shifts);
            string normalized = written == 0 ? string.Empty : new string(chars, 0, written);
            return new NormalizedText(text, normalized, shifts.ToMap(written, text.Length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Normalizes a text without keeping an offset map.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The normalized string: <paramref name="text"/> itself when nothing changes.</returns>
    public string NormalizeToString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = IndexOfChanging(text);
        if (first < 0)
        {
            return text;
        }

        if (MaxExpansion == 1)
        {
            // The output is at most as long as the input: write it into a pooled buffer, no measuring pass.
            char[] chars = ArrayPool<char>.Shared.Rent(text.Length);
            try
            {
                Run(text, first, chars.AsSpan(0, text.Length), default, default, out int written);
                return written == 0 ? string.Empty : new string(chars, 0, written);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }

        int length = NormalizedLength(text, first);
        return length == 0
            ? string.Empty
            : string.Create(length, (this, text, first), static (destination, state) =>
                state.Item1.Run(state.text, state.first, destination, default, default, out _));
    }

    /// <summary>Normalizes into a caller's buffer without allocating.</summary>
    /// <param name="source">The text to normalize.</param>
    /// <param name="destination">Where the normalized text goes.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>False when <paramref name="destination"/> is too small (see <see cref="GetMaxNormalizedLength"/>).</returns>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten) =>
        Run(source, FirstChange(source), destination, default, default, out charsWritten);

    /// <summary>
    /// Normalizes into a caller's buffers without allocating, writing for each normalized character the original
    /// range it came from.
    /// </summary>
    /// <param name="source">The text to normalize.</param>
    /// <param name="destination">Where the normalized text goes.</param>
    /// <param name="originalStarts">For each written character, the start of its original range; at least as long as <paramref name="destination"/>.</param>
    /// <param name="originalEnds">For each written character, the exclusive end of its original range; at least as long as <paramref name="destination"/>.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>False when a buffer is too small.</returns>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, Span<int> originalStarts, Span<int> originalEnds, out int charsWritten)
    {
        if (originalStarts.Length < destination.Length || originalEnds.Length < destination.Length)
        {
            throw new ArgumentException("The offset buffers must be at least as long as the destination.", nameof(originalStarts));
        }

        return Run(source, FirstChange(source), destination, originalStarts, originalEnds, out charsWritten);
    }

    /// <summary>The position of the first character of <paramref name="text"/> that changes, or -1.</summary>
    private int IndexOfChanging(ReadOnlySpan<char> text) =>
        _window is { } window && Avx512BW.IsSupported && Vector512.IsHardwareAccelerated && text.Length >= Vector512<ushort>.Count
            ? IndexOfInWindow(text, window, _firstChanging)
            : text.IndexOfAny(_changing);

    /// <summary>
    /// <see cref="IndexOfChanging"/> when the changing characters fit in a window of 63: per 32 characters, a
    /// subtraction and an unsigned minimum (characters outside the window land on its last entry, which never changes)
    /// and a two-table permute (<c>vpermi2w</c>) over the window's flags, 64 characters per step. Close to a search for
    /// a single character; the general <see cref="SearchValues{T}"/> search does more work per vector.
    /// </summary>
    private static int IndexOfInWindow(ReadOnlySpan<char> text, ushort[] window, char windowStart)
    {
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector512<ushort> lower = Vector512.Create(window.AsSpan(0, Vector512<ushort>.Count));
        Vector512<ushort> upper = Vector512.Create(window.AsSpan(Vector512<ushort>.Count, Vector512<ushort>.Count));
        Vector512<ushort> start = Vector512.Create((ushort)windowStart);
        Vector512<ushort> outside = Vector512.Create((ushort)(WindowSize - 1));
        int count = Vector512<ushort>.Count;
        int i = 0;
        for (; i <= text.Length - (2 * count); i += 2 * count)
        {
            Vector512<ushort> first = Avx512BW.PermuteVar32x16x2(lower, Vector512.Min(Vector512.LoadUnsafe(ref chars, (nuint)i) - start, outside), upper);
            Vector512<ushort> second = Avx512BW.PermuteVar32x16x2(lower, Vector512.Min(Vector512.LoadUnsafe(ref chars, (nuint)(i + count)) - start, outside), upper);
            if ((first | second) != Vector512<ushort>.Zero)
            {
                return first != Vector512<ushort>.Zero
                    ? i + BitOperations.TrailingZeroCount(first.ExtractMostSignificantBits())
                    : i + count + BitOperations.TrailingZeroCount(second.ExtractMostSignificantBits());
            }
        }

        while (i < text.Length)
        {
            // The last vector may overlap the one before it, whose characters are known not to change.
            i = Math.Min(i, text.Length - count);
            Vector512<ushort> hits = Avx512BW.PermuteVar32x16x2(lower, Vector512.Min(Vector512.LoadUnsafe(ref chars, (nuint)i) - start, outside), upper);
            if (hits != Vector512<ushort>.Zero)
            {
                return i + BitOperations.TrailingZeroCount(hits.ExtractMostSignificantBits());
            }

            i += count;
        }

        return -1;
    }

    /// <summary>The position of the first character that changes, or the length when none does.</summary>
    private int FirstChange(ReadOnlySpan<char> source)
    {
        int first = IndexOfChanging(source);
        return first < 0 ? source.Length : first;
    }

    /// <summary>The length of the normalized text, given the position of the first character that changes.</summary>
    private int NormalizedLength(ReadOnlySpan<char> source, int first)
    {
        int length = source.Length;
        int i = first;
        while (true)
        {
            char c = source[i];
            switch (_action[c])
            {
                case Delete:
                    length--;
                    break;
                case Expand:
                    length += ExpansionOf(c).Length - 1;
                    break;
            }

            i++;
            int next = IndexOfChanging(source[i..]);
            if (next < 0)
            {
                return length;
            }

            i += next;
        }
    }

    /// <summary>
    /// Normalizes <paramref name="source"/>, whose characters before <paramref name="first"/> need no change, into
    /// <paramref name="dest"/>, writing the original start (and end) of every written character when
    /// <paramref name="starts"/> (and <paramref name="ends"/>) are given.
    /// </summary>
    private bool Run(ReadOnlySpan<char> source, int first, Span<char> dest, Span<int> starts, Span<int> ends, out int written, ShiftLog? shifts = null)
    {
        // With starts and no ends, only the starts are written: the map derives the ends from them.
        bool mapping = !starts.IsEmpty;
        bool mappingEnds = !ends.IsEmpty;
        if (mapping && starts.Length < dest.Length)
        {
            dest = dest[..starts.Length];
        }

        // The unchanged prefix in bulk.
        if (first > dest.Length)
        {
            return RunChecked(source, 0, first, dest, starts, ends, 0, out written, shifts);
        }

        source[..first].CopyTo(dest);
        if (mapping)
        {
            FillSequence(starts[..first], 0);
            if (mappingEnds)
            {
                FillSequence(ends[..first], 1);
            }
        }

        int w = first;
        int i = first;
        int n = source.Length;
        ref char from = ref MemoryMarshal.GetReference(source);
        ref char to = ref MemoryMarshal.GetReference(dest);
        ref int startsOut = ref MemoryMarshal.GetReference(starts);
        ref int endsOut = ref MemoryMarshal.GetReference(ends);
        ref char replacement = ref MemoryMarshal.GetArrayDataReference(_replacement);
        ushort firstChanging = _firstChanging;
        bool windowed = _windowReplacements is not null && Avx512BW.IsSupported && Vector512.IsHardwareAccelerated;
        Vector512<ushort> lowerReplacements = windowed ? Vector512.Create(_windowReplacements.AsSpan(0, Vector512<ushort>.Count)) : default;
        Vector512<ushort> upperReplacements = windowed ? Vector512.Create(_windowReplacements.AsSpan(Vector512<ushort>.Count)) : default;

        // Character by character through one table (a kept character maps to itself), so that a change costs no more
        // than a copy: news text changes every dozen characters or so with the Search rules. A block of 16 characters
        // all below the first changing character is copied at once. Deleted and expanded characters (rare in news)
        // leave the loop. While the destination has a place for every remaining source character, nothing is checked
        // per character; expansions can use that margin up, and the checked loop then finishes.
        while (i < n)
        {
            if (dest.Length - w < n - i)
            {
                int next = IndexOfChanging(source[i..]);
                return RunChecked(source, i, next < 0 ? n : i + next, dest, starts, ends, w, out written, shifts);
            }

            if (windowed && i <= n - Vector512<ushort>.Count)
            {
                // 32 characters through the window's replacement table (characters outside the window land on its
                // last entry, which keeps them), unless one of them is deleted or expanded.
                Vector512<ushort> chars = Vector512.LoadUnsafe(ref Unsafe.As<char, ushort>(ref from), (nuint)i);
                Vector512<ushort> index = Vector512.Min(chars - Vector512.Create(firstChanging), Vector512.Create((ushort)(WindowSize - 1)));
                Vector512<ushort> replaced = Avx512BW.PermuteVar32x16x2(lowerReplacements, index, upperReplacements);
                if (!Vector512.EqualsAny(replaced, Vector512<ushort>.AllBitsSet))
                {
                    Vector512.ConditionalSelect(Vector512.Equals(replaced, Vector512<ushort>.Zero), chars, replaced)
                        .StoreUnsafe(ref Unsafe.As<char, ushort>(ref to), (nuint)w);
                    if (mapping)
                    {
                        FillSequence(starts.Slice(w, Vector512<ushort>.Count), i);
                        if (mappingEnds)
                        {
                            FillSequence(ends.Slice(w, Vector512<ushort>.Count), i + 1);
                        }
                    }

                    i += Vector512<ushort>.Count;
                    w += Vector512<ushort>.Count;
                    continue;
                }
            }

            if (Vector256.IsHardwareAccelerated && i <= n - Vector256<ushort>.Count
                && Vector256.LessThanAll(Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref from), (nuint)i), Vector256.Create(firstChanging)))
            {
                source.Slice(i, Vector256<ushort>.Count).CopyTo(dest[w..]);
                if (mapping)
                {
                    FillSequence(starts.Slice(w, Vector256<ushort>.Count), i);
                    if (mappingEnds)
                    {
                        FillSequence(ends.Slice(w, Vector256<ushort>.Count), i + 1);
                    }
                }

                i += Vector256<ushort>.Count;
                w += Vector256<ushort>.Count;
                continue;
            }

            int stop = Math.Min(n, i + Vector256<ushort>.Count);
            for (; i < stop; i++)
            {
                char c = Unsafe.Add(ref from, i);
                char r = Unsafe.Add(ref replacement, c);
                if (r == Special)
                {
                    break;
                }

                Unsafe.Add(ref to, w) = r;
                if (mapping)
                {
                    Unsafe.Add(ref startsOut, w) = i;
                    if (mappingEnds)
                    {
                        Unsafe.Add(ref endsOut, w) = i + 1;
                    }
                }

                w++;
            }

            if (i >= stop)
            {
                continue;
            }

            // A character that is deleted or expanded (or U+FFFF, which is kept): the destination has room for one.
            char special = Unsafe.Add(ref from, i);
            switch (_action[special])
            {
                case Delete:
                    // A removed mark belongs to the letter before it, so spans over that letter keep covering it.
                    if (mappingEnds && w > 0 && ends[w - 1] == i)
                    {
                        ends[w - 1] = i + 1;
                    }

                    shifts?.Add(w, i + 1 - w);

                    break;
                case Expand:
                    string expansion = ExpansionOf(special);
                    if (w + expansion.Length > dest.Length)
                    {
                        written = w;
                        return false;
                    }

                    expansion.CopyTo(dest[w..]);
                    if (mapping)
                    {
                        starts.Slice(w, expansion.Length).Fill(i);
                        if (mappingEnds)
                        {
                            ends.Slice(w, expansion.Length).Fill(i + 1);
                        }
                    }

                    w += expansion.Length;
                    break;
                default:
                    dest[w] = _action[special] == Keep ? special : _replacement[special];
                    if (mapping)
                    {
                        starts[w] = i;
                        if (mappingEnds)
                        {
                            ends[w] = i + 1;
                        }
                    }

                    w++;
                    break;
            }

            i++;
        }

        written = w;
        return true;
    }

    /// <summary>
    /// The rest of <see cref="Run"/> from <paramref name="i"/> (where <paramref name="w"/> characters are written), with a
    /// check of the destination at every write: runs of unchanged characters up to the next changing one
    /// (<paramref name="runEnd"/>, found by a vectorized search) are copied in bulk.
    /// </summary>
    private bool RunChecked(ReadOnlySpan<char> source, int i, int runEnd, Span<char> dest, Span<int> starts, Span<int> ends, int w, out int written, ShiftLog? shifts)
    {
        bool mapping = !starts.IsEmpty;
        bool mappingEnds = !ends.IsEmpty;
        while (true)
        {
            // Copy the unchanged run [i, runEnd).
            int run = runEnd - i;
            if (run > 0)
            {
                if (run > dest.Length - w)
                {
                    written = w;
                    return false;
                }

                source.Slice(i, run).CopyTo(dest[w..]);
                if (mapping)
                {
                    FillSequence(starts.Slice(w, run), i);
                    if (mappingEnds)
                    {
                        FillSequence(ends.Slice(w, run), i + 1);
                    }
                }

                w += run;
            }

            if (runEnd >= source.Length)
            {
                break;
            }

            // The character at runEnd changes.
            i = runEnd;
            char c = source[i];
            switch (_action[c])
            {
                case Replace:
                    if (w >= dest.Length)
                    {
                        written = w;
                        return false;
                    }

                    dest[w] = _replacement[c];
                    if (mapping)
                    {
                        starts[w] = i;
                        if (mappingEnds)
                        {
                            ends[w] = i + 1;
                        }
                    }

                    w++;
                    break;
                case Delete:
                    // A removed mark belongs to the letter before it, so spans over that letter keep covering it.
                    if (mappingEnds && w > 0 && ends[w - 1] == i)
                    {
                        ends[w - 1] = i + 1;
                    }

                    shifts?.Add(w, i + 1 - w);

                    break;
                default:
                    string expansion = ExpansionOf(c);
                    if (w + expansion.Length > dest.Length)
                    {
                        written = w;
                        return false;
                    }

                    expansion.CopyTo(dest[w..]);
                    if (mapping)
                    {
                        starts.Slice(w, expansion.Length).Fill(i);
                        if (mappingEnds)
                        {
                            ends.Slice(w, expansion.Length).Fill(i + 1);
                        }
                    }

                    w += expansion.Length;
                    break;
            }

            i++;

            // The next changing character: often right here (diacritized text), else a vectorized search.
            if (i < source.Length && _action[source[i]] != Keep)
            {
                runEnd = i;
            }
            else
            {
                int next = IndexOfChanging(source[i..]);
                runEnd = next < 0 ? source.Length : i + next;
            }
        }

        written = w;
        return true;
    }

    /// <summary>Writes <paramref name="start"/>, <paramref name="start"/> + 1, … into <paramref name="span"/>.</summary>
    private static void FillSequence(Span<int> span, int start)
    {
        int k = 0;
        if (Vector256.IsHardwareAccelerated && span.Length >= Vector256<int>.Count)
        {
            Vector256<int> values = Vector256.Create(start) + Vector256<int>.Indices;
            Vector256<int> step = Vector256.Create(Vector256<int>.Count);
            for (; k <= span.Length - Vector256<int>.Count; k += Vector256<int>.Count)
            {
                values.CopyTo(span[k..]);
                values += step;
            }
        }
        else if (Vector128.IsHardwareAccelerated && span.Length >= Vector128<int>.Count)
        {
            Vector128<int> values = Vector128.Create(start) + Vector128<int>.Indices;
            Vector128<int> step = Vector128.Create(Vector128<int>.Count);
            for (; k <= span.Length - Vector128<int>.Count; k += Vector128<int>.Count)
            {
                values.CopyTo(span[k..]);
                values += step;
            }
        }

        for (; k < span.Length; k++)
        {
            span[k] = start + k;
        }
    }

    private static char[] Grow(char[] array)
    {
        char[] larger = new char[array.Length * 2];
        Array.Copy(array, larger, array.Length);
        return larger;
    }

    private static string[] Grow(string[] array)
    {
        string[] larger = new string[array.Length * 2];
        Array.Copy(array, larger, array.Length);
        return larger;
    }

    /// <summary>What an expanding character (<see cref="Expand"/>) becomes: a binary search of the sorted few.</summary>
    private string ExpansionOf(char c)
    {
        char[] chars = _expandingChars;
        int lo = 0, hi = chars.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (chars[mid] < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return _expansions[lo];
    }

    /// <summary>What one character becomes, with every rule applied until nothing changes; null when it stays.</summary>
    private static string? MapFully(char c, NormalizationOptions options)
    {
        string? once = MapOnce(c, options);
        if (once is null)
        {
            return null;
        }

        // A rule's output can be the input of another (ﮤ → ۀ → ة → ه), so map until nothing changes.
        string result = once;
        for (int pass = 0; pass < 8; pass++)
        {
            var builder = new System.Text.StringBuilder(result.Length);
            bool changed = false;
            foreach (char part in result)
            {
                string? again = MapOnce(part, options);
                changed |= again is not null;
                builder.Append(again ?? part.ToString());
            }

            if (!changed)
            {
                return result;
            }

            result = builder.ToString();
        }

        return result;
    }

    private static string? MapOnce(char c, NormalizationOptions o)
    {
        bool Has(NormalizationOptions flag) => (o & flag) == flag;

        if (Has(NormalizationOptions.RemoveHarakat) && ArabicLetters.IsHaraka(c))
        {
            return string.Empty;
        }

        if (Has(NormalizationOptions.RemoveExtendedDiacritics) && ArabicLetters.IsDiacritic(c) && !ArabicLetters.IsHaraka(c))
        {
            return string.Empty;
        }

        if (Has(NormalizationOptions.RemoveFormatControls) && ArabicLetters.IsFormatControl(c))
        {
            return string.Empty;
        }

        if (Has(NormalizationOptions.NormalizePresentationForms) && c >= FirstPresentationForm && PresentationForms.Decompose(c) is { } letters)
        {
            return letters;
        }

        switch (c)
        {
            case ArabicLetters.Tatweel when Has(NormalizationOptions.RemoveTatweel): return string.Empty;
            case 'أ' or 'إ' or 'آ' when Has(NormalizationOptions.NormalizeAlef): return "ا";
            case 'ٱ' when Has(NormalizationOptions.NormalizeAlefWasla): return "ا";
            case 'ى' when Has(NormalizationOptions.NormalizeAlefMaksura): return "ي";
            case 'ة' when Has(NormalizationOptions.NormalizeTaMarbuta): return "ه";
            case 'ؤ' when Has(NormalizationOptions.NormalizeWawHamza): return "و";
            case 'ئ' when Has(NormalizationOptions.NormalizeYehHamza): return "ي";
            case '\u06A9' when Has(NormalizationOptions.NormalizePersianLetters): return "ك";
            case '\u06CC' when Has(NormalizationOptions.NormalizePersianLetters): return "ي";
            case '\u06C1' when Has(NormalizationOptions.NormalizePersianLetters): return "ه";
            case '\u06C0' when Has(NormalizationOptions.NormalizePersianLetters): return "ة";
            case '،' when Has(NormalizationOptions.UnifyPunctuation): return ",";
            case '؛' when Has(NormalizationOptions.UnifyPunctuation): return ";";
            case '؟' when Has(NormalizationOptions.UnifyPunctuation): return "?";
            case '٪' when Has(NormalizationOptions.UnifyPunctuation): return "%";
            case '“' or '”' or '„' or '‟' or '«' or '»' when Has(NormalizationOptions.UnifyPunctuation): return "\"";
            case '‘' or '’' when Has(NormalizationOptions.UnifyPunctuation): return "'";
            case '…' when Has(NormalizationOptions.UnifyPunctuation): return "...";
        }

        if (Has(NormalizationOptions.NormalizeDigits) && ArabicLetters.IsArabicIndicDigit(c))
        {
            return ((char)('0' + ArabicLetters.DigitValue(c))).ToString();
        }

        return null;
    }

    // One holder per preset: the runtime builds each table on its first use only (a recognizer needs Matching alone).
    private static class SearchPreset
    {
        public static readonly ArabicNormalizer Instance = new(NormalizationPresets.Search);
    }

    private static class MatchingPreset
    {
        public static readonly ArabicNormalizer Instance = new(NormalizationPresets.Matching);
    }

    private static class MinimalPreset
    {
        public static readonly ArabicNormalizer Instance = new(NormalizationPresets.Minimal);
    }

    /// <summary>Where deletions shift positions, gathered by <see cref="Run"/> for <see cref="OffsetMap.FromShifts"/>.</summary>
    private sealed class ShiftLog
    {
        private int[] _at = [];
        private int[] _by = [];
        private int _count;

        /// <summary>From normalized position <paramref name="at"/> on, original positions are <paramref name="by"/> further.</summary>
        public void Add(int at, int by)
        {
            if (_count > 0 && _at[_count - 1] == at)
            {
                // Consecutive deletions: the last one decides.
                _by[_count - 1] = by;
                return;
            }

            if (_count == _at.Length)
            {
                Array.Resize(ref _at, Math.Max(8, _count * 2));
                Array.Resize(ref _by, _at.Length);
            }

            _at[_count] = at;
            _by[_count] = by;
            _count++;
        }

        public OffsetMap ToMap(int length, int originalLength) =>
            OffsetMap.FromShifts(length, originalLength, _at[.._count], _by[.._count]);
    }
}
