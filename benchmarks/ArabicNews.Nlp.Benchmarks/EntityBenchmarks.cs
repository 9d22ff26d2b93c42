using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// The full entity recognizer (gazetteers, rules, person propagation; the sequence model when embedded) on
/// pre-tokenized documents, and the cost of loading the compiled gazetteers. Returns the token count.
/// </summary>
[MemoryDiagnoser]
public class EntityBenchmarks : ICorpusBenchmark
{
    private string[] _documents = [];
    private Token[][] _tokens = [];
    private Sentence[][] _sentences = [];
    private byte[] _gazetteer = [];

    public static IEnumerable<string> Inputs => BenchmarkInputs.Names;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Seed;

    public long InputChars { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkInputs.Get(Input);
        InputChars = BenchmarkInputs.CountChars(_documents);
        _tokens = _documents.Select(d => ArabicTokenizer.Default.GetTokens(d)).ToArray();
        _sentences = _documents.Select((d, i) => SentenceSplitter.Default.Split(d, _tokens[i])).ToArray();
        using Stream stream = typeof(ArabicEntityRecognizer).Assembly.GetManifestResourceStream(Gazetteer.ResourceName)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        _gazetteer = copy.ToArray();
        _ = ArabicEntityRecognizer.Default.Recognize("قال الرئيس الروسي فلاديمير بوتين");
    }

    [Benchmark(Description = "ArabicEntityRecognizer.Recognize (tokens given)")]
    [ReturnsTokenCount]
    public long Recognize()
    {
        long count = 0;
        for (int i = 0; i < _documents.Length; i++)
        {
            ArabicEntityRecognizer.Default.Recognize(_documents[i], _tokens[i], _sentences[i]);
            count += _tokens[i].Length;
        }

        return count;
    }

    [Benchmark(Description = "Load the compiled gazetteers")]
    public int LoadGazetteer() => Gazetteer.Read(new MemoryStream(_gazetteer)).PhraseCount;
}
