using System.Text;
using System.Text.Json;
using ArabicNews.Nlp.TestSupport;

namespace ArabicNews.Nlp.Cli.Tests;

public sealed class BatchAndErrorTests
{
    [Fact]
    public void A_folder_becomes_one_output_per_txt_file_with_the_same_name_and_sub_folders()
    {
        using var input = new TempDir();
        input.File("news-01.txt", "قال بوتين في موسكو");
        input.File("news-02.txt", "أعلن إردوغان");
        input.File("sub/news-03.txt", "وقال المتحدث");
        input.File("notes.md", "ليس نصاً");
        using var output = new TempDir();
        var result = CliRunner.Run("analyze", input.Path, "--out", output.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        string[] files = [.. Directory.GetFiles(output.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output.Path, f)).Order(StringComparer.Ordinal)];
        Assert.Equal(["news-01.json", "news-02.json", Path.Combine("sub", "news-03.json")], files);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(output.Sub("news-02.json")));
        Assert.Equal(2, json.RootElement.GetProperty("tokens").GetArrayLength());
    }

    [Theory]
    [InlineData("text", ".txt")]
    [InlineData("html", ".html")]
    [InlineData("json", ".json")]
    public void Out_files_take_the_formats_extension(string format, string extension)
    {
        using var input = new TempDir();
        string file = input.File("doc.txt", "قال بوتين");
        using var output = new TempDir();
        var result = CliRunner.Run("analyze", file, "--format", format, "--out", output.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(output.Sub("doc" + extension)));
    }

    [Fact]
    public void One_bad_document_in_a_batch_is_reported_and_skipped_and_the_others_are_written()
    {
        using var input = new TempDir();
        input.File("a-good.txt", "قال بوتين");
        input.Bytes("b-bad.txt", [0xD9, 0x82, 0xFF, 0xFE, 0x41]);
        input.File("c-empty.txt", "  \n ");
        input.File("d-good.txt", "في موسكو");
        using var output = new TempDir();
        var result = CliRunner.Run("analyze", input.Path, "--format", "json", "--out", output.Path);
        Assert.Equal(ExitCodes.SomeDocumentsSkipped, result.ExitCode);
        Assert.True(File.Exists(output.Sub("a-good.json")));
        Assert.True(File.Exists(output.Sub("d-good.json")));
        Assert.False(File.Exists(output.Sub("b-bad.json")));
        Assert.False(File.Exists(output.Sub("c-empty.json")));
        Assert.Contains("b-bad.txt", result.Error);
        Assert.Contains("UTF-8", result.Error);
        Assert.Contains("c-empty.txt", result.Error);
        Assert.Contains("2 documents done, 2 skipped", result.Error);
    }

    [Fact]
    public void A_bad_document_among_several_paths_on_standard_output_loses_no_other()
    {
        using var input = new TempDir();
        string good = input.File("good.txt", "قال بوتين");
        string bad = input.Bytes("bad.txt", [0xFF, 0xFE, 0x41, 0x00]);
        var result = CliRunner.Run("analyze", bad, good, "--format", "json");
        Assert.Equal(ExitCodes.SomeDocumentsSkipped, result.ExitCode);
        Assert.Single(result.Out.TrimEnd('\n').Split('\n'));
        Assert.Contains(good, result.Out);
        Assert.Contains("UTF-16", result.Error);
    }

    public static TheoryData<string, byte[]?, int> ErrorCases => new()
    {
        { "missing", null, ExitCodes.NotFound },
        { "invalid-utf8", [0x41, 0xC3, 0x28, 0x42], ExitCodes.InvalidUtf8 },
        { "latin1", Encoding.Latin1.GetBytes("caf\u00e9 \u00e0 Paris"), ExitCodes.InvalidUtf8 },
        { "utf16", [0xFF, 0xFE, 0x42, 0x06, 0x44, 0x06], ExitCodes.UnsupportedEncoding },
        { "utf16be", [0xFE, 0xFF, 0x06, 0x42], ExitCodes.UnsupportedEncoding },
        { "binary", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], ExitCodes.UnsupportedEncoding },
        { "empty", [], ExitCodes.EmptyInput },
        { "blank", [0xEF, 0xBB, 0xBF, 0x20, 0x0A, 0x09], ExitCodes.EmptyInput },
    };

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void Each_error_class_of_a_single_document_has_its_exit_code_and_a_message(string name, byte[]? bytes, int expected)
    {
        using var dir = new TempDir();
        string path = bytes is null ? dir.Sub(name + ".txt") : dir.Bytes(name + ".txt", bytes);
        foreach (string command in new[] { "analyze", "tokenize", "normalize" })
        {
            var result = CliRunner.Run(command, path);
            Assert.Equal(expected, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.StartsWith("arabic-news: error: ", result.Error);
            Assert.Contains(path, result.Error);
        }
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_an_io_error()
    {
        using var dir = new TempDir();
        string input = dir.File("doc.txt", "قال بوتين");
        string notAFolder = dir.File("file-in-the-way", "x");
        var result = CliRunner.Run("analyze", input, "--out", notAFolder);
        Assert.Equal(ExitCodes.IoError, result.ExitCode);
        Assert.Contains("file-in-the-way", result.Error);
    }

    [Fact]
    public void A_missing_path_among_several_is_reported_before_any_work()
    {
        using var dir = new TempDir();
        string good = dir.File("good.txt", "قال بوتين");
        using var output = new TempDir();
        var result = CliRunner.Run("analyze", good, dir.Sub("missing.txt"), "--out", output.Path);
        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("missing.txt: no such file or folder", result.Error);
    }

    [Fact]
    public void Empty_standard_input_and_an_empty_folder_are_empty_input()
    {
        Assert.Equal(ExitCodes.EmptyInput, CliRunner.Run([], false, "analyze", "-").ExitCode);
        using var dir = new TempDir();
        dir.File("readme.md", "x");
        var result = CliRunner.Run("analyze", dir.Path);
        Assert.Equal(ExitCodes.EmptyInput, result.ExitCode);
        Assert.Contains("no .txt file", result.Error);
    }

    [Theory]
    [InlineData("frobnicate", "x.txt")]
    [InlineData("analyze")]
    [InlineData("analyze", "x.txt", "--format", "pdf")]
    [InlineData("analyze", "x.txt", "--format")]
    [InlineData("analyze", "x.txt", "--bogus")]
    [InlineData("analyze", "x.txt", "--jobs", "0")]
    [InlineData("analyze", "x.txt", "--jsonl", "--format", "html")]
    [InlineData("tokenize", "a.txt", "b.txt")]
    [InlineData("normalize", "x.txt", "--preset", "heavy")]
    [InlineData("normalize", "x.txt", "--segment")]
    [InlineData("tokenize", "x.txt", "--out", "o")]
    [InlineData("--nope")]
    public void Bad_arguments_exit_with_2_and_point_to_help(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--help", result.Error);
    }

    [Fact]
    public void Several_documents_as_html_need_an_out_folder()
    {
        using var dir = new TempDir();
        string a = dir.File("a.txt", "قال");
        string b = dir.File("b.txt", "قال");
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("analyze", a, b, "--format", "html").ExitCode);
    }

    [Fact]
    public void Two_inputs_with_the_same_output_name_are_refused_before_any_work()
    {
        using var dir = new TempDir();
        string a = dir.File("x/doc.txt", "قال");
        string b = dir.File("y/doc.txt", "قال");
        using var output = new TempDir();
        var result = CliRunner.Run("analyze", a, b, "--out", output.Path);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Empty(Directory.GetFiles(output.Path));
    }

    [Fact]
    public void Output_never_overwrites_an_input()
    {
        using var dir = new TempDir();
        string a = dir.File("doc.txt", "قال بوتين");
        var result = CliRunner.Run("analyze", a, "--format", "text", "--out", dir.Path);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("قال بوتين", File.ReadAllText(a));
    }

    [Fact]
    public void Help_lists_the_commands_and_every_exit_code()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        foreach (string word in new[] { "analyze", "tokenize", "normalize", "exit codes" })
        {
            Assert.Contains(word, result.Out);
        }

        foreach (int code in new[] { ExitCodes.SomeDocumentsSkipped, ExitCodes.Usage, ExitCodes.NotFound, ExitCodes.InvalidUtf8, ExitCodes.UnsupportedEncoding, ExitCodes.EmptyInput, ExitCodes.IoError })
        {
            Assert.Contains($"\n  {code}  ", result.Out);
        }

        Assert.Contains("--jsonl", CliRunner.Run("analyze", "--help").Out);
        Assert.Contains("--preset", CliRunner.Run("normalize", "-h").Out);
        Assert.Equal(0, CliRunner.Run().ExitCode);
    }

    [Fact]
    public void The_seed_analyzes_without_error_as_every_format()
    {
        foreach (string format in new[] { "text", "json", "html" })
        {
            var result = CliRunner.Run("analyze", SharedData.SeedPath, "--format", format);
            Assert.Equal(0, result.ExitCode);
            Assert.NotEmpty(result.Out);
        }
    }
}
