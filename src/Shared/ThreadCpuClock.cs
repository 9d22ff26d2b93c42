using System.Runtime.InteropServices;

namespace ArabicNews.Nlp.Tooling;

/// <summary>
/// The CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): unlike the wall clock, it
/// does not run while another process has the core, so <c>--quick</c> figures stay usable on a loaded machine (caches
/// shared with other processes still slow it down), and <c>entity-speed</c>'s load figures too. Shared by the evaluation
/// and benchmark tools (linked into each).
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    /// <summary>True when the clock can be read here.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>The thread's CPU time in seconds.</summary>
    public static double Seconds() => TryRead(out double seconds) ? seconds : double.NaN;

    private static bool TryRead(out double seconds)
    {
        try
        {
            if (ClockGetTime(ThreadCpuTimeId, out TimeSpec time) == 0)
            {
                seconds = time.Seconds + (time.Nanoseconds * 1e-9);
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        seconds = double.NaN;
        return false;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
