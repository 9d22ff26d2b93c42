using System.Text;
using ArabicNews.Nlp.Analysis;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// The full pipeline (normalize, tokenize, split sentences, clitic segments of every token, entities, quotes; and
/// without the segments, <see cref="AnalyzerOptions.SegmentClitics"/> off) through
/// <see cref="ArabicNewsAnalyzer.Default"/>, one document at a time, on the seed article and on the corpus slice of
/// <see cref="BenchmarkInputs"/>. Reports MB/s of UTF-8 input (the target: ≥ 5 MB/s per core). Returns the
/// token count.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class PipelineBenchmarks : IUtf8CorpusBenchmark
{
    private static readonly ArabicNewsAnalyzer WithoutSegments = new(new AnalyzerOptions { SegmentClitics = false });

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

    [Benchmark(Description = "Analyze without clitic segments")]
    [ReturnsTokenCount]
    public long AnalyzeWithoutSegments()
    {
        long count = 0;
        foreach (string document in _documents)
        {
            count += WithoutSegments.Analyze(document).Tokens.Count;
        }

        return count;
    }

    /// <summary>Adds the MB/s column to this class's summary.</summary>
    private sealed class Columns : BenchmarkDotNet.Configs.ManualConfig
    {
        public Columns() => AddColumn(MegabytesPerSecondColumn.Instance);
    }
}
