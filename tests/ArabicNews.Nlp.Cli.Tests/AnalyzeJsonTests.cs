using System.Text;
using System.Text.Json;
using ArabicNews.Nlp.TestSupport;

namespace ArabicNews.Nlp.Cli.Tests;

public sealed class AnalyzeJsonTests
{
    private static readonly string[] Types = ["PERSON", "COUNTRY", "PLACE", "ORGANIZATION", "NATIONALITY"];

    [Fact]
    public void Seed_json_has_the_documented_shape_and_exact_offsets()
    {
        var result = CliRunner.Run("analyze", SharedData.SeedPath, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        string text = SharedData.SeedText;
        using JsonDocument json = JsonDocument.Parse(result.OutBytes);
        JsonElement root = json.RootElement;
        Assert.Equal(["sentences", "tokens", "entities", "quotes"], root.EnumerateObject().Select(p => p.Name));

        var sentences = root.GetProperty("sentences").EnumerateArray().ToList();
        Assert.NotEmpty(sentences);
        int previous = 0;
        foreach (JsonElement s in sentences)
        {
            int start = s.GetProperty("start").GetInt32(), end = s.GetProperty("end").GetInt32();
            Assert.InRange(start, previous, end);
            Assert.InRange(end, start, text.Length);
            previous = end;
        }

        var tokens = root.GetProperty("tokens").EnumerateArray().ToList();
        Assert.True(tokens.Count > 100);
        foreach (JsonElement t in tokens)
        {
            int start = t.GetProperty("start").GetInt32(), end = t.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], t.GetProperty("text").GetString());
            Assert.False(string.IsNullOrEmpty(t.GetProperty("kind").GetString()));
            Assert.Equal(JsonValueKind.String, t.GetProperty("normalized").ValueKind);
        }

        foreach (JsonElement e in root.GetProperty("entities").EnumerateArray())
        {
            int start = e.GetProperty("start").GetInt32(), end = e.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], e.GetProperty("text").GetString());
            Assert.Contains(e.GetProperty("type").GetString(), Types);
            Assert.False(string.IsNullOrEmpty(e.GetProperty("canonical").GetString()));
            Assert.InRange(e.GetProperty("confidence").GetDouble(), 0, 1);
        }

        foreach (JsonElement q in root.GetProperty("quotes").EnumerateArray())
        {
            Assert.Contains(q.GetProperty("kind").GetString(), new[] { "direct", "indirect", "mixed" });
            JsonElement content = q.GetProperty("content");
            Assert.Equal(text[content.GetProperty("start").GetInt32()..content.GetProperty("end").GetInt32()], content.GetProperty("text").GetString());
            Assert.True(q.TryGetProperty("cue", out _));
            Assert.True(q.TryGetProperty("speaker", out _));
            Assert.Equal(JsonValueKind.Array, q.GetProperty("via").ValueKind);
        }
    }

    [Fact]
    public void Json_writes_arabic_as_utf8_not_escapes()
    {
        var result = CliRunner.Run("analyze", SharedData.SeedPath, "--format", "json", "--compact");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\\u06", result.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"text\":\"بوتين\"", result.Out);
        Assert.Single(result.Out.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_byte_order_mark_stays_at_offset_0_and_crlf_reads_as_python_reads_it()
    {
        using var dir = new TempDir();
        byte[] body = Encoding.UTF8.GetBytes("قال بوتين\r\nفي موسكو\rاليوم");
        string path = dir.Bytes("bom.txt", [0xEF, 0xBB, 0xBF, .. body]);

        // What Python's Path.read_text(encoding="utf-8") returns: the BOM as U+FEFF, universal newlines.
        string python = "\uFEFFقال بوتين\nفي موسكو\nاليوم";
        var result = CliRunner.Run("analyze", path, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.OutBytes);
        var tokens = json.RootElement.GetProperty("tokens").EnumerateArray().ToList();
        Assert.Equal(1, tokens[0].GetProperty("start").GetInt32());
        foreach (JsonElement t in tokens)
        {
            Assert.Equal(python[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()], t.GetProperty("text").GetString());
        }

        Assert.Equal(["قال", "بوتين", "في", "موسكو", "اليوم"], tokens.Select(t => t.GetProperty("text").GetString()));

        var kept = CliRunner.Run("analyze", path, "--format", "json", "--keep-cr");
        using JsonDocument keptJson = JsonDocument.Parse(kept.OutBytes);
        Assert.Equal(12, keptJson.RootElement.GetProperty("tokens")[2].GetProperty("start").GetInt32());
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var result = CliRunner.Run(Encoding.UTF8.GetBytes("أعلن الرئيس الروسي"), false, "analyze", "-", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.OutBytes);
        Assert.Equal(3, json.RootElement.GetProperty("tokens").GetArrayLength());
    }

    [Fact]
    public void Several_documents_on_standard_output_are_json_lines_with_ids()
    {
        using var dir = new TempDir();
        string a = dir.File("a.txt", "قال بوتين");
        string b = dir.File("b.txt", "في موسكو اليوم");
        var result = CliRunner.Run("analyze", a, b, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        using JsonDocument second = JsonDocument.Parse(lines[1]);
        Assert.Equal(a, first.RootElement.GetProperty("id").GetString());
        Assert.Equal(b, second.RootElement.GetProperty("id").GetString());
        Assert.Equal(3, second.RootElement.GetProperty("tokens").GetArrayLength());
    }

    [Fact]
    public void Score_py_reads_the_output_of_a_folder_when_shared_data_is_present()
    {
        string? dev = SharedData.TryGetShared("eval", "dev");
        if (dev is null)
        {
            return;
        }

        using var outDir = new TempDir();
        var result = CliRunner.Run("analyze", dev, "--format", "json", "--out", outDir.Path);
        Assert.Equal(0, result.ExitCode);
        foreach (string gold in Directory.GetFiles(dev, "*.gold.json"))
        {
            string name = Path.GetFileName(gold)[..^".gold.json".Length];
            string predicted = Path.Combine(outDir.Path, name + ".json");
            Assert.True(File.Exists(predicted), predicted);
            using JsonDocument goldJson = JsonDocument.Parse(File.ReadAllBytes(gold));
            using JsonDocument predJson = JsonDocument.Parse(File.ReadAllBytes(predicted));
            string text = goldJson.RootElement.GetProperty("text").GetString()!;
            foreach (JsonElement t in predJson.RootElement.GetProperty("tokens").EnumerateArray())
            {
                Assert.Equal(text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()], t.GetProperty("text").GetString());
            }
        }
    }
}
