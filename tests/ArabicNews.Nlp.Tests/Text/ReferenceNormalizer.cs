using System.Buffers;
using System.Collections.Frozen;

using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Tests.Text;

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
/// <summary>A frozen copy of the first ArabicNormalizer (a per-character loop), the oracle for the optimized one.</summary>
internal sealed class ReferenceNormalizer
{
    private const byte Keep = 0, Replace = 1, Delete = 2, Expand = 3;
    private const char FirstPresentationForm = '\uFB50';

    private readonly byte[] _action = new byte[65536];
    private readonly char[] _replacement = new char[65536];
    private readonly FrozenDictionary<char, string> _expansions;
    private readonly SearchValues<char> _changing;

    /// <summary>Creates a normalizer for a combination of rules.</summary>
    /// <param name="options">The rules to apply.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options contain undefined flags.</exception>
    public ReferenceNormalizer(NormalizationOptions options)
    {
        const NormalizationOptions defined = NormalizationPresets.All;
        if ((options & ~defined) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options, "Unknown normalization flags.");
        }

        Options = options;
        var changing = new List<char>();
        var expansions = new Dictionary<char, string>();
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

            changing.Add(c);
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
                expansions[c] = mapped;
                maxExpansion = Math.Max(maxExpansion, mapped.Length);
            }
        }

        MaxExpansion = maxExpansion;
        _expansions = expansions.ToFrozenDictionary();
        _changing = SearchValues.Create(changing.ToArray());
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
    public bool IsNormalized(ReadOnlySpan<char> text) => !text.ContainsAny(_changing);

    /// <summary>Normalizes a text and returns it with its offset map.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The normalized text; when nothing changes, its <see cref="NormalizedText.Text"/> is <paramref name="text"/> itself.</returns>
    public (string Text, int[] Starts, int[] Ends) Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = text.AsSpan().IndexOfAny(_changing);
        if (first < 0)
        {
            return (text, Enumerable.Range(0, text.Length).ToArray(), Enumerable.Range(1, text.Length).ToArray());
        }

        int capacity = text.Length + 16;
        while (true)
        {
            char[] chars = ArrayPool<char>.Shared.Rent(capacity);
            int[] starts = ArrayPool<int>.Shared.Rent(capacity);
            int[] ends = ArrayPool<int>.Shared.Rent(capacity);
            try
            {
                if (Run(text, first, chars, starts, ends, out int written))
                {
                    return (new string(chars, 0, written), starts.AsSpan(0, written).ToArray(), ends.AsSpan(0, written).ToArray());
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
                ArrayPool<int>.Shared.Return(starts);
                ArrayPool<int>.Shared.Return(ends);
            }

            capacity = checked(Math.Max(capacity * 2, text.Length * MaxExpansion));
        }
    }

    /// <summary>Normalizes a text without keeping an offset map.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The normalized string: <paramref name="text"/> itself when nothing changes.</returns>
    public string NormalizeToString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsNormalized(text) ? text : Normalize(text).Text;
    }

    /// <summary>Normalizes into a caller's buffer without allocating.</summary>
    /// <param name="source">The text to normalize.</param>
    /// <param name="destination">Where the normalized text goes.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>False when <paramref name="destination"/> is too small (see <see cref="GetMaxNormalizedLength"/>).</returns>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten) =>
        Run(source, 0, destination, default, default, out charsWritten);

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

        return Run(source, 0, destination, originalStarts, originalEnds, out charsWritten);
    }

    private bool Run(ReadOnlySpan<char> source, int first, Span<char> dest, Span<int> starts, Span<int> ends, out int written)
    {
        bool mapping = !starts.IsEmpty || !ends.IsEmpty;
        if (mapping && starts.Length < dest.Length)
        {
            dest = dest[..starts.Length];
        }

        written = 0;
        if (first > dest.Length)
        {
            return false;
        }

        source[..first].CopyTo(dest);
        if (mapping)
        {
            for (int i = 0; i < first; i++)
            {
                starts[i] = i;
                ends[i] = i + 1;
            }
        }

        int w = first;
        for (int i = first; i < source.Length; i++)
        {
            char c = source[i];
            switch (_action[c])
            {
                case Keep:
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
                        ends[w] = i + 1;
                    }

                    w++;
                    break;
                case Delete:
                    // A removed mark belongs to the letter before it, so spans over that letter keep covering it.
                    if (mapping && w > 0 && ends[w - 1] == i)
                    {
                        ends[w - 1] = i + 1;
                    }

                    break;
                default:
                    string expansion = _expansions[c];
                    if (w + expansion.Length > dest.Length)
                    {
                        written = w;
                        return false;
                    }

                    expansion.CopyTo(dest[w..]);
                    if (mapping)
                    {
                        starts.Slice(w, expansion.Length).Fill(i);
                        ends.Slice(w, expansion.Length).Fill(i + 1);
                    }

                    w += expansion.Length;
                    break;
            }
        }

        written = w;
        return true;
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
}
