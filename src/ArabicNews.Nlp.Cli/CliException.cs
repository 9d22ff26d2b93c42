namespace ArabicNews.Nlp.Cli;

/// <summary>A failure the tool reports to the user with a message and one of the <see cref="ExitCodes"/>.</summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException()
        : this(ExitCodes.InternalError, "unexpected failure")
    {
    }

    public CliException(string message)
        : this(ExitCodes.InternalError, message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.InternalError;
    }

    /// <summary>The exit code the failure maps to.</summary>
    public int ExitCode { get; }
}
