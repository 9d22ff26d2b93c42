using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Entities;

/// <summary>
/// The statistical entity tagger: a maximum-entropy Markov model over hashed features (weights trained with
/// Microsoft.ML by the training project and extracted into an embedded resource), decoded with BIO-consistent Viterbi.
/// </summary>
/// <remarks>
/// Per token the observation features (which do not depend on the previous label) are summed once, from a compact
/// table of 16-byte entries (key, per-row scale, nine 8-bit weights) that stays in cache. The previous-label
/// features (the label alone, and the label joined with the token's shape, word cluster and stem) are grouped at
/// load time into 10 × 9 factor matrices, already exponentiated, so the per-previous-label softmax of the MEMM is a
/// product and a sum in probability space: no exponential or logarithm per previous label. Immutable and
/// thread-safe; the only allocation per call is the result array (working buffers are pooled or on the stack).
/// </remarks>
internal sealed class SequenceModel
{
    /// <summary>The BIO labels, in the order of the model's classes.</summary>
    public static readonly string[] Labels = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    /// <summary>The previous-label value at the start of a sentence.</summary>
    public const int StartLabel = -1;

    private const string ResourceName = "ArabicNews.Nlp.Resources.ner-model.bin";
    private const int Magic = 0x4D4E5153; // "SQNM"
    private const int FormatVersion = 6;
    private const int ClassCount = 9;
    private const int PreviousCount = ClassCount + 1;
    private const int FactorSize = PreviousCount * ClassCount;

    /// <summary>
    /// Floats per word in <see cref="DescribeRows"/>: five rows of class scores, the word's own (biases and intrinsic
    /// features) and what it adds to the token after it, before it, two after and two before.
    /// </summary>
    public const int RowFloats = 5 * ClassCount;

    /// <summary>The four rows of <see cref="RowFloats"/> after a word's own.</summary>
    private const int NeighbourFloats = 4 * ClassCount;
    private const int EntryBytes = 16;
    private const int ShapeCount = 256;

    /// <summary>Words of the observation table's filter: 2^19 bits (64 KB), about one in twelve set.</summary>
    private const int FilterWords = 1 << 13;

    /// <summary>Previous states this far behind the best (a ratio of e^-30) cannot win: they are skipped.</summary>
    private const float Beam = 9.357623e-14f;

    /// <summary>The largest magnitude of a log-factor before it is exponentiated (keeps products finite).</summary>
    private const float FactorClamp = 25f;

    private static readonly Lazy<SequenceModel?> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _biases;
    private readonly uint[] _keys;
    private readonly float[] _weights;
    private readonly ulong[] _labelStems;
    private readonly uint[] _memoKeys;
    private readonly float[] _memoRows;
    private readonly ulong[] _memoSlots;
    private readonly ModelWord[] _memoWords;
    private readonly float[] _memoNeighbours;
    private readonly float[] _startRows = new float[RowFloats];
    private readonly float[] _endRows = new float[RowFloats];
    private readonly int _memoShift;
    private readonly int _memoMask;
    private readonly ModelKeyTable _rows;
    private readonly byte[] _table;
    private readonly ulong[] _filter;
    private readonly int _shift;
    private readonly int _mask;
    private readonly float[] _shapeFactors;
    private readonly ushort[] _clusterRows;
    private readonly float[] _clusterFactors;
    private readonly ModelKeyTable _stemRows;
    private readonly float[] _stemFactors;

