using System.Runtime.CompilerServices;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Entities;

/// <summary>
/// Turns tokens into the sequence model's hashed features. The trainer and the runtime share this class, so the
/// library computes exactly the features the weights were trained on. Immutable and thread-safe; no allocation.
/// </summary>
internal sealed class FeatureExtractor
{
    /// <summary>The most observation features one token can have.</summary>
    public const int MaxObservationFeatures = 72;

    /// <summary>The most previous-label features one token can have.</summary>
    public const int MaxPreviousLabelFeatures = 4;

    private const int MaxChars = 48;
    private const int BufferChars = 256;

    private static readonly ulong StartHash = ModelHash.Of("<s>");
    private static readonly ulong EndHash = ModelHash.Of("</s>");
    private static readonly ulong NumberHash = ModelHash.Of("<num>");
    private static readonly ulong LongHash = ModelHash.Of("<long>");

    /// <summary>Creates an extractor over a lexicon.</summary>
    public FeatureExtractor(ModelLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
    }

    /// <summary>The lexicon the features consult.</summary>
    public ModelLexicon Lexicon { get; }

    /// <summary>Describes each token of a sequence.</summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="words">Receives one description per token.</param>
    public void Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<ModelWord> words)
    {
        Span<char> buffer = stackalloc char[BufferChars];
        Span<int> starts = stackalloc int[BufferChars];
        Span<int> ends = stackalloc int[BufferChars];
        for (int i = 0; i < tokens.Length; i++)
        {
            words[i] = Describe(tokens[i].Slice(text), tokens[i].Kind, buffer, starts, ends);
        }
    }

    /// <summary>Describes each token of a document, once per distinct word: a repeat copies its first occurrence's description.</summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="first">Each token's first occurrence (<see cref="TokenRepeats"/>).</param>
    /// <param name="forms">Optional: each token's matching form (<see cref="TokenForms"/>), so that no word is normalized again.</param>
    /// <param name="words">Receives one description per token.</param>
    public void Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> first, string[]? forms, Span<ModelWord> words)
    {
        Span<char> buffer = stackalloc char[BufferChars];
        Span<int> starts = stackalloc int[BufferChars];
        Span<int> ends = stackalloc int[BufferChars];
        for (int i = 0; i < tokens.Length; i++)
        {
            // A description holds no offset (ProcliticChars is relative to the token), so a repeat's is the same.
            words[i] = first[i] < i ? words[first[i]] : Describe(tokens[i].Slice(text), tokens[i].Kind, buffer, starts, ends, forms?[i]);
        }
    }

    /// <summary>Writes the observation features of token <paramref name="i"/> and returns how many were written.</summary>
    public static int ObservationFeatures(ReadOnlySpan<ModelWord> words, int i, Span<uint> keys)
    {
        int n = IntrinsicFeatures(words[i], keys);
        return n + ContextFeatures(words, i, keys[n..]);
    }

    /// <summary>
    /// The observation features that depend on the token alone (its form, kind and what the lexicon says of it), so
    /// that their sum can be kept per word: see <see cref="MemoKey"/>.
    /// </summary>
    public static int IntrinsicFeatures(in ModelWord w, Span<uint> keys)
    {
        int n = 0;
        keys[n++] = ModelHash.Feature(1, w.Form);
        keys[n++] = ModelHash.Feature(2, w.Stem);
        keys[n++] = ModelHash.Feature(3, w.Bare);
        keys[n++] = ModelHash.Feature(4, w.Prefix2);
        keys[n++] = ModelHash.Feature(5, w.Prefix3);
        keys[n++] = ModelHash.Feature(6, w.Suffix1);
        keys[n++] = ModelHash.Feature(7, w.Suffix2);
        keys[n++] = ModelHash.Feature(8, w.Suffix3);
        keys[n++] = ModelHash.Feature(9, (ulong)w.Shape);
        keys[n++] = ModelHash.Feature(10, w.Proclitics);
        keys[n++] = ModelHash.Feature(20, (ulong)w.Frequency);
        n = AddGazetteer(keys, n, 22, w.Gazetteer);
        if (w.Gazetteer != 0)
        {
            keys[n++] = ModelHash.Feature(25, (ulong)w.Gazetteer);
        }

        if (w.Cluster != ModelLexicon.NoCluster)
        {
            keys[n++] = ModelHash.Feature(26, (ulong)w.Cluster);
            keys[n++] = ModelHash.Feature(27, (ulong)(w.Cluster >> 8));
        }

        keys[n++] = ModelHash.Feature(34, w.Suffix4);
        if (w.Silver != 0)
        {
            // How often the corpus's rule-found entities hold the word: per type, and the three together.
            keys[n++] = ModelHash.Feature(50, (ulong)(w.Silver & 3));
            keys[n++] = ModelHash.Feature(51, (ulong)((w.Silver >> 2) & 3));
            keys[n++] = ModelHash.Feature(52, (ulong)((w.Silver >> 4) & 3));
            keys[n++] = ModelHash.Feature(53, (ulong)w.Silver);
        }

        return n;
    }

    /// <summary>The observation features that depend on the token's neighbours or position.</summary>
    public static int ContextFeatures(ReadOnlySpan<ModelWord> words, int i, Span<uint> keys)
    {
        ModelWord w = words[i];
        ulong prevForm = i > 0 ? words[i - 1].Form : StartHash;
        ulong prevStem = i > 0 ? words[i - 1].Stem : StartHash;
        ulong prev2Form = i > 1 ? words[i - 2].Form : StartHash;
        ulong nextForm = i + 1 < words.Length ? words[i + 1].Form : EndHash;
        ulong nextStem = i + 1 < words.Length ? words[i + 1].Stem : EndHash;
        ulong next2Form = i + 2 < words.Length ? words[i + 2].Form : EndHash;
        int n = 0;
        keys[n++] = ModelHash.Feature(11, prevForm);
        keys[n++] = ModelHash.Feature(12, nextForm);
        keys[n++] = ModelHash.Feature(13, prev2Form);
        keys[n++] = ModelHash.Feature(14, next2Form);
        keys[n++] = ModelHash.Feature(15, prevStem);
        keys[n++] = ModelHash.Feature(16, nextStem);
        keys[n++] = ModelHash.Feature(17, ModelHash.Combine(prevForm, w.Form));
        keys[n++] = ModelHash.Feature(18, ModelHash.Combine(w.Form, nextForm));
        keys[n++] = ModelHash.Feature(19, ModelHash.Combine(prevStem, w.Stem));
        if (i == 0)
        {
            keys[n++] = ModelHash.Feature(21, 0);
        }

        n = AddGazetteer(keys, n, 23, i > 0 ? words[i - 1].Gazetteer : 0);
        n = AddGazetteer(keys, n, 24, i + 1 < words.Length ? words[i + 1].Gazetteer : 0);
        n = AddSilver(keys, n, 54, i > 0 ? words[i - 1].Silver : 0);
        n = AddSilver(keys, n, 55, i + 1 < words.Length ? words[i + 1].Silver : 0);
        if (w.Cluster != ModelLexicon.NoCluster)
        {
            keys[n++] = ModelHash.Feature(28, ModelHash.Combine(prevForm, (ulong)w.Cluster));
        }

        int prevCluster = i > 0 ? words[i - 1].Cluster : -2;
        int nextCluster = i + 1 < words.Length ? words[i + 1].Cluster : -2;
        keys[n++] = ModelHash.Feature(29, (ulong)(long)prevCluster);
        keys[n++] = ModelHash.Feature(30, (ulong)(long)nextCluster);
        keys[n++] = ModelHash.Feature(31, ModelHash.Combine(prevForm, nextForm));
        keys[n++] = ModelHash.Feature(32, ModelHash.Combine((ulong)(long)prevCluster, (ulong)(long)w.Cluster));
        keys[n++] = ModelHash.Feature(33, ModelHash.Combine((ulong)(long)w.Cluster, (ulong)(long)nextCluster));
        keys[n++] = ModelHash.Feature(35, ModelHash.Combine(prevStem, (ulong)w.Shape));
        return n;
    }

    /// <summary>
    /// What stands before a sentence's first token and after its last one, as a word of its own for
    /// <see cref="PreviousWordFeatures"/> and the other neighbour features (no gazetteer flags, cluster -2).
    /// </summary>
    public static ModelWord SentenceStart { get; } = new(TokenKind.Punctuation, StartHash, StartHash, StartHash, 0, 0, 0, 0, 0, 0, 0, 0, 0, -2, 0, 0);

    /// <inheritdoc cref="SentenceStart"/>
    public static ModelWord SentenceEnd { get; } = new(TokenKind.Punctuation, EndHash, EndHash, EndHash, 0, 0, 0, 0, 0, 0, 0, 0, 0, -2, 0, 0);

    // The context features of ContextFeatures again, split by what they depend on, so that the weights of the features
    // that depend on one neighbour alone can be summed once per distinct word of a document. ContextFeatures keeps its
    // order (the trainer numbers features by first appearance); a test checks that the parts are the same keys.

    /// <summary>The context features a word gives the token after it (templates 11, 15, 23, 54, 29).</summary>
    public static int PreviousWordFeatures(in ModelWord previous, Span<uint> keys) => NeighbourFeatures(previous, 11, 15, 23, 54, 29, keys);

    /// <summary>The context features a word gives the token before it (templates 12, 16, 24, 55, 30).</summary>
    public static int NextWordFeatures(in ModelWord next, Span<uint> keys) => NeighbourFeatures(next, 12, 16, 24, 55, 30, keys);

    /// <summary>The context feature a word gives the token two after it (template 13).</summary>
    public static uint SecondPreviousWordFeature(in ModelWord word) => ModelHash.Feature(13, word.Form);

    /// <summary>The context feature a word gives the token two before it (template 14).</summary>
    public static uint SecondNextWordFeature(in ModelWord word) => ModelHash.Feature(14, word.Form);

    /// <summary>The context features of token <paramref name="i"/> that join it with a neighbour, or its neighbours together.</summary>
    public static int PairFeatures(ReadOnlySpan<ModelWord> words, int i, Span<uint> keys)
    {
        // The few fields the pairs need, not whole 112-byte descriptions: this runs for every token.
        ref readonly ModelWord w = ref words[i];
        (ulong previousForm, ulong previousStem, int previousCluster) = i > 0 ? (words[i - 1].Form, words[i - 1].Stem, words[i - 1].Cluster) : (StartHash, StartHash, -2);
        (ulong nextForm, int nextCluster) = i + 1 < words.Length ? (words[i + 1].Form, words[i + 1].Cluster) : (EndHash, -2);
        int n = 0;
        keys[n++] = ModelHash.Feature(17, ModelHash.Combine(previousForm, w.Form));
        keys[n++] = ModelHash.Feature(18, ModelHash.Combine(w.Form, nextForm));
        keys[n++] = ModelHash.Feature(19, ModelHash.Combine(previousStem, w.Stem));
        if (i == 0)
        {
            keys[n++] = ModelHash.Feature(21, 0);
        }

        if (w.Cluster != ModelLexicon.NoCluster)
        {
            keys[n++] = ModelHash.Feature(28, ModelHash.Combine(previousForm, (ulong)w.Cluster));
        }

        keys[n++] = ModelHash.Feature(31, ModelHash.Combine(previousForm, nextForm));
        keys[n++] = ModelHash.Feature(32, ModelHash.Combine((ulong)(long)previousCluster, (ulong)(long)w.Cluster));
        keys[n++] = ModelHash.Feature(33, ModelHash.Combine((ulong)(long)w.Cluster, (ulong)(long)nextCluster));
        keys[n++] = ModelHash.Feature(35, ModelHash.Combine(previousStem, (ulong)w.Shape));
        return n;
    }

    /// <summary>
    /// The key of a word's memo row (the sum of its <see cref="IntrinsicFeatures"/> weights): the intrinsic
    /// features are a function of the normalized form and the token kind.
    /// </summary>
    public static uint MemoKey(in ModelWord w) => ModelHash.Feature(60, ModelHash.Combine(w.Form, (ulong)w.Kind));

    /// <summary>
    /// Writes the features that join token <paramref name="i"/> with the previous label
    /// (<paramref name="previousLabel"/>, or the start state) and returns how many were written.
    /// </summary>
    public static int PreviousLabelFeatures(ReadOnlySpan<ModelWord> words, int i, int previousLabel, Span<uint> keys)
    {
        keys[0] = PreviousLabelKey(previousLabel);
        return 1 + PreviousLabelContextFeatures(words, i, previousLabel, keys[1..]);
    }

    /// <summary>The feature of the previous label alone (the same for every token).</summary>
    public static uint PreviousLabelKey(int previousLabel) => ModelHash.Feature(40, (ulong)(previousLabel + 1));

    /// <summary>The previous-label features that also depend on the token: all of <see cref="PreviousLabelFeatures"/> but the first.</summary>
    public static int PreviousLabelContextFeatures(ReadOnlySpan<ModelWord> words, int i, int previousLabel, Span<uint> keys)
    {
        ModelWord w = words[i];
        keys[0] = LabelStemKey(previousLabel, w.Stem);
        keys[1] = LabelShapeKey(previousLabel, w.Shape);
        keys[2] = LabelClusterKey(previousLabel, w.Cluster);
        return 3;
    }

    /// <summary>The key of the feature joining a previous label with a stem.</summary>
    public static uint LabelStemKey(int previousLabel, ulong stem) => ModelHash.Feature(41, ModelHash.Combine((ulong)(previousLabel + 1), stem));

    /// <summary>The key of the feature joining a previous label with a shape.</summary>
    public static uint LabelShapeKey(int previousLabel, int shape) => ModelHash.Feature(42, ModelHash.Combine((ulong)(previousLabel + 1), (ulong)shape));

    /// <summary>The key of the feature joining a previous label with a cluster.</summary>
    public static uint LabelClusterKey(int previousLabel, int cluster) => ModelHash.Feature(43, ModelHash.Combine((ulong)(previousLabel + 1), (ulong)(long)cluster));

    /// <summary>True when some previous label joined with <paramref name="stem"/> is a key <paramref name="has"/> knows.</summary>
    public static bool HasLabelStemFeature(ulong stem, Func<uint, bool> has)
    {
        ArgumentNullException.ThrowIfNull(has);
        for (int previous = -1; previous < 9; previous++)
        {
            if (has(LabelStemKey(previous, stem)))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NeighbourFeatures(in ModelWord neighbour, int form, int stem, int gazetteer, int silver, int cluster, Span<uint> keys)
    {
        int n = 0;
        keys[n++] = ModelHash.Feature(form, neighbour.Form);
        keys[n++] = ModelHash.Feature(stem, neighbour.Stem);
        n = AddGazetteer(keys, n, gazetteer, neighbour.Gazetteer);
        n = AddSilver(keys, n, silver, neighbour.Silver);
        keys[n++] = ModelHash.Feature(cluster, (ulong)(long)neighbour.Cluster);
        return n;
    }

    private static int AddSilver(Span<uint> keys, int n, int template, int silver)
    {
        if (silver != 0)
        {
            keys[n++] = ModelHash.Feature(template, (ulong)silver);
        }

        return n;
    }

    private static int AddGazetteer(Span<uint> keys, int n, int template, int flags)
    {
        while (flags != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(flags);
            keys[n++] = ModelHash.Feature(template, (ulong)bit);
            flags &= flags - 1;
        }

        return n;
    }

    private ModelWord Describe(ReadOnlySpan<char> raw, TokenKind kind, Span<char> buffer, Span<int> starts, Span<int> ends, string? matching = null)
    {
        if (kind == TokenKind.Number)
        {
            int digits = Math.Min(raw.Length, 8);
            ulong form = ModelHash.Combine(NumberHash, (ulong)digits);
            return new ModelWord(kind, form, form, form, 0, 0, 0, 0, 0, 0, 0, Shape(kind, raw.Length, false), 0, ModelLexicon.NoCluster, 0, 0);
        }

        if (raw.Length > MaxChars)
        {
            return new ModelWord(kind, LongHash, LongHash, LongHash, 0, 0, 0, 0, 0, 0, 0, Shape(kind, raw.Length, false), 0, ModelLexicon.NoCluster, 0, 0);
        }

        ReadOnlySpan<char> norm;
        bool mapped = false;
        bool given = false;
        if (kind == TokenKind.LatinWord)
        {
            int length = raw.ToLowerInvariant(buffer);
            norm = buffer[..Math.Max(length, 0)];
        }
        else if (matching is { Length: > 0 } && matching.Length <= buffer.Length)
        {
            // The matching form the analyzer already computed is what TryNormalize below would write.
            norm = matching;
            mapped = true;
            given = true;
        }
        else if (ArabicNormalizer.Matching.TryNormalize(raw, buffer, starts, ends, out int written) && written > 0)
        {
            norm = buffer[..written];
            mapped = true;
        }
        else
        {
            norm = raw;
        }

        int proclitics = kind == TokenKind.ArabicWord ? Lexicon.ProcliticLength(norm) : 0;
        if (given && proclitics > 0 && !raw.SequenceEqual(norm))
        {
            // Where the proclitics end in the original: the offset map, needed only here.
            ArabicNormalizer.Matching.TryNormalize(raw, buffer, starts, ends, out _);
        }
        else if (given && proclitics > 0)
        {
            starts[proclitics] = proclitics;
        }

        ReadOnlySpan<char> stem = norm[proclitics..];
        bool article = stem.Length >= 4 && stem.StartsWith("ال", StringComparison.Ordinal);
        ReadOnlySpan<char> bare = article ? stem[2..] : stem;
        // Each hash is computed left to right, so one pass over a word also gives the hashes of its prefixes.
        ulong procliticHash = ModelHash.Of(norm[..proclitics]);
        ulong normHash = ModelHash.Continue(procliticHash, stem);
        ulong prefix2 = ModelHash.Of(bare[..Math.Min(2, bare.Length)]);
        ulong prefix3 = ModelHash.Continue(prefix2, bare[Math.Min(2, bare.Length)..Math.Min(3, bare.Length)]);
        ulong bareHash = ModelHash.Continue(prefix3, bare[Math.Min(3, bare.Length)..]);
        ulong stemHash = article ? ModelHash.Of(stem) : bareHash;
        Lexicon.Describe(ModelHash.WordKey(stemHash), out int frequency, out int gazetteer, out int cluster);
        if (article)
        {
            gazetteer |= Lexicon.Gazetteer(ModelHash.WordKey(bareHash));
        }

        return new ModelWord(
            kind,
            normHash,
            stemHash,
            bareHash,
            prefix2,
            prefix3,
            ModelHash.Of(norm[^Math.Min(1, norm.Length)..]),
            ModelHash.Of(norm[^Math.Min(2, norm.Length)..]),
            ModelHash.Of(norm[^Math.Min(3, norm.Length)..]),
            ModelHash.Of(norm[^Math.Min(4, norm.Length)..]),
            proclitics == 0 ? 0 : procliticHash,
            Shape(kind, bare.Length, article),
            gazetteer,
            cluster,
            frequency,
            proclitics == 0 ? 0 : mapped ? starts[proclitics] : proclitics,
            Lexicon.Silver(ModelHash.WordKey(stemHash)));
    }

    private static int Shape(TokenKind kind, int length, bool article)
    {
        int lengthClass = length switch
        {
            <= 1 => 0,
            2 => 1,
            3 => 2,
            <= 5 => 3,
            <= 8 => 4,
            _ => 5,
        };
        return ((int)kind * 16) + (lengthClass * 2) + (article ? 1 : 0);
    }
}
