using ArabicNews.Nlp.Quotes;

namespace ArabicNews.Nlp.Tests.Quotes;

/// <summary>The generated morphology of the reporting vocabulary.</summary>
public sealed class CueLexiconTests
{
    [Theory]
    [InlineData("قال", "Verb", "Masculine")]
    [InlineData("قالت", "Verb", "Feminine")]
    [InlineData("يقول", "Verb", "Masculine")]
    [InlineData("تقول", "Verb", "Feminine")]
    [InlineData("قالوا", "Verb", "Plural")]
    [InlineData("يقولون", "Verb", "Plural")]
    [InlineData("وأضاف", "Verb", "Masculine")]
    [InlineData("وأضافت", "Verb", "Feminine")]
    [InlineData("يضيف", "Verb", "Masculine")]
    [InlineData("وتابع", "Verb", "Masculine")]
    [InlineData("وتابعت", "Verb", "Feminine")]
    [InlineData("أكّد", "Verb", "Masculine")]
    [InlineData("يؤكد", "Verb", "Masculine")]
    [InlineData("أكدوا", "Verb", "Plural")]
    [InlineData("فأوضح", "Verb", "Masculine")]
    [InlineData("يشير", "Verb", "Masculine")]
    [InlineData("وأشاروا", "Verb", "Plural")]
    [InlineData("اعتبرت", "Verb", "Feminine")]
    [InlineData("يعتبر", "Verb", "Masculine")]
    [InlineData("ورأت", "Verb", "Feminine")]
    [InlineData("يرى", "Verb", "Masculine")]
    [InlineData("نفت", "Verb", "Feminine")]
    [InlineData("استدرك", "Verb", "Masculine")]
    [InlineData("وأبلغته", "Verb", "Feminine")]
    [InlineData("مضيفاً", "Participle", "Masculine")]
    [InlineData("مضيفة", "Participle", "Feminine")]
    [InlineData("مشيرة", "Participle", "Feminine")]
    [InlineData("لافتاً", "Participle", "Masculine")]
    [InlineData("لافتة", "Participle", "Feminine")]
    [InlineData("مشدداً", "Participle", "Masculine")]
    [InlineData("مؤكدين", "Participle", "Plural")]
    [InlineData("قائلاً", "Participle", "Masculine")]
    [InlineData("محذرا", "Participle", "Masculine")]
    [InlineData("بحسب", "Relay", "Unknown")]
    [InlineData("وبحسب", "Relay", "Unknown")]
    [InlineData("حسبما", "Relay", "Unknown")]
    [InlineData("وفقاً", "Relay", "Unknown")]
    public void FormsAreGenerated(string word, string kind, string agreement)
    {
        Assert.True(CueLexicon.Default.TryGet(QuoteWords.Normalize(word), out CueForm form), word);
        Assert.Equal(Enum.Parse<CueKind>(kind), form.Kind);
        Assert.Equal(Enum.Parse<Agreement>(agreement), form.Agreement);
    }

    [Theory]
    [InlineData("بين")]
    [InlineData("يذكر")]
    [InlineData("المشير")]
    [InlineData("القول")]
    [InlineData("متحدثة")]
    [InlineData("الرئيس")]
    public void NonCuesAreNotForms(string word) => Assert.False(CueLexicon.Default.TryGet(QuoteWords.Normalize(word), out _), word);

    [Fact]
    public void RelayVerbIsMarked()
    {
        Assert.True(CueLexicon.Default.TryGet(QuoteWords.Normalize("ونقلت"), out CueForm form));
        Assert.True(form.IsRelayVerb);
        Assert.True(CueLexicon.Default.Count > 500);
    }
}
