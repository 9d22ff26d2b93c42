using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using static ArabicNews.Nlp.Tests.Quotes.QuoteTestSupport;

namespace ArabicNews.Nlp.Tests.Quotes;

/// <summary>Headline forms: "X: statement" and "X يؤكد ...".</summary>
public sealed class HeadlineTests
{
    [Fact]
    public void ColonHeadlineWithASourceIsAQuoteWithoutCue()
    {
        const string text = "وزير المالية: لا ضرائب جديدة هذا العام\nأعلنت الحكومة الموازنة الجديدة أمس.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Null(q.Cue);
        Assert.Equal("لا ضرائب جديدة هذا العام", q.Content.GetText(text));
        Assert.Equal("وزير المالية", q.Speaker!.Canonical);
        Assert.True(q.Confidence < 0.5f);
    }

    [Fact]
    public void ColonAfterATopicIsNotAQuote()
    {
        const string text = "فيضانات الجنوب: آلاف العائلات بلا مأوى\nغمرت المياه عشرات القرى.";
        Assert.Empty(Attribute(text));
    }

    [Fact]
    public void SubjectFirstHeadlineCue()
    {
        const string text = "كريمي يؤكد استمرار المفاوضات مع الشركاء\nوقال وزير الخارجية علي كريمي إن المحادثات مثمرة.";
        var quotes = Attribute(text, ("كريمي", EntityType.Person, "علي كريمي"), ("علي كريمي", EntityType.Person, "علي كريمي"));
        Assert.Equal(2, quotes.Count);
        Assert.Equal("استمرار المفاوضات مع الشركاء", quotes[0].Content.GetText(text));
        Assert.All(quotes, q => Assert.Equal("علي كريمي", q.Speaker!.Canonical));
    }
}
