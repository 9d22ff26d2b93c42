using ArabicNews.Nlp.Lucene;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Lucene.Net.Analysis;
using Token = ArabicNews.Nlp.Tokenization.Token;
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;
using ArabicNormalizer = ArabicNews.Nlp.Text.ArabicNormalizer;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// Tokenize + normalize (the <c>Search</c> rules), and the full search analysis with stop words and light stemming:
/// our tokenizer and normalizer directly (baseline) and through the Lucene adapter, against Lucene.Net's chains and
/// ML.NET. Every method returns the token count.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AnalysisBenchmarks : ICorpusBenchmark
{
    private const string Category = "TokenizeNormalize";
    private const string Stemming = "TokenizeNormalizeStopStem";

    private readonly ArabicNormalizer _normalizer = ArabicNormalizer.Search;
    private string[] _documents = [];
    private char[] _scratch = new char[1024];
    private Analyzer _luceneChain = null!;
    private Analyzer _luceneArabic = null!;
    private Analyzer _adapter = null!;
    private Analyzer _adapterStopStem = null!;
    private MlNetPipelines _ml = null!;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Names;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Seed;

    public long InputChars { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkInputs.Get(Input);
        InputChars = BenchmarkInputs.CountChars(_documents);
        _luceneChain = LuceneChains.NormalizationChain();
        _luceneArabic = new ArabicAnalyzer(LuceneChains.Version);
        _adapter = new ArabicNewsLuceneAnalyzer(LuceneChains.Version, new ArabicNewsLuceneAnalyzerOptions { Normalizer = _normalizer, LowerCase = false });
        _adapterStopStem = new ArabicNewsLuceneAnalyzer(LuceneChains.Version, new ArabicNewsLuceneAnalyzerOptions
        {
            Normalizer = _normalizer,
            RemoveStopWords = true,
            Stem = true,
        });
        _ml = new MlNetPipelines(_documents);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _luceneChain.Dispose();
        _luceneArabic.Dispose();
        _adapter.Dispose();
        _adapterStopStem.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Tokenize, normalize each token (ours)")]
    [BenchmarkCategory(Category)]
    [ReturnsTokenCount]
    public long Ours()
    {
        long count = 0;
        Span<char> scratch = _scratch;
        foreach (string document in _documents)
        {
            foreach (Token token in ArabicTokenizer.Default.Tokenize(document))
            {
                ReadOnlySpan<char> term = document.AsSpan(token.Start, token.Length);
                if (!_normalizer.IsNormalized(term) && !_normalizer.TryNormalize(term, scratch, out _))
                {
                    scratch = _scratch = new char[_normalizer.GetMaxNormalizedLength(term.Length)];
                    _normalizer.TryNormalize(term, scratch, out _);
                }

                count++;
            }
        }

        return count;
    }

    [Benchmark(Description = "Normalize with map, tokenize, map back (ours)")]
    [BenchmarkCategory(Category)]
    [ReturnsTokenCount]
    public long OursNormalizeFirst()
    {
        long count = 0;
        foreach (string document in _documents)
        {
            NormalizedText normalized = _normalizer.Normalize(document);
            foreach (Token token in ArabicTokenizer.Default.Tokenize(normalized.Text))
            {
                (int start, int end) = normalized.ToOriginal(token.Start, token.End);
                count += end >= start ? 1 : 0;
            }
        }

        return count;
    }

    [Benchmark(Description = "ArabicNewsLuceneAnalyzer (ours, Lucene adapter)")]
    [BenchmarkCategory(Category)]
    [ReturnsTokenCount]
    public long OursLuceneAdapter() => Consume(_adapter);

    [Benchmark(Description = "Lucene.Net StandardTokenizer+ArabicNormalizationFilter")]
    [BenchmarkCategory(Category)]
    [ReturnsTokenCount]
    public long LuceneChain() => Consume(_luceneChain);

    [Benchmark(Description = "ML.NET NormalizeText+TokenizeIntoWords")]
    [BenchmarkCategory(Category)]
    [ReturnsTokenCount]
    public long MlNet() => _ml.NormalizeAndTokenize();

    [Benchmark(Baseline = true, Description = "ArabicNewsLuceneAnalyzer stop+stem (ours)")]
    [BenchmarkCategory(Stemming)]
    [ReturnsTokenCount]
    public long OursLuceneAdapterStopStem() => Consume(_adapterStopStem);

    [Benchmark(Description = "Lucene.Net ArabicAnalyzer")]
    [BenchmarkCategory(Stemming)]
    [ReturnsTokenCount]
    public long LuceneArabicAnalyzer() => Consume(_luceneArabic);

    private long Consume(Analyzer analyzer)
    {
        long count = 0;
        foreach (string document in _documents)
        {
            count += LuceneChains.CountTokens(analyzer, document);
        }

        return count;
    }
}
