using ArabicNews.Nlp.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Lucene.Net.Analysis;
using LuceneArabicNormalizer = Lucene.Net.Analysis.Ar.ArabicNormalizer;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// Normalization with the <c>Search</c> rules (the ones Lucene.Net applies), in two categories: <c>Normalize</c> on the
/// input as it is, and <c>NormalizeUnchanged</c> on the input already normalized, where nothing needs to change.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NormalizationBenchmarks : ICorpusBenchmark
{
    private const string Changing = "Normalize";
    private const string Unchanged = "NormalizeUnchanged";

    private static readonly LuceneArabicNormalizer LuceneNormalizer = new();
    private readonly ArabicNormalizer _normalizer = ArabicNormalizer.Search;
    private string[] _documents = [];
    private string[] _normalized = [];
    private char[] _buffer = [];
    private int[] _starts = [];
    private int[] _ends = [];
    private Analyzer _luceneChain = null!;
    private MlNetPipelines _ml = null!;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Names;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Seed;

    public long InputChars { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkInputs.Get(Input);
        _normalized = _documents.Select(_normalizer.NormalizeToString).ToArray();
        InputChars = BenchmarkInputs.CountChars(_documents);
        int longest = _documents.Max(d => d.Length);
        _buffer = new char[_normalizer.GetMaxNormalizedLength(longest)];
        _starts = new int[_buffer.Length];
        _ends = new int[_buffer.Length];
        _luceneChain = LuceneChains.NormalizationChain();
        _ml = new MlNetPipelines(_documents);
    }

    [GlobalCleanup]
    public void Cleanup() => _luceneChain.Dispose();

    [Benchmark(Baseline = true, Description = "Normalize, offset map (ours)")]
    [BenchmarkCategory(Changing)]
    public long Ours()
    {
        long chars = 0;
        foreach (string document in _documents)
        {
            chars += _normalizer.Normalize(document).Text.Length;
        }

        return chars;
    }

    [Benchmark(Description = "TryNormalize, offsets into buffers (ours)")]
    [BenchmarkCategory(Changing)]
    public long OursSpans()
    {
        long chars = 0;
        foreach (string document in _documents)
        {
            _normalizer.TryNormalize(document, _buffer, _starts, _ends, out int written);
            chars += written;
        }

        return chars;
    }

    [Benchmark(Description = "NormalizeToString, no map (ours)")]
    [BenchmarkCategory(Changing)]
    public long OursString()
    {
        long chars = 0;
        foreach (string document in _documents)
        {
            chars += _normalizer.NormalizeToString(document).Length;
        }

        return chars;
    }

    [Benchmark(Description = "Lucene.Net StandardTokenizer+ArabicNormalizationFilter")]
    [BenchmarkCategory(Changing)]
    public long LuceneChain()
    {
        long tokens = 0;
        foreach (string document in _documents)
        {
            tokens += LuceneChains.CountTokens(_luceneChain, document);
        }

        return tokens;
    }

    [Benchmark(Description = "Lucene.Net ArabicNormalizer alone, no offsets")]
    [BenchmarkCategory(Changing)]
    public long LuceneNormalizerAlone() => LuceneInPlace(_documents);

    [Benchmark(Description = "ML.NET NormalizeText")]
    [BenchmarkCategory(Changing)]
    public long MlNetNormalizeText() => _ml.Normalize();

    [Benchmark(Baseline = true, Description = "Normalize unchanged input (ours)")]
    [BenchmarkCategory(Unchanged)]
    public long OursUnchanged()
    {
        long chars = 0;
        foreach (string document in _normalized)
        {
            chars += _normalizer.Normalize(document).Text.Length;
        }

        return chars;
    }

    [Benchmark(Description = "IsNormalized (ours)")]
    [BenchmarkCategory(Unchanged)]
    public long OursIsNormalized()
    {
        long count = 0;
        foreach (string document in _normalized)
        {
            count += _normalizer.IsNormalized(document) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "Memory scan reference: IndexOf(char)")]
    [BenchmarkCategory(Unchanged)]
    public long MemoryScan()
    {
        long found = 0;
        foreach (string document in _normalized)
        {
            found += document.AsSpan().IndexOf('\uFFFF');
        }

        return found;
    }

    [Benchmark(Description = "Lucene.Net ArabicNormalizer alone, unchanged input")]
    [BenchmarkCategory(Unchanged)]
    public long LuceneUnchanged() => LuceneInPlace(_normalized);

    private long LuceneInPlace(string[] documents)
    {
        long chars = 0;
        foreach (string document in documents)
        {
            // Lucene normalizes a term buffer in place, so each document is copied into the reused buffer first.
            document.CopyTo(0, _buffer, 0, document.Length);
            chars += LuceneNormalizer.Normalize(_buffer, document.Length);
        }

        return chars;
    }
}
