using System.Text;
using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.Cli.Input;
using ArabicNews.Nlp.Cli.Output;
using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Cli.Commands;

/// <summary>
/// <c>analyze PATH...</c>: files, folders (every <c>.txt</c>, sub-folders included) or standard input, analyzed on
/// all cores, written in input order to standard output or one file per input under <c>--out</c>.
/// </summary>
internal static class AnalyzeCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static async Task<int> RunAsync(CliOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        if (options.Jsonl)
        {
            return await JsonlCommand.RunAsync(options, console, cancellationToken).ConfigureAwait(false);
        }

        string format = options.Format ?? (options.OutDir is null ? "text" : "json");
        List<InputDocument> inputs = InputExpander.Expand(options.Paths, ".txt", out bool batch);
        if (batch && options.OutDir is null && format == "html")
        {
            throw new CliException(ExitCodes.Usage, "several documents as HTML need --out DIR (one page per document)");
        }

        string extension = format switch { "json" => ".json", "html" => ".html", _ => ".txt" };
        Dictionary<InputDocument, string>? targets = options.OutDir is null ? null : PlanOutputs(inputs, options.OutDir, extension);
        bool color = options.OutDir is null && options.Color switch
        {
            "always" => true,
            "never" => false,
            _ => console.OutIsTerminal && !console.NoColor,
        };
        bool indented = !options.Compact && !(batch && options.OutDir is null);
        // Only the JSON shows segments: the text and HTML views skip the segmentation stage even with --segment.
        bool segments = options.Segment && format == "json";
        ArabicNewsAnalyzer analyzer = AnalyzerFor(segments);
        ArabicNormalizer normalizer = NormalizerFor(analyzer);

        byte[] Render(InputDocument input, AnalysisView view) => format switch
        {
            "json" when batch && options.OutDir is null => JsonOutput.Serialize(view, normalizer, indented: false, w => w.WriteString("id", input.Name)),
            "json" => JsonOutput.Serialize(view, normalizer, indented),
            "html" => Utf8NoBom.GetBytes(HtmlRenderer.Render(view)),
            _ => Utf8NoBom.GetBytes(TextRenderer.Render(view, color) + (batch ? "\n" : string.Empty)),
        };

        DocumentResult Work(InputDocument input)
        {
            try
            {
                byte[] bytes = input.Path is null ? TextDecoder.ReadAll(console.OpenInput()) : TextDecoder.ReadFile(input.Path);
                string text = TextDecoder.Decode(bytes, input.Name, options.KeepCarriageReturns);
                AnalyzedDocument document = Analyze(analyzer, text, input.Name, cancellationToken);
                string name = input.Path is null ? "stdin" : Path.GetFileName(input.Path);
                if (targets is not null && format == "json")
                {
                    // Streamed to the file: a large document's JSON can exceed what one byte array holds.
                    WriteFile(targets[input], stream => JsonOutput.Write(stream, AnalysisView.From(name, document, segments), normalizer, indented));
                    return new DocumentResult(null, null);
                }

                if (targets is null && !batch && format == "json")
                {
                    // One document to standard output, streamed too: nothing else is written, so order is kept.
                    JsonOutput.Write(console.Out, AnalysisView.From(name, document, segments), normalizer, indented);
                    return new DocumentResult(null, null);
                }

                byte[] output = Render(input, AnalysisView.From(name, document, segments));
                if (targets is null)
                {
                    return new DocumentResult(output, null);
                }

                WriteFile(targets[input], output);
                return new DocumentResult(null, null);
            }
            catch (CliException e)
            {
                return new DocumentResult(null, e);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception e)
            {
                return new DocumentResult(null, new CliException(ExitCodes.InternalError, $"{input.Name}: analysis failed ({e.GetType().Name}: {e.Message})"));
            }
        }

        var report = new BatchReport(console, batch);
        using (var progress = new ProgressBar(console, options.Progress && batch, inputs.Count, "documents"))
        {
            await OrderedPipeline.RunAsync(
                inputs,
                Work,
                (input, result) =>
                {
                    if (result.Error is not null)
                    {
                        report.Fail(result.Error);
                    }
                    else
                    {
                        report.Succeed();
                        if (result.Output is not null)
                        {
                            console.Out.Write(result.Output);
                        }
                    }

                    progress.Advance();
                },
                options.Jobs,
                cancellationToken).ConfigureAwait(false);
        }

        await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return report.Finish("documents");
    }

    /// <summary>
    /// The analyzer of the analyze command: the default settings without the segmentation stage, which only
    /// <c>--segment</c> shows (<see cref="SegmentingAnalyzer"/>), so that analyze costs no more without it.
    /// </summary>
    public static ArabicNewsAnalyzer Analyzer { get; } = new(new AnalyzerOptions { SegmentClitics = false });

    /// <summary>The analyzer of <c>analyze --segment</c>: <see cref="Analyzer"/>'s settings with the segmentation stage.</summary>
    public static ArabicNewsAnalyzer SegmentingAnalyzer { get; } = new(Analyzer.Options with { SegmentClitics = true });

    /// <summary>The analyzer for JSON with or without each token's segments.</summary>
    /// <param name="segments">Whether the output shows segments.</param>
    public static ArabicNewsAnalyzer AnalyzerFor(bool segments) => segments ? SegmentingAnalyzer : Analyzer;

    /// <summary>Analyzes a text, mapping the analyzer's refusal of an over-long text to an input error.</summary>
    public static AnalyzedDocument Analyze(ArabicNewsAnalyzer analyzer, string text, string name, CancellationToken cancellationToken)
    {
        if (text.Length > analyzer.Options.MaxDocumentLength)
        {
            throw new CliException(ExitCodes.IoError, $"{name}: the document has {text.Length} characters; the limit is {analyzer.Options.MaxDocumentLength}");
        }

        return analyzer.Analyze(text, cancellationToken);
    }

    /// <summary>The normalizer that gives each token its <c>normalized</c> form, the analyzer's own normalization.</summary>
    public static ArabicNormalizer NormalizerFor(ArabicNewsAnalyzer analyzer) => analyzer.Options.Normalization switch
    {
        NormalizationPresets.Matching => ArabicNormalizer.Matching,
        NormalizationPresets.Search => ArabicNormalizer.Search,
        NormalizationPresets.Minimal => ArabicNormalizer.Minimal,
        var other => new ArabicNormalizer(other),
    };

    /// <summary>Maps each input to its output file under <paramref name="outDir"/>, refusing collisions and overwriting an input.</summary>
    public static Dictionary<InputDocument, string> PlanOutputs(IReadOnlyList<InputDocument> inputs, string outDir, string extension)
    {
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.IoError, $"{outDir}: the output folder cannot be created ({e.Message})");
        }

        var targets = new Dictionary<InputDocument, string>();
        var seen = new Dictionary<string, InputDocument>(StringComparer.Ordinal);
        var inputPaths = new HashSet<string>(inputs.Where(i => i.Path is not null).Select(i => Path.GetFullPath(i.Path!)), StringComparer.Ordinal);
        foreach (InputDocument input in inputs)
        {
            string target = Path.GetFullPath(Path.Combine(outDir, input.OutputStem + extension));
            if (seen.TryGetValue(target, out InputDocument? other))
            {
                throw new CliException(ExitCodes.Usage, $"{input.Name} and {other.Name} would both be written to {target}; analyze them into different --out folders");
            }

            if (inputPaths.Contains(target))
            {
                throw new CliException(ExitCodes.Usage, $"writing {target} would overwrite an input; choose another --out folder");
            }

            seen[target] = input;
            targets[input] = target;
        }

        return targets;
    }

    /// <summary>Writes an output file (its folder created), mapping failures to <see cref="ExitCodes.IoError"/>.</summary>
    public static void WriteFile(string path, byte[] bytes) => WriteFile(path, stream => stream.Write(bytes));

    /// <summary>Creates <paramref name="path"/> (and its folder) and lets <paramref name="write"/> fill it; I/O failures become <see cref="ExitCodes.IoError"/>.</summary>
    private static void WriteFile(string path, Action<Stream> write)
    {
        try
        {
            string? dir = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }

            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            write(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.IoError, $"{path}: cannot be written ({e.Message})");
        }
    }

    private sealed record DocumentResult(byte[]? Output, CliException? Error);
}
