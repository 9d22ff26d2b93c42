using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.Tokenization;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// Clitic segmentation throughput: every word token of the seed article, repeated to about 20,000 words, segmented
/// with the allocation-free span API. Times are per word (OperationsPerInvoke), so 1 / Mean is words per second.
/// </summary>
[MemoryDiagnoser]
public class SegmenterBenchmarks
{
    private string _text = string.Empty;
    private Token[] _words = [];
    private ArabicSegmenter _segmenter = null!;

    public const int Words = 20_000;

    [GlobalSetup]
    public void Setup()
    {
        string seed = File.ReadAllText(FindSeed());
        var text = new System.Text.StringBuilder();
        var words = new List<Token>();
        while (words.Count < Words)
        {
            int offset = text.Length;
            text.Append(seed).Append('\n');
            foreach (Token t in ArabicTokenizer.Default.GetTokens(seed))
            {
                if (t.Kind == TokenKind.ArabicWord && words.Count < Words)
                {
                    words.Add(t with { Start = t.Start + offset });
                }
            }
        }

        _text = text.ToString();
        _words = [.. words];
        _segmenter = ArabicSegmenter.Default;
    }

    [Benchmark(OperationsPerInvoke = Words)]
    public int SegmentWords()
    {
        Span<Segment> buffer = stackalloc Segment[ArabicSegmenter.MaxSegmentsPerWord];
        ReadOnlySpan<char> text = _text;
        int total = 0;
        foreach (Token token in _words)
        {
            total += _segmenter.Segment(text, token, buffer);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Words)]
    public int StemSpans()
    {
        ReadOnlySpan<char> text = _text;
        int total = 0;
        foreach (Token token in _words)
        {
            total += _segmenter.GetStem(text, token).Length;
        }

        return total;
    }

    private static string FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "seeds", "putin-erdogan-moscow-summit.txt");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("seeds/putin-erdogan-moscow-summit.txt not found above " + AppContext.BaseDirectory);
    }
}
