using System.Text;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Tokenization;
using static ArabicNews.Nlp.Tests.Quotes.QuoteTestSupport;

namespace ArabicNews.Nlp.Tests.Quotes;

/// <summary>Quotation marks: nesting, unbalanced and unclosed marks, and a 1 MB hostile article.</summary>
public sealed class QuoteMarkTests
{
    [Theory]
    [InlineData("«", "»")]
    [InlineData("“", "”")]
    [InlineData("\"", "\"")]
    [InlineData("‹", "›")]
    public void EveryMarkStyleGivesADirectQuote(string open, string close)
    {
        string text = $"وقال الوزير {open}سنواصل العمل حتى النهاية{close}.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("سنواصل العمل حتى النهاية", q.Content.GetText(text));
    }

    [Fact]
    public void NestedMarksStayInsideTheOuterQuote()
    {
        const string text = "وقال المدير «قرأت في الصحيفة \"لا تراجع\" وهذا صحيح» ثم غادر.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal("قرأت في الصحيفة \"لا تراجع\" وهذا صحيح", q.Content.GetText(text));
    }

    [Fact]
    public void UnclosedQuoteRunsToTheParagraphEndOnly()
    {
        const string text = "وقال المتحدث \"لن نقبل بأي تسوية. والحوار متوقف الآن.\nوفي سياق آخر، افتتح معرض الكتاب أبوابه.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal(QuoteKind.Direct, q.Kind);
        string content = q.Content.GetText(text);
        Assert.StartsWith("لن نقبل", content, StringComparison.Ordinal);
        Assert.EndsWith("متوقف الآن", content, StringComparison.Ordinal);
        Assert.True(q.Confidence < 1f);
    }

    [Fact]
    public void StrayClosingMarkIsIgnored()
    {
        const string text = "وقال المسؤول إن الصعوبة الكبرى تتمثل في النقل\" إلى المناطق البعيدة.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.StartsWith("الصعوبة الكبرى", q.Content.GetText(text), StringComparison.Ordinal);
        Assert.EndsWith("المناطق البعيدة", q.Content.GetText(text), StringComparison.Ordinal);
    }

    [Fact]
    public void MismatchedFamiliesCloseTheNearestOpenMarkOfTheirOwnFamily()
    {
        const string text = "وقال الشاهد «رأيت \"الدخان يتصاعد من المبنى» ثم هربنا.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal("رأيت \"الدخان يتصاعد من المبنى", q.Content.GetText(text));
    }

    [Fact]
    public void AMegabyteOfNestedAndUnclosedMarksTerminatesWithSaneOutput()
    {
        var sb = new StringBuilder();
        string[] pieces = ["وقال الوزير «", "إن \"", "قالت مصادر “", "مضيفاً أن ‹", "» ", "” ", "\" ", "كلام ", "، وأضاف ", ". ", "«", "»»»", "\"\"\"", "بحسب الشرطة"];
        var random = new Random(20261129);
        while (sb.Length < 1_000_000)
        {
            sb.Append(pieces[random.Next(pieces.Length)]);
            if (random.Next(400) == 0)
            {
                sb.Append('\n');
            }
        }

        // The worst case for a stack scanner: one paragraph of openers only, then one of closers only.
        sb.Append('\n').Append('«', 100_000).Append('\n').Append('»', 100_000).Append('\n').Append(string.Concat(Enumerable.Repeat("قال \"", 20_000)));
        string text = sb.ToString();
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
        IReadOnlyList<Quote> quotes = ArabicQuoteAttributor.Default.Attribute(text, tokens, sentences, []);

        Assert.NotEmpty(quotes);
        Assert.True(quotes.Count <= tokens.Length);
        Assert.All(quotes, q =>
        {
            Assert.InRange(q.Content.Start, 0, q.Content.End);
            Assert.InRange(q.Content.End, q.Content.Start, text.Length);
            Assert.DoesNotContain('\n', q.Content.GetText(text)); // never across a paragraph
            Assert.InRange(q.Confidence, 0f, 1f);
        });
        for (int i = 1; i < quotes.Count; i++)
        {
            Assert.True(quotes[i - 1].Content.Start <= quotes[i].Content.Start);
        }
    }
}
