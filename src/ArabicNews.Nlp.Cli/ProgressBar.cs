using System.Diagnostics;
using System.Globalization;

namespace ArabicNews.Nlp.Cli;

/// <summary>
/// A one-line progress bar with rate and ETA on standard error. Shown only when standard error is a terminal and the
/// work has lasted more than a second (short runs stay silent); redrawn at most ten times a second; erased at the end.
/// Called from one thread at a time (the pipeline's consumer).
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private readonly TextWriter _error;
    private readonly bool _enabled;
    private readonly int _width;
    private readonly string _unit;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDraw = TimeSpan.MinValue;
    private bool _drawn;

    public ProgressBar(CliConsole console, bool enabled, long? total, string unit)
    {
        _error = console.Error;
        _enabled = enabled && console.ErrorIsTerminal;
        _width = Math.Clamp(console.Width, 40, 200);
        Total = total;
        _unit = unit;
    }

    /// <summary>How many units the work has, when known (files of a folder); null for a stream.</summary>
    public long? Total { get; set; }

    /// <summary>How many units are done.</summary>
    public long Done { get; private set; }

    /// <summary>Counts <paramref name="count"/> more units done and redraws when due.</summary>
    public void Advance(long count = 1)
    {
        Done += count;
        if (!_enabled)
        {
            return;
        }

        TimeSpan now = _clock.Elapsed;
        if (now < ShowAfter || now - _lastDraw < RedrawEvery)
        {
            return;
        }

        _lastDraw = now;
        _error.Write("\r" + Render(Done, Total, now, _unit, _width) + "\u001b[K");
        _error.Flush();
        _drawn = true;
    }

    /// <summary>The bar's text, e.g. <c>[█████░░░░░]  50%  500/1000 documents · 120.5/s · ETA 0:04</c>.</summary>
    public static string Render(long done, long? total, TimeSpan elapsed, string unit, int width)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        double rate = done / seconds;
        string rateText = rate.ToString(rate >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture) + "/s";
        if (total is not long all || all <= 0)
        {
            return $"{done.ToString(CultureInfo.InvariantCulture)} {unit} · {rateText} · {Clock(elapsed)}";
        }

        double fraction = Math.Clamp((double)done / all, 0, 1);
        string eta = rate > 0 ? Clock(TimeSpan.FromSeconds((all - done) / rate)) : "?";
        string tail = $" {fraction * 100,3:0}%  {done.ToString(CultureInfo.InvariantCulture)}/{all.ToString(CultureInfo.InvariantCulture)} {unit} · {rateText} · ETA {eta}";
        int barWidth = Math.Clamp(width - tail.Length - 3, 10, 40);
        int filled = (int)Math.Round(fraction * barWidth);
        return "[" + new string('█', filled) + new string('░', barWidth - filled) + "]" + tail;
    }

    private static string Clock(TimeSpan t) =>
        t.TotalHours >= 1
            ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}"
            : $"{t.Minutes}:{t.Seconds:00}";

    public void Dispose()
    {
        if (_drawn)
        {
            _error.Write("\r\u001b[K");
            _error.Flush();
            _drawn = false;
        }
    }
}
