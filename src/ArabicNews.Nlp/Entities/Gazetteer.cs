using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace ArabicNews.Nlp.Entities;

/// <summary>
/// The compiled gazetteers: a trie of multi-word names keyed by normalized word, and a table of word flags.
/// Immutable once built, so it is safe to share between threads.
/// </summary>
/// <remarks>
/// Both are open-addressing tables over flat arrays, hashed when the gazetteer is built (for the embedded one: at
/// training time), so the resource loads with a few bulk copies instead of building thousands of dictionaries.
/// </remarks>
internal sealed class Gazetteer
{
    internal const string ResourceName = "ArabicNews.Nlp.Resources.gazetteer.bin";
    internal const int FormatVersion = 2;
    private const uint Magic = 0x5A474E41; // "ANGZ"
    private const int HeaderBytes = 12;
    private const int FilterWords = 64;

    // A word slot: the word's hash, its id + 1 (0: empty), its flags. An edge slot: the hash of (parent, word), the
    // parent node, the word id, the child node (0: empty; the root is nobody's child).
    private const int WordStride = 3;
    private const int EdgeStride = 4;

    private static readonly Lazy<Gazetteer> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly char[] _chars;
    private readonly int[] _wordStarts;
    private readonly int[] _words;
    private readonly int _wordShift;
    private readonly int _wordMask;
    private readonly int[] _edges;
    private readonly int _edgeShift;
    private readonly int _edgeMask;
    private readonly Node[] _nodes;

    // Whether words are hashed with the runtime's per-process randomized string hash instead of the deterministic
    // Hash (see Builder's constructor).
    private readonly bool _randomizedHash;

    private Gazetteer(Tables t, int ruleBit)
    {
        _randomizedHash = t.RandomizedHash;
        _chars = t.Chars;
        _wordStarts = t.WordStarts;
        _words = t.Words;
        _wordShift = 32 - SlotBits(t.Words.Length / WordStride);
        _wordMask = (t.Words.Length / WordStride) - 1;
        _edges = t.Edges;
        _edgeShift = 32 - SlotBits(t.Edges.Length / EdgeStride);
        _edgeMask = (t.Edges.Length / EdgeStride) - 1;
        RuleBit = ruleBit;
        PhraseCount = t.PhraseCount;
        MaxWords = t.MaxWords;

        bool[] hasChildren = new bool[t.NodeEntries.Length];
        for (int s = 0; s < _edges.Length; s += EdgeStride)
        {
            if (_edges[s + 3] != 0)
            {
                hasChildren[_edges[s + 1]] = true;
            }
        }

        _nodes = new Node[t.NodeEntries.Length];
        for (int n = 0; n < _nodes.Length; n++)
        {
            int e = t.NodeEntries[n];
            _nodes[n] = new Node(this, n, e < 0 ? null : t.Entries[e], hasChildren[n], n == 0 ? t.Filter : null);
        }
    }

    /// <summary>The embedded gazetteer, loaded on first use.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>The recognizer's bit for this list when it is one of its closed word classes; 0 otherwise.</summary>
    internal int RuleBit { get; }

    /// <summary>How many phrases the trie holds.</summary>
    public int PhraseCount { get; }

    /// <summary>The longest phrase, in words.</summary>
    public int MaxWords { get; }

    internal Node Root => _nodes[0];

    /// <summary>The flags of a normalized word.</summary>
    public WordFlags FlagsOf(string word) => FlagsOf(word.AsSpan());

    /// <summary>The flags of a normalized word.</summary>
    public WordFlags FlagsOf(ReadOnlySpan<char> word) => FlagsOf(word, HashOf(word, _randomizedHash), out _);

    /// <summary>
    /// The flags of a normalized word and its node under the root (null when it starts no phrase), with one hash of
    /// the word: a recognizer run asks both of every word.
    /// </summary>
    public WordFlags FlagsAndRootChild(ReadOnlySpan<char> word, out Node? rootChild)
    {
        uint hash = HashOf(word, _randomizedHash);
        WordFlags flags = FlagsOf(word, hash, out int id);

        // Every word of the trie has an id, so an unknown word starts nothing; a known one is found by id, not by its characters.
        rootChild = id >= 0 && Root.HasChildren && Root.MayHave(word) ? ChildOf(0, id, hash) : null;
        return flags;
    }

