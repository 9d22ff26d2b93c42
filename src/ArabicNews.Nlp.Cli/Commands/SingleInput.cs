using ArabicNews.Nlp.Cli.Input;

namespace ArabicNews.Nlp.Cli.Commands;

/// <summary>Reads the one PATH of tokenize and normalize (a file or <c>-</c>) as text.</summary>
internal static class SingleInput
{
    public static string Read(CliOptions options, CliConsole console, out string name)
    {
        string path = options.Paths[0];
        if (path != "-" && Directory.Exists(path))
        {
            throw new CliException(ExitCodes.Usage, $"{path} is a folder; {options.Command} takes one file (analyze takes folders)");
        }

        if (path != "-" && !File.Exists(path))
        {
            throw new CliException(ExitCodes.NotFound, $"{path}: no such file");
        }

        name = path;
        byte[] bytes = path == "-" ? TextDecoder.ReadAll(console.OpenInput()) : TextDecoder.ReadFile(path);
        return TextDecoder.Decode(bytes, path, options.KeepCarriageReturns);
    }
}
