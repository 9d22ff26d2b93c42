using System.Diagnostics;
using System.Globalization;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;
using ArabicNews.Nlp.Tooling;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace ArabicNews.Nlp.Training;

/// <summary>
/// Builds the entity sequence model: a maximum-entropy Markov model trained with Microsoft.ML's
/// <c>LbfgsMaximumEntropy</c> on ANERcorp train (and AQMAR train), over the hashed features of
/// <see cref="FeatureExtractor"/>; the weights are extracted into src/ArabicNews.Nlp/Resources/ner-model.bin.
/// </summary>
/// <remarks>
/// Options: --holdout (train on the first 90% of ANERcorp train only, for tuning), --fold K (train without the K-th
/// fifth of ANERcorp train, 0–4: cross-validation with `ner --fold K`), --no-aqmar, --l1 X, --l2 X,
/// --iterations N, --min-count N, --model-out FILE, --type-bias P,L,O,M, --lexicon-cache FILE (tuning runs), --no-clusters,
/// --memo-words N (how many frequent words get memo rows, 20000), --cluster-words N, --cluster-contexts N, --cluster-window N,
/// --cluster-fine N, --cluster-coarse N, --cluster-kmeans, --cluster-dims N (see <see cref="NerModelClusterOptions"/>),
/// --no-silver (no silver codes, see <see cref="NerModelSilver"/>).
/// </remarks>
internal static class NerModelTrainer
{
    public static int Run(TrainingPaths paths) => Run(paths, []);

    public static int Run(TrainingPaths paths, string[] args)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(args);
        bool holdout = args.Contains("--holdout");
        bool aqmar = !args.Contains("--no-aqmar");
        float l1 = Option(args, "--l1", 0.2f);
        float l2 = Option(args, "--l2", 1f);
        int iterations = (int)Option(args, "--iterations", 250);
        int minCount = (int)Option(args, "--min-count", 2);
        string output = OptionString(args, "--model-out") ?? Path.Combine(paths.Resources, "ner-model.bin");
        if (!ConllNerFile.TryReadFoldOption(args, out int fold))
        {
            Console.Error.WriteLine($"ner-model: --fold is 0 to {ConllNerFile.Folds - 1}");
            return 2;
        }

        var clock = Stopwatch.StartNew();

        ModelLexicon lexicon;
        string[] memoWords;
        string? cache = OptionString(args, "--lexicon-cache");
        if (cache is not null && File.Exists(cache))
        {
            // A lexicon built by an earlier run with the same data (for tuning runs only).
            using FileStream cached = File.OpenRead(cache);
            lexicon = SequenceModel.Read(cached).Features.Lexicon;
            memoWords = File.Exists(cache + ".words") ? File.ReadAllLines(cache + ".words") : [];
            Console.WriteLine($"ner-model: lexicon read from {cache}");
        }
        else
        {
            (lexicon, memoWords) = BuildLexicon(paths, args);
            if (cache is not null)
            {
                using FileStream cached = File.Create(cache);
                new SequenceModel(new float[SequenceModel.Labels.Length], [], [], lexicon).Write(cached);
                File.WriteAllLines(cache + ".words", memoWords);
            }
        }

        if (args.Contains("--no-silver") && lexicon.SilverKeys.Length > 0)
        {
            // A cached lexicon's silver codes left out (to measure what they bring).
            lexicon = new ModelLexicon(lexicon.FrequencyKeys, lexicon.FrequencyClasses.ToArray(), lexicon.GazetteerKeys, lexicon.GazetteerFlags.ToArray(), lexicon.ClusterKeys, lexicon.ClusterIds.ToArray());
        }

        Console.WriteLine($"  lexicon: {lexicon.FrequencyKeys.Length} frequent words, {lexicon.GazetteerKeys.Length} gazetteer words, {lexicon.ClusterKeys.Length} clustered stems ({clock.Elapsed.TotalSeconds:F0} s)");

