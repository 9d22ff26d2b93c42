namespace ArabicNews.Nlp.Text;

/// <summary>
/// Maps positions of a normalized text back to the original text it came from. Each normalized character knows
/// the original range it stands for: one character, several (a letter and the diacritics removed after it), or a
/// share of one (the letters a ligature expands to all point at the ligature).
/// </summary>
public sealed class OffsetMap
{
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    // A map without expansions kept as shifts: from normalized position _shiftAt[k] on (ascending), a character's
    // original start is its position plus _shiftBy[k] (the characters deleted before it), until the next entry.
    private readonly int[]? _shiftAt;
    private readonly int[]? _shiftBy;

    private OffsetMap(int length, int originalLength, int[]? starts, int[]? ends)
    {
        Length = length;
        OriginalLength = originalLength;
        _starts = starts;
        _ends = ends;
    }

    private OffsetMap(int[] shiftAt, int[] shiftBy, int length, int originalLength)
    {
        Length = length;
        OriginalLength = originalLength;
        _shiftAt = shiftAt;
        _shiftBy = shiftBy;
    }

    /// <summary>Creates the map of a text that normalization left unchanged: every position maps to itself.</summary>
    /// <param name="length">The length of the text.</param>
    public static OffsetMap Identity(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new OffsetMap(length, length, null, null);
    }

    /// <summary>Creates a map from per-character original ranges.</summary>
    /// <param name="originalStarts">For each normalized character, the start of its original range.</param>
    /// <param name="originalEnds">For each normalized character, the end (exclusive) of its original range.</param>
    /// <param name="originalLength">The length of the original text.</param>
    /// <exception cref="ArgumentException">The arrays differ in length, or a range is out of order or out of bounds.</exception>
    public static OffsetMap FromRanges(int[] originalStarts, int[] originalEnds, int originalLength)
    {
        ArgumentNullException.ThrowIfNull(originalStarts);
        ArgumentNullException.ThrowIfNull(originalEnds);
        if (originalStarts.Length != originalEnds.Length)
        {
            throw new ArgumentException("The start and end arrays must have the same length.", nameof(originalEnds));
        }

        int previous = 0;
        for (int i = 0; i < originalStarts.Length; i++)
        {
            int s = originalStarts[i], e = originalEnds[i];
            if (s < previous || e < s || e > originalLength)
            {
                throw new ArgumentException($"The range of normalized character {i} is out of order or out of bounds.", nameof(originalStarts));
            }

            previous = s;
        }

        return new OffsetMap(originalStarts.Length, originalLength, originalStarts, originalEnds);
    }

    /// <summary>
    /// The map of a normalizer's output in which characters were only replaced one for one or deleted: the positions
    /// where the shift between normalized and original positions grows (a deleted character belongs to the one before
    /// it) and the shift from there on. A few bytes per deletion instead of four per character.
    /// </summary>
    internal static OffsetMap FromShifts(int length, int originalLength, int[] shiftAt, int[] shiftBy) =>
        shiftAt.Length == 0 && length == originalLength ? Identity(length) : new(shiftAt, shiftBy, length, originalLength);

    internal static OffsetMap Trusted(int[] starts, int[] ends, int originalLength) =>
        new(starts.Length, originalLength, starts, ends);

    /// <summary>
    /// A map of a normalizer's output from the starts alone (the first <paramref name="length"/> entries of an array
    /// that may be longer): a character's range ends where the next character's begins (taking in the characters
    /// deleted between them), or one past its start when the next shares it (the letters of an expanded ligature),
    /// and the last one ends at the end of the original.
    /// </summary>
    internal static OffsetMap FromNormalizerStarts(int[] starts, int length, int originalLength) =>
        new(length, originalLength, starts, null);

    /// <summary>The length of the normalized text.</summary>
    public int Length { get; }

    /// <summary>The length of the original text.</summary>
    public int OriginalLength { get; }

    /// <summary>True when every position maps to itself.</summary>
    public bool IsIdentity => _starts is null && _shiftAt is null;

    /// <summary>The original position where normalized character <paramref name="index"/> begins; the original length for the end position.</summary>
    /// <param name="index">A position in the normalized text, from 0 to <see cref="Length"/> inclusive.</param>
    public int ToOriginalStart(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Length);
        if (_starts is null)
        {
            return _shiftAt is null ? index : index == Length ? OriginalLength : index + ShiftAt(index);
        }

        return index == Length ? OriginalLength : _starts[index];
    }

    /// <summary>The original position where a normalized span ending (exclusively) at <paramref name="end"/> ends.</summary>
    /// <param name="end">An exclusive end position in the normalized text, from 0 to <see cref="Length"/> inclusive.</param>
    public int ToOriginalEnd(int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(end);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Length);
        if (_starts is null && _shiftAt is null)
        {
            return end;
        }

        if (end == 0)
        {
            return ToOriginalStart(0);
        }

        if (_ends is not null)
        {
            return _ends[end - 1];
        }

        if (end == Length)
        {
            return OriginalLength;
        }

        if (_starts is null)
        {
            // No expansions: a character ends where the next begins.
            return end + ShiftAt(end);
        }

        int start = _starts[end - 1], next = _starts[end];
        return next > start ? next : start + 1;
    }

    /// <summary>The shift at normalized position <paramref name="index"/>: the entry at or before it, by binary search.</summary>
    private int ShiftAt(int index)
    {
        int[] at = _shiftAt!;
        int k = Array.BinarySearch(at, index);
        if (k < 0)
        {
            k = ~k - 1;
        }

        return k < 0 ? 0 : _shiftBy![k];
    }

    /// <summary>Maps the normalized span [<paramref name="start"/>, <paramref name="end"/>) to its original span.</summary>
    /// <param name="start">The span's start in the normalized text.</param>
    /// <param name="end">The span's exclusive end in the normalized text.</param>
    /// <returns>The original span, covering every original character the normalized span came from.</returns>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        int s = ToOriginalStart(start);
        if (start == end)
        {
            return (s, s);
        }

        return (s, Math.Max(s, ToOriginalEnd(end)));
    }
}
