namespace ArabicNews.Nlp.Cli;

/// <summary>A small hand-written parser (no reflection, AOT friendly): <c>--name value</c>, <c>--name=value</c>, short aliases, <c>--</c>.</summary>
internal static class ArgumentParser
{
    private static readonly string[] Commands = ["analyze", "tokenize", "normalize"];

    /// <summary>Parses the arguments, or throws a <see cref="CliException"/> with <see cref="ExitCodes.Usage"/>.</summary>
    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return new CliOptions { Command = "help" };
        }

        string first = args[0];
        switch (first)
        {
            case "-h" or "--help" or "-?" or "help":
                return new CliOptions { Command = "help", HelpTopic = args.Count > 1 ? args[1] : null };
            case "--version" or "version":
                return new CliOptions { Command = "version" };
        }

        if (!Commands.Contains(first))
        {
            throw Usage(first.StartsWith('-') ? $"unknown option '{first}' (a command comes first: analyze, tokenize or normalize)" : $"unknown command '{first}' (analyze, tokenize or normalize)");
        }

        var paths = new List<string>();
        var options = new CliOptions { Command = first };
        bool onlyPaths = false;
        for (int i = 1; i < args.Count; i++)
        {
            string arg = args[i];
            if (onlyPaths || arg == "-" || !arg.StartsWith('-'))
            {
                paths.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPaths = true;
                continue;
            }

            string name = arg;
            string? inline = null;
            int eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                name = arg[..eq];
                inline = arg[(eq + 1)..];
            }

            string Value()
            {
                if (inline is not null)
                {
                    return inline;
                }

                if (i + 1 >= args.Count)
                {
                    throw Usage($"option '{name}' needs a value");
                }

                return args[++i];
            }

            void Flag()
            {
                if (inline is not null)
                {
                    throw Usage($"option '{name}' takes no value");
                }
            }

            switch (name)
            {
                case "-h" or "--help":
                    return new CliOptions { Command = "help", HelpTopic = first };
                case "-f" or "--format":
                    options = options with { Format = OneOf(name, Value(), first == "analyze" ? ["json", "text", "html"] : ["json", "text"]) };
                    break;
                case "-o" or "--out":
                    if (first != "analyze")
                    {
                        throw Usage($"option '{name}' belongs to analyze");
                    }

                    options = options with { OutDir = Value() };
                    break;
                case "--jsonl":
                    Flag();
                    options = options with { Jsonl = true };
                    break;
                case "-j" or "--jobs":
                    string jobs = Value();
                    if (!int.TryParse(jobs, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) || n < 1 || n > 1024)
                    {
                        throw Usage($"option '{name}' needs a whole number from 1 to 1024, not '{jobs}'");
                    }

                    options = options with { Jobs = n };
                    break;
                case "--color" or "--colour":
                    options = options with { Color = OneOf(name, Value(), ["auto", "always", "never"]) };
                    break;
                case "--no-color" or "--no-colour":
                    Flag();
                    options = options with { Color = "never" };
                    break;
                case "--no-progress" or "-q" or "--quiet":
                    Flag();
                    options = options with { Progress = false };
                    break;
                case "--keep-cr":
                    Flag();
                    options = options with { KeepCarriageReturns = true };
                    break;
                case "--compact":
                    Flag();
                    options = options with { Compact = true };
                    break;
                case "--segment":
                    Flag();
                    if (first == "normalize")
                    {
                        throw Usage($"option '{name}' belongs to tokenize and analyze");
                    }

                    options = options with { Segment = true };
                    break;
                case "-p" or "--preset":
                    if (first != "normalize")
                    {
                        throw Usage($"option '{name}' belongs to normalize");
                    }

                    options = options with { Preset = OneOf(name, Value(), ["search", "matching", "minimal", "all"]) };
                    break;
                default:
                    throw Usage($"unknown option '{name}' for {first} (see arabic-news {first} --help)");
            }
        }

        if (paths.Count == 0)
        {
            throw Usage($"{first} needs a PATH (a file{(first == "analyze" ? ", a folder" : string.Empty)}, or - for standard input)");
        }

        if (first != "analyze" && paths.Count > 1)
        {
            throw Usage($"{first} takes one PATH, not {paths.Count}");
        }

        if (options.Jsonl && options.Format is "text" or "html")
        {
            throw Usage("--jsonl writes JSON lines; --format text or html cannot be combined with it");
        }

        return options with { Paths = paths };
    }

    private static string OneOf(string name, string value, string[] allowed)
    {
        string lower = value.ToLowerInvariant();
        if (!allowed.Contains(lower))
        {
            throw Usage($"option '{name}' takes {string.Join(", ", allowed.Take(allowed.Length - 1))} or {allowed[^1]}, not '{value}'");
        }

        return lower;
    }

    private static CliException Usage(string message) => new(ExitCodes.Usage, message);
}
