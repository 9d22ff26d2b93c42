using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using static ArabicNews.Nlp.Tests.Quotes.QuoteTestSupport;

namespace ArabicNews.Nlp.Tests.Quotes;

/// <summary>Cues, spans and speaker sieves on sentences written for these tests.</summary>
public sealed class QuoteAttributionTests
{
    [Fact]
    public void VerbFirstSubjectWithTitleIsTheSpeaker()
    {
        const string text = "وقال وزير الداخلية الفرنسي جان دوبون إن الشرطة اعتقلت ثلاثة أشخاص.";
        var quotes = Attribute(text, ("جان دوبون", EntityType.Person, "جان دوبون"));
        Quote q = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("الشرطة اعتقلت ثلاثة أشخاص", q.Content.GetText(text));
        Assert.Equal("جان دوبون", q.Speaker!.Canonical);
        Assert.Equal(EntityType.Person, q.Speaker.Type);
        Assert.Equal("وقال", q.Cue!.Value.GetText(text));
    }

    [Theory]
    [InlineData("ورفع المحتجون لافتات تحمل \"لا للضرائب الجديدة\" أمام البرلمان.")]
    [InlineData("وعلق الأنصار لافتة كبيرة عليها عبارة \"نحن معك حتى النهاية\" في المدرج.")]
    public void ASignOrABannerIsNoCue(string text)
    {
        Assert.Empty(Attribute(text));
    }

    [Fact]
    public void APhraseAfterAPrepositionBeforeTheCueIsNoSubject()
    {
        const string text = "واتصل سامي نادر بها للاعتذار وقال إنه لم يقصد الإساءة.";
        Quote q = Assert.Single(Attribute(text, ("سامي نادر", EntityType.Person, "سامي نادر")));
        Assert.Equal("سامي نادر", q.Speaker!.Canonical);
    }

    [Fact]
    public void WhatIsWrittenOnAThingIsNoStatement()
    {
        Assert.Empty(Attribute("وحمل المتظاهرون لافتات كتب عليها \"لا للغلاء\" أمام البرلمان."));
    }

    [Fact]
    public void TheDayAfterTheCueIsNoSpeaker()
    {
        const string text = "وكان سامي نادر قد وصل إلى العاصمة. وقال يوم الثلاثاء إن المفاوضات ستستأنف.";
        var quotes = Attribute(text, ("سامي نادر", EntityType.Person, "سامي نادر"));
        Assert.Equal("سامي نادر", Assert.Single(quotes).Speaker!.Canonical);
    }

