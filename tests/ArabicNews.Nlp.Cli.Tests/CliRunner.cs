using System.Text;

namespace ArabicNews.Nlp.Cli.Tests;

/// <summary>Runs the tool in-process against memory streams.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error, byte[] OutBytes);

    public static Result Run(params string[] args) => Run(null, false, args);

    public static Result Run(byte[]? stdin, bool terminal, params string[] args) => Run(stdin, terminal, null, args);

    public static Result Run(byte[]? stdin, bool terminal, TimeSpan? progressDelay, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var console = new CliConsole
        {
            OpenInput = () => new MemoryStream(stdin ?? []),
            Out = output,
            Error = error,
            OutIsTerminal = terminal,
            ErrorIsTerminal = terminal,
            ProgressDelay = progressDelay,
        };
        int code = CliApplication.RunAsync(args, console).GetAwaiter().GetResult();
        byte[] bytes = output.ToArray();
        return new Result(code, Encoding.UTF8.GetString(bytes), error.ToString(), bytes);
    }
}

/// <summary>A temporary folder deleted at the end of a test.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = Directory.CreateTempSubdirectory("arabic-news-cli-").FullName;
    }

    public string Path { get; }

    public string File(string relative, string text) => Bytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string Bytes(string relative, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Sub(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
