using System.Diagnostics;
using System.Text;
using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;
using ArabicNews.Nlp.Tooling;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>
/// Where the full pipeline's time goes: each stage timed alone (one thread; the fastest of its passes) on real news — the first
/// <c>--chars</c> characters of the unlabelled corpus, or a text file given as the second argument — reported as
/// MB/s of UTF-8 input and tokens/s. A profile, not a benchmark: the figures the README quotes as targets come
/// from the benchmark project; this says which stage to work on (<c>--only TEXT</c> runs the stages whose name
/// contains TEXT, and <c>--passes N</c> fixes the number of timed passes, for a profiler or an instruction count).
/// </summary>
internal static class PipelineSpeed
{
    public static int Run(string shared, string[] args)
    {
        int limit = 2_000_000;
        string? file = null;
        string? only = null;
        int passes = 0;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--chars" && i + 1 < args.Length)
            {
                limit = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--passes" && i + 1 < args.Length)
            {
                passes = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--only" && i + 1 < args.Length)
            {
                only = args[++i];
            }
            else if (args[i] == "--shared")
            {
                i++;
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                file = args[i];
            }
        }

        string corpus = Path.Combine(shared, "data", "corpus", "ant-news.jsonl.gz");
        string[] documents = file is not null ? [File.ReadAllText(file)] : File.Exists(corpus) ? [.. NewsCorpusReader.ReadTexts(corpus, limit)] : [];
        if (documents.Length == 0)
        {
            Console.Error.WriteLine("no input: give a text file or make ../shared/data/corpus/ant-news.jsonl.gz available");
            return 1;
        }

        long bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        var tokens = documents.Select(d => ArabicTokenizer.Default.GetTokens(d)).ToArray();
        var sentences = documents.Select((d, i) => SentenceSplitter.Default.Split(d, tokens[i])).ToArray();
        long tokenCount = tokens.Sum(t => (long)t.Length);
        var withoutSegments = new ArabicNewsAnalyzer(new AnalyzerOptions { SegmentClitics = false });
        var withoutModel = new ArabicEntityRecognizer(new EntityRecognizerOptions { UseStatisticalModel = false });
        var entities = new Lazy<IReadOnlyList<Entity>[]>(() => [.. documents.Select((d, i) => ArabicEntityRecognizer.Default.Recognize(d, tokens[i], sentences[i]))]);
        Console.WriteLine($"input: {documents.Length} documents, {bytes / 1e6:0.00} MB UTF-8, {tokenCount} tokens");

        Time("normalize (Search preset, offset map)", () =>
        {
            foreach (string d in documents)
            {
                _ = ArabicNormalizer.Search.Normalize(d);
            }
        });
        Time("tokenize", () =>
        {
            foreach (string d in documents)
            {
                _ = ArabicTokenizer.Default.GetTokens(d);
            }
        });
        Time("sentences", () =>
        {
            for (int i = 0; i < documents.Length; i++)
            {
                _ = SentenceSplitter.Default.Split(documents[i], tokens[i]);
            }
        });
        Time("segment every token (the analyzer's stage)", () =>
        {
            for (int i = 0; i < documents.Length; i++)
            {
                _ = ArabicSegmenter.Default.SegmentAll(documents[i], tokens[i], TokenRepeats.FirstOccurrences(documents[i], tokens[i]), out _);
            }
        });
        Time("entities without the model", () =>
        {
            for (int i = 0; i < documents.Length; i++)
            {
                _ = withoutModel.Recognize(documents[i], tokens[i], sentences[i]);
            }
        });
        Time("entities (default, with the model)", () =>
        {
            for (int i = 0; i < documents.Length; i++)
            {
                _ = ArabicEntityRecognizer.Default.Recognize(documents[i], tokens[i], sentences[i]);
            }
        });
        Time("quotes (given entities)", () =>
        {
            for (int i = 0; i < documents.Length; i++)
            {
                _ = ArabicQuoteAttributor.Default.Attribute(documents[i], tokens[i], sentences[i], entities.Value[i]);
            }
        });
        Time("full pipeline (ArabicNewsAnalyzer.Default, segments included)", () =>
        {
            foreach (string d in documents)
            {
                _ = ArabicNewsAnalyzer.Default.Analyze(d);
            }
        });
        Time("full pipeline without clitic segments", () =>
        {
            foreach (string d in documents)
            {
                _ = withoutSegments.Analyze(d);
            }
        });
        return 0;

        void Time(string name, Action action)
        {
            if (only is not null && !name.Contains(only, StringComparison.Ordinal))
            {
                return;
            }

            action();
            int runs = 0;
            double fastest = double.MaxValue;
            double leastCpu = double.MaxValue;
            TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            long allocated0 = GC.GetAllocatedBytesForCurrentThread();
            var wall = Stopwatch.StartNew();
            while (runs < 1 || (passes > 0 ? runs < passes : wall.Elapsed.TotalSeconds < 2))
            {
                long t0 = Stopwatch.GetTimestamp();
                double threadCpu0 = ThreadCpuClock.Seconds();
                action();
                fastest = Math.Min(fastest, Stopwatch.GetElapsedTime(t0).TotalSeconds);
                leastCpu = Math.Min(leastCpu, ThreadCpuClock.Seconds() - threadCpu0);
                runs++;
            }

            // The fastest pass is the least disturbed by other processes on a shared machine; the CPU average shows the spread.
            // The least thread CPU of a pass leaves out the time the thread waited for a core, so it holds better under load.
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds / runs;
            double allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated0) / (double)runs;
            Console.WriteLine($"{name,-45} {bytes / 1e6 / fastest,8:0.0} MB/s {tokenCount / 1e6 / fastest,7:0.00} M tokens/s  (fastest pass {fastest * 1000:0} ms; least thread CPU in a pass {(ThreadCpuClock.IsAvailable ? (leastCpu * 1000).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " ms" : "n/a")}; {cpu * 1000:0} ms CPU per pass on average over {runs}; {allocated / tokenCount:0} B allocated per token)");
        }
    }
}
