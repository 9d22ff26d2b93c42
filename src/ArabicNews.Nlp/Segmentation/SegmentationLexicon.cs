using System.Runtime.CompilerServices;
using System.Text;

namespace ArabicNews.Nlp.Segmentation;

/// <summary>
/// Word-form frequencies and clitic rates the segmenter decides from, in an immutable open-addressing hash table
/// that looks up spans without allocating. Keys are "skeletons": Arabic letters only, diacritics, tatweel and
/// format controls dropped, أ إ آ ٱ folded to ا (ى ي ة ه ء ؤ ئ are kept apart).
/// </summary>
internal sealed class SegmentationLexicon
{
    /// <summary>The embedded resource's logical name.</summary>
    public const string ResourceName = "ArabicNews.Nlp.Resources.segmentation-lexicon.bin";

    private static ReadOnlySpan<byte> Magic => "ANSEG"u8;

    private const byte FormatVersion = 2;

    // One record per word in _data: its length, its count (low and high 16 bits), then its letters, so that a hit reads
    // one place. A slot of _slots holds a record's offset in its low _offsetBits and, above them, a fingerprint (high
    // bits of the word's hash): a lookup that misses almost never leaves the slot array, which stays in cache better
    // than the words themselves. 0 is an empty slot (no record starts at offset 0: _data[0] is a pad).
    private readonly char[] _data;
    private readonly uint[] _slots;
    private readonly int _mask;
    private readonly int _offsetBits;

    // A one-hash membership filter over the words (8 to 16 bits a word; another mix of the same hash picks the bit):
    // most lookups miss (a clitic reading that is no word), and the filter, an eighth of the slot array, answers most
    // of them from cache where the slot array would be read from memory after the other stages ran.
    private readonly ulong[] _filter;
    private readonly int _filterShift;
    private readonly int _count;

    public SegmentationLexicon(IReadOnlyList<KeyValuePair<string, int>> entries, IReadOnlyDictionary<string, double> parameters)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = new Dictionary<string, double>(parameters, StringComparer.Ordinal);
        int total = 1;
        foreach (var e in entries)
        {
            total += RecordHeader + e.Key.Length;
        }

