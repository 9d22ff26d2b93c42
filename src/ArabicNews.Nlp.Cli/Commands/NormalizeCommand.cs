using System.Text;
using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Cli.Commands;

/// <summary><c>normalize PATH [--preset search|matching|minimal|all]</c>: prints the normalized text.</summary>
internal static class NormalizeCommand
{
    public static int Run(CliOptions options, CliConsole console)
    {
        string text = SingleInput.Read(options, console, out _);
        ArabicNormalizer normalizer = options.Preset switch
        {
            "search" => ArabicNormalizer.Search,
            "minimal" => ArabicNormalizer.Minimal,
            "all" => new ArabicNormalizer(NormalizationPresets.All),
            _ => ArabicNormalizer.Matching,
        };
        string normalized = normalizer.NormalizeToString(text);
        console.Out.Write(new UTF8Encoding(false).GetBytes(normalized.EndsWith('\n') ? normalized : normalized + "\n"));
        console.Out.Flush();
        return ExitCodes.Success;
    }
}