    /// <summary>Creates a model from its weights (internal label order, <see cref="Labels"/>) and lexicon.</summary>
    /// <param name="biases">One bias per class.</param>
    /// <param name="keys">The feature keys that have weights.</param>
    /// <param name="weights">Row-major weights: one row of <see cref="Labels"/>.Length values per key.</param>
    /// <param name="lexicon">The lexicon the features consult.</param>
    /// <param name="labelStems">
    /// The stem hashes (<see cref="ModelWord.Stem"/>) that have previous-label × stem features among
    /// <paramref name="keys"/> (the trainer knows them; the keys are hashes and cannot be inverted).
    /// </param>
    /// <param name="memoKeys">Words (<see cref="FeatureExtractor.MemoKey"/>) whose intrinsic features are summed in advance.</param>
    /// <param name="memoRows">Those sums, one row of <see cref="Labels"/>.Length values per word (see <see cref="WithMemo"/>).</param>
    /// <param name="memoWords">
    /// For each memo key, the word's form, stem, gazetteer flags and cluster (the other fields unused): what the word
    /// gives its neighbours' context features is summed once at construction, for every document.
    /// </param>
    public SequenceModel(float[] biases, uint[] keys, float[] weights, ModelLexicon lexicon, ulong[]? labelStems = null, uint[]? memoKeys = null, float[]? memoRows = null, ModelWord[]? memoWords = null)
    {
        ArgumentNullException.ThrowIfNull(biases);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (biases.Length != ClassCount || weights.Length != keys.Length * ClassCount)
        {
            throw new ArgumentException("The weights do not match the classes and keys.", nameof(weights));
        }

        _biases = biases;
        _keys = keys;
        _weights = weights;
        _labelStems = labelStems ?? [];
        _memoKeys = memoKeys ?? [];
        _memoRows = memoRows ?? [];
        if (_memoRows.Length != _memoKeys.Length * ClassCount)
        {
            throw new ArgumentException("The memo rows do not match the memo keys.", nameof(memoRows));
        }

        _memoWords = memoWords ?? [];
        if (_memoWords.Length != 0 && _memoWords.Length != _memoKeys.Length)
        {
            throw new ArgumentException("The memo words do not match the memo keys.", nameof(memoWords));
        }

        // Open addressing over the memo keys alone (key in the low half, row number in the high half), load at most 0.7:
        // a word without a memo row (about a fifth of the tokens) probes this 256 KB table, not the rows, and a word with
        // one reads its nine weights from the dense rows.
        int memoBits = 4;
        while ((1 << memoBits) * 7 < _memoKeys.Length * 10)
        {
            memoBits++;
        }

        _memoShift = 32 - memoBits;
        _memoMask = (1 << memoBits) - 1;
        _memoSlots = new ulong[1 << memoBits];
        for (int m = 0; m < _memoKeys.Length; m++)
        {
            uint key = _memoKeys[m] == 0 ? 1u : _memoKeys[m];
            int slot = (int)((key * 0x9E3779B1u) >> _memoShift);
            while (_memoSlots[slot] is ulong existing && existing != 0 && (uint)existing != key)
            {
                slot = (slot + 1) & _memoMask;
            }

            if (_memoSlots[slot] == 0)
            {
                _memoSlots[slot] = ((ulong)m << 32) | key;
            }
        }

        int[] indexes = new int[keys.Length];
        for (int k = 0; k < indexes.Length; k++)
        {
            indexes[k] = k;
        }

        _rows = new ModelKeyTable(keys, indexes);
        Features = new FeatureExtractor(lexicon);

        // The previous-label features, grouped into exponentiated 10 x 9 factors; their keys leave the observation table.
        // Marked by the index of a key's first row (what the key table finds), so repeated keys share their mark.
        bool[] grouped = new bool[keys.Length];
        Span<float> log = stackalloc float[FactorSize];
        _shapeFactors = new float[(ShapeCount + 1) * FactorSize];
        for (int shape = 0; shape <= ShapeCount; shape++)
        {
            log.Clear();
            for (int previous = StartLabel; previous < ClassCount; previous++)
            {
                Span<float> row = log.Slice((previous + 1) * ClassCount, ClassCount);
                AddExact(FeatureExtractor.PreviousLabelKey(previous), row, grouped);
                if (shape < ShapeCount)
                {
                    AddExact(FeatureExtractor.LabelShapeKey(previous, shape), row, grouped);
                }
            }

            Exponentiate(log, _shapeFactors.AsSpan(shape * FactorSize, FactorSize));
        }

        // Cluster ids are sparse (fine and coarse parts): a dense row per distinct id, row 0 for no cluster.
        int largest = -1;
        foreach (ushort cluster in lexicon.ClusterIds)
        {
            largest = Math.Max(largest, cluster);
        }

        _clusterRows = new ushort[largest + 2];
        var distinct = new List<int> { ModelLexicon.NoCluster };
        foreach (ushort cluster in lexicon.ClusterIds)
        {
            if (_clusterRows[cluster + 1] == 0)
            {
                _clusterRows[cluster + 1] = checked((ushort)distinct.Count);
                distinct.Add(cluster);
            }
        }

        _clusterFactors = new float[distinct.Count * FactorSize];
        for (int r = 0; r < distinct.Count; r++)
        {
            log.Clear();
            for (int previous = StartLabel; previous < ClassCount; previous++)
            {
                AddExact(FeatureExtractor.LabelClusterKey(previous, distinct[r]), log.Slice((previous + 1) * ClassCount, ClassCount), grouped);
            }

            Exponentiate(log, _clusterFactors.AsSpan(r * FactorSize, FactorSize));
        }

        _stemFactors = new float[_labelStems.Length * FactorSize];
        uint[] stemKeys = new uint[_labelStems.Length];
        int[] stemIndexes = new int[_labelStems.Length];
        for (int s = 0; s < _labelStems.Length; s++)
        {
            log.Clear();
            for (int previous = StartLabel; previous < ClassCount; previous++)
            {
                AddExact(FeatureExtractor.LabelStemKey(previous, _labelStems[s]), log.Slice((previous + 1) * ClassCount, ClassCount), grouped);
            }

            Exponentiate(log, _stemFactors.AsSpan(s * FactorSize, FactorSize));
            stemKeys[s] = StemRowKey(_labelStems[s]);
            stemIndexes[s] = s;
        }

        _stemRows = new ModelKeyTable(stemKeys, stemIndexes);

        // Open addressing, load at most 0.7, each key beside its 8-bit weights and their scale in 16 bytes.
        int count = 0;
        // With no repeated key (the trainer writes none), a key's first row is its own.
        bool unique = _rows.Count == keys.Length;
        for (int k = 0; k < keys.Length; k++)
        {
            count += grouped[unique ? k : _rows.Find(keys[k])] ? 0 : 1;
        }

        int bits = 4;
        while ((1 << bits) * 7 < count * 10)
        {
            bits++;
        }

        _shift = 32 - bits;
        _mask = (1 << bits) - 1;
        _table = new byte[(1 << bits) * EntryBytes];
        for (int k = 0; k < keys.Length; k++)
        {
            uint key = keys[k] == 0 ? 1u : keys[k];
            if (grouped[unique ? k : _rows.Find(key)])
            {
                continue;
            }

            int slot = (int)((key * 0x9E3779B1u) >> _shift);
            while (true)
            {
                Span<byte> entry = _table.AsSpan(slot * EntryBytes, EntryBytes);
                uint existing = BinaryPrimitives.ReadUInt32LittleEndian(entry);
                if (existing == 0)
                {
                    Quantize(key, weights.AsSpan(k * ClassCount, ClassCount), entry);
                    break;
                }

                if (existing == key)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        // A bit per key of the table (the key's own low bits: keys are mixed hashes): a key whose bit is clear is not in
        // the table, so most of the 38 % of looked-up keys that have no weight never read the 1 MB table.
        _filter = new ulong[FilterWords];
        for (int slot = 0; slot <= _mask; slot++)
        {
            uint key = BinaryPrimitives.ReadUInt32LittleEndian(_table.AsSpan(slot * EntryBytes, 4));
            if (key != 0)
            {
                _filter[(key >> 6) & (FilterWords - 1)] |= 1UL << (int)(key & 63);
            }
        }

        // Summed from the quantized table exactly as WordRows sums a word met in a document, so a memo word's rows are the same.
        _memoNeighbours = new float[_memoWords.Length * NeighbourFloats];
        for (int m = 0; m < _memoWords.Length; m++)
        {
            NeighbourRows(_memoWords[m], _memoNeighbours.AsSpan(m * NeighbourFloats, NeighbourFloats));
        }

        WordRows(FeatureExtractor.SentenceStart, _startRows);
        WordRows(FeatureExtractor.SentenceEnd, _endRows);
    }

    /// <summary>The model embedded in the library, or null when the library was built without it.</summary>
    public static SequenceModel? Default => LazyDefault.Value;

    /// <summary>The feature extractor (and through it the lexicon) the model uses.</summary>
    public FeatureExtractor Features { get; }

    /// <summary>The size of the observation weight table in bytes.</summary>
    public int TableBytes => _table.Length;

    /// <summary>How many features carry weights.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Finds the mentions of one sentence.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">The text's tokens (all of them, or only the sentence's), in order.</param>
    /// <param name="sentence">The sentence to tag.</param>
    /// <returns>The mentions in text order, not overlapping, attached proclitics excluded.</returns>
    public ModelMention[] Recognize(string text, ReadOnlySpan<Token> tokens, Sentence sentence) => Recognize(text, tokens, sentence, []);

    /// <summary>Finds the mentions of one sentence, and how sure the model is that each token outside them is none.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">The text's tokens (all of them, or only the sentence's), in order.</param>
    /// <param name="sentence">The sentence to tag.</param>
    /// <param name="outside">Empty, or one value per token of <paramref name="tokens"/>: receives, for the sentence's tokens, the probability of O where the best path says O, else 0.</param>
    /// <returns>The mentions in text order, not overlapping, attached proclitics excluded.</returns>
    public ModelMention[] Recognize(string text, ReadOnlySpan<Token> tokens, Sentence sentence, Span<float> outside)
    {
        ArgumentNullException.ThrowIfNull(text);
        (int first, int last) = SentenceTokens(tokens, sentence);
        int n = last - first;
        if (n == 0)
        {
            return [];
        }

        ModelWord[] words = ArrayPool<ModelWord>.Shared.Rent(n);
        try
        {
            Features.Describe(text, tokens[first..last], words);
            return Tag(tokens[first..last], words.AsSpan(0, n), outside.IsEmpty ? [] : outside[first..last]);
        }
        finally
        {
            ArrayPool<ModelWord>.Shared.Return(words);
        }
    }

    /// <summary>Finds the mentions of one sentence whose tokens are already described.</summary>
    /// <param name="tokens">The text's tokens (all of them, or only the sentence's), in order.</param>
    /// <param name="words">The description of each of <paramref name="tokens"/> (<see cref="FeatureExtractor.Describe(ReadOnlySpan{char}, ReadOnlySpan{Token}, Span{ModelWord})"/>).</param>
    /// <param name="sentence">The sentence to tag.</param>
    /// <returns>The mentions in text order, not overlapping, attached proclitics excluded.</returns>
    public ModelMention[] Recognize(ReadOnlySpan<Token> tokens, ReadOnlySpan<ModelWord> words, Sentence sentence)
    {
        (int first, int last) = SentenceTokens(tokens, sentence);
        return last == first ? [] : Tag(tokens[first..last], words[first..last], []);
    }

    /// <summary>Finds the mentions of one sentence whose tokens are already described, with their rows (<see cref="DescribeRows"/>).</summary>
    /// <param name="tokens">The text's tokens, in order.</param>
    /// <param name="words">The description of each of <paramref name="tokens"/>.</param>
    /// <param name="rowOf">For each of <paramref name="tokens"/>, its word's number in <paramref name="rows"/>.</param>
    /// <param name="rows">The rows of the document's words, <see cref="RowFloats"/> a word.</param>
    /// <param name="sentence">The sentence to tag.</param>
    /// <returns>The mentions in text order, not overlapping, attached proclitics excluded.</returns>
    public ModelMention[] Recognize(ReadOnlySpan<Token> tokens, ReadOnlySpan<ModelWord> words, ReadOnlySpan<int> rowOf, ReadOnlySpan<float> rows, Sentence sentence) =>
        Recognize(tokens, words, rowOf, rows, sentence, []);

    /// <summary>As <see cref="Recognize(ReadOnlySpan{Token}, ReadOnlySpan{ModelWord}, ReadOnlySpan{int}, ReadOnlySpan{float}, Sentence)"/>, and how sure the model is that each token outside the mentions is none.</summary>
    /// <param name="tokens">The text's tokens, in order.</param>
    /// <param name="words">The description of each of <paramref name="tokens"/>.</param>
    /// <param name="rowOf">For each of <paramref name="tokens"/>, its word's number in <paramref name="rows"/>.</param>
    /// <param name="rows">The rows of the document's words, <see cref="RowFloats"/> a word.</param>
    /// <param name="sentence">The sentence to tag.</param>
    /// <param name="outside">Empty, or one value per token of <paramref name="tokens"/>: receives, for the sentence's tokens, the probability of O where the best path says O, else 0.</param>
    /// <returns>The mentions in text order, not overlapping, attached proclitics excluded.</returns>
    public ModelMention[] Recognize(ReadOnlySpan<Token> tokens, ReadOnlySpan<ModelWord> words, ReadOnlySpan<int> rowOf, ReadOnlySpan<float> rows, Sentence sentence, Span<float> outside)
    {
        (int first, int last) = SentenceTokens(tokens, sentence);
        if (last == first)
        {
            return [];
        }

        int n = last - first;
        int[] labels = ArrayPool<int>.Shared.Rent(n);
        float[] probabilities = ArrayPool<float>.Shared.Rent(n);
        try
        {
            Decode(words[first..last], rowOf[first..last], rows, labels.AsSpan(0, n), probabilities.AsSpan(0, n));
            Outside(words[first..last], labels.AsSpan(0, n), probabilities.AsSpan(0, n), outside.IsEmpty ? [] : outside[first..last]);
            return ToMentions(tokens[first..last], words[first..last], labels.AsSpan(0, n), probabilities.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(labels);
            ArrayPool<float>.Shared.Return(probabilities);
        }
    }

    /// <summary>
    /// Sums, once per distinct word of a document, the weights of the features that depend on that word alone: its own
    /// (biases, then its memo row or intrinsic features) and those it gives its neighbours (<see cref="FeatureExtractor.PreviousWordFeatures"/>
    /// and the others), so that a repeated word costs only its pair features.
    /// </summary>
    /// <param name="words">The document's token descriptions.</param>
    /// <param name="first">Each token's first occurrence (<see cref="TokenRepeats"/>): a repeat shares its first occurrence's rows.</param>
    /// <param name="rowOf">Receives each token's word number in <paramref name="rows"/>.</param>
    /// <param name="rows">Receives the rows, <see cref="RowFloats"/> a word: room for one per token is enough.</param>
    /// <returns>How many words have rows.</returns>
    public int DescribeRows(ReadOnlySpan<ModelWord> words, ReadOnlySpan<int> first, Span<int> rowOf, Span<float> rows)
    {
        int count = 0;
        for (int i = 0; i < words.Length; i++)
        {
            if (first[i] < i)
            {
                rowOf[i] = rowOf[first[i]];
                continue;
            }

            rowOf[i] = count;
            WordRows(words[i], rows.Slice(count * RowFloats, RowFloats));
            count++;
        }

        return count;
    }

    /// <summary>Writes a word's five rows (see <see cref="RowFloats"/>).</summary>
    private void WordRows(in ModelWord word, Span<float> rows)
    {
        Span<float> own = rows[..ClassCount];
        _biases.CopyTo(own);
        int memo = AddMemo(word, own);
        if (memo < 0)
        {
            Span<uint> keys = stackalloc uint[FeatureExtractor.MaxObservationFeatures];
            Span<ulong> slots = stackalloc ulong[FeatureExtractor.MaxObservationFeatures];
            AddObservations(keys[..FeatureExtractor.IntrinsicFeatures(word, keys)], slots, own);
        }

        if (memo >= 0 && _memoNeighbours.Length > 0)
        {
            _memoNeighbours.AsSpan(memo * NeighbourFloats, NeighbourFloats).CopyTo(rows[ClassCount..]);
        }
        else
        {
            NeighbourRows(word, rows[ClassCount..]);
        }
    }

    /// <summary>Writes the four rows of what a word gives the tokens one and two before and after it.</summary>
    // Optimized at once: the constructor runs it for every memo word, before tiered compilation would have.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void NeighbourRows(in ModelWord word, Span<float> rows)
    {
        Span<uint> keys = stackalloc uint[FeatureExtractor.MaxObservationFeatures];
        Span<ulong> slots = stackalloc ulong[FeatureExtractor.MaxObservationFeatures];
        rows = rows[..NeighbourFloats];
        rows.Clear();
        AddObservations(keys[..FeatureExtractor.PreviousWordFeatures(word, keys)], slots, rows[..ClassCount]);
        AddObservations(keys[..FeatureExtractor.NextWordFeatures(word, keys)], slots, rows.Slice(ClassCount, ClassCount));
        keys[0] = FeatureExtractor.SecondPreviousWordFeature(word);
        AddObservations(keys[..1], slots, rows.Slice(2 * ClassCount, ClassCount));
        keys[0] = FeatureExtractor.SecondNextWordFeature(word);
        AddObservations(keys[..1], slots, rows.Slice(3 * ClassCount, ClassCount));
    }

    private static (int First, int Last) SentenceTokens(ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        int first = FirstAtOrAfter(tokens, sentence.Start);
        int last = FirstAtOrAfter(tokens, sentence.End);
        while (last < tokens.Length && tokens[last].Start < sentence.End)
        {
            last++;
        }

        return (first, last);
    }

    private ModelMention[] Tag(ReadOnlySpan<Token> span, ReadOnlySpan<ModelWord> words, Span<float> outside)
    {
        int n = span.Length;
        int[] labels = ArrayPool<int>.Shared.Rent(n);
        float[] probabilities = ArrayPool<float>.Shared.Rent(n);
        try
        {
            Decode(words, labels.AsSpan(0, n), probabilities.AsSpan(0, n));
            Outside(words, labels.AsSpan(0, n), probabilities.AsSpan(0, n), outside);
            return ToMentions(span, words, labels.AsSpan(0, n), probabilities.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(labels);
            ArrayPool<float>.Shared.Return(probabilities);
        }
    }

    /// <summary>
    /// Finds the best BIO-consistent label sequence (indexes into <see cref="Labels"/>) and, for each token, the
    /// probability of its label given the previous one.
    /// </summary>
    // Vector128 code is slow until tier-1: the hot methods are compiled optimized at once (same steady-state speed,
    // measured), so short runs such as the CLI and the first documents do not pay for tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Decode(ReadOnlySpan<ModelWord> words, Span<int> labels, Span<float> probabilities)
    {
        int[] rowOf = ArrayPool<int>.Shared.Rent(words.Length);
        float[] rows = ArrayPool<float>.Shared.Rent(words.Length * RowFloats);
        try
        {
            for (int i = 0; i < words.Length; i++)
            {
                rowOf[i] = i;
                WordRows(words[i], rows.AsSpan(i * RowFloats, RowFloats));
            }

            Decode(words, rowOf.AsSpan(0, words.Length), rows, labels, probabilities);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rowOf);
            ArrayPool<float>.Shared.Return(rows);
        }
    }

    /// <summary>Decodes with the words' rows already summed (<see cref="DescribeRows"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Decode(ReadOnlySpan<ModelWord> words, ReadOnlySpan<int> rowOf, ReadOnlySpan<float> rows, Span<int> labels, Span<float> probabilities)
    {
        int n = words.Length;
        const int C = ClassCount;
        float[] chosen = ArrayPool<float>.Shared.Rent(n * C);
        int[] back = ArrayPool<int>.Shared.Rent(n * C);
        Span<uint> keys = stackalloc uint[FeatureExtractor.MaxObservationFeatures];
        Span<ulong> slots = stackalloc ulong[FeatureExtractor.MaxObservationFeatures];
        Span<float> observed = stackalloc float[C];
        Span<float> viterbi = stackalloc float[C];
        ReadOnlySpan<int> allowed = AllowedLanes;
        try
        {
            // Classes 0-3 and 4-7 in two vectors, class 8 alone.
            for (int i = 0; i < n; i++)
            {
                // exp(observation scores - their max): the part of the softmax numerators that ignores the previous label.
                // The word's own row, then the rows its neighbours give it, then the features of pairs.
                Vector128<float> low = Vector128.Create(rows.Slice(rowOf[i] * RowFloats, 4));
                Vector128<float> high = Vector128.Create(rows.Slice((rowOf[i] * RowFloats) + 4, 4));
                float last = rows[(rowOf[i] * RowFloats) + 8];
                AddRow(i > 0 ? rows.Slice(rowOf[i - 1] * RowFloats, RowFloats) : _startRows, 1, ref low, ref high, ref last);
                AddRow(i + 1 < n ? rows.Slice(rowOf[i + 1] * RowFloats, RowFloats) : _endRows, 2, ref low, ref high, ref last);
                AddRow(i > 1 ? rows.Slice(rowOf[i - 2] * RowFloats, RowFloats) : _startRows, 3, ref low, ref high, ref last);
                AddRow(i + 2 < n ? rows.Slice(rowOf[i + 2] * RowFloats, RowFloats) : _endRows, 4, ref low, ref high, ref last);
                low.CopyTo(observed);
                high.CopyTo(observed[4..]);
                observed[8] = last;
                AddObservations(keys[..FeatureExtractor.PairFeatures(words, i, keys)], slots, observed);
                float max = observed[0];
                for (int y = 1; y < C; y++)
                {
                    max = Math.Max(max, observed[y]);
                }

                var shift = Vector128.Create(max);
                Vector128<float> e0 = Vector128.Exp(Vector128.Create((ReadOnlySpan<float>)observed) - shift);
                Vector128<float> e1 = Vector128.Exp(Vector128.Create((ReadOnlySpan<float>)observed[4..]) - shift);
                float e8 = MathF.Exp(observed[8] - max);

                // The token's previous-label factors (shape × cluster × stem), multiplied out only for the rows of the
                // previous labels that survive the beam.
                TransitionFactors(words[i], out ReadOnlySpan<float> shapeFactors, out ReadOnlySpan<float> clusterFactors, out ReadOnlySpan<float> stemFactors);

                // Per class: the best path probability so far (-1: none), its local probability and previous label.
                Vector128<float> t0 = Vector128.Create(-1f), t1 = t0;
                float t8 = -1f;
                Vector128<float> l0 = Vector128<float>.Zero, l1 = l0;
                float l8 = 0;
                Vector128<int> f0 = Vector128<int>.Zero, f1 = f0;
                int f8 = 0;
                int firstPrevious = i == 0 ? StartLabel : 0;
                int lastPrevious = i == 0 ? StartLabel : C - 1;
                for (int previous = firstPrevious; previous <= lastPrevious; previous++)
                {
                    float before = i == 0 ? 1f : viterbi[previous];
                    if (before < Beam)
                    {
                        continue;
                    }

                    // P(y | previous) = e[y] * row[y] / z, with z = sum over y of e[y] * row[y].
                    int at = (previous + 1) * C;
                    Vector128<float> r0 = Vector128.Create(shapeFactors[at..]) * Vector128.Create(clusterFactors[at..]);
                    Vector128<float> r1 = Vector128.Create(shapeFactors[(at + 4)..]) * Vector128.Create(clusterFactors[(at + 4)..]);
                    float r8 = shapeFactors[at + 8] * clusterFactors[at + 8];
                    if (!stemFactors.IsEmpty)
                    {
                        r0 *= Vector128.Create(stemFactors[at..]);
                        r1 *= Vector128.Create(stemFactors[(at + 4)..]);
                        r8 *= stemFactors[at + 8];
                    }

                    float z = Vector128.Sum((e0 * r0) + (e1 * r1)) + (e8 * r8);
                    float inverse = 1f / z;
                    Vector128<float> local0 = r0 * inverse, local1 = r1 * inverse;
                    float local8 = r8 * inverse;
                    ReadOnlySpan<int> lanes = allowed.Slice((previous + 1) * C, C);
                    Vector128<float> minus = Vector128.Create(-1f);
                    Vector128<float> c0 = Vector128.ConditionalSelect(Vector128.Create(lanes).AsSingle(), local0 * before, minus);
                    Vector128<float> c1 = Vector128.ConditionalSelect(Vector128.Create(lanes[4..]).AsSingle(), local1 * before, minus);
                    float c8 = lanes[8] != 0 ? local8 * before : -1f;
                    Vector128<float> g0 = Vector128.GreaterThan(c0, t0), g1 = Vector128.GreaterThan(c1, t1);
                    t0 = Vector128.ConditionalSelect(g0, c0, t0);
                    t1 = Vector128.ConditionalSelect(g1, c1, t1);
                    l0 = Vector128.ConditionalSelect(g0, local0, l0);
                    l1 = Vector128.ConditionalSelect(g1, local1, l1);
                    var from = Vector128.Create(previous);
                    f0 = Vector128.ConditionalSelect(g0.AsInt32(), from, f0);
                    f1 = Vector128.ConditionalSelect(g1.AsInt32(), from, f1);
                    if (c8 > t8)
                    {
                        t8 = c8;
                        l8 = local8;
                        f8 = previous;
                    }
                }

                Span<float> best = chosen.AsSpan(i * C, C);
                (l0 * e0).CopyTo(best);
                (l1 * e1).CopyTo(best[4..]);
                best[8] = l8 * e8;
                Span<int> steps = back.AsSpan(i * C, C);
                f0.CopyTo(steps);
                f1.CopyTo(steps[4..]);
                steps[8] = f8;

                // Unreachable classes get 0; the rest are rescaled so that the best is 1.
                Vector128<float> zero = Vector128<float>.Zero;
                Vector128<float> v0 = Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(t0, zero), t0 * e0, zero);
                Vector128<float> v1 = Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(t1, zero), t1 * e1, zero);
                float v8 = t8 >= 0 ? t8 * e8 : 0f;
                Vector128<float> m = Vector128.Max(v0, v1);
                float top = Math.Max(Math.Max(Math.Max(m[0], m[1]), Math.Max(m[2], m[3])), v8);
                if (top > 0 && float.IsFinite(top))
                {
                    float scale = 1f / top;
                    (v0 * scale).CopyTo(viterbi);
                    (v1 * scale).CopyTo(viterbi[4..]);
                    viterbi[8] = v8 * scale;
                }
                else
                {
                    // Everything underflowed (weights far outside what training produces): keep every reachable state.
                    Vector128<float> one = Vector128<float>.One;
                    Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(t0, zero), one, zero).CopyTo(viterbi);
                    Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(t1, zero), one, zero).CopyTo(viterbi[4..]);
                    viterbi[8] = t8 >= 0 ? 1f : 0f;
                }
            }

            int label = 0;
            for (int y = 1; y < C; y++)
            {
                if (viterbi[y] > viterbi[label])
                {
                    label = y;
                }
            }

            for (int i = n - 1; i >= 0; i--)
            {
                labels[i] = label;
                probabilities[i] = chosen[(i * C) + label];
                label = back[(i * C) + label];
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(chosen);
            ArrayPool<int>.Shared.Return(back);
        }
    }

