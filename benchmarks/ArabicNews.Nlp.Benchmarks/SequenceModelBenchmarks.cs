using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// The statistical entity model alone: tagging every sentence of the seed article (tokens and sentences computed
/// once). Tokens per second = <see cref="TokenCount"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class SequenceModelBenchmarks
{
    private string _text = "";
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];
    private SequenceModel _model = null!;

    /// <summary>How many tokens one operation tags.</summary>
    public int TokenCount => _tokens.Length;

    [GlobalSetup]
    public void Setup()
    {
        _model = SequenceModel.Default ?? throw new InvalidOperationException("The library was built without ner-model.bin.");
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "ArabicNews.Nlp.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        string seed = Path.Combine(dir ?? throw new InvalidOperationException("Repository root not found."), "seeds", "putin-erdogan-moscow-summit.txt");
        _text = File.ReadAllText(seed);
        _tokens = ArabicTokenizer.Default.GetTokens(_text);
        _sentences = SentenceSplitter.Default.Split(_text, _tokens);
        Console.WriteLine($"// SequenceModelBenchmarks: {_tokens.Length} tokens, {_sentences.Length} sentences");
    }

    [Benchmark]
    public int TagSeedArticle()
    {
        int mentions = 0;
        foreach (Sentence sentence in _sentences)
        {
            mentions += _model.Recognize(_text, _tokens, sentence).Length;
        }

        return mentions;
    }

    [Benchmark]
    public object? LoadModel()
    {
        using Stream? stream = typeof(SequenceModel).Assembly.GetManifestResourceStream("ArabicNews.Nlp.Resources.ner-model.bin");
        return stream is null ? null : SequenceModel.Read(stream);
    }
}
