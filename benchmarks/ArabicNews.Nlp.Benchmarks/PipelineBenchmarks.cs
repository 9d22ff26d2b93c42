using System.Text;
using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.Tokenization;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// The full pipeline (normalize, tokenize, split sentences, entities, quotes; and with the clitic segments of every
/// Arabic word, as the CLI's <c>--segment</c> writes them) through
/// <see cref="ArabicNewsAnalyzer.Default"/>, one document at a time, on the seed article and on the corpus slice of
/// <see cref="BenchmarkInputs"/>. Reports MB/s of UTF-8 input (the target: ≥ 5 MB/s per core). Returns the
/// token count.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class PipelineBenchmarks : IUtf8CorpusBenchmark
{
    private string[] _documents = [];

    public static IEnumerable<string> Inputs => BenchmarkInputs.Names;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Seed;

    public long InputChars { get; private set; }

    public long InputUtf8Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkInputs.Get(Input);
        InputChars = BenchmarkInputs.CountChars(_documents);
        InputUtf8Bytes = _documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        _ = ArabicNewsAnalyzer.Default.Analyze("قال الرئيس الروسي فلاديمير بوتين إن \"الاتفاق سيصمد\".");
    }

    [Benchmark(Description = "ArabicNewsAnalyzer.Analyze (full pipeline)")]
    [ReturnsTokenCount]
    public long Analyze()
    {
        long count = 0;
        foreach (string document in _documents)
        {
            count += ArabicNewsAnalyzer.Default.Analyze(document).Tokens.Count;
        }

        return count;
    }

    [Benchmark(Description = "Analyze + clitic segments of every Arabic word")]
    [ReturnsTokenCount]
    public long AnalyzeAndSegment()
    {
        long count = 0;
        Span<Segment> segments = stackalloc Segment[ArabicSegmenter.MaxSegmentsPerWord];
        foreach (string document in _documents)
        {
            AnalyzedDocument analyzed = ArabicNewsAnalyzer.Default.Analyze(document);
            foreach (Token t in analyzed.Tokens)
            {
                count++;
                if (t.Kind == TokenKind.ArabicWord)
                {
                    _ = ArabicSegmenter.Default.Segment(document, t, segments);
                }
            }
        }

        return count;
    }

    /// <summary>Adds the MB/s column to this class's summary.</summary>
    private sealed class Columns : BenchmarkDotNet.Configs.ManualConfig
    {
        public Columns() => AddColumn(MegabytesPerSecondColumn.Instance);
    }
}
