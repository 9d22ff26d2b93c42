using ArabicNews.Nlp.Text;
using CsCheck;

namespace ArabicNews.Nlp.Tests.Text;

/// <summary>
/// The optimized <see cref="ArabicNormalizer"/> gives exactly what the first, per-character implementation
/// (<see cref="ReferenceNormalizer"/>) gave: the same text and the same original range for every character.
/// </summary>
public sealed class NormalizerMatchesReferenceTests
{
    private static readonly Gen<string> Text =
        Gen.Frequency(
                (30, Gen.Char['\u0621', '\u064A']),
                (15, Gen.Char['\u064B', '\u0670']),
                (10, Gen.Char["آأإٱىةؤئکیہۀـ٠٩۰۹،؛؟٪“”«»‘’…\u200C\u200F\u061C\uFEFF"]),
                (6, Gen.Char['\uFB50', '\uFEFF']),
                (3, Gen.Char['\u0610', '\u06FF']),
                (15, Gen.Char[" .,abc123\n"]))
            .Array[0, 100]
            .Select(chars => new string(chars));

    // Long runs that need no change (ASCII) between Arabic stretches, so that whole unchanged blocks are met.
    private static readonly Gen<string> Runs =
        Gen.OneOf(Gen.Char[" .,abcxyz0123456789\n"].Array[0, 70].Select(chars => new string(chars)), Text)
            .Array[0, 6]
            .Select(string.Concat);

    // The presets, a few single rules and fixed mixes; built once because a normalizer builds 64K-entry tables.
    private static readonly (ArabicNormalizer Actual, ReferenceNormalizer Reference)[] Normalizers =
        new[] { NormalizationPresets.Search, NormalizationPresets.Matching, NormalizationPresets.Minimal, NormalizationPresets.All }
            .Concat([NormalizationOptions.NormalizePresentationForms, NormalizationOptions.UnifyPunctuation, NormalizationOptions.RemoveExtendedDiacritics])
            .Concat(new[] { 0x1234, 0x2AAA, 0x1555, 0x3F0F }.Select(bits => (NormalizationOptions)bits))
            .Select(options => (new ArabicNormalizer(options), new ReferenceNormalizer(options)))
            .ToArray();

    private static readonly Gen<int> Options = Gen.Int[0, Normalizers.Length - 1];

    [Fact]
    public void Normalize_gives_the_reference_text_and_offsets()
    {
        Gen.Select(Options, Gen.OneOf(Text, Runs)).Sample(
            (options, text) =>
            {
                var reference = Normalizers[options].Reference.Normalize(text);
                NormalizedText actual = Normalizers[options].Actual.Normalize(text);
                Assert.Equal(reference.Text, actual.Text);
                for (int i = 0; i < reference.Text.Length; i++)
                {
                    Assert.Equal(reference.Starts[i], actual.Map.ToOriginalStart(i));
                    Assert.Equal(reference.Ends[i], actual.Map.ToOriginalEnd(i + 1));
                }

                Assert.Equal(reference.Text, Normalizers[options].Actual.NormalizeToString(text));
            },
            iter: 10_000);
    }

    [Fact]
    public void TryNormalize_gives_the_reference_text_and_offsets()
    {
        Gen.Select(Options, Gen.OneOf(Text, Runs)).Sample(
            (options, text) =>
            {
                var normalizer = Normalizers[options].Actual;
                var reference = Normalizers[options].Reference.Normalize(text);
                int size = normalizer.GetMaxNormalizedLength(text.Length);
                var chars = new char[size];
                var starts = new int[size];
                var ends = new int[size];
                Assert.True(normalizer.TryNormalize(text, chars, starts, ends, out int written));
                Assert.Equal(reference.Text, new string(chars, 0, written));
                Assert.Equal(reference.Starts, starts[..written]);
                Assert.Equal(reference.Ends, ends[..written]);

                Assert.True(normalizer.TryNormalize(text, chars, out written));
                Assert.Equal(reference.Text, new string(chars, 0, written));

                if (reference.Text.Length > 0)
                {
                    Assert.False(normalizer.TryNormalize(text, new char[reference.Text.Length - 1], out _));
                }
            },
            iter: 10_000);
    }
}
