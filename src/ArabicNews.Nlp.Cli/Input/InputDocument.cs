namespace ArabicNews.Nlp.Cli.Input;

/// <summary>One input of a command: a file, or standard input.</summary>
/// <param name="Name">How messages name it: the path as given, or <c>-</c>.</param>
/// <param name="Path">The file's path, or null for standard input.</param>
/// <param name="OutputStem">The output's name without extension, relative to <c>--out</c> (sub-folders of an input folder are kept).</param>
internal sealed record InputDocument(string Name, string? Path, string OutputStem)
{
    /// <summary>True for standard input.</summary>
    public bool IsStandardInput => Path is null;
}
