using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// Megabytes (10⁶ bytes) of UTF-8 input text per second of an <see cref="IUtf8CorpusBenchmark"/>: the input's UTF-8
/// size divided by the mean time of one operation. The size comes from the class's global setup run once in the host.
/// </summary>
public sealed class MegabytesPerSecondColumn : IColumn
{
    private readonly ConcurrentDictionary<string, long?> _bytes = new();

    /// <summary>The column.</summary>
    public static MegabytesPerSecondColumn Instance { get; } = new();

    public string Id => "ThroughputMegabytes";

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 2;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6 bytes) of UTF-8 input text processed per second (input size / mean time)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is not > 0 || !typeof(IUtf8CorpusBenchmark).IsAssignableFrom(benchmarkCase.Descriptor.Type))
        {
            return "-";
        }

        long? bytes = _bytes.GetOrAdd(benchmarkCase.DisplayInfo, _ => Count(benchmarkCase));
        return bytes is > 0 ? (bytes.Value / (meanNs.Value / 1e9) / 1e6).ToString("N2", CultureInfo.InvariantCulture) : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static long? Count(BenchmarkCase benchmarkCase)
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
                return ((IUtf8CorpusBenchmark)instance).InputUtf8Bytes;
            }
            finally
            {
                descriptor.GlobalCleanupMethod?.Invoke(instance, null);
            }
        }
        catch (Exception e) when (e is TargetInvocationException or InvalidOperationException or IOException or ArgumentException)
        {
            Console.Error.WriteLine($"MegabytesPerSecondColumn: cannot count {benchmarkCase.DisplayInfo}: {e.GetBaseException().Message}");
            return null;
        }
    }
}
