namespace ArabicNews.Nlp.Cli;

/// <summary>The parsed command line.</summary>
internal sealed record CliOptions
{
    /// <summary>analyze, tokenize, normalize, or help / version.</summary>
    public required string Command { get; init; }

    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>json, text or html; null when not given (each command has its default).</summary>
    public string? Format { get; init; }

    public string? OutDir { get; init; }

    public bool Jsonl { get; init; }

    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>auto, always or never.</summary>
    public string Color { get; init; } = "auto";

    /// <summary>auto or never.</summary>
    public bool Progress { get; init; } = true;

    public bool KeepCarriageReturns { get; init; }

    public bool Compact { get; init; }

    public bool Segment { get; init; }

    /// <summary>search, matching, minimal or all.</summary>
    public string Preset { get; init; } = "matching";

    /// <summary>For <c>help</c>: the command asked about.</summary>
    public string? HelpTopic { get; init; }
}
