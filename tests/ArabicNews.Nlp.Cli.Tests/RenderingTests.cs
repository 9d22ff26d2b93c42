using System.Text.RegularExpressions;
using ArabicNews.Nlp.Cli.Output;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.TestSupport;
using ArabicNews.Nlp.Tokenization;
using CsCheck;

namespace ArabicNews.Nlp.Cli.Tests;

public sealed class RenderingTests
{
    // A text written for these tests, with entities and quotes placed by hand (the renderers do not depend on the recognizer).
    internal const string Sample = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن \"التعاون مع تركيا & الأمم المتحدة مستمر\".\nوأضاف بوتين أن <الحوار> مهم.";

    internal static AnalysisView SampleView()
    {
        string t = Sample;
        int Find(string s, int from = 0) => t.IndexOf(s, from, StringComparison.Ordinal);
        int putin = Find("فلاديمير بوتين");
        int moscow = Find("موسكو");
        int turkey = Find("تركيا");
        int un = Find("الأمم المتحدة");
        int russian = Find("الروسي");
        int putin2 = Find("بوتين", Find("وأضاف"));
        var entities = new List<Entity>
        {
            new(russian, russian + 6, "الروسي", EntityType.Nationality, "روسيا", 0.9f, "RU"),
            new(putin, putin + 14, "فلاديمير بوتين", EntityType.Person, "فلاديمير بوتين", 0.95f, "RU"),
            new(moscow, moscow + 5, "موسكو", EntityType.Place, "موسكو", 0.9f, "RU"),
            new(turkey, turkey + 5, "تركيا", EntityType.Country, "تركيا", 0.9f, "TR"),
            new(un, un + 13, "الأمم المتحدة", EntityType.Organization, "الأمم المتحدة", 0.8f, null),
            new(putin2, putin2 + 5, "بوتين", EntityType.Person, "فلاديمير بوتين", 0.9f, "RU"),
        };
        int q1 = Find("\"") + 1;
        int q1End = Find("\"", q1);
        int q2 = Find("<الحوار>");
        var speaker = new Speaker("فلاديمير بوتين", EntityType.Person, new TextSpan(putin, putin + 14));
        var quotes = new List<Quote>
        {
            new(QuoteKind.Direct, new TextSpan(q1, q1End), new TextSpan(0, 3), speaker, [], 0.9f),
            // crosses the entity بوتين on purpose: the renderer must still nest its markup.
            new(QuoteKind.Indirect, new TextSpan(putin2 + 2, t.Length - 1), new TextSpan(Find("وأضاف"), Find("وأضاف") + 5), new Speaker("فلاديمير بوتين", EntityType.Person, null), [new Speaker("وكالة", null, null)], 0.7f),
        };
        Token[] tokens = ArabicTokenizer.Default.GetTokens(t);
        return new AnalysisView("sample.txt", t, SentenceSplitter.Default.Split(t, tokens), tokens, entities, quotes);
    }

    [Fact]
    public void Html_is_one_self_contained_rtl_page()
    {
        string html = HtmlRenderer.Render(SampleView());
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("http", html);
    }

    [Fact]
    public void Html_marks_entities_with_their_canonical_name_as_title_and_lists_quotes()
    {
        AnalysisView view = SampleView();
        string html = HtmlRenderer.Render(view);
        Assert.Contains("class=\"ent ent-person\" data-type=\"PERSON\" data-entity=\"5\" data-canonical=\"فلاديمير بوتين\" title=\"فلاديمير بوتين — شخص (PERSON) · RU\"", html);
        foreach (string type in new[] { "person", "country", "place", "organization", "nationality" })
        {
            Assert.Contains($"<span class=\"ent ent-{type}\" data-type=\"{type.ToUpperInvariant()}\" title=", html);
        }

        Assert.Contains("<li id=\"quote-1\" class=\"quote-item\" data-kind=\"direct\">", html);
        Assert.Contains("<li id=\"quote-2\" class=\"quote-item\" data-kind=\"indirect\">", html);
        Assert.Contains("<a class=\"qref\" href=\"#quote-2\">2</a>", html);
        Assert.Contains("&amp;", html);
        Assert.Contains("&lt;الحوار&gt;", html);
    }

    [Fact]
    public void Html_article_keeps_the_text_exactly_and_its_tags_balanced()
    {
        AnalysisView view = SampleView();
        string article = Article(HtmlRenderer.Render(view));
        Assert.Equal(view.Text, Strip(article));
        AssertBalanced(article);
    }

    [Fact]
    public void Html_nesting_holds_for_any_overlap_of_marks()
    {
        const string text = "أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ";
        var span = Gen.Int[0, text.Length].SelectMany(a => Gen.Int[0, text.Length].Select(b => new TextSpan(Math.Min(a, b), Math.Max(a, b))));
        var entity = span.Select(Gen.Int[0, 4], (s, k) => new Entity(s.Start, s.End, text[s.Start..s.End], (EntityType)k, "اسم", 0.5f, null));
        var quote = span.Select(Gen.Bool, Gen.Int[0, 2], (c, hasCue, k) => new Quote((QuoteKind)k, c, hasCue ? new TextSpan(c.Start / 2, c.Start / 2 + 3 <= text.Length ? c.Start / 2 + 3 : text.Length) : null, new Speaker("س", EntityType.Person, hasCue ? new TextSpan(1, 9) : null), [], 0.5f));
        Gen.Select(entity.List[0, 6], quote.List[0, 3]).Sample((entities, quotes) =>
        {
            var view = new AnalysisView("p.txt", text, [], [], entities, quotes);
            string article = Article(HtmlRenderer.Render(view));
            Assert.Equal(text, Strip(article));
            AssertBalanced(article);
        });
    }

