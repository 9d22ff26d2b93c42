using System.IO.Compression;
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

    private const byte FormatVersion = 1;

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
        if (c is >= '\u0621' and <= '\u064A')
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

    /// <summary>Writes the lexicon (deflate-compressed, front-coded, sorted).</summary>
    public static void Write(Stream output, IEnumerable<KeyValuePair<string, int>> entries, IReadOnlyDictionary<string, double> parameters)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(parameters);
        var sorted = entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true);
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
        using var deflate = new DeflateStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(deflate, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        Span<byte> magic = stackalloc byte[5];
        r.BaseStream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic) || r.ReadByte() != FormatVersion)
        {
            throw new InvalidDataException("Not a segmentation lexicon of this version.");
        }

        int parameterCount = r.ReadInt32();
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < parameterCount; i++)
        {
            string name = r.ReadString();
            parameters[name] = r.ReadDouble();
        }

        int n = r.ReadInt32();
        var entries = new KeyValuePair<string, int>[n];
        Span<char> key = stackalloc char[512];
        int keyLength = 0;
        for (int i = 0; i < n; i++)
        {
            int shared = r.ReadByte();
            int rest = r.ReadByte();
            for (int j = 0; j < rest; j++)
            {
                key[shared + j] = (char)(r.ReadByte() + 0x0600);
            }

            keyLength = shared + rest;
            entries[i] = new(new string(key[..keyLength]), r.Read7BitEncodedInt());
        }

        return new SegmentationLexicon(entries, parameters);
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
