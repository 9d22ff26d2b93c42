using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using ArabicNews.Nlp.Tooling;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// <c>--quick [rounds]</c>: runs every benchmark of the <see cref="ICorpusBenchmark"/> classes in this process,
/// interleaved, and reports the fastest of the rounds. The minimum is robust to other processes on a shared machine,
/// which is what it is for: a quick check while optimizing. The fastest thread CPU time (<see cref="ThreadCpuClock"/>)
/// is reported too: time the thread was not running does not count. BenchmarkDotNet's numbers are the reference.
/// </summary>
public static class QuickRunner
{
    public static void Run(int rounds, string? filter)
    {
        var culture = CultureInfo.InvariantCulture;
        foreach (Type type in typeof(QuickRunner).Assembly.GetTypes().Where(t => typeof(ICorpusBenchmark).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface))
        {
            if (filter is not null && !type.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var methods = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToArray();
            foreach (string input in BenchmarkInputs.Names)
            {
                object instance = Activator.CreateInstance(type)!;
                type.GetProperty("Input")?.SetValue(instance, input);
                type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null)?.Invoke(instance, null);
                long chars = ((ICorpusBenchmark)instance).InputChars;
                var best = methods.ToDictionary(m => m, _ => double.MaxValue);
                var bestCpu = methods.ToDictionary(m => m, _ => double.MaxValue);
                var results = new Dictionary<MethodInfo, long>();
                for (int r = 0; r < rounds; r++)
                {
                    foreach (MethodInfo method in methods)
                    {
                        double cpuStart = ThreadCpuClock.Seconds();
                        long start = Stopwatch.GetTimestamp();
                        object? result = method.Invoke(instance, null);
                        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                        best[method] = Math.Min(best[method], seconds);
                        bestCpu[method] = Math.Min(bestCpu[method], ThreadCpuClock.Seconds() - cpuStart);
                        results[method] = Convert.ToInt64(result, culture);
                    }
                }

                Console.WriteLine($"## {type.Name} [{input}] ({chars:N0} chars), fastest of {rounds} rounds");
                Console.WriteLine("| Category | Method | Min | Ratio | M chars/s | M tokens/s | Min CPU | CPU ratio |");
                Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
                foreach (var group in methods.GroupBy(m => m.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories.FirstOrDefault() ?? ""))
                {
                    MethodInfo? baseline = group.FirstOrDefault(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);
                    foreach (MethodInfo method in group)
                    {
                        double t = best[method];
                        string ratio = baseline is null ? "-" : (t / best[baseline]).ToString("F2", culture);
                        string tokens = method.GetCustomAttribute<ReturnsTokenCountAttribute>() is null ? "-" : (results[method] / t / 1e6).ToString("N1", culture);
                        string name = method.GetCustomAttribute<BenchmarkAttribute>()!.Description ?? method.Name;
                        double cpu = bestCpu[method];
                        string cpuRatio = baseline is null ? "-" : (cpu / bestCpu[baseline]).ToString("F2", culture);
                        Console.WriteLine($"| {group.Key} | {name} | {t * 1e3:F3} ms | {ratio} | {chars / t / 1e6:N1} | {tokens} | {cpu * 1e3:F3} ms | {cpuRatio} |");
                    }
                }

                type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalCleanupAttribute>() is not null)?.Invoke(instance, null);
            }
        }
    }
}
