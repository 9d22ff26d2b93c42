using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace ArabicNews.Nlp.Entities;

/// <summary>
/// The compiled gazetteers: a trie of multi-word names keyed by normalized word, and a table of word flags.
/// Built once, never changed after construction, so it is safe to share between threads.
/// </summary>
internal sealed class Gazetteer
{
    internal const string ResourceName = "ArabicNews.Nlp.Resources.gazetteer.bin";
    internal const int FormatVersion = 1;
    private static readonly byte[] Magic = "ANGZ"u8.ToArray();
    private static readonly Lazy<Gazetteer> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Node _root = Node.WithFilter();
    private readonly Dictionary<string, WordFlags> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordFlags>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    internal Gazetteer()
    {
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded gazetteer, loaded on first use.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>The recognizer's bit for this list when it is one of its closed word classes; 0 otherwise.</summary>
    internal int RuleBit { get; init; }

    /// <summary>How many phrases the trie holds.</summary>
    public int PhraseCount { get; private set; }

    /// <summary>The longest phrase, in words.</summary>
    public int MaxWords { get; private set; }

    internal Node Root => _root;

    /// <summary>Adds a phrase (already a key: normalized words joined by single spaces); the first meaning of a key wins unless <paramref name="replace"/>.</summary>
    internal void Add(string key, GazetteerEntry entry, bool replace = false)
    {
        string[] words = GazetteerKey.Words(key);
        if (words.Length == 0)
        {
            return;
        }

        Node node = _root;
        foreach (string w in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(w, out Node? next))
            {
                node.Admit(w);
                next = new Node();
                node.Children.Add(w, next);
            }

            node = next;
        }

        if (node.Entry is null)
        {
            PhraseCount++;
        }
        else if (!replace)
        {
            return;
        }

        node.Entry = entry;
        MaxWords = Math.Max(MaxWords, words.Length);
    }

    internal void AddWord(string word, WordFlags flags)
    {
        _words[word] = _words.GetValueOrDefault(word) | flags;
    }

    /// <summary>The flags of a normalized word.</summary>
    public WordFlags FlagsOf(string word) => _words.TryGetValue(word, out WordFlags f) ? f : WordFlags.None;

    /// <summary>The flags of a normalized word.</summary>
    public WordFlags FlagsOf(ReadOnlySpan<char> word) => _wordLookup.TryGetValue(word, out WordFlags f) ? f : WordFlags.None;

    /// <summary>Finds the exact phrase entry of a key, if any.</summary>
    public GazetteerEntry? Find(string key)
    {
        Node? node = _root;
        foreach (string w in GazetteerKey.Words(key))
        {
            node = node.Child(w);
            if (node is null)
            {
                return null;
            }
        }

        return node.Entry;
    }

    /// <summary>Reads a compiled gazetteer.</summary>
    public static Gazetteer Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var inflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(inflate, Encoding.UTF8, leaveOpen: true);
        byte[] magic = reader.ReadBytes(4);
        if (!magic.AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a compiled gazetteer of this version.");
        }

        var g = new Gazetteer();
        string[] strings = new string[reader.ReadInt32()];
        for (int i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        int entries = reader.ReadInt32();
        for (int i = 0; i < entries; i++)
        {
            string key = strings[reader.ReadInt32()];
            var kind = (GazetteerKind)reader.ReadByte();
            string canonical = strings[reader.ReadInt32()];
            int code = reader.ReadInt32();
            float confidence = reader.ReadSingle();
            g.Add(key, new GazetteerEntry(kind, canonical, code < 0 ? null : strings[code], confidence));
        }

        int words = reader.ReadInt32();
        for (int i = 0; i < words; i++)
        {
            string w = strings[reader.ReadInt32()];
            g.AddWord(w, (WordFlags)reader.ReadByte());
        }

        return g;
    }

    /// <summary>Writes entries and words in the compiled format (used by the training project).</summary>
    public static void Write(Stream stream, IReadOnlyList<(string Key, GazetteerEntry Entry)> entries, IReadOnlyList<(string Word, WordFlags Flags)> words)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(words);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        int Id(string s)
        {
            if (!index.TryGetValue(s, out int id))
            {
                id = strings.Count;
                strings.Add(s);
                index.Add(s, id);
            }

            return id;
        }

        var entryIds = entries.Select(e => (Id(e.Key), e.Entry.Kind, Id(e.Entry.Canonical), e.Entry.CountryCode is null ? -1 : Id(e.Entry.CountryCode), e.Entry.Confidence)).ToList();
        var wordIds = words.Select(w => (Id(w.Word), w.Flags)).ToList();
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(strings.Count);
        foreach (string s in strings)
        {
            writer.Write(s);
        }

        writer.Write(entryIds.Count);
        foreach (var (key, kind, canonical, code, confidence) in entryIds)
        {
            writer.Write(key);
            writer.Write((byte)kind);
            writer.Write(canonical);
            writer.Write(code);
            writer.Write(confidence);
        }

        writer.Write(wordIds.Count);
        foreach (var (word, flags) in wordIds)
        {
            writer.Write(word);
            writer.Write((byte)flags);
        }
    }

    private static Gazetteer LoadEmbedded()
    {
        using Stream? stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? new Gazetteer() : Read(stream);
    }

    /// <summary>A trie node.</summary>
    internal sealed class Node
    {
        private const int FilterBits = 1 << 12;

        // The root only: one bit per (first letter, last letter, length) signature of its words. Most words of a text
        // start no name of a small list, and this answers no without hashing the word.
        private ulong[]? _filter;

        public Dictionary<string, Node>? Children { get; set; }

        public GazetteerEntry? Entry { get; set; }

        public static Node WithFilter() => new() { _filter = new ulong[FilterBits / 64] };

        /// <summary>Records a child word in the filter (while the gazetteer is built, before it is shared).</summary>
        public void Admit(ReadOnlySpan<char> word)
        {
            if (_filter is not null)
            {
                int bit = Signature(word);
                _filter[bit >> 6] |= 1UL << (bit & 63);
            }
        }

        public Node? Child(string word)
        {
            return Children is not null && MayHave(word) && Children.TryGetValue(word, out Node? n) ? n : null;
        }

        public Node? Child(ReadOnlySpan<char> word)
        {
            if (Children is null || !MayHave(word))
            {
                return null;
            }

            return Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out Node? n) ? n : null;
        }

        private bool MayHave(ReadOnlySpan<char> word)
        {
            if (_filter is null)
            {
                return true;
            }

            int bit = Signature(word);
            return (_filter[bit >> 6] & (1UL << (bit & 63))) != 0;
        }

        private static int Signature(ReadOnlySpan<char> word) =>
            word.IsEmpty ? 0 : (int)((((uint)word[0] * 31u) + ((uint)word[^1] * 7u) + (uint)word.Length) & (FilterBits - 1));
    }
}