    private WordFlags FlagsOf(ReadOnlySpan<char> word, uint hash, out int wordId)
    {
        int slot = (int)((hash * 0x9E3779B1u) >> _wordShift);
        while (true)
        {
            int s = slot * WordStride;
            int id = _words[s + 1] - 1;
            if (id < 0)
            {
                wordId = -1;
                return WordFlags.None;
            }

            if ((uint)_words[s] == hash && WordIs(id, word))
            {
                wordId = id;
                return (WordFlags)_words[s + 2];
            }

            slot = (slot + 1) & _wordMask;
        }
    }

    /// <summary>Finds the exact phrase entry of a key, if any.</summary>
    public GazetteerEntry? Find(string key)
    {
        Node? node = Root;
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

    /// <summary>The words that start a phrase (the root's children), in no particular order.</summary>
    public List<string> FirstWords()
    {
        var words = new List<string>();
        for (int s = 0; s < _edges.Length; s += EdgeStride)
        {
            if (_edges[s + 3] != 0 && _edges[s + 1] == 0)
            {
                int id = _edges[s + 2];
                words.Add(new string(_chars, _wordStarts[id], _wordStarts[id + 1] - _wordStarts[id]));
            }
        }

        return words;
    }

    /// <summary>Reads a compiled gazetteer.</summary>
    /// <exception cref="InvalidDataException">The stream holds no gazetteer of <see cref="FormatVersion"/>.</exception>
    public static Gazetteer Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[HeaderBytes];
        if (stream.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) < HeaderBytes || BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic)
        {
            throw new InvalidDataException("Not a compiled gazetteer.");
        }