        var sentences = ConllNerFile.TrainingPart(ConllNerFile.Read(paths.Data("ner", "anercorp", "ANERCorp_CamelStyle_train.txt")), holdout, fold);

        int anercorpCount = sentences.Count;
        if (aqmar)
        {
            sentences.AddRange(ConllNerFile.Read(paths.Data("ner", "aqmar", "train.txt")));
        }

        // AQMAR (Wikipedia) teaches other genres; its tokens weigh less than ANERcorp's news.
        float aqmarWeight = Option(args, "--aqmar-weight", DefaultAqmarWeight);
        float Weight(int s) => s < anercorpCount ? 1f : aqmarWeight;
        var settings = new FitSettings(l1, l2, iterations, minCount, ParseBiases(OptionString(args, "--type-bias") ?? DefaultTypeBiases));
        var extractor = new FeatureExtractor(lexicon);
        ReportSilver(sentences.Take(anercorpCount), extractor);
        SequenceModel sequenceModel = Fit(sentences, Weight, extractor, lexicon, settings, clock);

        sequenceModel = sequenceModel.WithMemo(memoWords);
        Console.WriteLine($"  memo rows for {sequenceModel.MemoCount} of the {memoWords.Length} most frequent corpus words");
        using (var file = File.Create(output))
        {
            sequenceModel.Write(file);
        }

