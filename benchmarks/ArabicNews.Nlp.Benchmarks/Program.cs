using ArabicNews.Nlp.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

// Usage: dotnet run -c Release --project benchmarks/ArabicNews.Nlp.Benchmarks -- [--corpus PATH|seed] [--corpus-chars N] [BenchmarkDotNet options]
//        ... -- --quick [ROUNDS] [CLASS-NAME-PART]   (in-process, fastest of ROUNDS; a quick check while optimizing)
// Every benchmark class of this assembly is picked up (BenchmarkSwitcher.FromAssembly), also ones added in other files.
var forwarded = new List<string>();
string? corpus = null;
int? corpusChars = null;
int? quickRounds = null;
string? quickFilter = null;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--corpus" && i + 1 < args.Length)
    {
        corpus = args[++i];
    }
    else if (args[i] == "--corpus-chars" && i + 1 < args.Length)
    {
        corpusChars = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--quick")
    {
        quickRounds = i + 1 < args.Length && int.TryParse(args[i + 1], out int rounds) ? rounds : 20;
        i += i + 1 < args.Length && int.TryParse(args[i + 1], out _) ? 1 : 0;
        quickFilter = i + 1 < args.Length && !args[i + 1].StartsWith('-') ? args[++i] : null;
    }
    else
    {
        forwarded.Add(args[i]);
    }
}

// A Dry job runs each benchmark once as a smoke test: a small slice of the corpus keeps it quick.
bool dry = forwarded.Where((a, i) => i > 0 && forwarded[i - 1] is "--job" or "-j").Any(a => a.Equals("dry", StringComparison.OrdinalIgnoreCase));
corpusChars ??= dry ? 100_000 : BenchmarkInputs.DefaultCorpusChars;

// The benchmarks run in child processes, which inherit these.
Environment.SetEnvironmentVariable("ARABICNEWS_BENCH_ROOT", BenchmarkInputs.RepositoryRoot);
Environment.SetEnvironmentVariable(BenchmarkInputs.CorpusCharsVariable, corpusChars.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
if (corpus is not null)
{
    Environment.SetEnvironmentVariable(BenchmarkInputs.CorpusPathVariable, corpus == "seed" ? corpus : Path.GetFullPath(corpus));
}

if (!forwarded.Contains("--list") && !forwarded.Contains("--help") && !forwarded.Contains("--version"))
{
    Console.WriteLine($"Corpus input: {BenchmarkInputs.DescribeCorpus()}");
}

if (quickRounds is not null)
{
    QuickRunner.Run(quickRounds.Value, quickFilter);
    return 0;
}

IConfig config = DefaultConfig.Instance
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(ThroughputColumn.Chars, ThroughputColumn.Tokens);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(ThroughputColumn).Assembly).Run(forwarded.ToArray(), config).ToList();

// Fail (for CI) when a benchmark did not build or run.
bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
