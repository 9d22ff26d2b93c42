namespace ArabicNews.Nlp.Cli;

/// <summary>The documented exit codes of the <c>arabic-news</c> command (see <see cref="HelpText"/> and the README).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Success = 0;

    /// <summary>A batch (folder, several paths, JSONL) finished but at least one document was reported and skipped.</summary>
    public const int SomeDocumentsSkipped = 1;

    /// <summary>Bad arguments: unknown command or option, a missing or invalid value, conflicting options.</summary>
    public const int Usage = 2;

    /// <summary>An input file or folder does not exist.</summary>
    public const int NotFound = 3;

    /// <summary>The input is not valid UTF-8 (an invalid byte sequence).</summary>
    public const int InvalidUtf8 = 4;

    /// <summary>The input is in an encoding the tool does not read: a UTF-16 or UTF-32 byte order mark, or binary data (NUL bytes).</summary>
    public const int UnsupportedEncoding = 5;

    /// <summary>The input is empty (no bytes, only white space) or a folder holds no input file.</summary>
    public const int EmptyInput = 6;

    /// <summary>A file or folder could not be read or written (permissions, a full disk, an invalid JSONL line).</summary>
    public const int IoError = 7;

    /// <summary>An unexpected failure inside the tool (a bug: please report it).</summary>
    public const int InternalError = 70;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
