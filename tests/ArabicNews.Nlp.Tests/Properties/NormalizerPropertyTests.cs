using ArabicNews.Nlp.Text;
using CsCheck;

namespace ArabicNews.Nlp.Tests.Properties;

public sealed class NormalizerPropertyTests
{
    public static TheoryData<NormalizationOptions> Presets => new()
    {
        NormalizationPresets.Search, NormalizationPresets.Matching, NormalizationPresets.Minimal, NormalizationPresets.All,
        NormalizationOptions.NormalizePresentationForms, NormalizationOptions.UnifyPunctuation,
    };

    [Theory]
    [MemberData(nameof(Presets))]
    public void Normalization_is_idempotent(NormalizationOptions options)
    {
        var normalizer = new ArabicNormalizer(options);
        Gen.OneOf(HostileText.Any, HostileText.CodeUnits).Sample(text =>
        {
            string once = normalizer.Normalize(text).Text;
            Assert.Equal(once, normalizer.Normalize(once).Text);
            Assert.True(normalizer.IsNormalized(once));
        });
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Offset_maps_are_monotonic_and_in_range(NormalizationOptions options)
    {
        var normalizer = new ArabicNormalizer(options);
        Gen.OneOf(HostileText.Any, HostileText.CodeUnits).Sample(text =>
        {
            NormalizedText n = normalizer.Normalize(text);
            int previousStart = 0, previousEnd = 0;
            for (int i = 0; i < n.Text.Length; i++)
            {
                (int s, int e) = n.ToOriginal(i, i + 1);
                Assert.InRange(s, previousStart, text.Length);
                Assert.InRange(e, s + 1, text.Length);
                Assert.True(e >= previousEnd);
                previousStart = s;
                previousEnd = e;
            }

            Assert.Equal(text.Length, n.ToOriginal(n.Text.Length));
        });
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void A_mapped_span_normalizes_to_the_normalized_span(NormalizationOptions options)
    {
        var normalizer = new ArabicNormalizer(options);
        Gen.Select(HostileText.Any, Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((text, a, b) =>
        {
            NormalizedText n = normalizer.Normalize(text);
            if (n.Text.Length == 0)
            {
                return;
            }

            int start = a % n.Text.Length;
            int end = start + (b % (n.Text.Length - start + 1));
            (int s, int e) = n.ToOriginal(start, end);

            // Spans that cut through a ligature can only map to the whole ligature, so compare by containment.
            Assert.Contains(n.Text[start..end], normalizer.Normalize(text[s..e]).Text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void The_span_api_matches_the_string_api(NormalizationOptions options)
    {
        var normalizer = new ArabicNormalizer(options);
        HostileText.Any.Sample(text =>
        {
            var buffer = new char[normalizer.GetMaxNormalizedLength(text.Length)];
            var starts = new int[buffer.Length];
            var ends = new int[buffer.Length];
            Assert.True(normalizer.TryNormalize(text, buffer, starts, ends, out int written));
            NormalizedText n = normalizer.Normalize(text);
            Assert.Equal(n.Text, new string(buffer, 0, written));
            for (int i = 0; i < written; i++)
            {
                Assert.Equal(n.ToOriginal(i, i + 1), (starts[i], ends[i]));
            }
        });
    }

    [Fact]
    public void Ten_thousand_diacritics_in_a_row_normalize_to_one_letter_spanning_them_all()
    {
        string text = "ب" + new string('\u064E', 10_000);
        NormalizedText n = ArabicNormalizer.Minimal.Normalize(text);
        Assert.Equal("ب", n.Text);
        Assert.Equal((0, text.Length), n.ToOriginal(0, 1));
    }

    [Fact]
    public void The_empty_string_is_its_own_normalization()
    {
        Assert.Same(string.Empty, ArabicNormalizer.Matching.Normalize(string.Empty).Text);
    }
}