    [Fact]
    public void AFamilyNameAloneNamesThePersonNamedInFullBefore()
    {
        // الشاهد is also "the witness": the recognizer may leave it alone; the attributor knows whose name it is.
        const string text = "وقال رئيس الحكومة يوسف الشاهد إن الإصلاحات ضرورية. وأكد الشاهد أن الحكومة ماضية في خطتها.";
        var quotes = Attribute(text, ("يوسف الشاهد", EntityType.Person, "يوسف الشاهد"));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("يوسف الشاهد", q.Speaker!.Canonical));
        Assert.Equal(EntityType.Person, quotes[1].Speaker!.Type);
    }

    [Theory]
    [InlineData("أصدرت وزارة الخارجية بيانا قالت فيه إن الحدود ستفتح غدا.")]
    [InlineData("وأصدرت وزارة الخارجية الاثنين بياناً أكدت فيه أن الحدود ستفتح غدا.")]
    [InlineData("إلا أن وزارة الخارجية أصدرت بيانا، قالت فيه إن الحدود ستفتح غدا.")]
    public void WhoIssuedTheStatementSpeaksInIt(string text)
    {
        Quote q = Assert.Single(Attribute(text, ("وزارة الخارجية", EntityType.Organization, "وزارة الخارجية")));
        Assert.Equal("وزارة الخارجية", q.Speaker!.Canonical);
    }

    [Fact]
    public void WhomTheWordsAreAboutIsNoSpeaker()
    {
        const string text = "وتحدث سامي نادر عن الليرة التي قال عنها: \"تنزلق سريعا نحو الانخفاض\".";
        Quote q = Assert.Single(Attribute(text, ("سامي نادر", EntityType.Person, "سامي نادر")));
        Assert.Equal("سامي نادر", q.Speaker!.Canonical);
    }

    [Fact]
    public void AnUnnamedSourceSpeaksNotTheOrganizationItSpokeTo()
    {
        const string text = "وقال مصدر أمني لوكالة الأنباء الوطنية إن الموقوفين نقلوا إلى العاصمة.";
        Quote q = Assert.Single(Attribute(text, ("وكالة الأنباء الوطنية", EntityType.Organization, "وكالة الأنباء الوطنية")));
        Assert.Equal("مصدر أمني", q.Speaker!.Canonical);
        Assert.Null(q.Speaker.Type);
    }

    [Fact]
    public void TheOutletInQuotesAfterACorrespondentNamesTheSource()
    {
        const string text = "وأفاد مراسل \"إذاعة المدينة\" أن الطريق أغلقت بعد الحادث.";
        Quote q = Assert.Single(Attribute(text, ("إذاعة المدينة", EntityType.Organization, "إذاعة المدينة")));
        Assert.Equal("الطريق أغلقت بعد الحادث", q.Content.GetText(text));
        Assert.Equal("إذاعة المدينة", q.Speaker!.Canonical);
    }

    [Fact]
    public void AShortQuotedNameBetweenTheVerbAndInnaIsTheSubject()
    {
        const string text = "وقالت \"نوردكو\" إنها ستغلق مصنعها في المدينة العام المقبل.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal("ستغلق مصنعها في المدينة العام المقبل", q.Content.GetText(text));
        Assert.Equal("نوردكو", q.Speaker!.Canonical);
    }

    [Fact]
    public void TheFeminineParticipleOfLafataWithIlaIsACue()
    {
        const string text = "وأعلنت الوزارة الخطة، لافتة إلى أن التنفيذ يبدأ الشهر المقبل.";
        Quote q = Assert.Single(Attribute(text, ("الوزارة", EntityType.Organization, "الوزارة")));
        Assert.Equal("التنفيذ يبدأ الشهر المقبل", q.Content.GetText(text));
    }

    [Fact]
    public void TwoQuotesInOneSentenceSplitAtTheCommaBeforeTheParticiple()
    {
        const string text = "وقال سامي نادر إن الاتفاق صامد، مضيفاً أن المفاوضات ستستأنف الأسبوع المقبل.";
        var quotes = Attribute(text, ("سامي نادر", EntityType.Person, "سامي نادر"));
        Assert.Equal(2, quotes.Count);
        Assert.Equal("الاتفاق صامد", quotes[0].Content.GetText(text));
        Assert.Equal("المفاوضات ستستأنف الأسبوع المقبل", quotes[1].Content.GetText(text));
        Assert.All(quotes, q => Assert.Equal("سامي نادر", q.Speaker!.Canonical));
        Assert.Null(quotes[1].Speaker!.Mention);
    }

    [Theory]
    [InlineData("وقال لبي بي سي إن المفاوضات ستستأنف الأسبوع المقبل.")]
    [InlineData("وقال للصحفيين إن المفاوضات ستستأنف الأسبوع المقبل.")]
    [InlineData("وقال لأنصاره إن المفاوضات ستستأنف الأسبوع المقبل.")]
    public void WhomTheWordsWereSaidToIsNoSpeaker(string second)
    {
        string text = "وصل الوزير كريم حداد إلى المطار أمس. " + second;
        var quotes = Attribute(text, ("كريم حداد", EntityType.Person, "كريم حداد"), ("بي بي سي", EntityType.Organization, "بي بي سي"));
        Assert.Equal("كريم حداد", Single(quotes, text, "المفاوضات").Speaker!.Canonical);
    }

    [Fact]
    public void ANameThatStartsWithLamAfterTheCueIsTheSpeaker()
    {
        const string text = "وقال لافروف إن المفاوضات ستستأنف الأسبوع المقبل.";
        var quotes = Attribute(text, ("لافروف", EntityType.Person, "سيرغي لافروف"));
        Assert.Equal("سيرغي لافروف", Assert.Single(quotes).Speaker!.Canonical);
    }

    [Fact]
    public void ANamedSubjectAfterTheAddresseeIsTheSpeaker()
    {
        const string text = "وقال لبي بي سي الوزير كريم حداد إن المفاوضات ستستأنف الأسبوع المقبل.";
        var quotes = Attribute(text, ("كريم حداد", EntityType.Person, "كريم حداد"), ("بي بي سي", EntityType.Organization, "بي بي سي"));
        Assert.Equal("كريم حداد", Assert.Single(quotes).Speaker!.Canonical);
    }

    [Fact]
    public void SubjectlessFeminineCuePointsToTheInstitutionNotTheMan()
    {
        const string text = "قالت وزارة الصحة إن الوضع مستقر. وقال الطبيب كريم حداد إن المستشفى ممتلئ. وأضافت أن اللقاحات وصلت.";
        var quotes = Attribute(text,
            ("وزارة الصحة", EntityType.Organization, "وزارة الصحة"), ("كريم حداد", EntityType.Person, "كريم حداد"));
        Assert.Equal("وزارة الصحة", Single(quotes, text, "اللقاحات").Speaker!.Canonical);
        Assert.Equal("كريم حداد", Single(quotes, text, "المستشفى").Speaker!.Canonical);
    }

    [Fact]
    public void RoleResolvesToThePersonIntroducedWithIt()
    {
        const string text = "التقى الرئيس المصري حسن علي بنظيره اللبناني سمير خوري في القاهرة.\nالرئيس اللبناني قال بدوره \"نحن ملتزمون بالحوار\".";
        var quotes = Attribute(text, ("حسن علي", EntityType.Person, "حسن علي"), ("سمير خوري", EntityType.Person, "سمير خوري"),
            ("المصري", EntityType.Nationality, "مصر"), ("اللبناني", EntityType.Nationality, "لبنان"));
        Quote q = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("سمير خوري", q.Speaker!.Canonical);
        Assert.Equal("الرئيس اللبناني", q.Speaker.Mention!.Value.GetText(text));
    }

    [Fact]
    public void UnnamedSourceIsItsNounPhraseWithoutType()
    {
        const string text = "وقالت مصادر عسكرية إن الهجوم استهدف مخزناً للأسلحة.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal("مصادر عسكرية", q.Speaker!.Canonical);
        Assert.Null(q.Speaker.Type);
    }

    [Fact]
    public void UnresolvableSpeakerIsNullButTheCueIsGiven()
    {
        const string text = "وأضاف أن الطريق مغلق منذ الصباح.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Null(q.Speaker);
        Assert.Equal("وأضاف", q.Cue!.Value.GetText(text));
        Assert.Equal("الطريق مغلق منذ الصباح", q.Content.GetText(text));
    }

    [Fact]
    public void SubjectFirstOrderAndPastPerfect()
    {
        const string text = "وكانت الهيئة الوطنية قد أعلنت أن الانتخابات ستجري في موعدها. والمعارضون يقولون إن الموعد مبكر.";
        var quotes = Attribute(text, ("الهيئة الوطنية", EntityType.Organization, "الهيئة الوطنية للانتخابات"));
        Assert.Equal("الهيئة الوطنية للانتخابات", Single(quotes, text, "الانتخابات").Speaker!.Canonical);
        Assert.Equal("المعارضون", Single(quotes, text, "الموعد").Speaker!.Canonical);
    }

    [Fact]
    public void WritersVoiceAndPraiseAreNotQuotes()
    {
        const string text = "يذكر أن المدينة شهدت احتجاجات العام الماضي. وأشاد الوزير بالتعاون بين البلدين.";
        Assert.Empty(Attribute(text));
    }

    [Fact]
    public void NameInQuotationMarksIsNotAQuote()
    {
        const string text = "وأعلنت منظمة \"الخوذ الزرقاء\" عن حملة جديدة لمساعدة المتضررين في الشمال.";
        Assert.Empty(Attribute(text));
    }

    [Fact]
    public void MixedQuoteKeepsTheWholeReportedClause()
    {
        const string text = "وقال المتحدث إن الحكومة \"لن تتراجع\" عن قرارها.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("الحكومة \"لن تتراجع\" عن قرارها", q.Content.GetText(text));
    }

    [Fact]
    public void EmbeddedReportKeepsTheOuterSourceAsVia()
    {
        const string text = "وقالت الوكالة الرسمية إن الوزير قال خلال الاجتماع «سنرد في الوقت المناسب».";
        var quotes = Attribute(text, ("الوكالة الرسمية", EntityType.Organization, "الوكالة الرسمية"));
        Quote q = Assert.Single(quotes);
        Assert.Equal("سنرد في الوقت المناسب", q.Content.GetText(text));
        Assert.Equal("الوزير", q.Speaker!.Canonical);
        Assert.Equal("الوكالة الرسمية", Assert.Single(q.Via).Canonical);
    }

    [Fact]
    public void ReportedClauseEndsBeforeTheSpeakersNextAct()
    {
        const string text = "وقال المحافظ إن الطريق أعيد فتحه وتمنى السلامة للمسافرين.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal("الطريق أعيد فتحه", q.Content.GetText(text));
    }

    [Theory]
    [InlineData("وقال مصدر مطلع إن الاجتماع تأجل إلى الأسبوع المقبل.", "مصدر مطلع")]
    [InlineData("وقال مسؤول كبير إن الاجتماع تأجل إلى الأسبوع المقبل.", "مسؤول كبير")]
    [InlineData("وقال شهود عيان إن الانفجار هز الحي بأكمله.", "شهود عيان")]
    public void AnUnnamedSourceKeepsItsHeadNoun(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Attribute(text)).Speaker!.Canonical);

    [Fact]
    public void OneUnknownWordAfterATitleIsStillAName() =>
        Assert.Equal("خليل", Assert.Single(Attribute("وقال الوزير خليل إن الاجتماع تأجل إلى الأسبوع المقبل.")).Speaker!.Canonical);

    [Fact]
    public void MentioningANameIsNoReport()
    {
        // ذكر اسمه "gave his name" inside the relative clause about the source is no cue: the source is the speaker
        const string text = "وقال مصدر أمني، رفض ذكر اسمه، إن الطريق أغلق لساعات.";
        Quote q = Assert.Single(Attribute(text));
        Assert.Equal("مصدر أمني", q.Speaker!.Canonical);
        Assert.Equal("الطريق أغلق لساعات", q.Content.GetText(text));
    }
}
