using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// Millions of characters (or tokens) per second of a benchmark of an <see cref="ICorpusBenchmark"/> class: the
/// characters one operation processes (or the tokens it returns, for methods marked
/// <see cref="ReturnsTokenCountAttribute"/>) divided by the mean time. The counts come from running the benchmark
/// once in the host process after its global setup.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly bool _tokens;
    private readonly ConcurrentDictionary<string, (long Chars, long Tokens)?> _counts = new();

    private ThroughputColumn(bool tokens) => _tokens = tokens;

    /// <summary>Characters per second.</summary>
    public static ThroughputColumn Chars { get; } = new(tokens: false);

    /// <summary>Tokens per second.</summary>
    public static ThroughputColumn Tokens { get; } = new(tokens: true);

    public string Id => _tokens ? "ThroughputTokens" : "ThroughputChars";

    public string ColumnName => _tokens ? "M tokens/s" : "M chars/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _tokens ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _tokens
        ? "Millions of tokens produced per second (tokens one operation returns / mean time)"
        : "Millions of input characters processed per second (UTF-16 chars of the input / mean time)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is not > 0 || !typeof(ICorpusBenchmark).IsAssignableFrom(benchmarkCase.Descriptor.Type))
        {
            return "-";
        }

        (long Chars, long Tokens)? counts = _counts.GetOrAdd(benchmarkCase.DisplayInfo, _ => Count(benchmarkCase));
        if (counts is null)
        {
            return "?";
        }

        long units = _tokens ? counts.Value.Tokens : counts.Value.Chars;
        return units <= 0 ? "-" : (units / (meanNs.Value / 1e9) / 1e6).ToString("N1", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static (long Chars, long Tokens)? Count(BenchmarkCase benchmarkCase)
    {
        try
        {
            var descriptor = benchmarkCase.Descriptor;
            object instance = Activator.CreateInstance(descriptor.Type)!;
            foreach (var parameter in benchmarkCase.Parameters.Items)
            {
                descriptor.Type.GetProperty(parameter.Name)?.SetValue(instance, parameter.Value);
            }

            descriptor.GlobalSetupMethod?.Invoke(instance, null);
            try
            {
                long chars = ((ICorpusBenchmark)instance).InputChars;
                long tokens = 0;
                if (descriptor.WorkloadMethod.GetCustomAttribute<ReturnsTokenCountAttribute>() is not null)
                {
                    tokens = Convert.ToInt64(descriptor.WorkloadMethod.Invoke(instance, null), CultureInfo.InvariantCulture);
                }

                return (chars, tokens);
            }
            finally
            {
                descriptor.GlobalCleanupMethod?.Invoke(instance, null);
            }
        }
        catch (Exception e) when (e is TargetInvocationException or InvalidOperationException or IOException or ArgumentException)
        {
            Console.Error.WriteLine($"ThroughputColumn: cannot count {benchmarkCase.DisplayInfo}: {e.GetBaseException().Message}");
            return null;
        }
    }
}
