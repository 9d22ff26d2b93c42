using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Tests.Text;

public sealed class ArabicNormalizerTests
{
    [Theory]
    [InlineData(NormalizationOptions.RemoveHarakat, "قَالَ", "قال")]
    [InlineData(NormalizationOptions.RemoveHarakat, "ٌمحمدٌ", "محمد")]
    [InlineData(NormalizationOptions.RemoveExtendedDiacritics, "هٰذا", "هذا")]
    [InlineData(NormalizationOptions.RemoveExtendedDiacritics, "صلى\u0610 الله", "صلى الله")]
    [InlineData(NormalizationOptions.RemoveExtendedDiacritics, "قَالَ", "قَالَ")]
    [InlineData(NormalizationOptions.RemoveTatweel, "كـــبير", "كبير")]
    [InlineData(NormalizationOptions.NormalizeAlef, "أحمد إبراهيم آمن", "احمد ابراهيم امن")]
    [InlineData(NormalizationOptions.NormalizeAlef, "ٱلله", "ٱلله")]
    [InlineData(NormalizationOptions.NormalizeAlefWasla, "ٱلله", "الله")]
    [InlineData(NormalizationOptions.NormalizeAlefMaksura, "مصطفى", "مصطفي")]
    [InlineData(NormalizationOptions.NormalizeTaMarbuta, "مدينة", "مدينه")]
    [InlineData(NormalizationOptions.NormalizeWawHamza, "مؤتمر", "موتمر")]
    [InlineData(NormalizationOptions.NormalizeYehHamza, "رئيس", "رييس")]
    [InlineData(NormalizationOptions.NormalizePersianLetters, "کتاب ی ہ ۀ", "كتاب ي ه ة")]
    [InlineData(NormalizationOptions.NormalizeDigits, "عام ٢٠١٩ و۱۴", "عام 2019 و14")]
    [InlineData(NormalizationOptions.NormalizePresentationForms, "ﻻ ﺑﻮﺗﻴﻦ", "لا بوتين")]
    [InlineData(NormalizationOptions.RemoveFormatControls, "بوتين\u200F \u202Bقال\u202C\uFEFF", "بوتين قال")]
    [InlineData(NormalizationOptions.UnifyPunctuation, "قال، «نعم» ؛ لماذا؟ …", "قال, \"نعم\" ; لماذا? ...")]
    public void Each_option_applies_its_rule_and_only_its_rule(NormalizationOptions options, string input, string expected)
    {
        Assert.Equal(expected, new ArabicNormalizer(options).Normalize(input).Text);
    }

    [Fact]
    public void Persian_heh_goal_becomes_ta_marbuta_then_heh_when_both_rules_apply()
    {
        var normalizer = new ArabicNormalizer(NormalizationOptions.NormalizePersianLetters | NormalizationOptions.NormalizeTaMarbuta);
        Assert.Equal("ه", normalizer.Normalize("ۀ").Text);
    }

    [Theory]
    [InlineData('\uFBA4')]
    [InlineData('\uFBA5')]
    public void A_rule_chain_of_three_steps_reaches_its_end_in_one_pass(char presentationForm)
    {
        // Found by the fuzzer: ﮤ → ۀ → ة → ه needs three rules; one pass must apply them all (idempotence).
        string once = ArabicNormalizer.Matching.Normalize(presentationForm.ToString()).Text;
        Assert.Equal("ه", once);
        Assert.Equal(once, ArabicNormalizer.Matching.Normalize(once).Text);
    }

    [Fact]
    public void An_input_that_needs_no_change_comes_back_as_the_same_instance()
    {
        string text = "قال بوتين في موسكو";
        NormalizedText result = ArabicNormalizer.Matching.Normalize(text);
        Assert.Same(text, result.Text);
        Assert.True(result.IsUnchanged);
        Assert.True(result.Map.IsIdentity);
        Assert.Same(text, ArabicNormalizer.Matching.NormalizeToString(text));
    }

    [Fact]
    public void Removed_diacritics_stay_inside_the_span_of_their_letter()
    {
        string text = "قالَ الرئيسُ";
        NormalizedText result = ArabicNormalizer.Minimal.Normalize(text);
        Assert.Equal("قال الرئيس", result.Text);
        Assert.Equal((0, 4), result.ToOriginal(0, 3));
        Assert.Equal("الرئيسُ", text[result.ToOriginal(4, 10).Start..result.ToOriginal(4, 10).End]);
    }

    [Fact]
    public void A_ligature_that_expands_maps_every_letter_back_to_the_ligature()
    {
        string text = "ﻻ شيء";
        NormalizedText result = ArabicNormalizer.Matching.Normalize(text);
        Assert.Equal("لا شيء", result.Text);
        Assert.Equal((0, 1), result.ToOriginal(0, 1));
        Assert.Equal((0, 1), result.ToOriginal(1, 2));
        Assert.Equal((0, 1), result.ToOriginal(0, 2));
        Assert.Equal((2, 5), result.ToOriginal(3, 6));
    }

    [Fact]
    public void Span_api_writes_into_the_callers_buffer()
    {
        ReadOnlySpan<char> source = "إردوغانُ";
        Span<char> buffer = stackalloc char[ArabicNormalizer.Matching.GetMaxNormalizedLength(source.Length)];
        Span<int> starts = stackalloc int[buffer.Length];
        Span<int> ends = stackalloc int[buffer.Length];
        Assert.True(ArabicNormalizer.Matching.TryNormalize(source, buffer, starts, ends, out int written));
        Assert.Equal("اردوغان", buffer[..written].ToString());
        Assert.Equal(8, ends[written - 1]);
    }

    [Fact]
    public void Span_api_reports_a_buffer_that_is_too_small()
    {
        Span<char> buffer = stackalloc char[2];
        Assert.False(ArabicNormalizer.Matching.TryNormalize("ﷺ", buffer, out _));
    }

    [Fact]
    public void Undefined_flags_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArabicNormalizer((NormalizationOptions)(1 << 30)));
    }

    [Fact]
    public void The_seed_article_normalizes_with_a_map_that_points_at_the_same_letters()
    {
        string text = TestSupport.SharedData.SeedText;
        NormalizedText result = ArabicNormalizer.Matching.Normalize(text);
        for (int i = 0; i < result.Text.Length; i++)
        {
            (int s, int e) = result.ToOriginal(i, i + 1);
            string original = ArabicNormalizer.Matching.NormalizeToString(text[s..e]);
            Assert.Contains(result.Text[i], original);
        }
    }
}
