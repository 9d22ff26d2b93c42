using System.Diagnostics;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;
using ArabicNews.Nlp.Tooling;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>
/// Splits the sequence model's time into its stages on news text (default: the first 1 M characters of the corpus,
/// else the seed article): describing tokens, writing feature keys, the whole tagging, and the whole recognizer.
/// Fastest of the rounds per stage, one thread. Options: --chars N, --rounds N, --prune X (see the ner command; drops the memo rows),
/// --memo FILE N (memo rows for the first N words of FILE, e.g. the trainer's lexicon cache .words file).
/// </summary>
internal static class ModelProfile
{
    public static int Run(string shared, string[] args)
    {
        var loadClock = Stopwatch.StartNew();
        SequenceModel model = SequenceModel.Default ?? throw new InvalidOperationException("No embedded model.");
        double firstLoad = loadClock.Elapsed.TotalMilliseconds;
        double bestLoad = double.MaxValue;
        long allocated = 0;
        for (int r = 0; r < 5; r++)
        {
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            loadClock.Restart();
            using Stream stream = typeof(SequenceModel).Assembly.GetManifestResourceStream("ArabicNews.Nlp.Resources.ner-model.bin")!;
            _ = SequenceModel.Read(stream);
            bestLoad = Math.Min(bestLoad, loadClock.Elapsed.TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        }

        Console.WriteLine($"model load: first {firstLoad:F0} ms (JIT included), then {bestLoad:F0} ms, {allocated / (1024.0 * 1024):F1} MB allocated per load");
        int pruneArg = Array.IndexOf(args, "--prune");
        if (pruneArg >= 0 && pruneArg + 1 < args.Length)
        {
            model = model.Pruned(float.Parse(args[pruneArg + 1], System.Globalization.CultureInfo.InvariantCulture));
        }

        int memoArg = Array.IndexOf(args, "--memo");
        if (memoArg >= 0 && memoArg + 2 < args.Length)
        {
            // Memo rows rebuilt for the first N words of a file (one normalized word a line, most frequent first).
            int take = int.Parse(args[memoArg + 2], System.Globalization.CultureInfo.InvariantCulture);
            model = model.Pruned(0).WithMemo(File.ReadLines(args[memoArg + 1]).Take(take));
        }

        int charsArg = Array.IndexOf(args, "--chars");
        int limit = charsArg >= 0 && charsArg + 1 < args.Length ? int.Parse(args[charsArg + 1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var documents = new List<string>();
        string corpus = Path.Combine(shared, "data", "corpus", "ant-news.jsonl.gz");
        if (File.Exists(corpus))
        {
            documents.AddRange(NewsCorpusReader.ReadTexts(corpus, limit));
        }
        else
        {
            documents.Add(File.ReadAllText(Path.Combine("seeds", "putin-erdogan-moscow-summit.txt")));
        }

        var docs = documents.Select(d =>
        {
            Token[] tokens = ArabicTokenizer.Default.GetTokens(d);
            return (Text: d, Tokens: tokens, Sentences: SentenceSplitter.Default.Split(d, tokens));
        }).ToArray();
        long tokenCount = docs.Sum(d => (long)d.Tokens.Length);
        int maxTokens = docs.Max(d => d.Tokens.Length);
        var words = new ModelWord[maxTokens];
        uint[] keys = new uint[FeatureExtractor.MaxObservationFeatures];
        Console.WriteLine($"{docs.Length} documents, {tokenCount} tokens, {model.FeatureCount} weighted features, observation table {model.TableBytes / 1024} KB, {model.MemoCount} memo words");

        var stages = new List<(string Name, Action Body)>();
        void Time(string name, Action body) => stages.Add((name, body));

        Time("describe", () =>
        {
            foreach (var d in docs)
            {
                model.Features.Describe(d.Text, d.Tokens, words);
            }
        });
        Time("describe + observation keys", () =>
        {
            foreach (var d in docs)
            {
                model.Features.Describe(d.Text, d.Tokens, words);
                for (int i = 0; i < d.Tokens.Length; i++)
                {
                    FeatureExtractor.ObservationFeatures(words.AsSpan(0, d.Tokens.Length), i, keys);
                }
            }
        });
        long found = 0, looked = 0;
        float[] scores = new float[SequenceModel.Labels.Length];
        Time("describe + keys + observation weights", () =>
        {
            found = 0;
            looked = 0;
            foreach (var d in docs)
            {
                model.Features.Describe(d.Text, d.Tokens, words);
                for (int i = 0; i < d.Tokens.Length; i++)
                {
                    int n = FeatureExtractor.ObservationFeatures(words.AsSpan(0, d.Tokens.Length), i, keys);
                    found += model.Observe(keys.AsSpan(0, n), scores);
                    looked += n;
                }
            }
        });
        Time("same + keys all equal (cache-resident)", () =>
        {
            foreach (var d in docs)
            {
                model.Features.Describe(d.Text, d.Tokens, words);
                for (int i = 0; i < d.Tokens.Length; i++)
                {
                    int n = FeatureExtractor.ObservationFeatures(words.AsSpan(0, d.Tokens.Length), i, keys);
                    keys.AsSpan(1, n - 1).Fill(keys[0]);
                    model.Observe(keys.AsSpan(0, n), scores);
                }
            }
        });
        Time("recognize (per sentence)", () =>
        {
            foreach (var d in docs)
            {
                foreach (Sentence s in d.Sentences)
                {
                    model.Recognize(d.Text, d.Tokens, s);
                }
            }
        });
        Time("whole recognizer", () =>
        {
            foreach (var d in docs)
            {
                ArabicEntityRecognizer.Default.Recognize(d.Text, d.Tokens, d.Sentences);
            }
        });
        // Rounds interleave the stages, so each stage's fastest round saw the same machine load as the others'.
        int rounds = args.Contains("--rounds") ? int.Parse(args[Array.IndexOf(args, "--rounds") + 1], System.Globalization.CultureInfo.InvariantCulture) : 9;
        double[] best = new double[stages.Count];
        Array.Fill(best, double.MaxValue);
        for (int r = 0; r < rounds; r++)
        {
            for (int k = 0; k < stages.Count; k++)
            {
                long start = Stopwatch.GetTimestamp();
                stages[k].Body();
                best[k] = Math.Min(best[k], Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
        }

        for (int k = 0; k < stages.Count; k++)
        {
            Console.WriteLine($"{stages[k].Name,-40} {best[k] * 1e9 / tokenCount,7:F0} ns/token  {tokenCount / best[k] / 1e6,6:F2} M tokens/s");
        }

        Console.WriteLine($"{looked / (double)tokenCount:F1} observation keys per token, {100.0 * found / looked:F1}% of them with weights");
        return 0;
    }
}
