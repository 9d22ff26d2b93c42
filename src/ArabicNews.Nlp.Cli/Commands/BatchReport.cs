using System.Globalization;

namespace ArabicNews.Nlp.Cli.Commands;

/// <summary>
/// Counts a run's documents and reports failures on standard error. A single document's failure is the run's exit
/// code; in a batch a failing document is reported, skipped, and the run ends with <see cref="ExitCodes.SomeDocumentsSkipped"/>.
/// </summary>
internal sealed class BatchReport(CliConsole console, bool batch)
{
    private CliException? _single;

    public int Succeeded { get; private set; }

    public int Skipped { get; private set; }

    public void Succeed() => Succeeded++;

    public void Fail(CliException error)
    {
        Skipped++;
        if (batch)
        {
            console.Error.WriteLine($"arabic-news: skipped {error.Message}");
        }
        else
        {
            _single ??= error;
            console.Error.WriteLine($"arabic-news: error: {error.Message}");
        }
    }

    public int Finish(string unit)
    {
        if (!batch)
        {
            return _single?.ExitCode ?? ExitCodes.Success;
        }

        if (Skipped == 0)
        {
            return ExitCodes.Success;
        }

        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"arabic-news: {Succeeded} {unit} done, {Skipped} skipped (see above)"));
        return ExitCodes.SomeDocumentsSkipped;
    }
}
