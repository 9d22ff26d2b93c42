namespace ArabicNews.Nlp.Cli;

/// <summary>
/// The streams and terminal facts the tool runs against: the real console in <c>Program</c>, memory streams in tests.
/// </summary>
internal sealed class CliConsole
{
    /// <summary>Opens standard input as bytes.</summary>
    public required Func<Stream> OpenInput { get; init; }

    /// <summary>Standard output as bytes (UTF-8 is written to it).</summary>
    public required Stream Out { get; init; }

    /// <summary>Standard error, for messages and the progress bar.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>True when standard output is a terminal (colours are used only then).</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>True when standard error is a terminal (the progress bar is shown only then).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>True when the NO_COLOR convention asks for no colour.</summary>
    public bool NoColor { get; init; }

    /// <summary>The terminal's width in columns, for the progress bar.</summary>
    public int Width { get; init; } = 80;

    /// <summary>How long work runs before the progress bar shows (default one second; tests set zero).</summary>
    public TimeSpan? ProgressDelay { get; init; }

    /// <summary>The process's console.</summary>
    public static CliConsole CreateSystem()
    {
        int width = 80;
        try
        {
            if (!Console.IsErrorRedirected && Console.WindowWidth > 20)
            {
                width = Console.WindowWidth;
            }
        }
        catch (IOException)
        {
        }
        catch (PlatformNotSupportedException)
        {
        }

        var error = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliConsole
        {
            OpenInput = Console.OpenStandardInput,
            Out = Console.OpenStandardOutput(),
            Error = error,
            OutIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            Width = width,
        };
    }
}
