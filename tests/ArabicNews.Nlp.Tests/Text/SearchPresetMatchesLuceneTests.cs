using ArabicNews.Nlp.TestSupport;
using ArabicNews.Nlp.Text;
using CsCheck;
using LuceneArabicNormalizer = Lucene.Net.Analysis.Ar.ArabicNormalizer;

namespace ArabicNews.Nlp.Tests.Text;

/// <summary>
/// Differential test: the <see cref="NormalizationPresets.Search"/> preset must give exactly what Lucene.Net's
/// <c>Lucene.Net.Analysis.Ar.ArabicNormalizer</c> gives, character for character.
/// </summary>
public sealed class SearchPresetMatchesLuceneTests
{
    private static readonly LuceneArabicNormalizer Lucene = new();

    // Every character class the two normalizers could disagree on: the letters (hamzated alefs, alef wasla, alef
    // maksura, ta marbuta, Persian forms), every Arabic mark, tatweel, presentation forms and ligatures, digits of the
    // three systems, punctuation, spaces and the zero-width and bidi controls.
    private static readonly Gen<char> ArabicLetter = Gen.Char['\u0621', '\u064A'];
    private static readonly Gen<char> Mark = Gen.OneOf(Gen.Char['\u064B', '\u065F'], Gen.Char['\u0610', '\u061A'], Gen.Char['\u06D6', '\u06ED'], Gen.Const('\u0670'));
    private static readonly Gen<char> SpecialLetter = Gen.Char["آأإاٱىيةهؤئءکیہۀ\u0640"];
    private static readonly Gen<char> PresentationForm = Gen.OneOf(Gen.Char['\uFB50', '\uFDFF'], Gen.Char['\uFE70', '\uFEFF']);
    private static readonly Gen<char> Digit = Gen.OneOf(Gen.Char['0', '9'], Gen.Char['\u0660', '\u0669'], Gen.Char['\u06F0', '\u06F9']);
    private static readonly Gen<char> SpaceOrPunctuation = Gen.Char[" \n\t\u00A0،؛؟٪.,:«»\u200C\u200D\u200F\u061C"];

    private static readonly Gen<string> ArabicText =
        Gen.Frequency(
                (40, ArabicLetter),
                (15, Mark),
                (15, SpecialLetter),
                (8, PresentationForm),
                (7, Digit),
                (15, SpaceOrPunctuation))
            .Array[0, 120]
            .Select(chars => new string(chars));

    [Fact]
    public void Search_preset_equals_Lucene_on_random_Arabic_text()
    {
        ArabicText.Sample(text => Assert.Equal(LuceneNormalize(text), ArabicNormalizer.Search.NormalizeToString(text)), iter: 20_000);
    }

    [Fact]
    public void Search_preset_span_api_equals_Lucene_on_random_Arabic_text()
    {
        ArabicText.Sample(
            text =>
            {
                var buffer = new char[ArabicNormalizer.Search.GetMaxNormalizedLength(text.Length)];
                Assert.True(ArabicNormalizer.Search.TryNormalize(text, buffer, out int written));
                Assert.Equal(LuceneNormalize(text), new string(buffer, 0, written));
            },
            iter: 5_000);
    }

    [Fact]
    public void Search_preset_equals_Lucene_on_every_single_character()
    {
        for (int c = 0; c < 65536; c++)
        {
            string text = "ب" + (char)c + "ب";
            Assert.Equal(LuceneNormalize(text), ArabicNormalizer.Search.NormalizeToString(text));
        }
    }

    [Fact]
    public void Search_preset_equals_Lucene_on_the_seed_article()
    {
        string seed = SharedData.SeedText;
        Assert.Equal(LuceneNormalize(seed), ArabicNormalizer.Search.Normalize(seed).Text);
    }

    [Fact]
    public void Search_preset_equals_Lucene_on_the_seed_article_with_diacritics_added()
    {
        // The seed is mostly undiacritized: put a haraka, a shadda or tatweel after letters to exercise the deletions.
        string seed = SharedData.SeedText;
        var builder = new System.Text.StringBuilder(seed.Length * 2);
        for (int i = 0; i < seed.Length; i++)
        {
            builder.Append(seed[i]);
            if (ArabicLetters.IsArabicLetter(seed[i]))
            {
                builder.Append((i % 5) switch { 0 => '\u064E', 1 => '\u0651', 2 => '\u0640', 3 => '\u0670', _ => '\u0652' });
            }
        }

        string text = builder.ToString();
        Assert.Equal(LuceneNormalize(text), ArabicNormalizer.Search.NormalizeToString(text));
    }

    private static string LuceneNormalize(string text)
    {
        char[] buffer = text.ToCharArray();
        int length = Lucene.Normalize(buffer, buffer.Length);
        return new string(buffer, 0, length);
    }
}
