using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using static ArabicNews.Nlp.Tests.Quotes.QuoteTestSupport;

namespace ArabicNews.Nlp.Tests.Quotes;

/// <summary>A dateline opening a sentence (city، country (agency)-- …) is never the subject of its verb.</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("(وكالة)--")]
    [InlineData("(وكالة) –")]
    [InlineData("(وكالة)—")]
    [InlineData("(وكالة) -")]
    public void TheSubjectAfterAnAgencyDatelineSpeaks(string agency)
    {
        string text = "عنوان الخبر\n\nمرفأ، نوردلاند " + agency + " علق سامي نادر، وزير الخارجية، على الحادث، مؤكدا أن التحقيق مستمر.";
        var quotes = Attribute(text, ("مرفأ", EntityType.Place, "مرفأ"), ("نوردلاند", EntityType.Country, "نوردلاند"), ("سامي نادر", EntityType.Person, "سامي نادر"));
        Quote q = Assert.Single(quotes);
        Assert.Equal("التحقيق مستمر", q.Content.GetText(text));
        Assert.Equal("سامي نادر", q.Speaker!.Canonical);
    }

    [Fact]
    public void APlaceAndADashOpeningAParagraphIsADateline()
    {
        const string text = "عنوان الخبر\nنوردلاند - رحبت سلمى داود بالاتفاق، معتبرة أن الأزمة انتهت.";
        var quotes = Attribute(text, ("نوردلاند", EntityType.Country, "نوردلاند"), ("سلمى داود", EntityType.Person, "سلمى داود"));
        Assert.Equal("سلمى داود", Assert.Single(quotes).Speaker!.Canonical);
    }

    [Fact]
    public void APersonBeforeADashIsNoDateline()
    {
        // وأصدرت ماركل - البالغة … - بيانا: the dash opens an aside, and the sentence's subject still speaks.
        const string text = "عنوان الخبر\nوأصدرت سلمى - البالغة 36 عاما - بيانا، مؤكدة أن الأزمة انتهت.";
        var quotes = Attribute(text, ("سلمى", EntityType.Person, "سلمى داود"));
        Assert.Equal("سلمى داود", Assert.Single(quotes).Speaker!.Canonical);
    }

    [Fact]
    public void ARelayAfterADatelineAttributesTheClauseWithoutIt()
    {
        const string text = "مرفأ، نوردلاند (وكالة)-- غرقت سفينة تجارية قرب الساحل، وفقا لما ذكرته وكالة الأنباء المحلية.";
        var quotes = Attribute(text, ("مرفأ", EntityType.Place, "مرفأ"), ("نوردلاند", EntityType.Country, "نوردلاند"), ("وكالة الأنباء المحلية", EntityType.Organization, "وكالة الأنباء المحلية"));
        Quote q = Assert.Single(quotes);
        Assert.Equal("غرقت سفينة تجارية قرب الساحل", q.Content.GetText(text));
    }
}
