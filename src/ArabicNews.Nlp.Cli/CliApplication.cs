using System.Reflection;
using ArabicNews.Nlp.Cli.Commands;

namespace ArabicNews.Nlp.Cli;

/// <summary>The whole command-line tool behind <c>Program</c>, run in-process by the tests.</summary>
internal static class CliApplication
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">The streams to use.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>One of the <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        try
        {
            CliOptions options = ArgumentParser.Parse(args);
            switch (options.Command)
            {
                case "help":
                    console.Error.Flush();
                    WriteOut(console, HelpText.For(options.HelpTopic));
                    return ExitCodes.Success;
                case "version":
                    WriteOut(console, typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0");
                    return ExitCodes.Success;
                case "tokenize":
                    return TokenizeCommand.Run(options, console);
                case "normalize":
                    return NormalizeCommand.Run(options, console);
                default:
                    return await AnalyzeCommand.RunAsync(options, console, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (CliException e)
        {
            console.Error.WriteLine($"arabic-news: error: {e.Message}");
            if (e.ExitCode == ExitCodes.Usage)
            {
                console.Error.WriteLine("Try 'arabic-news --help'.");
            }

            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("arabic-news: interrupted");
            return ExitCodes.Cancelled;
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"arabic-news: error: {e.Message}");
            return ExitCodes.IoError;
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"arabic-news: internal error: {e}");
            return ExitCodes.InternalError;
        }
    }

    private static void WriteOut(CliConsole console, string text)
    {
        console.Out.Write(new System.Text.UTF8Encoding(false).GetBytes(text.TrimEnd() + "\n"));
        console.Out.Flush();
    }
}
