using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Tests.Tokenization;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Default.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void Ends_at_full_stops_question_and_exclamation_marks()
    {
        Assert.Equal(
            new[] { "قال بوتين كلاماً.", "هل توافق؟", "نعم!", "ربما…" },
            Sentences("قال بوتين كلاماً. هل توافق؟ نعم! ربما…"));
    }

    [Fact]
    public void A_line_break_ends_a_paragraph_and_its_sentence()
    {
        Assert.Equal(new[] { "عنوان الخبر", "نص الخبر." }, Sentences("عنوان الخبر\nنص الخبر."));
    }

    [Fact]
    public void Does_not_end_inside_a_number_or_after_an_abbreviation()
    {
        Assert.Equal(new[] { "نما الاقتصاد 3.5 في المئة وقال د. أحمد إنه جيد." }, Sentences("نما الاقتصاد 3.5 في المئة وقال د. أحمد إنه جيد."));
    }

    [Fact]
    public void Does_not_end_inside_a_quotation_that_closes_in_the_paragraph()
    {
        Assert.Equal(
            new[] { "وقال \"اتفقنا. هذه المفاوضات كانت جيدة\".", "ثم غادر." },
            Sentences("وقال \"اتفقنا. هذه المفاوضات كانت جيدة\". ثم غادر."));
    }

    [Fact]
    public void An_unclosed_quotation_does_not_swallow_the_paragraph()
    {
        Assert.Equal(new[] { "وقال «اتفقنا.", "ثم غادر." }, Sentences("وقال «اتفقنا. ثم غادر."));
    }

    [Fact]
    public void Closing_marks_after_the_full_stop_stay_in_the_sentence()
    {
        Assert.Equal(new[] { "قال: «انتهى الأمر.»", "وغادر." }, Sentences("قال: «انتهى الأمر.» وغادر."));
    }

    [Fact]
    public void The_seed_article_has_one_sentence_per_quoted_paragraph()
    {
        string text = TestSupport.SharedData.SeedText;
        var sentences = SentenceSplitter.Default.Split(text);
        Assert.All(sentences, s => Assert.DoesNotContain('\n', text[s.Start..s.End]));
        Assert.Contains(sentences, s => text[s.Start..s.End].StartsWith("وقال بوتين \"اتفقنا", StringComparison.Ordinal) && text[s.Start..s.End].EndsWith("سوريا\".", StringComparison.Ordinal));
    }
}
