using System.Buffers;
using System.IO.Compression;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Entities;

/// <summary>
/// The statistical entity tagger: a maximum-entropy Markov model over hashed features (weights trained with
/// Microsoft.ML by the training project and extracted into an embedded resource), decoded with BIO-consistent Viterbi.
/// Scoring is a dot product and a softmax per token and previous label. Immutable and thread-safe; the only
/// allocation per call is the result array (working buffers are pooled or on the stack).
/// </summary>
internal sealed class SequenceModel
{
    /// <summary>The BIO labels, in the order of the model's classes.</summary>
    public static readonly string[] Labels = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    /// <summary>The previous-label value at the start of a sentence.</summary>
    public const int StartLabel = -1;

    private const string ResourceName = "ArabicNews.Nlp.Resources.ner-model.bin";
    private const int Magic = 0x4D4E5153; // "SQNM"
    private const int FormatVersion = 1;
    private const int ClassCount = 9;
    private const int Stride = ClassCount + 1;

    private static readonly Lazy<SequenceModel?> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _biases;
    private readonly uint[] _keys;
    private readonly float[] _weights;
    private readonly float[] _table;
    private readonly float[] _previousLabelRows;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Creates a model from its weights (internal label order, <see cref="Labels"/>) and lexicon.</summary>
    /// <param name="biases">One bias per class.</param>
    /// <param name="keys">The feature keys that have weights.</param>
    /// <param name="weights">Row-major weights: one row of <see cref="Labels"/>.Length values per key.</param>
    /// <param name="lexicon">The lexicon the features consult.</param>
    public SequenceModel(float[] biases, uint[] keys, float[] weights, ModelLexicon lexicon)
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

        // Open addressing with each key stored beside its weights (one cache line or two per probe), load about 0.7.
        int bits = 4;
        while ((1 << bits) * 7 < keys.Length * 10)
        {
            bits++;
        }