    /// <summary>Per previous label (start first) and class: -1 where <see cref="Allowed"/>, else 0.</summary>
    private static ReadOnlySpan<int> AllowedLanes =>
    [
        -1, -1, 0, -1, 0, -1, 0, -1, 0,
        -1, -1, 0, -1, 0, -1, 0, -1, 0,
        -1, -1, -1, -1, 0, -1, 0, -1, 0,
        -1, -1, -1, -1, 0, -1, 0, -1, 0,
        -1, -1, 0, -1, -1, -1, 0, -1, 0,
        -1, -1, 0, -1, -1, -1, 0, -1, 0,
        -1, -1, 0, -1, 0, -1, -1, -1, 0,
        -1, -1, 0, -1, 0, -1, -1, -1, 0,
        -1, -1, 0, -1, 0, -1, 0, -1, -1,
        -1, -1, 0, -1, 0, -1, 0, -1, -1,
    ];

    /// <summary>Adds the quantized observation weights of <paramref name="keys"/> to <paramref name="scores"/> and returns how many keys had weights (diagnostics).</summary>
    public int Observe(ReadOnlySpan<uint> keys, Span<float> scores) => AddObservations(keys, stackalloc ulong[keys.Length], scores);

    /// <summary>The class distribution for a given set of feature keys (internal label order), with the exact weights.</summary>
    public void Score(ReadOnlySpan<uint> keys, Span<float> probabilities)
    {
        _biases.CopyTo(probabilities);
        foreach (uint key in keys)
        {
            int row = _rows.Find(key);
            if (row >= 0)
            {
                for (int c = 0; c < ClassCount; c++)
                {
                    probabilities[c] += _weights[(row * ClassCount) + c];
                }
            }
        }

        float max = probabilities[0];
        for (int c = 1; c < ClassCount; c++)
        {
            max = Math.Max(max, probabilities[c]);
        }

        float sum = 0;
        for (int c = 0; c < ClassCount; c++)
        {
            probabilities[c] = MathF.Exp(probabilities[c] - max);
            sum += probabilities[c];
        }

        for (int c = 0; c < ClassCount; c++)
        {
            probabilities[c] /= sum;
        }
    }