        int version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"The compiled gazetteer has format version {version}; this library reads version {FormatVersion}. Rebuild it with the training project of this version.");
        }

        // One bulk read of the whole payload, then typed copies of its slices.
        int length = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        byte[] payload = new byte[length >= 0 && (!stream.CanSeek || length <= stream.Length - stream.Position) ? length : 0];
        if (payload.Length != length || stream.ReadAtLeast(payload, length, throwOnEndOfStream: false) < length)
        {
            throw new InvalidDataException("The compiled gazetteer is truncated.");
        }

        var r = new ResourceReader(payload, "compiled gazetteer");
        int charCount = r.Int();
        int wordCount = r.Int();
        int wordSlots = r.Int();
        int edgeSlots = r.Int();
        int nodeCount = r.Int();
        int entryCount = r.Int();
        int valueCharCount = r.Int();
        int valueCount = r.Int();
        int phraseCount = r.Int();
        int maxWords = r.Int();
        char[] chars = r.Chars(charCount);
        int[] wordStarts = r.Ints(wordCount + 1);
        byte[] wordFlags = r.Bytes(wordCount);
        int[] wordSlotIds = r.Ints(wordSlots);
        int[] edgeSlotTriples = r.Ints(edgeSlots * 3);

        // The slots were chosen at training time; only the hashes kept beside them (random bits that would not
        // compress) are computed here, one pass over the words.
        uint[] hashes = new uint[wordCount];
        for (int i = 0; i < wordCount; i++)
        {
            hashes[i] = Hash(chars.AsSpan(wordStarts[i], wordStarts[i + 1] - wordStarts[i]));
        }

        int[] words = new int[wordSlots * WordStride];
        for (int slot = 0; slot < wordSlots; slot++)
        {
            int id = wordSlotIds[slot] - 1;
            if (id >= 0)
            {
                words[slot * WordStride] = (int)hashes[id];
                words[(slot * WordStride) + 1] = id + 1;
                words[(slot * WordStride) + 2] = wordFlags[id];
            }
        }

        int[] edges = new int[edgeSlots * EdgeStride];
        for (int slot = 0; slot < edgeSlots; slot++)
        {
            int parent = edgeSlotTriples[slot * 3];
            int word = edgeSlotTriples[(slot * 3) + 1];
            int child = edgeSlotTriples[(slot * 3) + 2];
            if (child != 0)
            {
                edges[slot * EdgeStride] = (int)EdgeHash(parent, hashes[word]);
                edges[(slot * EdgeStride) + 1] = parent;
                edges[(slot * EdgeStride) + 2] = word;
                edges[(slot * EdgeStride) + 3] = child;
            }
        }

        var t = new Tables
        {
            PhraseCount = phraseCount,
            MaxWords = maxWords,
            Chars = chars,
            WordStarts = wordStarts,
            Words = words,
            Edges = edges,
            NodeEntries = r.Ints(nodeCount),
            Entries = Entries(r.Bytes(entryCount), r.Ints(entryCount), r.Ints(entryCount), r.Floats(entryCount), Strings(r.Chars(valueCharCount), r.Ints(valueCount + 1))),
            Filter = r.ULongs(FilterWords),
        };
        if (r.Remaining != 0)
        {
            throw new InvalidDataException("The compiled gazetteer has trailing data.");
        }

        return new Gazetteer(t, 0);
    }

    /// <summary>Writes entries and words in the compiled format (used by the training project).</summary>
    public static void Write(Stream stream, IReadOnlyList<(string Key, GazetteerEntry Entry)> entries, IReadOnlyList<(string Word, WordFlags Flags)> words)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(words);
        var b = new Builder();
        foreach (var (key, entry) in entries)
        {
            b.Add(key, entry);
        }

        foreach (var (word, flags) in words)
        {
            b.AddWord(word, flags);
        }

        Tables t = b.Compile(filter: true);

        // Each entry's strings as ids into one list of distinct strings.
        var valueIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        int Value(string s)
        {
            if (!valueIds.TryGetValue(s, out int id))
            {
                id = values.Count;
                values.Add(s);
                valueIds.Add(s, id);
            }

            return id;
        }

        byte[] kinds = new byte[t.PhraseCount];
        int[] canonicals = new int[t.PhraseCount];
        int[] codes = new int[t.PhraseCount];
        float[] confidences = new float[t.PhraseCount];
        for (int e = 0; e < t.PhraseCount; e++)
        {
            kinds[e] = (byte)t.Entries[e].Kind;
            canonicals[e] = Value(t.Entries[e].Canonical);
            codes[e] = t.Entries[e].CountryCode is { } code ? Value(code) : -1;
            confidences[e] = t.Entries[e].Confidence;
        }

        char[] valueChars = Concatenate(values, out int[] valueStarts);

        // The slots without the hashes (recomputed at load: they would not compress).
        int[] wordSlotIds = new int[t.Words.Length / WordStride];
        byte[] wordFlags = new byte[t.WordStarts.Length - 1];
        for (int slot = 0; slot < wordSlotIds.Length; slot++)
        {
            wordSlotIds[slot] = t.Words[(slot * WordStride) + 1];
            if (wordSlotIds[slot] != 0)
            {
                wordFlags[wordSlotIds[slot] - 1] = checked((byte)t.Words[(slot * WordStride) + 2]);
            }
        }

        int[] edgeSlotTriples = new int[t.Edges.Length / EdgeStride * 3];
        for (int slot = 0; slot < t.Edges.Length / EdgeStride; slot++)
        {
            t.Edges.AsSpan((slot * EdgeStride) + 1, 3).CopyTo(edgeSlotTriples.AsSpan(slot * 3));
        }

        var payload = new MemoryStream();
        var w = new BinaryWriter(payload);
        foreach (int n in (ReadOnlySpan<int>)[t.Chars.Length, t.WordStarts.Length - 1, t.Words.Length / WordStride, t.Edges.Length / EdgeStride, t.NodeEntries.Length, t.PhraseCount, valueChars.Length, values.Count, t.PhraseCount, t.MaxWords])
        {
            w.Write(n);
        }

        WriteArray<char>(w, t.Chars);
        WriteArray<int>(w, t.WordStarts);
        WriteArray<byte>(w, wordFlags);
        WriteArray<int>(w, wordSlotIds);
        WriteArray<int>(w, edgeSlotTriples);
        WriteArray<int>(w, t.NodeEntries);
        WriteArray<byte>(w, kinds);
        WriteArray<int>(w, canonicals);
        WriteArray<int>(w, codes);
        WriteArray<float>(w, confidences);
        WriteArray<char>(w, valueChars);
        WriteArray<int>(w, valueStarts);
        WriteArray<ulong>(w, t.Filter!);
        w.Flush();

        Span<byte> header = stackalloc byte[HeaderBytes];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], checked((int)payload.Length));
        stream.Write(header);
        stream.Write(payload.GetBuffer(), 0, (int)payload.Length);
    }

    /// <summary>
    /// A deterministic hash of a word (the resource's slots depend on it, so it must not change between processes or
    /// versions: FNV-1a over the UTF-16 code units).
    /// </summary>
    internal static uint Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261u;
        foreach (char c in word)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }

    /// <summary><see cref="Hash"/>, or the runtime's randomized string hash when <paramref name="randomized"/>.</summary>
    private static uint HashOf(ReadOnlySpan<char> word, bool randomized) => randomized ? (uint)string.GetHashCode(word) : Hash(word);

    /// <summary>The strings one after another in one array; string i is at [starts[i], starts[i + 1]).</summary>
    private static char[] Concatenate(List<string> strings, out int[] starts)
    {
        starts = new int[strings.Count + 1];
        for (int i = 0; i < strings.Count; i++)
        {
            starts[i + 1] = starts[i] + strings[i].Length;
        }

        char[] chars = new char[starts[^1]];
        for (int i = 0; i < strings.Count; i++)
        {
            strings[i].CopyTo(chars.AsSpan(starts[i]));
        }

        return chars;
    }

    private static uint EdgeHash(int parent, uint wordHash) => wordHash ^ ((uint)parent * 0x85EBCA6Bu);

    /// <summary>The number of bits of a power-of-two slot count.</summary>
    private static int SlotBits(int slots) => 31 - int.LeadingZeroCount(slots);

    /// <summary>A power of two at least twice <paramref name="count"/> (load at most one half).</summary>
    private static int SlotCount(int count)
    {
        int slots = 8;
        while (slots < count * 2)
        {
            slots <<= 1;
        }

        return slots;
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The compiled gazetteer is written on little-endian machines only.");
        }

        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static GazetteerEntry[] Entries(byte[] kinds, int[] canonicals, int[] codes, float[] confidences, string[] values)
    {
        var entries = new GazetteerEntry[kinds.Length];
        for (int e = 0; e < entries.Length; e++)
        {
            entries[e] = new GazetteerEntry((GazetteerKind)kinds[e], values[canonicals[e]], codes[e] < 0 ? null : values[codes[e]], confidences[e]);
        }

        return entries;
    }

    private static string[] Strings(char[] chars, int[] starts)
    {
        string[] strings = new string[starts.Length - 1];
        for (int i = 0; i < strings.Length; i++)
        {
            strings[i] = new string(chars, starts[i], starts[i + 1] - starts[i]);
        }

        return strings;
    }

    private static Gazetteer LoadEmbedded()
    {
        using Stream? stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? new Builder().Build() : Read(stream);
    }

    private bool WordIs(int id, ReadOnlySpan<char> word)
    {
        int start = _wordStarts[id];
        return word.SequenceEqual(_chars.AsSpan(start, _wordStarts[id + 1] - start));
    }

    /// <summary>The child of node <paramref name="parent"/> by a word: the word's id from the word table, then the edge by id.</summary>
    private Node? ChildOf(int parent, ReadOnlySpan<char> word)
    {
        uint wordHash = HashOf(word, _randomizedHash);
        FlagsOf(word, wordHash, out int id);
        return id < 0 ? null : ChildOf(parent, id, wordHash); // every word of the trie has an id
    }

    /// <summary>The child of node <paramref name="parent"/> by the word of id <paramref name="wordId"/> (whose <see cref="HashOf"/> is <paramref name="wordHash"/>).</summary>
    private Node? ChildOf(int parent, int wordId, uint wordHash)
    {
        uint hash = EdgeHash(parent, wordHash);
        int slot = (int)((hash * 0x9E3779B1u) >> _edgeShift);
        while (true)
        {
            int s = slot * EdgeStride;
            int child = _edges[s + 3];
            if (child == 0)
            {
                return null;
            }

            if ((uint)_edges[s] == hash && _edges[s + 1] == parent && _edges[s + 2] == wordId)
            {
                return _nodes[child];
            }

            slot = (slot + 1) & _edgeMask;
        }
    }

    /// <summary>Collects phrases and word flags, then compiles them into a gazetteer (user entries, rule lists, the training project).</summary>
    /// <remarks>
    /// Words and trie nodes are found again through small open-addressing tables over lists of ints, not dictionaries:
    /// the recognizer builds one of these per document for the names it found, and this allocates less and compiles
    /// no dictionary code at start-up.
    /// </remarks>
    internal sealed class Builder
    {
        private readonly List<string> _words = [];
        private readonly List<int> _wordHashes = [];
        private readonly List<int> _wordFlags = [];
        private int[] _wordSlots; // word id + 1; 0: empty

        // Per node (0 is the root): its entry, its parent and the word from the parent. An edge per node but the root.
        private readonly List<int> _nodeEntries = [-1];
        private readonly List<int> _nodeParents = [-1];
        private readonly List<int> _nodeWords = [-1];
        private int[] _childSlots; // node id; 0: empty
        private GazetteerEntry[] _entries;
        private int _entryCount;
        private int _maxWords;
        private readonly bool _randomizedHash;

        /// <summary>Starts an empty gazetteer.</summary>
        /// <param name="randomizedHash">
        /// Hash words with the runtime's per-process randomized string hash: for a gazetteer of words taken from a
        /// document, so that no crafted document can make them collide. The embedded gazetteer's slots are computed
        /// at training time and need the deterministic hash (the default).
        /// </param>
        /// <param name="capacity">
        /// How many phrases (and words) to make room for at once, when known: the recognizer builds a small one per
        /// document, and growing its lists and tables step by step made most of that garbage.
        /// </param>
        public Builder(bool randomizedHash = false, int capacity = 0)
        {
            _randomizedHash = randomizedHash;
            _wordSlots = new int[Math.Max(16, SlotCount(capacity))];
            _childSlots = new int[Math.Max(16, SlotCount(capacity))];
            _entries = new GazetteerEntry[Math.Max(4, capacity)];
            if (capacity > 0)
            {
                _words.Capacity = _wordHashes.Capacity = _wordFlags.Capacity = capacity;
                _nodeEntries.Capacity = _nodeParents.Capacity = _nodeWords.Capacity = capacity + 1;
            }
        }

        /// <summary>Adds a phrase (already a key: normalized words joined by single spaces); the first meaning of a key wins unless <paramref name="replace"/>.</summary>
        public void Add(string key, GazetteerEntry entry, bool replace = false) => Add(GazetteerKey.Words(key), entry, replace);

        /// <summary>Adds a phrase given as its words (no empty word, no space in one).</summary>
        public void Add(ReadOnlySpan<string> words, GazetteerEntry entry, bool replace = false)
        {
            if (words.Length == 0)
            {
                return;
            }

            int node = 0;
            foreach (string w in words)
            {
                node = Child(node, WordId(w));
            }

            if (_nodeEntries[node] < 0)
            {
                if (_entryCount == _entries.Length)
                {
                    var larger = new GazetteerEntry[_entries.Length * 2];
                    Array.Copy(_entries, larger, _entries.Length);
                    _entries = larger;
                }

                _nodeEntries[node] = _entryCount;
                _entries[_entryCount++] = entry;
            }
            else if (replace)
            {
                _entries[_nodeEntries[node]] = entry;
            }
            else
            {
                return;
            }

            _maxWords = Math.Max(_maxWords, words.Length);
        }

        /// <summary>Adds flags to a normalized word.</summary>
        public void AddWord(string word, WordFlags flags)
        {
            int id = WordId(word);
            _wordFlags[id] |= (int)flags;
        }

        /// <summary>The compiled gazetteer; the root's signature filter when <paramref name="filter"/> or the root has many words.</summary>
        public Gazetteer Build(int ruleBit = 0, bool filter = false) => new(Compile(filter), ruleBit);

        /// <summary>The tables; the root's signature filter only when <paramref name="filter"/> or the root has many words (a per-document list of a few names does without).</summary>
        internal Tables Compile(bool filter = true)
        {
            char[] chars = Concatenate(_words, out int[] wordStarts);

            int wordSlots = SlotCount(_words.Count);
            int[] words = new int[wordSlots * WordStride];
            for (int i = 0; i < _words.Count; i++)
            {
                int slot = (int)(((uint)_wordHashes[i] * 0x9E3779B1u) >> (32 - SlotBits(wordSlots)));
                while (words[(slot * WordStride) + 1] != 0)
                {
                    slot = (slot + 1) & (wordSlots - 1);
                }

                words[slot * WordStride] = _wordHashes[i];
                words[(slot * WordStride) + 1] = i + 1;
                words[(slot * WordStride) + 2] = _wordFlags[i];
            }

            int edgeSlots = SlotCount(_nodeEntries.Count - 1);
            int[] edges = new int[edgeSlots * EdgeStride];
            int rootWords = 0;
            for (int node = 1; node < _nodeEntries.Count; node++)
            {
                rootWords += _nodeParents[node] == 0 ? 1 : 0;
            }

            ulong[]? signatures = filter || rootWords >= FilterWords ? new ulong[FilterWords] : null;
            for (int child = 1; child < _nodeEntries.Count; child++)
            {
                int parent = _nodeParents[child];
                int word = _nodeWords[child];
                uint hash = EdgeHash(parent, (uint)_wordHashes[word]);
                int slot = (int)((hash * 0x9E3779B1u) >> (32 - SlotBits(edgeSlots)));
                while (edges[(slot * EdgeStride) + 3] != 0)
                {
                    slot = (slot + 1) & (edgeSlots - 1);
                }

                edges[slot * EdgeStride] = (int)hash;
                edges[(slot * EdgeStride) + 1] = parent;
                edges[(slot * EdgeStride) + 2] = word;
                edges[(slot * EdgeStride) + 3] = child;
                if (parent == 0)
                {
                    int bit = Node.Signature(_words[word]);
                    signatures?[bit >> 6] |= 1UL << (bit & 63);
                }
            }

            return new Tables
            {
                PhraseCount = _entryCount,
                MaxWords = _maxWords,
                Chars = chars,
                WordStarts = wordStarts,
                Words = words,
                Edges = edges,
                NodeEntries = [.. _nodeEntries],
                Entries = _entries,
                Filter = signatures,
                RandomizedHash = _randomizedHash,
            };
        }

        private int WordId(string word)
        {
            uint hash = HashOf(word, _randomizedHash);
            int slot = (int)((hash * 0x9E3779B1u) >> (32 - SlotBits(_wordSlots.Length)));
            while (_wordSlots[slot] != 0)
            {
                int id = _wordSlots[slot] - 1;
                if (_wordHashes[id] == (int)hash && string.Equals(_words[id], word, StringComparison.Ordinal))
                {
                    return id;
                }

                slot = (slot + 1) & (_wordSlots.Length - 1);
            }

            int added = _words.Count;
            _words.Add(word);
            _wordHashes.Add((int)hash);
            _wordFlags.Add(0);
            _wordSlots[slot] = added + 1;
            if (_words.Count * 2 > _wordSlots.Length)
            {
                _wordSlots = new int[_wordSlots.Length * 2];
                for (int id = 0; id < _words.Count; id++)
                {
                    _wordSlots[FreeSlot(_wordSlots, (uint)_wordHashes[id])] = id + 1;
                }
            }

            return added;
        }

        /// <summary>The child of <paramref name="parent"/> by word <paramref name="word"/>, added when missing.</summary>
        private int Child(int parent, int word)
        {
            uint hash = EdgeHash(parent, (uint)_wordHashes[word]);
            int slot = (int)((hash * 0x9E3779B1u) >> (32 - SlotBits(_childSlots.Length)));
            while (_childSlots[slot] != 0)
            {
                int node = _childSlots[slot];
                if (_nodeParents[node] == parent && _nodeWords[node] == word)
                {
                    return node;
                }

                slot = (slot + 1) & (_childSlots.Length - 1);
            }

            int added = _nodeEntries.Count;
            _nodeEntries.Add(-1);
            _nodeParents.Add(parent);
            _nodeWords.Add(word);
            _childSlots[slot] = added;
            if ((added - 1) * 2 > _childSlots.Length)
            {
                _childSlots = new int[_childSlots.Length * 2];
                for (int node = 1; node < _nodeEntries.Count; node++)
                {
                    _childSlots[FreeSlot(_childSlots, EdgeHash(_nodeParents[node], (uint)_wordHashes[_nodeWords[node]]))] = node;
                }
            }

            return added;
        }

        private static int FreeSlot(int[] slots, uint hash)
        {
            int slot = (int)((hash * 0x9E3779B1u) >> (32 - SlotBits(slots.Length)));
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            return slot;
        }
    }

    /// <summary>A trie node.</summary>
    internal sealed class Node
    {
        private const int FilterBits = FilterWords * 64;

        private readonly Gazetteer _owner;
        private readonly int _id;

        // The root only: one bit per (first letter, last letter, length) signature of its words. Most words of a text
        // start no name of a small list, and this answers no without hashing the word.
        private readonly ulong[]? _filter;

        internal Node(Gazetteer owner, int id, GazetteerEntry? entry, bool hasChildren, ulong[]? filter)
        {
            _owner = owner;
            _id = id;
            Entry = entry;
            HasChildren = hasChildren;
            _filter = filter;
        }

        /// <summary>True when a longer phrase continues this one.</summary>
        public bool HasChildren { get; }

        public GazetteerEntry? Entry { get; }

        public Node? Child(string word) => Child(word.AsSpan());

        public Node? Child(ReadOnlySpan<char> word) => HasChildren && MayHave(word) ? _owner.ChildOf(_id, word) : null;

        internal static int Signature(ReadOnlySpan<char> word) =>
            word.IsEmpty ? 0 : (int)((((uint)word[0] * 31u) + ((uint)word[^1] * 7u) + (uint)word.Length) & (FilterBits - 1));

        internal bool MayHave(ReadOnlySpan<char> word)
        {
            if (_filter is null)
            {
                return true;
            }

            int bit = Signature(word);
            return (_filter[bit >> 6] & (1UL << (bit & 63))) != 0;
        }
    }

    /// <summary>The arrays of a compiled gazetteer, as the resource stores them.</summary>
    internal sealed class Tables
    {
        public int PhraseCount { get; init; }

        public int MaxWords { get; init; }

        public required char[] Chars { get; init; }

        public required int[] WordStarts { get; init; }

        public required int[] Words { get; init; }

        public required int[] Edges { get; init; }

        public required int[] NodeEntries { get; init; }

        /// <summary>The meanings, by entry index (the first <see cref="PhraseCount"/> are used).</summary>
        public required GazetteerEntry[] Entries { get; init; }

        /// <summary>The root's signature filter (see <see cref="Node"/>), or null for none.</summary>
        public required ulong[]? Filter { get; init; }

        /// <summary>Whether the words were hashed with the randomized string hash (never written to a resource).</summary>
        public bool RandomizedHash { get; init; }
    }
}
