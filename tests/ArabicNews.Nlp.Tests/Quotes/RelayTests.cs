using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using static ArabicNews.Nlp.Tests.Quotes.QuoteTestSupport;

namespace ArabicNews.Nlp.Tests.Quotes;

/// <summary>Relays: نقل عن ... قوله, بحسب, وفقاً لـ, and a relay after a quote.</summary>
public sealed class RelayTests
{
    [Fact]
    public void ChannelBeforeTheVerbIsTheViaAndTheSourceAfterAnIsTheSpeaker()
    {
        const string text = "فرانس برس نقلت عن ليلى منصور قولها \"الوضع صعب جداً\".";
        var quotes = Attribute(text, ("فرانس برس", EntityType.Organization, "فرانس برس"), ("ليلى منصور", EntityType.Person, "ليلى منصور"));
        Quote q = Assert.Single(quotes);
        Assert.Equal("الوضع صعب جداً", q.Content.GetText(text));
        Assert.Equal("ليلى منصور", q.Speaker!.Canonical);
        Assert.Equal("فرانس برس", Assert.Single(q.Via).Canonical);
    }

    [Fact]
    public void VerbFirstRelayWithReportedClause()
    {
        const string text = "ونقلت وكالة الأنباء الوطنية عن الوزير خالد سالم تأكيده أن المفاوضات مستمرة.";
        var quotes = Attribute(text, ("وكالة الأنباء الوطنية", EntityType.Organization, "وكالة الأنباء الوطنية"), ("خالد سالم", EntityType.Person, "خالد سالم"));
        Quote q = Assert.Single(quotes);
        Assert.Equal("المفاوضات مستمرة", q.Content.GetText(text));
        Assert.Equal("خالد سالم", q.Speaker!.Canonical);
        Assert.Equal("وكالة الأنباء الوطنية", Assert.Single(q.Via).Canonical);
    }

    [Theory]
    [InlineData("أصدرته")]
    [InlineData("أصدرته اليوم")]
    [InlineData("نشرته")]
    [InlineData("صادر عن")]
    [InlineData("صادر اليوم عن")]
    public void TheIssuerOfAStatementIsTheSource(string verb)
    {
        string text = "وأغلقت السلطات المعبر الحدودي ثلاثة أيام، بحسب بيان " + verb + " وزارة الداخلية.";
        Quote q = Assert.Single(Attribute(text, ("وزارة الداخلية", EntityType.Organization, "وزارة الداخلية")));
        Assert.Equal("وزارة الداخلية", q.Speaker!.Canonical);
    }

    [Fact]
    public void TheLineNamingThePaperAnArticleWasReprintedFromIsNoQuote()
    {
        Assert.Empty(Attribute("يبقى الحل في الحوار بين الأطراف كلها.\n*نقلاً عن صحيفة المدينة\n"));
    }

    [Fact]
    public void AStatementOfTheMinistryNamesTheMinistryWithoutItsPreposition()
    {
        const string text = "وأغلقت السلطات المعبر الحدودي ثلاثة أيام، بحسب بيان للوزارة.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal("الوزارة", q.Speaker!.Canonical);
    }

