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

    [Theory]
    [InlineData("فارس : القبض على ثلاثة مهربين في الميناء\nأوقفت الشرطة أمس ثلاثة أشخاص.", "فارس", EntityType.Place)]
    [InlineData("نوردلاند: ارتفاع عدد ضحايا العاصفة إلى عشرين\nضربت العاصفة الساحل الشمالي.", "نوردلاند", EntityType.Country)]
    public void DatelineOrTopicPlaceBeforeAColonIsNotASpeaker(string text, string place, EntityType type)
    {
        Assert.Empty(Attribute(text, (place, type, place)));
    }

    [Theory]
    [InlineData("نوردلاند: لن نسمح بتهديد حدودنا\nاجتمع مجلس الوزراء أمس.", "لن نسمح بتهديد حدودنا")]
    [InlineData("نوردلاند: على جارتنا سحب قواتها من الحدود\nطالبت الحكومة بالانسحاب.", "على جارتنا سحب قواتها من الحدود")]
    [InlineData("نوردلاند: سنرد على أي هجوم\nهددت الحكومة جارتها.", "سنرد على أي هجوم")]
    public void CountryBeforeAColonSpeaksWhenTheHeadlineReadsAsSpeech(string text, string content)
    {
        Quote q = Assert.Single(Attribute(text, ("نوردلاند", EntityType.Country, "نوردلاند")));
        Assert.Equal(content, q.Content.GetText(text));
        Assert.Equal("نوردلاند", q.Speaker!.Canonical);
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