        _shift = 32 - bits;
        _mask = (1 << bits) - 1;
        _table = new float[(1 << bits) * Stride];
        for (int k = 0; k < keys.Length; k++)
        {
            uint key = keys[k] == 0 ? 1u : keys[k];
            int slot = (int)((key * 0x9E3779B1u) >> _shift);
            while (true)
            {
                uint existing = BitConverter.SingleToUInt32Bits(_table[slot * Stride]);
                if (existing == 0)
                {
                    _table[slot * Stride] = BitConverter.UInt32BitsToSingle(key);
                    weights.AsSpan(k * ClassCount, ClassCount).CopyTo(_table.AsSpan((slot * Stride) + 1, ClassCount));
                    break;
                }

                if (existing == key)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        Features = new FeatureExtractor(lexicon);

        // The previous-label-only feature is the same for every token: its rows are looked up once.
        _previousLabelRows = new float[(ClassCount + 1) * ClassCount];
        Span<uint> labelKey = stackalloc uint[1];
        for (int previous = StartLabel; previous < ClassCount; previous++)
        {
            labelKey[0] = FeatureExtractor.PreviousLabelKey(previous);
            AddRows(labelKey, _previousLabelRows.AsSpan((previous + 1) * ClassCount, ClassCount));
        }
    }

    /// <summary>The model embedded in the library, or null when the library was built without it.</summary>
    public static SequenceModel? Default => LazyDefault.Value;

    /// <summary>The feature extractor (and through it the lexicon) the model uses.</summary>
    public FeatureExtractor Features { get; }

    /// <summary>How many features carry weights.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Finds the mentions of one sentence.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">The text's tokens (all of them, or only the sentence's), in order.</param>
    /// <param name="sentence">The sentence to tag.</param>
    /// <returns>The mentions in text order, not overlapping, attached proclitics excluded.</returns>
    public ModelMention[] Recognize(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = FirstAtOrAfter(tokens, sentence.Start);
        int last = FirstAtOrAfter(tokens, sentence.End);
        while (last < tokens.Length && tokens[last].Start < sentence.End)
        {
            last++;
        }

        ReadOnlySpan<Token> span = tokens[first..last];
        int n = span.Length;
        if (n == 0)
        {
            return [];
        }

        ModelWord[] words = ArrayPool<ModelWord>.Shared.Rent(n);
        int[] labels = ArrayPool<int>.Shared.Rent(n);
        float[] probabilities = ArrayPool<float>.Shared.Rent(n);
        try
        {
            Features.Describe(text, span, words);
            Decode(words.AsSpan(0, n), labels.AsSpan(0, n), probabilities.AsSpan(0, n));
            return ToMentions(span, words, labels.AsSpan(0, n), probabilities.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<ModelWord>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(labels);
            ArrayPool<float>.Shared.Return(probabilities);
        }
    }

    /// <summary>
    /// Finds the best BIO-consistent label sequence (indexes into <see cref="Labels"/>) and, for each token, the
    /// probability of its label given the previous one.
    /// </summary>
    public void Decode(ReadOnlySpan<ModelWord> words, Span<int> labels, Span<float> probabilities)
    {
        int n = words.Length;
        const int C = ClassCount;
        float[] delta = ArrayPool<float>.Shared.Rent(n * C);
        float[] chosen = ArrayPool<float>.Shared.Rent(n * C);
        int[] back = ArrayPool<int>.Shared.Rent(n * C);
        Span<uint> keys = stackalloc uint[FeatureExtractor.MaxObservationFeatures];
        Span<float> observed = stackalloc float[C];
        Span<float> scores = stackalloc float[C];
        try
        {
            for (int i = 0; i < n; i++)
            {
                int count = FeatureExtractor.ObservationFeatures(words, i, keys);
                _biases.CopyTo(observed);
                AddRows(keys[..count], observed);
                Span<float> d = delta.AsSpan(i * C, C);
                Span<float> best = chosen.AsSpan(i * C, C);
                Span<int> from = back.AsSpan(i * C, C);
                d.Fill(float.NegativeInfinity);
                int previousCount = i == 0 ? 1 : C;
                float floor = float.NegativeInfinity;
                if (i > 0)
                {
                    // Previous states this far behind the best cannot win: skip them (a beam of e^-30).
                    floor = MaxOf(delta.AsSpan((i - 1) * C, C)) - 30f;
                }

                for (int p = 0; p < previousCount; p++)
                {
                    int previous = i == 0 ? StartLabel : p;
                    float before = i == 0 ? 0f : delta[((i - 1) * C) + p];
                    if (float.IsNegativeInfinity(before) || before < floor)
                    {
                        continue;
                    }

                    ReadOnlySpan<float> labelRow = _previousLabelRows.AsSpan((previous + 1) * C, C);
                    for (int y = 0; y < C; y++)
                    {
                        scores[y] = observed[y] + labelRow[y];
                    }

                    int pc = FeatureExtractor.PreviousLabelContextFeatures(words, i, previous, keys);
                    AddRows(keys[..pc], scores);
                    LogSoftmax(scores);
                    for (int y = 0; y < C; y++)
                    {
                        if (!Allowed(previous, y))
                        {
                            continue;
                        }

                        float total = before + scores[y];
                        if (total > d[y])
                        {
                            d[y] = total;
                            best[y] = scores[y];
                            from[y] = previous;
                        }
                    }
                }
            }

            int label = 0;
            ReadOnlySpan<float> lastRow = delta.AsSpan((n - 1) * C, C);
            for (int y = 1; y < C; y++)
            {
                if (lastRow[y] > lastRow[label])
                {
                    label = y;
                }
            }

            for (int i = n - 1; i >= 0; i--)
            {
                labels[i] = label;
                probabilities[i] = MathF.Exp(chosen[(i * C) + label]);
                label = back[(i * C) + label];
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(delta);
            ArrayPool<float>.Shared.Return(chosen);
            ArrayPool<int>.Shared.Return(back);
        }
    }

    /// <summary>The class distribution of one token given its previous label (for tests and diagnostics).</summary>
    public void Probabilities(ReadOnlySpan<ModelWord> words, int i, int previousLabel, Span<float> probabilities)
    {
        Span<uint> keys = stackalloc uint[FeatureExtractor.MaxObservationFeatures];
        _biases.CopyTo(probabilities);
        AddRows(keys[..FeatureExtractor.ObservationFeatures(words, i, keys)], probabilities);
        AddRows(keys[..FeatureExtractor.PreviousLabelFeatures(words, i, previousLabel, keys)], probabilities);
        LogSoftmax(probabilities[..ClassCount]);
        for (int y = 0; y < ClassCount; y++)
        {
            probabilities[y] = MathF.Exp(probabilities[y]);
        }
    }

    /// <summary>The class distribution for a given set of feature keys (internal label order).</summary>
    public void Score(ReadOnlySpan<uint> keys, Span<float> probabilities)
    {
        _biases.CopyTo(probabilities);
        AddRows(keys, probabilities);
        LogSoftmax(probabilities[..ClassCount]);
        for (int y = 0; y < ClassCount; y++)
        {
            probabilities[y] = MathF.Exp(probabilities[y]);
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

        return new SequenceModel(biases, _keys, _weights, Features.Lexicon);
    }

    /// <summary>Writes the model in the resource format (Brotli-compressed; weights as half precision).</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli);
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
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static SequenceModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16));
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a sequence model of this version.");
        }

        int classes = reader.ReadInt32();
        int[] toInternal = new int[classes];
        for (int c = 0; c < classes; c++)
        {
            toInternal[c] = Array.IndexOf(Labels, reader.ReadString());
            if (toInternal[c] < 0)
            {
                throw new InvalidDataException("Unknown class in the sequence model.");
            }
        }

        float[] biases = new float[ClassCount];
        for (int c = 0; c < classes; c++)
        {
            biases[toInternal[c]] = reader.ReadSingle();
        }

        uint[] keys = ReadKeys(reader);
        float[] weights = new float[keys.Length * ClassCount];
        for (int k = 0; k < keys.Length; k++)
        {
            for (int c = 0; c < classes; c++)
            {
                weights[(k * ClassCount) + toInternal[c]] = (float)reader.ReadHalf();
            }
        }

        uint[] frequencyKeys = ReadKeys(reader);
        byte[] frequencies = reader.ReadBytes(frequencyKeys.Length);
        uint[] gazetteerKeys = ReadKeys(reader);
        ushort[] gazetteerFlags = new ushort[gazetteerKeys.Length];
        for (int i = 0; i < gazetteerFlags.Length; i++)
        {
            gazetteerFlags[i] = reader.ReadUInt16();
        }

        uint[] clusterKeys = ReadKeys(reader);
        ushort[] clusters = new ushort[clusterKeys.Length];
        for (int i = 0; i < clusters.Length; i++)
        {
            clusters[i] = reader.ReadUInt16();
        }

        var lexicon = new ModelLexicon(frequencyKeys, frequencies, gazetteerKeys, gazetteerFlags, clusterKeys, clusters);
        return new SequenceModel(biases, keys, weights, lexicon);
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

    private static ModelMention[] ToMentions(ReadOnlySpan<Token> tokens, ModelWord[] words, ReadOnlySpan<int> labels, ReadOnlySpan<float> probabilities)
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

    private void AddRows(ReadOnlySpan<uint> keys, Span<float> scores)
    {
        ReadOnlySpan<float> table = _table;
        Span<float> s = scores[..ClassCount];
        foreach (uint k in keys)
        {
            uint key = k == 0 ? 1u : k;
            int slot = (int)((key * 0x9E3779B1u) >> _shift);
            while (true)
            {
                ReadOnlySpan<float> entry = table.Slice(slot * Stride, Stride);
                uint stored = BitConverter.SingleToUInt32Bits(entry[0]);
                if (stored == key)
                {
                    for (int c = 0; c < ClassCount; c++)
                    {
                        s[c] += entry[c + 1];
                    }

                    break;
                }

                if (stored == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }
    }

    private static float MaxOf(ReadOnlySpan<float> values)
    {
        float max = values[0];
        for (int i = 1; i < values.Length; i++)
        {
            max = Math.Max(max, values[i]);
        }

        return max;
    }

    private static void LogSoftmax(Span<float> scores)
    {
        float max = scores[0];
        for (int c = 1; c < scores.Length; c++)
        {
            max = Math.Max(max, scores[c]);
        }

        float sum = 0;
        for (int c = 0; c < scores.Length; c++)
        {
            sum += MathF.Exp(scores[c] - max);
        }

        float log = max + MathF.Log(sum);
        for (int c = 0; c < scores.Length; c++)
        {
            scores[c] -= log;
        }
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

    private static uint[] ReadKeys(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        uint[] keys = new uint[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt32();
        }

        return keys;
    }

    private static SequenceModel? LoadDefault()
    {
        using Stream? stream = typeof(SequenceModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }
}
