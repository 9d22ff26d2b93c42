using System.Text;
using ArabicNews.Nlp.Tooling;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// The texts benchmarks run on: <c>Seed</c> (the seed article in the repository's seeds/ folder) and <c>Corpus</c>
/// (real news read at run time from a gzip JSONL file, field "text"; else the seed article repeated). Loaded once per
/// process. The host passes the corpus path and size to the benchmark processes through environment variables.
/// </summary>
public static class BenchmarkInputs
{
    /// <summary>The input names to use in <c>[ParamsSource]</c>.</summary>
    public static IEnumerable<string> Names => [Seed, Corpus];

    public const string Seed = "Seed";
    public const string Corpus = "Corpus";

    public const string CorpusPathVariable = "ARABICNEWS_BENCH_CORPUS";
    public const string CorpusCharsVariable = "ARABICNEWS_BENCH_CORPUS_CHARS";
    public const int DefaultCorpusChars = 4_000_000;

    private static readonly Lazy<string[]> SeedDocuments = new(() => [File.ReadAllText(SeedPath)]);
    private static readonly Lazy<(string[] Documents, string Description)> CorpusDocuments = new(LoadCorpus);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedPath => Path.Combine(RepositoryRoot, "seeds", "putin-erdogan-moscow-summit.txt");

    public static string DefaultCorpusPath => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "corpus", "ant-news.jsonl.gz"));

    /// <summary>The documents of an input.</summary>
    public static string[] Get(string name) => name switch
    {
        Seed => SeedDocuments.Value,
        Corpus => CorpusDocuments.Value.Documents,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown benchmark input."),
    };

    /// <summary>What the corpus input is (source, documents, characters, UTF-8 size).</summary>
    public static string DescribeCorpus() => CorpusDocuments.Value.Description;

    public static long CountChars(string[] documents) => documents.Sum(d => (long)d.Length);

    private static (string[] Documents, string Description) LoadCorpus()
    {
        int limit = int.TryParse(Environment.GetEnvironmentVariable(CorpusCharsVariable), out int n) && n > 0 ? n : DefaultCorpusChars;
        string? path = Environment.GetEnvironmentVariable(CorpusPathVariable);
        if (string.IsNullOrEmpty(path) && File.Exists(DefaultCorpusPath))
        {
            path = DefaultCorpusPath;
        }

        var documents = new List<string>();
        long chars = 0;
        string source;
        if (!string.IsNullOrEmpty(path) && path != "seed")
        {
            source = Path.GetFileName(path);
            documents = NewsCorpusReader.ReadTexts(path, limit);
            chars = documents.Sum(d => (long)d.Length);
        }
        else
        {
            // No corpus: the repository's own text (the seed article, news text under the repository's licence) repeated.
            source = "seed article repeated";
            string seed = File.ReadAllText(SeedPath);
            while (chars < limit)
            {
                documents.Add(seed);
                chars += seed.Length;
            }
        }

        long utf8 = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        string description = $"{source}: {documents.Count:N0} documents, {chars:N0} chars, {utf8 / 1e6:F1} MB UTF-8";
        return (documents.ToArray(), description);
    }

    private static string FindRoot()
    {
        foreach (string? start in new[] { Environment.GetEnvironmentVariable("ARABICNEWS_BENCH_ROOT"), Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ArabicNews.Nlp.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("The repository root (with ArabicNews.Nlp.sln) was not found.");
    }
}
