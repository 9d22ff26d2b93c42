using System.Text;
using System.Text.Json;
using ArabicNews.Nlp.TestSupport;

namespace ArabicNews.Nlp.Cli.Tests;

public sealed class TokenizeNormalizeTests
{
    [Fact]
    public void Tokenize_prints_the_tokens_as_json_with_surface_offsets()
    {
        var result = CliRunner.Run("tokenize", SharedData.SeedPath);
        Assert.Equal(0, result.ExitCode);
        string text = SharedData.SeedText;
        using JsonDocument json = JsonDocument.Parse(result.OutBytes);
        Assert.Equal(["tokens"], json.RootElement.EnumerateObject().Select(p => p.Name));
        foreach (JsonElement t in json.RootElement.GetProperty("tokens").EnumerateArray())
        {
            Assert.Equal(text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()], t.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Tokenize_as_text_prints_one_token_a_line()
    {
        var result = CliRunner.Run(Encoding.UTF8.GetBytes("قال بوتين: 3.5%"), false, "tokenize", "-", "--format", "text");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0\t3\tArabicWord\tقال\n4\t9\tArabicWord\tبوتين\n9\t10\tPunctuation\t:\n11\t15\tNumber\t3.5%\n", result.Out);
    }

    [Theory]
    [InlineData("matching", "قال الرييس اردوغان\n")]
    [InlineData("search", "قال الرئيس اردوغان\n")]
    [InlineData("minimal", "قال الرئيس إردوغان\n")]
    public void Normalize_applies_the_preset(string preset, string expected)
    {
        var result = CliRunner.Run(Encoding.UTF8.GetBytes("قالَ الرئيسُ إردوغان"), false, "normalize", "-", "--preset", preset);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Out);
    }

    [Fact]
    public void Tokenize_segment_gives_segments_that_tile_each_token_with_surface_offsets()
    {
        var result = CliRunner.Run("tokenize", SharedData.SeedPath, "--segment");
        Assert.Equal(0, result.ExitCode);
        string text = SharedData.SeedText;
        using JsonDocument json = JsonDocument.Parse(result.OutBytes);
        int split = 0;
        foreach (JsonElement t in json.RootElement.GetProperty("tokens").EnumerateArray())
        {
            var segments = t.GetProperty("segments").EnumerateArray().ToList();
            Assert.NotEmpty(segments);
            int at = t.GetProperty("start").GetInt32();
            foreach (JsonElement s in segments)
            {
                Assert.Equal(at, s.GetProperty("start").GetInt32());
                at = s.GetProperty("end").GetInt32();
                Assert.Equal(text[s.GetProperty("start").GetInt32()..at], s.GetProperty("text").GetString());
                Assert.Contains(s.GetProperty("role").GetString(), new[] { "proclitic", "stem", "enclitic" });
                Assert.False(string.IsNullOrEmpty(s.GetProperty("form").GetString()));
            }

            Assert.Equal(t.GetProperty("end").GetInt32(), at);
            Assert.Single(segments, s => s.GetProperty("role").GetString() == "stem");
            split += segments.Count > 1 ? 1 : 0;
        }

        Assert.True(split > 10);
    }

    [Fact]
    public void Segments_in_text_and_in_analyze_json()
    {
        byte[] input = Encoding.UTF8.GetBytes("وكتابه");
        var text = CliRunner.Run(input, false, "tokenize", "-", "--segment", "--format", "text");
        Assert.Equal("0\t6\tArabicWord\tوكتابه\tو+ كتاب +ه\n", text.Out);
        var analyzed = CliRunner.Run(input, false, "analyze", "-", "--segment", "--format", "json", "--compact");
        Assert.Contains("\"segments\":[{\"start\":0,\"end\":1,\"text\":\"و\",\"form\":\"و\",\"role\":\"proclitic\"}", analyzed.Out);
        Assert.DoesNotContain("segments", CliRunner.Run(input, false, "analyze", "-", "--format", "json").Out);
    }

    [Fact]
    public void Tokenize_refuses_a_folder()
    {
        using var dir = new TempDir();
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("tokenize", dir.Path).ExitCode);
    }
}
