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
    public void Tokenize_refuses_a_folder()
    {
        using var dir = new TempDir();
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("tokenize", dir.Path).ExitCode);
    }
}
