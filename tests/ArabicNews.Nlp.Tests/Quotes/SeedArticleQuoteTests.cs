using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.TestSupport;
using static ArabicNews.Nlp.Tests.Quotes.QuoteTestSupport;

namespace ArabicNews.Nlp.Tests.Quotes;

/// <summary>Every quote of the seed article with its speaker, given hand-made entities for the seed.</summary>
public sealed class SeedArticleQuoteTests
{
    private const string Putin = "فلاديمير بوتين";
    private const string Erdogan = "رجب طيب إردوغان";
    private const string Oglu = "مولود جاويش أوغلو";
    private const string Presidency = "الرئاسة التركية";
    private const string RussianMfa = "وزارة الخارجية الروسية";

    private static readonly (string, EntityType, string)[] SeedEntities =
    [
        ("فلاديمير بوتين", EntityType.Person, Putin), ("بوتين", EntityType.Person, Putin),
        ("رجب طيب إردوغان", EntityType.Person, Erdogan), ("إردوغان", EntityType.Person, Erdogan),
        ("مولود جاويش أوغلو", EntityType.Person, Oglu), ("أوغلو", EntityType.Person, Oglu),
        ("الأسد", EntityType.Person, "بشار الأسد"),
        ("رويترز", EntityType.Organization, "رويترز"), ("الرئاسة التركية", EntityType.Organization, Presidency),
        ("الخارجية الروسية", EntityType.Organization, RussianMfa), ("الحكومة السورية", EntityType.Organization, "الحكومة السورية"),
        ("داعش", EntityType.Organization, "داعش"), ("جبهة النصرة", EntityType.Organization, "جبهة النصرة"),
        ("حزب العمال الكردستاني", EntityType.Organization, "حزب العمال الكردستاني"),
        ("القوات المسلحة التركية", EntityType.Organization, "القوات المسلحة التركية"),
        ("سوريا", EntityType.Country, "سوريا"), ("روسيا", EntityType.Country, "روسيا"), ("تركيا", EntityType.Country, "تركيا"),
        ("أميركا", EntityType.Country, "الولايات المتحدة"), ("الولايات المتحدة", EntityType.Country, "الولايات المتحدة"),
        ("موسكو", EntityType.Place, "موسكو"), ("إدلب", EntityType.Place, "إدلب"), ("منبج", EntityType.Place, "منبج"),
        ("أنقرة", EntityType.Place, "أنقرة"), ("واشنطن", EntityType.Place, "واشنطن"),
        ("الروسي", EntityType.Nationality, "روسيا"), ("التركي", EntityType.Nationality, "تركيا"),
    ];

