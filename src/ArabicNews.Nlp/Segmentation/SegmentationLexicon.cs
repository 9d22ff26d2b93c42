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

    private readonly char[] _chars;
    private readonly int[] _offsets;
    private readonly int[] _counts;
    private readonly int[] _table;
    private readonly int _mask;

    public SegmentationLexicon(IReadOnlyList<KeyValuePair<string, int>> entries, IReadOnlyDictionary<string, double> parameters)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = new Dictionary<string, double>(parameters, StringComparer.Ordinal);
        int total = 0;
        foreach (var e in entries)
        {
            total += e.Key.Length;
        }

        _chars = new char[total];
        _offsets = new int[entries.Count + 1];
        _counts = new int[entries.Count];
        int size = 16;
        while (size < entries.Count * 2)
        {
            size <<= 1;
        }

        _table = new int[size];
        _mask = size - 1;
        int at = 0;
        for (int i = 0; i < entries.Count; i++)
        {
            string key = entries[i].Key;
            key.CopyTo(_chars.AsSpan(at));
            _offsets[i] = at;
            at += key.Length;
            _counts[i] = entries[i].Value;
            int slot = Hash(key) & _mask;
            while (_table[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _table[slot] = i + 1;
        }

        _offsets[entries.Count] = at;
    }

    private SegmentationLexicon(SegmentationLexicon other, IReadOnlyDictionary<string, double> parameters)
    {
        _chars = other._chars;
        _offsets = other._offsets;
        _counts = other._counts;
        _table = other._table;
        _mask = other._mask;
        Parameters = parameters;
    }

    /// <summary>The same counts with other parameters.</summary>
    public SegmentationLexicon WithParameters(IReadOnlyDictionary<string, double> parameters) => new(this, parameters);

    /// <summary>An empty lexicon (every count is zero).</summary>
    public static SegmentationLexicon Empty { get; } = new([], new Dictionary<string, double>());

    /// <summary>How many word forms it holds.</summary>
    public int Count => _counts.Length;

    /// <summary>Named model parameters (clitic rates) computed with the counts.</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; }

    /// <summary>The corpus frequency of a skeleton, 0 when absent.</summary>
    public int GetCount(ReadOnlySpan<char> key)
    {
        int slot = Hash(key) & _mask;
        while (true)
        {
            int entry = _table[slot];
            if (entry == 0)
            {
                return 0;
            }

            int start = _offsets[entry - 1];
            int length = _offsets[entry] - start;
            if (length == key.Length && key.SequenceEqual(_chars.AsSpan(start, length)))
            {
                return _counts[entry - 1];
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

    // Decodes the front-coded entries straight into the flat arrays and the hash table: no string per entry. Runs once
    // over 134k entries, so it is compiled optimized at once rather than tiered.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SegmentationLexicon(ReadOnlySpan<byte> data, int n, Dictionary<string, double> parameters)
    {
        Parameters = parameters;
        _offsets = new int[n + 1];
        _counts = new int[n];
        var chars = new char[Math.Max(16, data.Length)];
        int size = 16;
        while (size < n * 2)
        {
            size <<= 1;
        }

        _table = new int[size];
        _mask = size - 1;
        int at = 0;
        int write = 0;
        int previous = 0;
        for (int i = 0; i < n; i++)
        {
            int shared = data[at++];
            int rest = data[at++];
            if (write + shared + rest > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(chars.Length * 2, write + shared + rest));
            }

            chars.AsSpan(previous, shared).CopyTo(chars.AsSpan(write));
            for (int j = 0; j < rest; j++)
            {
                chars[write + shared + j] = (char)(data[at++] + 0x0600);
            }

            _offsets[i] = write;
            _counts[i] = Read7Bit(data, ref at);
            int length = shared + rest;
            int slot = Hash(chars.AsSpan(write, length)) & _mask;
            while (_table[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _table[slot] = i + 1;
            previous = write;
            write += length;
        }

        _offsets[n] = write;
        _chars = chars;
    }

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
