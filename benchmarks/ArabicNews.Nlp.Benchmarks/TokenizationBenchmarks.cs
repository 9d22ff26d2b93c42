using ArabicNews.Nlp.Lucene;
using ArabicNews.Nlp.Tokenization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Lucene.Net.Analysis;
using Token = ArabicNews.Nlp.Tokenization.Token;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// Tokenization: our <see cref="ArabicTokenizer"/> (baseline) against Lucene.Net's StandardTokenizer, a
/// source-generated regex word splitter, ML.NET's TokenizeIntoWords, and our tokenizer through the Lucene adapter.
/// Every method tokenizes every document of the input and returns the token count.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TokenizationBenchmarks : ICorpusBenchmark
{
    private const string Category = "Tokenize";
    private string[] _documents = [];
    private Analyzer _standard = null!;
    private Analyzer _adapter = null!;
    private MlNetPipelines _ml = null!;
    private readonly Token[] _batch = new Token[256];

    public static IEnumerable<string> Inputs => BenchmarkInputs.Names;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Seed;

    public long InputChars { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkInputs.Get(Input);
        InputChars = BenchmarkInputs.CountChars(_documents);
        _standard = LuceneChains.StandardTokenizer();
        _adapter = new ArabicNewsLuceneAnalyzer(LuceneChains.Version, new ArabicNewsLuceneAnalyzerOptions { LowerCase = false, Normalizer = new(Text.NormalizationOptions.None) });
        _ml = new MlNetPipelines(_documents);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _standard.Dispose();
        _adapter.Dispose();
    }

    [Benchmark(Baseline = true, Description = "ArabicTokenizer (ours)")]
    [BenchmarkCategory(Category)]
    [ReturnsTokenCount]
    public long Ours()
    {
        long count = 0;
        foreach (string document in _documents)
        {
            foreach (Token _ in ArabicTokenizer.Default.Tokenize(document))
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark(Description = "ArabicTokenizer, batches via Read (ours)")]
    [BenchmarkCategory(Category)]
    [ReturnsTokenCount]
    public long OursBatches()
    {
        long count = 0;
        Span<Token> batch = _batch;
        foreach (string document in _documents)
        {
            TokenEnumerator tokens = ArabicTokenizer.Default.Tokenize(document);
            for (int n; (n = tokens.Read(batch)) > 0;)
            {
                count += n;
            }
        }

        return count;
    }

    [Benchmark(Description = "Lucene.Net StandardTokenizer")]
    [BenchmarkCategory(Category)]
    [ReturnsTokenCount]
    public long LuceneStandardTokenizer()
    {
        long count = 0;
        foreach (string document in _documents)
        {
            count += LuceneChains.CountTokens(_standard, document);
        }

        return count;
    }

    [Benchmark(Description = @"Regex \w+|[^\w\s] (generated)")]
    [BenchmarkCategory(Category)]
    [ReturnsTokenCount]
    public long GeneratedRegex()
    {
        long count = 0;
        foreach (string document in _documents)
        {
            foreach (var _ in WordRegex.Words().EnumerateMatches(document))
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark(Description = "ML.NET TokenizeIntoWords")]
    [BenchmarkCategory(Category)]
    [ReturnsTokenCount]
    public long MlNetTokenizeIntoWords() => _ml.Tokenize();

    [Benchmark(Description = "ArabicNewsTokenizer (ours, Lucene adapter)")]
    [BenchmarkCategory(Category)]
    [ReturnsTokenCount]
    public long OursLuceneAdapter()
    {
        long count = 0;
        foreach (string document in _documents)
        {
            count += LuceneChains.CountTokens(_adapter, document);
        }

        return count;
    }
}
