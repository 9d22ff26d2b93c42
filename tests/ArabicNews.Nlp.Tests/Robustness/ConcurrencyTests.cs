using ArabicNews.Nlp.Analysis;

namespace ArabicNews.Nlp.Tests.Robustness;

public sealed class ConcurrencyTests
{
    /// <summary>10,000 small documents cut from the seed article and mixed with hostile fragments.</summary>
    private static string[] Documents()
    {
        string[] lines = TestSupport.SharedData.SeedText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] noise = ["", " «", "\"", "\u200F", "ﻻ", "٣٫٥٪", "\uD83D", "\n"];
        var random = new Random(7);
        return Enumerable.Range(0, 10_000)
            .Select(_ => lines[random.Next(lines.Length)] + noise[random.Next(noise.Length)] + "\n" + lines[random.Next(lines.Length)])
            .ToArray();
    }

    private static string Fingerprint(AnalyzedDocument doc) =>
        string.Join('|', doc.Tokens.Select(t => $"{t.Start},{t.Length},{t.Kind}")) + "#" +
        string.Join('|', doc.Sentences) + "#" +
        string.Join('|', doc.Entities) + "#" +
        string.Join('|', doc.Quotes.Select(q => $"{q.Kind},{q.Content},{q.Cue},{q.Speaker},{string.Join(';', q.Via)},{q.Confidence}"));

    [Fact]
    public void Sixteen_threads_sharing_one_analyzer_give_the_single_threaded_results()
    {
        string[] documents = Documents();
        var analyzer = ArabicNewsAnalyzer.Default;
        string[] expected = documents.Select(d => Fingerprint(analyzer.Analyze(d))).ToArray();
        var actual = new string[documents.Length];
        // Sixteen real threads (not pool work items), each taking every sixteenth document, all starting together.
        using var start = new ManualResetEventSlim();
        var threads = Enumerable.Range(0, 16).Select(k => new Thread(() =>
        {
            start.Wait();
            for (int i = k; i < documents.Length; i += 16)
            {
                actual[i] = Fingerprint(analyzer.Analyze(documents[i]));
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        start.Set();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Equal(expected, actual);
    }
}