    // (the start of the content, its speaker, its cue, its via or null)
    public static TheoryData<string, string, string, string?> Expected => new()
    {
        { "المباحثات مع إردوغان سارت", Putin, "يقول", null },
        { "الحجر الأساس لاستقرار سوريا", Erdogan, "يقول", null },
        { "تمّ مناقشة قرار سحب واشنطن", Erdogan, "لافتاً", null },
        { "روسيا وتركيا اتفقتا على استمرار", Putin, "أعلن", null },
        { "بلاده تؤيد الحوار", Putin, "أكد", null },
        { "اتفاق وقف العمليات القتالية", Putin, "مشدداً", null },
        { "هدف أنقرة في سوريا", Erdogan, "قال", null },
        { "اللقاءات بشأن إقامة منطقة آمنة", Erdogan, "مضيفاً", null },
        { "اتفقنا مع الرئيس إردوغان", Putin, "وقال", null },
        { "كذلك بحثنا مسألة القضاء", Putin, "وأضاف", null },
        { "بحثنا أيضاً ملف محافظة إدلب", Putin, "وتابع", null },
        { "قمنا بتقييم الوضع", Erdogan, "قال", null },
        { "هدفنا الرئيسي هو مواجهة", Erdogan, "أضاف", null },
        { "لا شيء مؤكداً بعد", Oglu, "قال", null },
        { "الحل الأفضل لمنطقة شرق الفرات", Oglu, "مضيفاً", null },
        { "هناك توافق في نهجي", Oglu, "أشار", null },
        { "بدأنا مناقشات مع أميركا", Oglu, "أكد", null },
        { "لدينا القدرة على إقامة", Oglu, "مشدداً", null },
        { "لن نستبعد أميركا", Oglu, "ولفت", null },
        { "روسيا وتركيا متوافقتان", Oglu, "أكد", null },
        { "نحن على اتصال غير مباشر", Oglu, "نقلت", "رويترز" },
        { "تضامننا سيساهم في السلام", Erdogan, "قال", Presidency },
        { "هدفنا في سوريا إزالة", Presidency, "مضيفة", null },
        { "على الولايات المتحدة سحب", Presidency, "وأضافت", null },
        { "الأراضي تحت سيطرة جبهة النصرة", RussianMfa, "مشيرة", null },
        { "واشنطن لم تتخذ أي خطوات", RussianMfa, "لافتة", null },
        { "يجب أن يتمّ تحت إشراف", RussianMfa, "ورأت", null },
        { "من المهم عدم السماح بتعطيل", RussianMfa, "أشارت", null },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void EveryQuoteHasItsSpeaker(string content, string speaker, string cue, string? via)
    {
        string text = SharedData.SeedText;
        IReadOnlyList<Quote> quotes = Attribute(text, SeedEntities);
        Quote quote = Single(quotes, text, content);
        Assert.Equal(speaker, quote.Speaker?.Canonical);
        Assert.Equal(cue, quote.Cue?.GetText(text));
        if (via is null)
        {
            Assert.Empty(quote.Via);
        }
        else
        {
            Assert.Equal(via, Assert.Single(quote.Via).Canonical);
        }
    }

    [Fact]
    public void ContentSpansFollowTheGuidelines()
    {
        string text = SharedData.SeedText;
        IReadOnlyList<Quote> quotes = Attribute(text, SeedEntities);

        // Indirect: from after the complementizer to the comma before the next cue.
        Quote first = Single(quotes, text, "الحجر الأساس");
        Assert.Equal(QuoteKind.Indirect, first.Kind);
        Assert.Equal("الحجر الأساس لاستقرار سوريا هو التعاون بين روسيا وتركيا", first.Content.GetText(text));

        // مضيفاً أن "..." is direct: the content is inside the marks.
        Quote added = Single(quotes, text, "الحل الأفضل");
        Assert.Equal(QuoteKind.Direct, added.Kind);
        Assert.Equal("الحل الأفضل لمنطقة شرق الفرات هو تطبيق خارطة الطريق لمنطقة منبج", added.Content.GetText(text));

        // Mentions: the named subject in the sentence; none when the speaker is carried over.
        Assert.Equal("الرئيس الروسي فلاديمير بوتين", Single(quotes, text, "المباحثات").Speaker!.Mention!.Value.GetText(text).Trim());
        Assert.Equal("الرئيس التركي", Single(quotes, text, "قمنا بتقييم").Speaker!.Mention!.Value.GetText(text));
        Assert.Null(Single(quotes, text, "كذلك بحثنا").Speaker!.Mention);

        // The writer's praise of "التعاون النشط" is not a quote, and nothing is reported twice.
        Assert.DoesNotContain(quotes, q => q.Content.GetText(text) == "التعاون النشط");
        Assert.Equal(quotes.Count, quotes.Select(q => q.Content).Distinct().Count());
        Assert.All(quotes, q => Assert.InRange(q.Confidence, 0.01f, 1f));
    }

    [Fact]
    public void WithoutEntitiesSpeakersFallBackToTheirNounPhrases()
    {
        string text = SharedData.SeedText;
        IReadOnlyList<Quote> quotes = Attribute(text);
        Assert.Equal("فلاديمير بوتين", Single(quotes, text, "المباحثات مع إردوغان").Speaker!.Canonical);
        Assert.Equal("الخارجية الروسية", Single(quotes, text, "الأراضي تحت سيطرة").Speaker!.Canonical);
        Assert.Equal("أوغلو", Single(quotes, text, "نحن على اتصال").Speaker!.Canonical);
    }
}
