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
    private static readonly TimeSpan DefaultShowAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private readonly TextWriter _error;
    private readonly bool _enabled;
    private readonly int _width;
    private readonly string _unit;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _showAfter;
    private TimeSpan _lastDraw;
    private bool _drawn;

    public ProgressBar(CliConsole console, bool enabled, long? total, string unit)
    {
        _showAfter = console.ProgressDelay ?? DefaultShowAfter;
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
        if (now < _showAfter || (_drawn && now - _lastDraw < RedrawEvery))
        {
            return;
        }

        _lastDraw = now;
        _error.Write("\r" + Render(Done, Total, now, _unit, _width) + "\u001b[K");
        _error.Flush();
        _drawn = true;
    }

    /// <summary>The bar's text, e.g. <c>[█████░░░░░]  50%  500/1000 documents · 120.5/s · ETA 0:04</c>; sizes for the unit "bytes".</summary>
    public static string Render(long done, long? total, TimeSpan elapsed, string unit, int width)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        double rate = done / seconds;
        bool bytes = unit == "bytes";
        string rateText = bytes ? Size(rate) + "/s" : rate.ToString(rate >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture) + "/s";
        string doneText = bytes ? Size(done) : $"{done.ToString(CultureInfo.InvariantCulture)} {unit}";
        if (total is not long all || all <= 0)
        {
            return $"{doneText} · {rateText} · {Clock(elapsed)}";
        }

        double fraction = Math.Clamp((double)done / all, 0, 1);
        string eta = rate > 0 ? Clock(TimeSpan.FromSeconds((all - done) / rate)) : "?";
        string counts = bytes ? $"{Size(done)}/{Size(all)}" : $"{done.ToString(CultureInfo.InvariantCulture)}/{all.ToString(CultureInfo.InvariantCulture)} {unit}";
        string tail = $" {fraction * 100,3:0}%  {counts} · {rateText} · ETA {eta}";
        int barWidth = Math.Clamp(width - tail.Length - 3, 10, 40);
        int filled = (int)Math.Round(fraction * barWidth);
        return "[" + new string('█', filled) + new string('░', barWidth - filled) + "]" + tail;
    }

    private static string Size(double bytes) => bytes switch
    {
        >= 1 << 30 => (bytes / (1 << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GB",
        >= 1 << 20 => (bytes / (1 << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        >= 1 << 10 => (bytes / (1 << 10)).ToString("0.0", CultureInfo.InvariantCulture) + " kB",
        _ => bytes.ToString("0", CultureInfo.InvariantCulture) + " B",
    };

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