        _data = new char[total];
        (_slots, _mask, _offsetBits) = NewSlots(entries.Count, total);
        (_filter, _filterShift) = NewFilter(entries.Count);
        _count = entries.Count;
        int at = 1;
        foreach (var e in entries)
        {
            WriteRecord(e.Key, e.Value, at);
            at += RecordHeader + e.Key.Length;
        }
    }

    private SegmentationLexicon(SegmentationLexicon other, IReadOnlyDictionary<string, double> parameters)
    {
        _data = other._data;
        _slots = other._slots;
        _mask = other._mask;
        _offsetBits = other._offsetBits;
        _filter = other._filter;
        _filterShift = other._filterShift;
        _count = other._count;
        Parameters = parameters;
    }

    /// <summary>The same counts with other parameters.</summary>
    public SegmentationLexicon WithParameters(IReadOnlyDictionary<string, double> parameters) => new(this, parameters);

    /// <summary>An empty lexicon (every count is zero).</summary>
    public static SegmentationLexicon Empty { get; } = new([], new Dictionary<string, double>());

    /// <summary>How many word forms it holds.</summary>
    public int Count => _count;

    /// <summary>Named model parameters (clitic rates) computed with the counts.</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; }

    /// <summary>The corpus frequency of a skeleton, 0 when absent.</summary>
    public int GetCount(ReadOnlySpan<char> key)
    {
        int hash = Hash(key);
        uint bit = FilterBit(hash, _filterShift);
        if ((_filter[bit >> 6] & (1UL << (int)bit)) == 0)
        {
            return 0;
        }

        uint fingerprint = Fingerprint(hash, _offsetBits);
        uint offsetMask = (1u << _offsetBits) - 1;
        int slot = hash & _mask;
        while (true)
        {
            uint entry = _slots[slot];
            if (entry == 0)
            {
                return 0;
            }

            if ((entry & ~offsetMask) == fingerprint)
            {
                int at = (int)(entry & offsetMask);
                if (_data[at] == key.Length && key.SequenceEqual(_data.AsSpan(at + RecordHeader, key.Length)))
                {
                    return _data[at + 1] | (_data[at + 2] << 16);
                }
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>A parameter, or <paramref name="fallback"/> when absent.</summary>
    public double GetParameter(string name, double fallback) => Parameters.TryGetValue(name, out double v) ? v : fallback;

    /// <summary>The skeleton character of <paramref name="c"/>: '\0' to drop it, '\uFFFF' when it cannot be in a key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char KeyChar(char c)
    {
        if (c is >= '\u0621' and <= '\u064A' and not '\u0640')
        {
            return c is '\u0622' or '\u0623' or '\u0625' ? '\u0627' : c;
        }

        return c switch
        {
            '\u0671' => '\u0627',
            '\u06CC' => '\u064A',
            '\u06A9' => '\u0643',
            '\u0640' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u0670' => '\0',
            _ when Text.ArabicLetters.IsDiacritic(c) => '\0',
            _ => '\uFFFF',
        };
    }

    /// <summary>Writes the skeleton of <paramref name="word"/>, or returns null when it has a character no key can hold.</summary>
    public static string? ToKey(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char c in word)
        {
            char k = KeyChar(c);
            if (k == '\uFFFF')
            {
                return null;
            }

            if (k != '\0')
            {
                sb.Append(k);
            }
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>
    /// Writes the lexicon: "ANSEG", a version byte, the parameters, then the keys sorted and front-coded (shared prefix
    /// length, suffix length, suffix letters as one byte each, U+0600 + byte) with their counts as 7-bit varints.
    /// </summary>
    public static void Write(Stream output, IEnumerable<KeyValuePair<string, int>> entries, IReadOnlyDictionary<string, double> parameters)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(parameters);
        var sorted = entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        using var w = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(parameters.Count);
        foreach (var p in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(p.Key);
            w.Write(p.Value);
        }

        w.Write(sorted.Count);
        string previous = string.Empty;
        foreach (var (key, count) in sorted)
        {
            int shared = 0;
            int max = Math.Min(Math.Min(previous.Length, key.Length), 255);
            while (shared < max && previous[shared] == key[shared])
            {
                shared++;
            }

            if (key.Length - shared > 255)
            {
                throw new InvalidDataException("key too long: " + key);
            }

            w.Write((byte)shared);
            w.Write((byte)(key.Length - shared));
            for (int i = shared; i < key.Length; i++)
            {
                w.Write((byte)(key[i] - 0x0600));
            }

            w.Write7BitEncodedInt(count);
            previous = key;
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    public static SegmentationLexicon Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input is UnmanagedMemoryStream { CanSeek: true } unmanaged)
        {
            // An embedded resource: read it in place.
            var bytes = new byte[unmanaged.Length - unmanaged.Position];
            unmanaged.ReadExactly(bytes);
            return Parse(bytes);
        }

        using var memory = new MemoryStream();
        input.CopyTo(memory);
        return Parse(memory.GetBuffer().AsSpan(0, (int)memory.Length));
    }

    private static SegmentationLexicon Parse(ReadOnlySpan<byte> data)
    {
        int at = 0;
        if (data.Length < 6 || !data[..5].SequenceEqual(Magic) || data[5] != FormatVersion)
        {
            throw new InvalidDataException("Not a segmentation lexicon of this version.");
        }

        at = 6;
        int parameterCount = ReadInt32(data, ref at);
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < parameterCount; i++)
        {
            int length = Read7Bit(data, ref at);
            string name = Encoding.UTF8.GetString(data.Slice(at, length));
            at += length;
            parameters[name] = BitConverter.Int64BitsToDouble(System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(data[at..]));
            at += 8;
        }

        int n = ReadInt32(data, ref at);
        return new SegmentationLexicon(data[at..], n, parameters);
    }

    // Decodes the front-coded entries straight into the records and the slot array: no string per entry. Runs once
    // over 134k entries, so it is compiled optimized at once rather than tiered.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SegmentationLexicon(ReadOnlySpan<byte> data, int n, Dictionary<string, double> parameters)
    {
        Parameters = parameters;
        _count = n;

        // A first pass sizes the records (front coding hides the shared letters from the byte count).
        int total = 1;
        int at = 0;
        for (int i = 0; i < n; i++)
        {
            int shared = data[at];
            int rest = data[at + 1];
            total += RecordHeader + shared + rest;
            at += 2 + rest;
            _ = Read7Bit(data, ref at);
        }

        _data = new char[total];
        (_slots, _mask, _offsetBits) = NewSlots(n, total);
        (_filter, _filterShift) = NewFilter(n);
        at = 0;
        int write = 1;
        int previous = 1;
        for (int i = 0; i < n; i++)
        {
            int shared = data[at++];
            int rest = data[at++];
            int length = shared + rest;
            Span<char> letters = _data.AsSpan(write + RecordHeader, length);
            _data.AsSpan(previous + RecordHeader, shared).CopyTo(letters);
            for (int j = 0; j < rest; j++)
            {
                letters[shared + j] = (char)(data[at++] + 0x0600);
            }

            int count = Read7Bit(data, ref at);
            _data[write] = (char)length;
            _data[write + 1] = (char)count;
            _data[write + 2] = (char)(count >> 16);
            Insert(letters, write);
            previous = write;
            write += RecordHeader + length;
        }
    }

    private const int RecordHeader = 3;

    /// <summary>An empty slot array for <paramref name="entries"/> words (load at most one half) over records of <paramref name="dataLength"/> chars.</summary>
    private static (uint[] Slots, int Mask, int OffsetBits) NewSlots(int entries, int dataLength)
    {
        int size = 16;
        while (size < entries * 2)
        {
            size <<= 1;
        }

        int offsetBits = 1;
        while (offsetBits < 32 && (1L << offsetBits) <= dataLength)
        {
            offsetBits++;
        }

        return (new uint[size], size - 1, offsetBits);
    }

    private void WriteRecord(string key, int count, int at)
    {
        _data[at] = (char)key.Length;
        _data[at + 1] = (char)count;
        _data[at + 2] = (char)(count >> 16);
        key.CopyTo(_data.AsSpan(at + RecordHeader));
        Insert(key, at);
    }

    private void Insert(ReadOnlySpan<char> key, int at)
    {
        int hash = Hash(key);
        int slot = hash & _mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _slots[slot] = Fingerprint(hash, _offsetBits) | (uint)at;
        uint bit = FilterBit(hash, _filterShift);
        _filter[bit >> 6] |= 1UL << (int)bit;
    }

    /// <summary>An empty filter of a power of two bits, at least 8 a word; the shift keeps a mixed hash's top bits.</summary>
    private static (ulong[] Filter, int Shift) NewFilter(int entries)
    {
        int bits = 6;
        while (bits < 30 && (1L << bits) < entries * 8L)
        {
            bits++;
        }

        return (new ulong[1 << (bits - 6)], 32 - bits);
    }

    // The slot index takes the hash's low bits and the fingerprint its high ones: the filter takes a multiplicative mix.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint FilterBit(int hash, int shift) => ((uint)hash * 0x9E3779B1u) >> shift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fingerprint(int hash, int offsetBits) => offsetBits >= 32 ? 0 : (uint)hash >> offsetBits << offsetBits;

    private static int ReadInt32(ReadOnlySpan<byte> data, ref int at)
    {
        int v = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
        at += 4;
        return v;
    }

    private static int Read7Bit(ReadOnlySpan<byte> data, ref int at)
    {
        int result = 0;
        int shift = 0;
        byte b;
        do
        {
            b = data[at++];
            result |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0 && shift < 35);

        return result;
    }

    /// <summary>Loads the embedded lexicon, or the empty one when the resource is absent.</summary>
    public static SegmentationLexicon LoadEmbedded()
    {
        using Stream? stream = typeof(SegmentationLexicon).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? Empty : Read(stream);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> key)
    {
        uint h = 2166136261;
        foreach (char c in key)
        {
            h = (h ^ c) * 16777619;
        }

        return (int)(h ^ (h >> 15));
    }
}
