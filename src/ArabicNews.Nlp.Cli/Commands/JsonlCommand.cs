using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.Cli.Input;
using ArabicNews.Nlp.Cli.Output;
using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Cli.Commands;

/// <summary>
/// <c>analyze --jsonl</c>: input lines <c>{"id": …, "text": …}</c> → output lines <c>{"id": …, …analysis…}</c>, streamed
/// (constant memory), analyzed on all cores, written in input order. A bad line is reported on standard error and
/// skipped. The id is copied as it is (string or number); a line without one gets its line number.
/// </summary>
internal static class JsonlCommand
{
    public static async Task<int> RunAsync(CliOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        List<InputDocument> inputs = InputExpander.Expand(options.Paths, ".jsonl", out _);
        Dictionary<InputDocument, string>? targets = options.OutDir is null ? null : AnalyzeCommand.PlanOutputs(inputs, options.OutDir, ".jsonl");
        ArabicNewsAnalyzer analyzer = AnalyzeCommand.AnalyzerFor(options.Segment);
        ArabicNormalizer normalizer = AnalyzeCommand.NormalizerFor(analyzer);
        var report = new BatchReport(console, batch: true);
        foreach (InputDocument input in inputs)
        {
            Stream source = input.Path is null ? console.OpenInput() : OpenRead(input.Path);
            Stream target = targets is null ? console.Out : OpenWrite(targets[input]);
            try
            {
                long total = input.Path is null || !source.CanSeek ? 0 : source.Length;
                using var progress = new ProgressBar(console, options.Progress, total > 0 ? total : null, "bytes");
                await OrderedPipeline.RunAsync(
                    LineReader.ReadLines(source),
                    line => Work(input, line.Number, line.Bytes, analyzer, normalizer, options.Segment, cancellationToken),
                    (line, result) =>
                    {
                        if (result.Error is not null)
                        {
                            report.Fail(result.Error);
                        }
                        else
                        {
                            report.Succeed();
                            target.Write(result.Output);
                        }

                        progress.Advance(line.Bytes.Length + 1);
                    },
                    options.Jobs,
                    cancellationToken).ConfigureAwait(false);
                await target.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new CliException(ExitCodes.IoError, $"{input.Name}: {e.Message}");
            }
            finally
            {
                if (input.Path is not null)
                {
                    await source.DisposeAsync().ConfigureAwait(false);
                }

                if (targets is not null)
                {
                    await target.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        if (report.Succeeded == 0 && report.Skipped == 0)
        {
            throw new CliException(ExitCodes.EmptyInput, "the JSONL input holds no line");
        }

        return report.Finish("lines");
    }

    private static LineResult Work(InputDocument input, long number, byte[] bytes, ArabicNewsAnalyzer analyzer, ArabicNormalizer normalizer, bool segments, CancellationToken cancellationToken)
    {
        string where = string.Create(CultureInfo.InvariantCulture, $"{input.Name} line {number}");
        try
        {
            if (!Utf8.IsValid(bytes))
            {
                return Fail(ExitCodes.InvalidUtf8, $"{where}: not valid UTF-8");
            }

            using JsonDocument json = JsonDocument.Parse(bytes);
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(ExitCodes.IoError, $"{where}: a line must be a JSON object {{\"id\": …, \"text\": …}}");
            }

            bool hasId = root.TryGetProperty("id", out JsonElement id);
            if (hasId)
            {
                where += id.ValueKind == JsonValueKind.String ? $" (id \"{id.GetString()}\")" : $" (id {id.GetRawText()})";
            }

            if (!root.TryGetProperty("text", out JsonElement textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return Fail(ExitCodes.IoError, $"{where}: no \"text\" string");
            }

            string text = textElement.GetString()!;
            if (TextDecoder.IsBlank(text))
            {
                return Fail(ExitCodes.EmptyInput, $"{where}: the text is empty");
            }

            AnalyzedDocument document = AnalyzeCommand.Analyze(analyzer, text, where, cancellationToken);
            byte[] output = JsonOutput.Serialize(AnalysisView.From(where, document, segments), normalizer, indented: false, w =>
            {
                w.WritePropertyName("id");
                if (hasId)
                {
                    id.WriteTo(w);
                }
                else
                {
                    w.WriteNumberValue(number);
                }
            });
            return new LineResult(output, null);
        }
        catch (JsonException e)
        {
            return Fail(ExitCodes.IoError, $"{where}: not a JSON line ({e.Message})");
        }
        catch (CliException e)
        {
            return new LineResult(null, e);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            return Fail(ExitCodes.InternalError, $"{where}: analysis failed ({e.GetType().Name}: {e.Message})");
        }
    }

    private static LineResult Fail(int code, string message) => new(null, new CliException(code, message));

    private static FileStream OpenRead(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException(ExitCodes.NotFound, $"{path}: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.IoError, $"{path}: cannot be read ({e.Message})");
        }
    }

    private static FileStream OpenWrite(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.IoError, $"{path}: cannot be written ({e.Message})");
        }
    }

    private sealed record LineResult(byte[]? Output, CliException? Error);
}
