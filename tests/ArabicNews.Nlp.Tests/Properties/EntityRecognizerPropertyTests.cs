using ArabicNews.Nlp.Entities;
using CsCheck;

namespace ArabicNews.Nlp.Tests.Properties;

public sealed class EntityRecognizerPropertyTests
{
    // News-shaped pieces (invented names, titles, reporting verbs, proclitics, hashtags of one and several words,
    // tatweel and dashes), so that the rules and the model meet unusual neighbours, not only noise.
    private static readonly string[] Pieces =
    [
        "أكد", "وقال", "أعلن", "إن", "أن", "في", "من", "على", "و", "ـ", "ـــ", "–", "-", "،", ".", ":", "\"", "«", "»", "(", ")", "\n",
        "الرئيس", "وزير", "الخارجية", "المصري", "الفرنسي", "الأمير", "الشيخ", "بن", "آل", "عبد", "أبو",
        "زيدان", "قمرون", "وقمرون", "بقمرون", "سامر", "نبيل", "ماكرون", "بوتين", "إردوغان", "جو", "بايدن",
        "مصر", "القاهرة", "بموسكو", "سوريا", "سورية", "الأمم", "المتحدة", "حزب", "شركة", "منظمة", "جامعة",
        "#وزير_الخارجية_المصري", "#زيدان_قمرون", "#قمرون", "#ولي_العهد", "#الأمم_المتحدة", "#عاجل", "#_", "#",
        "3", "٢٠١٨", "G20", "Reuters", "ً", "ّ", "\u200F",
    ];

    private static readonly Gen<string> NewsLike =
        Gen.OneOf(Gen.OneOf(Pieces).Array[1, 30].Select(parts => string.Join(' ', parts)), HostileText.Any);

    [Fact]
    public void Entities_are_ordered_disjoint_non_empty_and_their_text_is_the_span()
    {
        NewsLike.Sample(text =>
        {
            IReadOnlyList<Entity> entities = ArabicEntityRecognizer.Default.Recognize(text);
            int previousEnd = 0;
            foreach (Entity e in entities)
            {
                Assert.True(e.Start >= previousEnd, "entities overlap or are out of order");
                Assert.True(e.End > e.Start && e.End <= text.Length);
                Assert.Equal(text[e.Start..e.End], e.Text);
                Assert.False(string.IsNullOrWhiteSpace(e.Canonical), $"no canonical: {e} in \"{text}\"");
                Assert.InRange(e.Confidence, 0f, 1f);
                previousEnd = e.End;
            }
        }, iter: 10000);
    }
}