    [Fact]
    public void InHisWordsMeansTheSentencesSubject()
    {
        const string text = "ووصف سامي نادر الاتفاق بأنه \"خطوة تاريخية\" نحو السلام الدائم، حسب تعبيره.";
        var quotes = Attribute(text, ("سامي نادر", EntityType.Person, "سامي نادر"));
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal("سامي نادر", q.Speaker!.Canonical));
    }

    [Fact]
    public void InHerWordsTakesTheLatestFeminineSpeaker()
    {
        const string text = "وقالت سلمى داود إن المفاوضات صعبة. والوضع الإنساني في المدينة يزداد سوءا كل يوم، بحسب تعبيرها.";
        var quotes = Attribute(text, ("سلمى داود", EntityType.Person, "سلمى داود"));
        Assert.Equal(2, quotes.Count);
        Assert.Equal("سلمى داود", quotes[1].Speaker!.Canonical);
        Assert.Null(quotes[1].Speaker!.Mention);
    }

    [Fact]
    public void PostposedBihasbAttributesTheClauseBeforeIt()
    {
        const string text = "وقتل خمسة مدنيين في القصف الليلي على البلدة، بحسب الدفاع المدني.";
        Quote q = Assert.Single(Attribute(text, ("الدفاع المدني", EntityType.Organization, "الدفاع المدني")));
        Assert.Equal("الدفاع المدني", q.Speaker!.Canonical);
        Assert.StartsWith("وقتل خمسة مدنيين", q.Content.GetText(text), StringComparison.Ordinal);
        Assert.EndsWith("على البلدة", q.Content.GetText(text), StringComparison.Ordinal);
    }

    [Fact]
    public void PreposedWifqanLiWithContentAfterTheComma()
    {
        const string text = "ووفقاً لوزارة الزراعة، فإن المحصول تضاعف هذا العام.";
        Quote q = Assert.Single(Attribute(text, ("وزارة الزراعة", EntityType.Organization, "وزارة الزراعة")));
        Assert.Equal("المحصول تضاعف هذا العام", q.Content.GetText(text));
        Assert.Equal("وزارة الزراعة", q.Speaker!.Canonical);
    }

    [Fact]
    public void AnUnnamedSourceAfterWifqanLiLeavesThePrepositionOut()
    {
        // the guidelines' unnamed source is the noun phrase itself: مصادر محلية, not لمصادر محلية; لل + noun is ل + ال
        const string text = "وارتفع عدد القتلى إلى عشرين شخصا، وفقا لمصادر محلية.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal("مصادر محلية", q.Speaker!.Canonical);
        Assert.Equal("مصادر محلية", q.Speaker.Mention!.Value.GetText(text));

        const string article = "وتراجعت الصادرات بنسبة عشرة في المئة، وفقا للبيانات الرسمية.";
        Assert.Equal("البيانات الرسمية", Assert.Single(Attribute(article)).Speaker!.Canonical);
    }

    [Fact]
    public void WifqanLimaWithARelativeClauseTakesTheVerbsSubject()
    {
        const string text = "ووفقاً لما ذكرته وكالة الأنباء الوطنية، فإن المفاوضات ستستأنف الأسبوع المقبل.";
        Quote q = Assert.Single(Attribute(text, ("وكالة الأنباء الوطنية", EntityType.Organization, "وكالة الأنباء الوطنية")));
        Assert.Equal("وكالة الأنباء الوطنية", q.Speaker!.Canonical);
        Assert.Equal("المفاوضات ستستأنف الأسبوع المقبل", q.Content.GetText(text));
    }

    [Fact]
    public void HasbamaWithAVerbThatTakesAPronounGivesTheVerbsSubject()
    {
        // أكده: أكد + the object pronoun, a verb the cue lexicon does not list in that form
        const string text = "وارتفعت حصيلة القتلى إلى سبعة، حسبما أكده مصدر أمني.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal("مصدر أمني", q.Speaker!.Canonical);
    }

    [Fact]
    public void AQuotedNameAfterARelayIsTheSourceNotAQuote()
    {
        // وبحسب "X"، ...: the marks hold the source's name, the content follows the comma
        const string text = "وبحسب \"نشرة الصباح\"، فإن الحكومة ستعلن الميزانية الأسبوع المقبل.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("نشرة الصباح", q.Speaker!.Canonical);
        Assert.Equal("الحكومة ستعلن الميزانية الأسبوع المقبل", q.Content.GetText(text));
    }

    [Fact]
    public void LamWrittenApartIsNoPartOfTheSpeaker()
    {
        const string text = "وقال مصدر أمني لـ \"الإذاعة المحلية\" إن الطريق أغلق لساعات.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal("مصدر أمني", q.Speaker!.Canonical);
    }

    [Fact]
    public void ARelayWordThatEndsTheTextAttributesNothing()
    {
        // a relay opening the last sentence as the text's last token, at every token count (the token arrays are
        // pooled, so only some lengths end exactly at the array's end)
        for (int words = 0; words < 70; words++)
        {
            string text = string.Concat(Enumerable.Repeat("كلمة ", words)) + ". وفقا";
            Assert.Empty(Attribute(text));
        }
    }

    [Fact]
    public void TheSameSourceIsNotTheWordSame()
    {
        const string text = "وأضاف ذات المصدر أن الطريق أغلق لساعات.";
        Quote q = Assert.Single(Attribute(text));
        Assert.NotEqual("ذات", q.Speaker!.Canonical);
        Assert.Contains("المصدر", q.Speaker.Canonical, StringComparison.Ordinal);
    }

    [Fact]
    public void RelayAfterAQuoteBecomesItsVia()
    {
        const string text = "وشدد رامي عادل على أن \"القرار نهائي\" بحسب ما أفاد مسؤول في الوزارة.";
        Quote q = Assert.Single(Attribute(text, ("رامي عادل", EntityType.Person, "رامي عادل")));
        Assert.Equal("رامي عادل", q.Speaker!.Canonical);
        Assert.Equal("مسؤول", Assert.Single(q.Via).Canonical);
    }
}