    /// <summary>
    /// A copy of the model whose entity classes are more (positive) or less likely: one logit offset per
    /// <see cref="ModelEntityType"/>, added to its B- and I- classes. A precision/recall knob tuned on held-out data;
    /// the weights are shared.
    /// </summary>
    public SequenceModel WithTypeBiases(ReadOnlySpan<float> deltas)
    {
        float[] biases = (float[])_biases.Clone();
        for (int t = 0; t < deltas.Length && (2 * t) + 2 < ClassCount; t++)
        {
            biases[(2 * t) + 1] += deltas[t];
            biases[(2 * t) + 2] += deltas[t];
        }

        return new SequenceModel(biases, _keys, _weights, Features.Lexicon, _labelStems, _memoKeys, _memoRows, _memoWords);
    }

    /// <summary>
    /// A copy of the model that keeps, for each of <paramref name="words"/> (normalized Arabic words, one token each),
    /// the sum of its intrinsic feature weights, so that tagging looks up one row instead of about 16 features for them.
    /// The sums are exact (the full-precision weights); words that are not one Arabic or Latin token are skipped.
    /// </summary>
    public SequenceModel WithMemo(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var keys = new List<uint>();
        var rows = new List<float>();
        var seen = new HashSet<uint>();
        var memoWords = new List<ModelWord>();
        Span<uint> features = stackalloc uint[FeatureExtractor.MaxObservationFeatures];
        var described = new ModelWord[1];
        foreach (string word in words)
        {
            Token[] tokens = ArabicTokenizer.Default.GetTokens(word);
            if (tokens.Length != 1 || tokens[0].Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord))
            {
                continue;
            }

            Features.Describe(word, tokens, described);
            uint key = FeatureExtractor.MemoKey(described[0]);
            if (!seen.Add(key == 0 ? 1u : key))
            {
                continue;
            }

            float[] row = new float[ClassCount];
            int count = FeatureExtractor.IntrinsicFeatures(described[0], features);
            foreach (uint feature in features[..count])
            {
                int index = _rows.Find(feature);
                if (index >= 0)
                {
                    for (int c = 0; c < ClassCount; c++)
                    {
                        row[c] += _weights[(index * ClassCount) + c];
                    }
                }
            }

            keys.Add(key == 0 ? 1u : key);
            rows.AddRange(row);
            memoWords.Add(described[0]);
        }

