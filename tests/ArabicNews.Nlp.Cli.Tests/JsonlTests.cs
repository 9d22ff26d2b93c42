using System.Text;
using System.Text.Json;

namespace ArabicNews.Nlp.Cli.Tests;

public sealed class JsonlTests
{
    private static readonly string[] Sentences =
    [
        "قال الرئيس في موسكو إن المباحثات كانت جيدة.",
        "أعلن وزير الخارجية أن الاجتماع سيعقد غداً.",
        "وأضاف المتحدث: \"لا تغيير في الموقف\".",
    ];

    private static byte[] Lines(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    private static string Line(object id, string text) =>
        "{\"id\":" + (id is string s ? JsonSerializer.Serialize(s) : id.ToString()) + ",\"text\":" + JsonSerializer.Serialize(text) + "}";

    [Fact]
    public void Lines_come_out_in_input_order_with_their_ids_however_many_jobs()
    {
        var input = Enumerable.Range(0, 200).Select(i => Line(i % 2 == 0 ? $"doc-{i}" : i, Sentences[i % 3] + new string('.', i % 7))).ToList();
        foreach (string jobs in new[] { "1", "4" })
        {
            var result = CliRunner.Run(Lines(input), false, "analyze", "--jsonl", "-", "--jobs", jobs);
            Assert.Equal(0, result.ExitCode);
            string[] output = result.Out.TrimEnd('\n').Split('\n');
            Assert.Equal(200, output.Length);
            for (int i = 0; i < output.Length; i++)
            {
                using JsonDocument json = JsonDocument.Parse(output[i]);
                JsonElement id = json.RootElement.GetProperty("id");
                if (i % 2 == 0)
                {
                    Assert.Equal($"doc-{i}", id.GetString());
                }
                else
                {
                    Assert.Equal(i, id.GetInt32());
                }

                Assert.Equal(["id", "sentences", "tokens", "entities", "quotes"], json.RootElement.EnumerateObject().Select(p => p.Name));
            }
        }
    }

    [Fact]
    public void A_bad_line_is_reported_and_skipped_and_the_others_are_kept()
    {
        byte[] bad = [.. Encoding.UTF8.GetBytes("{\"id\":\"x\",\"text\":\""), 0xFF, .. Encoding.UTF8.GetBytes("\"}")];
        var input = new List<byte[]>
        {
            Encoding.UTF8.GetBytes(Line("a", Sentences[0])),
            Encoding.UTF8.GetBytes("not json"),
            bad,
            Encoding.UTF8.GetBytes("{\"id\":\"no-text\"}"),
            Encoding.UTF8.GetBytes(Line("empty", "   ")),
            Encoding.UTF8.GetBytes(Line("b", Sentences[1])),
        };
        byte[] stream = [.. input.SelectMany(l => l.Append((byte)'\n'))];
        var result = CliRunner.Run(stream, false, "analyze", "--jsonl", "-");
        Assert.Equal(ExitCodes.SomeDocumentsSkipped, result.ExitCode);
        string[] output = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, output.Length);
        Assert.Contains("\"id\":\"a\"", output[0]);
        Assert.Contains("\"id\":\"b\"", output[1]);
        Assert.Contains("line 2", result.Error);
        Assert.Contains("line 3", result.Error);
        Assert.Contains("line 4", result.Error);
        Assert.Contains("line 5", result.Error);
        Assert.Contains("2 lines done, 4 skipped", result.Error);
    }

    [Fact]
    public void A_line_without_id_gets_its_line_number_and_crlf_and_blank_lines_are_fine()
    {
        byte[] stream = Encoding.UTF8.GetBytes("\uFEFF{\"text\":\"قال بوتين\"}\r\n\r\n{\"id\":7,\"text\":\"في موسكو\"}");
        var result = CliRunner.Run(stream, false, "analyze", "--jsonl", "-");
        Assert.Equal(0, result.ExitCode);
        string[] output = result.Out.TrimEnd('\n').Split('\n');
        Assert.StartsWith("{\"id\":1,", output[0]);
        Assert.StartsWith("{\"id\":7,", output[1]);
    }

    [Fact]
    public void Jsonl_files_go_to_out_with_the_same_name()
    {
        using var dir = new TempDir();
        string file = dir.File("corpus.jsonl", Line("a", Sentences[0]) + "\n" + Line("b", Sentences[2]) + "\n");
        using var output = new TempDir();
        var result = CliRunner.Run("analyze", "--jsonl", file, "--out", output.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, File.ReadAllLines(output.Sub("corpus.jsonl")).Length);
    }

    [Fact]
    public void An_empty_jsonl_stream_is_empty_input()
    {
        Assert.Equal(ExitCodes.EmptyInput, CliRunner.Run(Encoding.UTF8.GetBytes("\n\n"), false, "analyze", "--jsonl", "-").ExitCode);
    }

    [Fact]
    public async Task The_pipeline_reads_lazily_and_keeps_order()
    {
        int read = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }

        var seen = new List<int>();
        int maxAhead = 0;
        await OrderedPipeline.RunAsync(
            Source(),
            i =>
            {
                Thread.SpinWait((1000 - i) * 50);
                return i * 2;
            },
            (i, r) =>
            {
                Assert.Equal(i * 2, r);
                seen.Add(i);
                maxAhead = Math.Max(maxAhead, Volatile.Read(ref read) - seen.Count);
            },
            jobs: 4,
            CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 1000), seen);
        Assert.InRange(maxAhead, 0, 4 * 3 + 2);
    }
}