    [Fact]
    public void Text_rendering_lists_entities_and_quotes_as_speaker_to_content()
    {
        string text = TextRenderer.Render(SampleView(), color: false);
        Assert.DoesNotContain("\u001b[", text);
        Assert.Contains(Sample, text);
        Assert.Contains("PERSON", text);
        Assert.Contains("فلاديمير بوتين ×2", text);
        Assert.Contains("(فلاديمير بوتين، بوتين)", text);
        Assert.Contains("فلاديمير بوتين → «التعاون مع تركيا & الأمم المتحدة مستمر»", text);
        Assert.Contains("direct · cue «قال»", text);
        Assert.Contains("via وكالة", text);
    }

    [Fact]
    public void Text_rendering_colours_entities_by_type_only_when_asked()
    {
        string colored = TextRenderer.Render(SampleView(), color: true);
        Assert.Contains("\u001b[1;33mفلاديمير بوتين", colored);
        Assert.Contains("\u001b[1;36mموسكو", colored);
        Assert.Contains("\u001b[1;32;4mتركيا", colored);
        Assert.Equal(Sample + "\n", Regex.Replace(colored, "\u001b\\[[0-9;]*m", string.Empty).Split("\n\n")[1] + "\n");
    }

    [Fact]
    public void The_cli_colours_a_terminal_only()
    {
        Assert.DoesNotContain("\u001b[", CliRunner.Run(null, false, "analyze", SharedData.SeedPath).Out);
        Assert.Contains("\u001b[", CliRunner.Run(null, true, "analyze", SharedData.SeedPath).Out);
        Assert.DoesNotContain("\u001b[", CliRunner.Run(null, true, "analyze", SharedData.SeedPath, "--no-color").Out);
        Assert.Contains("\u001b[", CliRunner.Run(null, false, "analyze", SharedData.SeedPath, "--color", "always").Out);
    }

    [Fact]
    public void The_default_rendering_of_the_seed_is_text()
    {
        var result = CliRunner.Run("analyze", SharedData.SeedPath);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("━━ putin-erdogan-moscow-summit.txt ━━", result.Out);
        Assert.Contains("Entities (", result.Out);
        Assert.Contains("Quotes (", result.Out);
    }

    [Fact]
    public void The_progress_bar_shows_rate_and_eta_and_stays_off_when_redirected()
    {
        string bar = ProgressBar.Render(50, 200, TimeSpan.FromSeconds(10), "documents", 100);
        Assert.Contains(" 25%", bar);
        Assert.Contains("50/200 documents", bar);
        Assert.Contains("5.0/s", bar);
        Assert.Contains("ETA 0:30", bar);
        Assert.Contains("1.2 kB · 123 B/s", ProgressBar.Render(1234, null, TimeSpan.FromSeconds(10), "bytes", 80));
        Assert.Contains("1.0 MB/4.0 MB · 102.4 kB/s · ETA 0:30", ProgressBar.Render(1 << 20, 4 << 20, TimeSpan.FromSeconds(10), "bytes", 80));

        using var dir = new TempDir();
        for (int i = 0; i < 5; i++)
        {
            dir.File($"d{i}.txt", "قال بوتين");
        }

        Assert.Equal(string.Empty, CliRunner.Run(null, false, "analyze", dir.Path, "--format", "json").Error);

        // On a terminal, once the delay has passed (zero here), the bar is drawn on stderr and erased at the end.
        using var output = new TempDir();
        var shown = CliRunner.Run(null, true, TimeSpan.Zero, "analyze", dir.Path, "--out", output.Path);
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("/5 documents", shown.Error);
        Assert.Contains("ETA", shown.Error);
        Assert.EndsWith("\r\u001b[K", shown.Error);
        Assert.Equal(string.Empty, CliRunner.Run(null, true, TimeSpan.Zero, "analyze", dir.Path, "--out", output.Path, "--no-progress").Error);

        byte[] lines = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"id\":1,\"text\":\"قال بوتين\"}\n", 5)));
        var stream = CliRunner.Run(lines, true, TimeSpan.Zero, "analyze", "--jsonl", "-");
        Assert.Equal(0, stream.ExitCode);
        Assert.Matches("^\\r[0-9]+ B · ", stream.Error);
    }

    internal static string Article(string html)
    {
        int start = html.IndexOf("<article", StringComparison.Ordinal);
        start = html.IndexOf('>', start) + 1;
        int end = html.IndexOf("</article>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static string Strip(string article) =>
        System.Net.WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(article, "<a class=\"qref\"[^>]*>[0-9]+</a>", string.Empty), "<[^>]+>", string.Empty));

    private static void AssertBalanced(string article)
    {
        var stack = new Stack<string>();
        foreach (Match m in Regex.Matches(article, "<(/?)([a-z]+)[^>]*>"))
        {
            if (m.Groups[1].Value.Length == 0)
            {
                stack.Push(m.Groups[2].Value);
            }
            else
            {
                Assert.NotEmpty(stack);
                Assert.Equal(stack.Pop(), m.Groups[2].Value);
            }
        }

        Assert.Empty(stack);
    }
}