        Console.WriteLine($"  wrote {output}: {new FileInfo(output).Length / 1024} KB ({clock.Elapsed.TotalSeconds:F0} s)");
        return 0;
    }

    /// <summary>The trainer's settings that every fit of one run shares.</summary>
    private sealed record FitSettings(float L1, float L2, int Iterations, int MinCount, float[] TypeBiases);

    /// <summary>Trains one model on the sentences and extracts its weights into a <see cref="SequenceModel"/>.</summary>
    private static SequenceModel Fit(List<ConllSentence> sentences, Func<int, float> sentenceWeight, FeatureExtractor extractor, ModelLexicon lexicon, FitSettings settings, Stopwatch clock)
    {
        var examples = BuildExamples(sentences, sentenceWeight, extractor, settings.MinCount, out uint[] featureKeys, out HashSet<ulong> stems);
        Console.WriteLine($"  training: {sentences.Count} sentences, {examples.Count} tokens, {featureKeys.Length} features ({clock.Elapsed.TotalSeconds:F0} s)");

        var ml = new MLContext(seed: 20260101);
        var schema = SchemaDefinition.Create(typeof(NerModelExample));
        schema[nameof(NerModelExample.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureKeys.Length);
        IDataView data = ml.Data.LoadFromEnumerable(examples, schema);
        var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(NerModelExample.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(NerModelExample.Label),
                FeatureColumnName = nameof(NerModelExample.Features),
                ExampleWeightColumnName = nameof(NerModelExample.Weight),
                L1Regularization = settings.L1,
                L2Regularization = settings.L2,
                MaximumNumberOfIterations = settings.Iterations,
                OptimizationTolerance = 1e-6f,
                HistorySize = 10,
                NumberOfThreads = 1,
            }));
        var model = pipeline.Fit(data);
        Console.WriteLine($"  trained ({clock.Elapsed.TotalSeconds:F0} s)");

        MaximumEntropyModelParameters parameters = model.LastTransformer.Model;
        VBuffer<float>[] weights = null!;
        parameters.GetWeights(ref weights, out int classes);
        float[] biases = parameters.GetBiases().ToArray();
        IDataView scored = model.Transform(ml.Data.TakeRows(data, 200));
        VBuffer<ReadOnlyMemory<char>> slotNames = default;
        scored.Schema["Score"].GetSlotNames(ref slotNames);
        string[] classNames = slotNames.DenseValues().Select(n => n.ToString()).ToArray();
        if (classes != SequenceModel.Labels.Length || classNames.Length != classes)
        {
            throw new InvalidOperationException($"Expected {SequenceModel.Labels.Length} classes, got {classes}.");
        }

        int[] toInternal = classNames.Select(n => Array.IndexOf(SequenceModel.Labels, n)).ToArray();
        float[][] dense = weights.Select(w => w.DenseValues().ToArray()).ToArray();
        var keptKeys = new List<uint>();
        var keptWeights = new List<float>();
        float[] row = new float[classes];
        for (int f = 0; f < featureKeys.Length; f++)
        {
            float max = 0;
            for (int c = 0; c < classes; c++)
            {
                row[toInternal[c]] = dense[c][f];
                max = Math.Max(max, Math.Abs(dense[c][f]));
            }

            if (max >= 1e-3f)
            {
                keptKeys.Add(featureKeys[f]);
                keptWeights.AddRange(row);
            }
        }

        float[] internalBiases = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            internalBiases[toInternal[c]] = biases[c];
        }

        // The stems whose previous-label features kept a weight: the runtime groups those features per stem.
        var kept = keptKeys.ToHashSet();
        ulong[] labelStems = stems.Where(s => FeatureExtractor.HasLabelStemFeature(s, kept.Contains)).Order().ToArray();
        var sequenceModel = new SequenceModel(internalBiases, keptKeys.ToArray(), keptWeights.ToArray(), lexicon, labelStems);
        Console.WriteLine($"  {labelStems.Length} stems with previous-label features, {keptKeys.Count} of {featureKeys.Length} features kept");
        CheckAgainstPredictions(scored, sequenceModel, examples, featureKeys, toInternal);
        if (settings.TypeBiases.Any(b => b != 0))
        {
            // The precision/recall knob tuned on held-out data (see the evaluation's --type-bias).
            sequenceModel = sequenceModel.WithTypeBiases(settings.TypeBiases);
            Console.WriteLine($"  type biases (PERS, LOC, ORG, MISC): {string.Join(", ", settings.TypeBiases.Select(b => b.ToString(CultureInfo.InvariantCulture)))}");
        }

        return sequenceModel;
    }

    /// <summary>
    /// The gazetteers of the silver passes: without ANERcorp train's names, which would look familiar to the model, and
    /// without the given names read off the corpus (step 6a of the builder: with them, the fold models retrained on five
    /// folds lost 0.2 PERS F1 through the whole recognizer, 7 Dec, twelfth session).
    /// </summary>
    private static Gazetteer GazetteerWithoutAnercorpNames(TrainingPaths paths)
    {
        using var stream = new MemoryStream();
        GazetteerBuilder.Build(paths, ["--no-anercorp-names", "--no-corpus-given-names"], stream);
        stream.Position = 0;
        return Gazetteer.Read(stream);
    }

    /// <summary>How the silver person, place and organization levels spread over the gold labels of the training sentences.</summary>
    private static void ReportSilver(IEnumerable<ConllSentence> sentences, FeatureExtractor extractor)
    {
        string[] types = ["PERS", "LOC", "ORG", "O"];
        int[,,] table = new int[types.Length, 3, 4];
        foreach (ConllSentence sentence in sentences)
        {
            NerModelSequence sequence = NerModelData.Project(sentence);
            var words = new ModelWord[sequence.Tokens.Length];
            extractor.Describe(sequence.Text, sequence.Tokens, words);
            for (int i = 0; i < words.Length; i++)
            {
                string label = SequenceModel.Labels[sequence.Labels[i]];
                int gold = Array.IndexOf(types, label.Length > 2 ? label[2..] : label);
                if (gold < 0 || sequence.Tokens[i].Kind != TokenKind.ArabicWord)
                {
                    continue;
                }

                for (int t = 0; t < 3; t++)
                {
                    table[gold, t, (words[i].Silver >> (2 * t)) & 3]++;
                }
            }
        }

        for (int g = 0; g < types.Length; g++)
        {
            Console.WriteLine($"  silver levels 0/1/2/3 of gold {types[g]} words: " + string.Join("  ", Enumerable.Range(0, 3).Select(t =>
                $"{types[t]} " + string.Join("/", Enumerable.Range(0, 4).Select(l => table[g, t, l])))));
        }
    }

    private static (ModelLexicon Lexicon, string[] MemoWords) BuildLexicon(TrainingPaths paths, string[] args)
    {
        Console.WriteLine("ner-model: building the lexicon");
        Dictionary<string, int> counts = NerModelLexiconBuilder.CountWords(paths.Data("corpus", "ant-news.jsonl.gz"), int.MaxValue);

        // The most frequent words get memo rows (their intrinsic feature weights summed in advance; only hashes ship).
        string[] memoWords = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take((int)Option(args, "--memo-words", DefaultMemoWords)).Select(c => c.Key).ToArray();
        (uint[] frequencyKeys, byte[] frequencyClasses) = NerModelLexiconBuilder.FrequencyTable(counts, 3);
        SortedDictionary<string, int> gazetteer = NerModelLexiconBuilder.Gazetteers(paths);
        uint[] gazetteerKeys = gazetteer.Keys.Select(w => ModelHash.Word(w)).ToArray();
        ushort[] gazetteerFlags = gazetteer.Values.Select(v => (ushort)v).ToArray();
        var lexicon = new ModelLexicon(frequencyKeys, frequencyClasses, gazetteerKeys, gazetteerFlags, [], []);
        if (args.Contains("--no-clusters"))
        {
            return (lexicon, memoWords);
        }

        var clusterOptions = new NerModelClusterOptions(
            (int)Option(args, "--cluster-words", 80000),
            (int)Option(args, "--cluster-contexts", 1500),
            (int)Option(args, "--cluster-window", 2),
            (int)Option(args, "--cluster-fine", 256),
            (int)Option(args, "--cluster-coarse", 32),
            args.Contains("--cluster-kmeans"),
            (int)Option(args, "--cluster-dims", 96));
        (uint[] clusterKeys, ushort[] clusterIds) = NerModelClusters.Build(paths.Data("corpus", "ant-news.jsonl.gz"), lexicon, clusterOptions);
        if (args.Contains("--no-silver"))
        {
            return (new ModelLexicon(frequencyKeys, frequencyClasses, gazetteerKeys, gazetteerFlags, clusterKeys, clusterIds), memoWords);
        }

        // Silver codes: the corpus run through the gazetteers and rules alone, with gazetteers that know none of
        // ANERcorp train's names (so its names look no more familiar to the model than unseen ones).
        var rules = new ArabicEntityRecognizer(new EntityRecognizerOptions { UseStatisticalModel = false }, null, GazetteerWithoutAnercorpNames(paths));
        var silverCounts = NerModelSilver.Count(paths.Data("corpus", "ant-news.jsonl.gz"), lexicon, rules);
        (uint[] silverKeys, byte[] silverCodes) = NerModelSilver.Codes(silverCounts);
        Console.WriteLine($"  silver: {silverKeys.Length} coded stems");
        return (new ModelLexicon(frequencyKeys, frequencyClasses, gazetteerKeys, gazetteerFlags, clusterKeys, clusterIds, silverKeys, silverCodes), memoWords);
    }

    private static List<NerModelExample> BuildExamples(List<ConllSentence> sentences, Func<int, float> sentenceWeight, FeatureExtractor extractor, int minCount, out uint[] featureKeys, out HashSet<ulong> stems)
    {
        stems = [];
        var raw = new List<(uint[] Keys, int Label, float Weight)>();
        var frequency = new Dictionary<uint, int>();
        var order = new List<uint>();
        Span<uint> keys = stackalloc uint[FeatureExtractor.MaxObservationFeatures + FeatureExtractor.MaxPreviousLabelFeatures];
        for (int s = 0; s < sentences.Count; s++)
        {
            NerModelSequence sequence = NerModelData.Project(sentences[s]);
            float weight = sentenceWeight(s);
            var words = new ModelWord[sequence.Tokens.Length];
            extractor.Describe(sequence.Text, sequence.Tokens, words);
            for (int i = 0; i < words.Length; i++)
            {
                stems.Add(words[i].Stem);
                int n = FeatureExtractor.ObservationFeatures(words, i, keys);
                int previous = i == 0 ? SequenceModel.StartLabel : sequence.Labels[i - 1];
                n += FeatureExtractor.PreviousLabelFeatures(words, i, previous, keys[n..]);
                uint[] unique = keys[..n].ToArray().Distinct().ToArray();
                foreach (uint key in unique)
                {
                    if (frequency.TryGetValue(key, out int count))
                    {
                        frequency[key] = count + 1;
                    }
                    else
                    {
                        frequency[key] = 1;
                        order.Add(key);
                    }
                }

                raw.Add((unique, sequence.Labels[i], weight));
            }
        }

        featureKeys = order.Where(k => frequency[k] >= minCount).ToArray();
        var index = new Dictionary<uint, int>(featureKeys.Length);
        for (int i = 0; i < featureKeys.Length; i++)
        {
            index[featureKeys[i]] = i;
        }

        var examples = new List<NerModelExample>(raw.Count);
        foreach ((uint[] exampleKeys, int label, float weight) in raw)
        {
            int[] indices = exampleKeys.Where(index.ContainsKey).Select(k => index[k]).Order().ToArray();
            float[] values = new float[indices.Length];
            Array.Fill(values, 1f);
            examples.Add(new NerModelExample
            {
                Label = SequenceModel.Labels[label],
                Weight = weight,
                Features = new VBuffer<float>(featureKeys.Length, indices.Length, values, indices),
            });
        }

        return examples;
    }

    /// <summary>Checks that the extracted weights reproduce Microsoft.ML's own scores on the first rows.</summary>
    private static void CheckAgainstPredictions(IDataView scored, SequenceModel model, List<NerModelExample> examples, uint[] featureKeys, int[] toInternal)
    {
        // The column's buffers are reused from row to row: copy each one as it comes.
        float[][] scores = scored.GetColumn<VBuffer<float>>("Score").Select(v => v.DenseValues().ToArray()).ToArray();
        double maxDifference = 0;
        for (int r = 0; r < scores.Length; r++)
        {
            // Recompute from the model's weight table through the same keys.
            uint[] keys = examples[r].Features.GetIndices().ToArray().Select(i => featureKeys[i]).ToArray();
            float[] mine = new float[SequenceModel.Labels.Length];
            model.Score(keys, mine);
            float[] theirs = scores[r];
            for (int c = 0; c < theirs.Length; c++)
            {
                maxDifference = Math.Max(maxDifference, Math.Abs(theirs[c] - mine[toInternal[c]]));
            }
        }

        Console.WriteLine($"  check: largest probability difference from Microsoft.ML over {scores.Length} rows = {maxDifference.ToString("G3", CultureInfo.InvariantCulture)}");
    }

    /// <summary>Logit offsets per type (PERS, LOC, ORG, MISC) chosen on the ANERcorp holdout (train --holdout, evaluate --holdout).</summary>
    private const string DefaultTypeBiases = "0.5,0,0.5,0";

    /// <summary>How many of the most frequent corpus words get memo rows.</summary>
    private const int DefaultMemoWords = 20000;

    /// <summary>The weight of an AQMAR token relative to an ANERcorp token.</summary>
    private const float DefaultAqmarWeight = 0.5f;

    private static float[] ParseBiases(string value) =>
        value.Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray();

    private static float Option(string[] args, string name, float fallback)
    {
        string? value = OptionString(args, name);
        return value is null ? fallback : float.Parse(value, CultureInfo.InvariantCulture);
    }

    private static string? OptionString(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

/// <summary>One token for Microsoft.ML: its label and its sparse binary features.</summary>
internal sealed class NerModelExample
{
    public string Label { get; set; } = "";

    public float Weight { get; set; } = 1f;

    public VBuffer<float> Features { get; set; }
}
