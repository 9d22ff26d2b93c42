using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArabicNews.Nlp.Cli.Output;
using ArabicNews.Nlp.TestSupport;

namespace ArabicNews.Nlp.Cli.Tests;

/// <summary>
/// Renders HTML pages in headless Chromium (Debian's <c>chromium</c> package; .ci/run installs it) and checks the
/// page's structure in the DOM Chromium built. Skips (returns early) when no Chromium is on the PATH.
/// </summary>
[Trait("Category", "Chromium")]
public sealed class ChromiumTests
{
    [Fact]
    public void The_seed_page_renders_in_chromium_with_its_structure()
    {
        string? chromium = Chromium.Find();
        if (chromium is null)
        {
            return;
        }

        using var dir = new TempDir();
        Assert.Equal(0, CliRunner.Run("analyze", SharedData.SeedPath, "--format", "html", "--out", dir.Path).ExitCode);
        var json = CliRunner.Run("analyze", SharedData.SeedPath, "--format", "json");
        using JsonDocument analysis = JsonDocument.Parse(json.OutBytes);
        int entities = analysis.RootElement.GetProperty("entities").GetArrayLength();
        int quotes = analysis.RootElement.GetProperty("quotes").GetArrayLength();

        string dom = Chromium.DumpDom(chromium, Path.Combine(dir.Path, "putin-erdogan-moscow-summit.html"));
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", dom);
        Assert.Contains("<article id=\"article\" class=\"article\" dir=\"rtl\">", dom);
        Assert.Contains("بوتين", dom);
        AssertLegend(dom);
        Assert.Contains("<section id=\"quotes\">", dom);
        Assert.Contains("<section id=\"entities\">", dom);
        Assert.Contains($"<span data-count=\"entities\">{entities}</span>", dom);
        Assert.Contains($"<span data-count=\"quotes\">{quotes}</span>", dom);
        Assert.Equal(entities, Regex.Matches(dom, "data-entity=\"([0-9]+)\"").Select(m => m.Groups[1].Value).Distinct().Count());
        Assert.Equal(quotes, Regex.Count(dom, "<li id=\"quote-[0-9]+\""));
        foreach (JsonElement e in analysis.RootElement.GetProperty("entities").EnumerateArray())
        {
            Assert.Contains($"data-canonical=\"{HtmlRenderer.Encode(e.GetProperty("canonical").GetString()!)}\" title=\"{HtmlRenderer.Encode(e.GetProperty("canonical").GetString()!)}", dom);
        }
    }

    [Fact]
    public void A_page_with_entities_and_crossing_quotes_keeps_every_mark_in_chromiums_dom()
    {
        string? chromium = Chromium.Find();
        if (chromium is null)
        {
            return;
        }

        using var dir = new TempDir();
        string page = dir.File("sample.html", HtmlRenderer.Render(RenderingTests.SampleView()));
        string dom = Chromium.DumpDom(chromium, page);
        AssertLegend(dom);
        string article = RenderingTests.Article(dom);
        Assert.Equal(["0", "1", "2", "3", "4", "5"], Regex.Matches(article, "data-entity=\"([0-9]+)\"").Select(m => m.Groups[1].Value).Distinct().Order());
        Assert.Contains("title=\"فلاديمير بوتين — شخص (PERSON) · RU\"", article);
        Assert.Contains("title=\"الأمم المتحدة — منظمة (ORGANIZATION)\"", article);
        Assert.Contains("<span class=\"quote quote-direct\" data-quote=\"1\"", article);
        Assert.Contains("<span class=\"cue\" data-quote=\"1\"", article);
        Assert.Contains("<li id=\"quote-2\" class=\"quote-item\" data-kind=\"indirect\">", dom);
        Assert.Equal(RenderingTests.Sample, System.Net.WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(article, "<a class=\"qref\"[^>]*>[0-9]+</a>", string.Empty), "<[^>]+>", string.Empty)));
    }

    [Fact]
    public void The_seed_page_has_a_screenshot()
    {
        string? chromium = Chromium.Find();
        if (chromium is null)
        {
            return;
        }

        using var dir = new TempDir();
        Assert.Equal(0, CliRunner.Run("analyze", SharedData.SeedPath, "--format", "html", "--out", dir.Path).ExitCode);
        string png = Path.Combine(dir.Path, "seed.png");
        Chromium.Screenshot(chromium, Path.Combine(dir.Path, "putin-erdogan-moscow-summit.html"), png, 1000, 1400);
        byte[] bytes = File.ReadAllBytes(png);
        Assert.True(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']));
        Assert.True(bytes.Length > 10_000);
    }

    private static void AssertLegend(string dom)
    {
        int legend = dom.IndexOf("<nav class=\"legend\" id=\"legend\"", StringComparison.Ordinal);
        Assert.True(legend >= 0);
        string nav = dom[legend..dom.IndexOf("</nav>", legend, StringComparison.Ordinal)];
        foreach (string type in new[] { "PERSON", "COUNTRY", "PLACE", "ORGANIZATION", "NATIONALITY" })
        {
            Assert.Contains($"data-type=\"{type}\"", nav);
        }
    }
}

/// <summary>Runs headless Chromium.</summary>
internal static class Chromium
{
    public static string? Find()
    {
        string? configured = Environment.GetEnvironmentVariable("CHROMIUM");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured))
        {
            return configured;
        }

        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
            {
                string path = Path.Combine(dir, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    public static string DumpDom(string chromium, string htmlPath) => Run(chromium, ["--dump-dom", new Uri(htmlPath).AbsoluteUri]);

    public static void Screenshot(string chromium, string htmlPath, string pngPath, int width, int height) =>
        Run(chromium, ["--hide-scrollbars", $"--window-size={width},{height}", $"--screenshot={pngPath}", new Uri(htmlPath).AbsoluteUri]);

    private static string Run(string chromium, string[] args)
    {
        string profile = Directory.CreateTempSubdirectory("chromium-profile-").FullName;
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (string a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile}" })
            {
                start.ArgumentList.Add(a);
            }

            foreach (string a in args)
            {
                start.ArgumentList.Add(a);
            }

            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish in 2 minutes: " + stderr.Result);
            }

            string output = stdout.GetAwaiter().GetResult();
            Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {stderr.GetAwaiter().GetResult()}");
            return output;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