        return new SequenceModel(_biases, _keys, _weights, Features.Lexicon, _labelStems, [.. keys], [.. rows], [.. memoWords]);
    }

    /// <summary>The same model without the memo words' neighbour rows: every word's are summed as it is met.</summary>
    public SequenceModel WithoutMemoNeighbours() => new(_biases, _keys, _weights, Features.Lexicon, _labelStems, _memoKeys, _memoRows);

    /// <summary>How many words have memo rows.</summary>
    public int MemoCount => _memoKeys.Length;

    /// <summary>A copy of the model without the features whose weights are all smaller than <paramref name="threshold"/> in magnitude.</summary>
    public SequenceModel Pruned(float threshold)
    {
        var keys = new List<uint>();
        var weights = new List<float>();
        for (int k = 0; k < _keys.Length; k++)
        {
            ReadOnlySpan<float> row = _weights.AsSpan(k * ClassCount, ClassCount);
            float largest = 0;
            foreach (float w in row)
            {
                largest = Math.Max(largest, Math.Abs(w));
            }

            if (largest >= threshold)
            {
                keys.Add(_keys[k]);
                weights.AddRange(row);
            }
        }

        // The memo rows summed the dropped weights too: the copy has none.
        return new SequenceModel((float[])_biases.Clone(), [.. keys], [.. weights], Features.Lexicon, _labelStems);
    }

    /// <summary>
    /// Writes the model in the resource format: weights as half precision, not compressed (version 3 was the same
    /// bytes Brotli-compressed; decompressing them was most of the load time, and the NuGet package compresses the
    /// assembly anyway).
    /// </summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(ClassCount);
        foreach (string label in Labels)
        {
            writer.Write(label);
        }

        foreach (float bias in _biases)
        {
            writer.Write(bias);
        }

        WriteKeys(writer, _keys);
        foreach (float weight in _weights)
        {
            writer.Write((Half)weight);
        }

        ModelLexicon lexicon = Features.Lexicon;
        WriteKeys(writer, lexicon.FrequencyKeys);
        writer.Write(lexicon.FrequencyClasses);
        WriteKeys(writer, lexicon.GazetteerKeys);
        foreach (ushort flags in lexicon.GazetteerFlags)
        {
            writer.Write(flags);
        }

        WriteKeys(writer, lexicon.ClusterKeys);
        foreach (ushort cluster in lexicon.ClusterIds)
        {
            writer.Write(cluster);
        }

        // Format 6: the silver codes.
        WriteKeys(writer, lexicon.SilverKeys);
        writer.Write(lexicon.SilverCodes);

        writer.Write(_labelStems.Length);
        foreach (ulong stem in _labelStems)
        {
            writer.Write(stem);
        }

        WriteKeys(writer, _memoKeys);
        foreach (float value in _memoRows)
        {
            writer.Write((Half)value);
        }

        // Format 5: what each memo word's neighbour features need (its form and stem hashes, gazetteer flags, cluster).
        writer.Write(_memoWords.Length);
        foreach (ModelWord word in _memoWords)
        {
            writer.Write(word.Form);
        }

        foreach (ModelWord word in _memoWords)
        {
            writer.Write(word.Stem);
        }

        foreach (ModelWord word in _memoWords)
        {
            writer.Write(word.Gazetteer);
        }

        foreach (ModelWord word in _memoWords)
        {
            writer.Write(word.Cluster);
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream holds no sequence model of <see cref="FormatVersion"/>.</exception>
    public static SequenceModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);

        // One bulk read, then block copies of the arrays.
        var reader = new ResourceReader(ResourceReader.ReadAll(stream), "sequence model");
        if (reader.Remaining < 8 || reader.Int() != Magic)
        {
            throw new InvalidDataException("Not a sequence model (a Brotli-compressed one is version 3 or older: rebuild it with the training project of this version).");
        }

        int version = reader.Int();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"The sequence model has format version {version}; this library reads version {FormatVersion}. Rebuild it with the training project of this version.");
        }

        int classes = reader.Int();
        int[] toInternal = new int[classes];
        for (int c = 0; c < classes; c++)
        {
            toInternal[c] = Array.IndexOf(Labels, reader.String());
            if (toInternal[c] < 0)
            {
                throw new InvalidDataException("Unknown class in the sequence model.");
            }
        }

        float[] biases = new float[ClassCount];
        for (int c = 0; c < classes; c++)
        {
            biases[toInternal[c]] = reader.Single();
        }

        uint[] keys = reader.UInts(reader.Int());
        float[] weights = Widen(reader.UShorts(keys.Length * classes), keys.Length, toInternal);
        uint[] frequencyKeys = reader.UInts(reader.Int());
        byte[] frequencies = reader.Bytes(frequencyKeys.Length);
        uint[] gazetteerKeys = reader.UInts(reader.Int());
        ushort[] gazetteerFlags = reader.UShorts(gazetteerKeys.Length);
        uint[] clusterKeys = reader.UInts(reader.Int());
        ushort[] clusters = reader.UShorts(clusterKeys.Length);
        uint[] silverKeys = reader.UInts(reader.Int());
        byte[] silverCodes = reader.Bytes(silverKeys.Length);
        ulong[] labelStems = reader.ULongs(reader.Int());

        var lexicon = new ModelLexicon(frequencyKeys, frequencies, gazetteerKeys, gazetteerFlags, clusterKeys, clusters, silverKeys, silverCodes);
        uint[] memoKeys = reader.UInts(reader.Int());
        float[] memoRows = Widen(reader.UShorts(memoKeys.Length * classes), memoKeys.Length, toInternal);
        int memoWordCount = reader.Int();
        if (memoWordCount != 0 && memoWordCount != memoKeys.Length)
        {
            throw new InvalidDataException($"The sequence model has {memoWordCount} memo words for {memoKeys.Length} memo rows.");
        }

        ulong[] memoForms = reader.ULongs(memoWordCount);
        ulong[] memoStems = reader.ULongs(memoWordCount);
        int[] memoGazetteers = reader.Ints(memoWordCount);
        int[] memoClusters = reader.Ints(memoWordCount);
        var memoWords = new ModelWord[memoWordCount];
        for (int m = 0; m < memoWords.Length; m++)
        {
            // The silver code is the lexicon's, by the stem (as FeatureExtractor finds it).
            memoWords[m] = new ModelWord(TokenKind.ArabicWord, memoForms[m], memoStems[m], 0, 0, 0, 0, 0, 0, 0, 0, 0, memoGazetteers[m], memoClusters[m], 0, 0, lexicon.Silver(ModelHash.WordKey(memoStems[m])));
        }

        return new SequenceModel(biases, keys, weights, lexicon, labelStems, memoKeys, memoRows, memoWords);
    }

    /// <summary>True when label <paramref name="label"/> may follow <paramref name="previous"/> (I-X only after B-X or I-X).</summary>
    public static bool Allowed(int previous, int label)
    {
        if (label == 0 || (label & 1) == 1)
        {
            return true;
        }

        return previous == label || previous == label - 1;
    }

    private static ModelEntityType TypeOf(int label) => ((label - 1) >> 1) switch
    {
        0 => ModelEntityType.Person,
        1 => ModelEntityType.Location,
        2 => ModelEntityType.Organization,
        _ => ModelEntityType.Misc,
    };

    private static ModelMention[] ToMentions(ReadOnlySpan<Token> tokens, ReadOnlySpan<ModelWord> words, ReadOnlySpan<int> labels, ReadOnlySpan<float> probabilities)
    {
        int count = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if ((labels[i] & 1) == 1)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var mentions = new ModelMention[count];
        int m = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if ((labels[i] & 1) == 0)
            {
                continue;
            }

            int end = i + 1;
            while (end < labels.Length && labels[end] == labels[i] + 1)
            {
                end++;
            }

            float logSum = 0;
            for (int k = i; k < end; k++)
            {
                logSum += MathF.Log(Math.Max(probabilities[k], 1e-9f));
            }

            mentions[m++] = new ModelMention(
                tokens[i].Start + words[i].ProcliticChars,
                tokens[end - 1].End,
                TypeOf(labels[i]),
                MathF.Exp(logSum / (end - i)));
        }

        return mentions;
    }

    /// <summary>
    /// Per token, the probability of O where the best path says O and the unlabelled corpus never sees the word inside a
    /// name (no silver code); its negative where the path says O and the corpus sees the word in places or organizations
    /// but seldom in persons (under 5 %); else 0 (nothing when <paramref name="outside"/> is empty).
    /// </summary>
    private static void Outside(ReadOnlySpan<ModelWord> words, ReadOnlySpan<int> labels, ReadOnlySpan<float> probabilities, Span<float> outside)
    {
        for (int i = 0; i < outside.Length; i++)
        {
            outside[i] = labels[i] != 0 ? 0f : words[i].Silver == 0 ? probabilities[i] : (words[i].Silver & 3) == 0 ? -probabilities[i] : 0f;
        }
    }

    private static uint StemRowKey(ulong stem) => ModelHash.Feature(41, stem);

    /// <summary>Adds the word's memo row when it has one and returns its number, else -1.</summary>
    private int AddMemo(in ModelWord word, Span<float> scores)
    {
        if (_memoKeys.Length == 0)
        {
            return -1;
        }

        uint key = FeatureExtractor.MemoKey(word);
        ReadOnlySpan<ulong> slots = _memoSlots;
        int slot = (int)((key * 0x9E3779B1u) >> _memoShift);
        while (true)
        {
            ulong entry = slots[slot];
            if ((uint)entry == key)
            {
                int memo = (int)(entry >> 32);
                ReadOnlySpan<float> row = _memoRows.AsSpan(memo * ClassCount, ClassCount);
                for (int c = 0; c < ClassCount; c++)
                {
                    scores[c] += row[c];
                }

                return memo;
            }

            if (entry == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _memoMask;
        }
    }

    private void AddExact(uint key, Span<float> row, bool[] grouped)
    {
        int index = _rows.Find(key);
        if (index < 0)
        {
            return;
        }

        grouped[index] = true;
        ReadOnlySpan<float> weights = _weights.AsSpan(index * ClassCount, ClassCount);
        for (int c = 0; c < ClassCount; c++)
        {
            row[c] += weights[c];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Exponentiate(ReadOnlySpan<float> log, Span<float> factors)
    {
        for (int k = 0; k < log.Length; k++)
        {
            factors[k] = MathF.Exp(Math.Clamp(log[k], -FactorClamp, FactorClamp));
        }
    }

    /// <summary>
    /// Writes one table entry: the key, the row's step as the upper 16 bits of a float (rounded up so that no weight
    /// needs more than 127 steps), and the nine weights in steps, as signed bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Quantize(uint key, ReadOnlySpan<float> weights, Span<byte> entry)
    {
        float largest = 0;
        foreach (float w in weights)
        {
            largest = Math.Max(largest, Math.Abs(w));
        }

        uint bits = BitConverter.SingleToUInt32Bits(largest == 0 ? 1f : largest / 127f);
        ushort upper = (ushort)((bits >> 16) + ((bits & 0xFFFF) == 0 ? 0u : 1u));
        float step = BitConverter.Int32BitsToSingle(upper << 16);
        entry.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(entry, key);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[4..], upper);
        for (int c = 0; c < ClassCount; c++)
        {
            entry[6 + c] = (byte)(sbyte)Math.Clamp(MathF.Round(weights[c] / step), -127f, 127f);
        }
    }

    /// <summary>
    /// The exp of the previous-label features of a token, as factor matrices (previous label × class) to multiply:
    /// its shape's, its cluster's and its stem's (empty when the stem has none).
    /// </summary>
    private void TransitionFactors(in ModelWord word, out ReadOnlySpan<float> shapeFactors, out ReadOnlySpan<float> clusterFactors, out ReadOnlySpan<float> stemFactors)
    {
        int shape = (uint)word.Shape < ShapeCount ? word.Shape : ShapeCount;
        int cluster = (uint)(word.Cluster + 1) < (uint)_clusterRows.Length ? _clusterRows[word.Cluster + 1] : 0;
        int stem = _stemFactors.Length > 0 ? _stemRows.Find(StemRowKey(word.Stem)) : -1;
        shapeFactors = _shapeFactors.AsSpan(shape * FactorSize, FactorSize);
        clusterFactors = _clusterFactors.AsSpan(cluster * FactorSize, FactorSize);
        stemFactors = stem >= 0 ? _stemFactors.AsSpan(stem * FactorSize, FactorSize) : [];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRow(ReadOnlySpan<float> rows, int which, ref Vector128<float> low, ref Vector128<float> high, ref float last)
    {
        ReadOnlySpan<float> row = rows.Slice(which * ClassCount, ClassCount);
        low += Vector128.Create(row);
        high += Vector128.Create(row[4..]);
        last += row[8];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int AddObservations(ReadOnlySpan<uint> keys, Span<ulong> slots, Span<float> scores)
    {
        ReadOnlySpan<byte> table = _table;
        Span<float> s = scores[..ClassCount];

        // First pass: the home slot of every key and the key stored there, read without branching on it, so the
        // cache misses overlap instead of waiting one after another behind mispredicted branches.
        // A key the filter rules out reads slot 0 instead (in cache) and is recorded as an empty slot, still without a branch.
        ReadOnlySpan<ulong> filter = _filter;
        int count = Math.Min(keys.Length, slots.Length);
        for (int j = 0; j < count; j++)
        {
            uint key = keys[j];
            ulong present = (filter[(int)((key >> 6) & (FilterWords - 1))] >> (int)(key & 63)) & 1;
            int slot = (int)((key * 0x9E3779B1u) >> _shift) & -(int)present;
            slots[j] = (((ulong)BinaryPrimitives.ReadUInt32LittleEndian(table.Slice(slot * EntryBytes, 4)) << 32) | (uint)slot) & (0UL - present);
        }

        int found = 0;
        Vector128<float> low = Vector128.Create(s[0], s[1], s[2], s[3]);
        Vector128<float> high = Vector128.Create(s[4], s[5], s[6], s[7]);
        float last = s[8];
        for (int j = 0; j < count; j++)
        {
            uint key = keys[j];
            int slot = (int)(uint)slots[j];
            uint current = (uint)(slots[j] >> 32);
            while (current != key)
            {
                if (current == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
                current = BinaryPrimitives.ReadUInt32LittleEndian(table.Slice(slot * EntryBytes, 4));
            }

            if (current == key)
            {
                // Classes 0-7 as two vectors of four, class 8 alone.
                ReadOnlySpan<byte> entry = table.Slice(slot * EntryBytes, EntryBytes);
                var step = Vector128.Create(BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(entry[4..]) << 16));
                Vector128<short> weights = Vector128.WidenLower(Vector128.CreateScalar(BinaryPrimitives.ReadUInt64LittleEndian(entry[6..])).AsSByte());
                low += Vector128.ConvertToSingle(Vector128.WidenLower(weights)) * step;
                high += Vector128.ConvertToSingle(Vector128.WidenUpper(weights)) * step;
                last += (sbyte)entry[14] * step.ToScalar();
                found++;
            }
        }

        low.CopyTo(s);
        high.CopyTo(s[4..]);
        s[8] = last;
        return found;
    }

    private static int FirstAtOrAfter(ReadOnlySpan<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static void WriteKeys(BinaryWriter writer, uint[] keys)
    {
        writer.Write(keys.Length);
        foreach (uint key in keys)
        {
            writer.Write(key);
        }
    }

    /// <summary>Half-precision rows (the resource's class order) as single-precision rows in the internal class order.</summary>
    private static float[] Widen(ushort[] halves, int rows, int[] toInternal)
    {
        int classes = toInternal.Length;
        float[] values = new float[rows * ClassCount];
        for (int k = 0; k < rows; k++)
        {
            for (int c = 0; c < classes; c++)
            {
                values[(k * ClassCount) + toInternal[c]] = (float)BitConverter.UInt16BitsToHalf(halves[(k * classes) + c]);
            }
        }

        return values;
    }

    private static SequenceModel? LoadDefault()
    {
        using Stream? stream = typeof(SequenceModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }
}
