using CsCheck;

namespace ArabicNews.Nlp.Tests.Properties;

/// <summary>Generators of random and adversarial text for the invariant tests.</summary>
internal static class HostileText
{
    private static readonly string[] Pieces =
    [
        "قال", "الرئيس", "إردوغان", "وبسوريا", "مؤتمر", "رئيس", "ٱلله", "ى", "ة", "ک", "ی", "ہ", "ۀ",
        "َ", "ً", "ّ", "ٰ", "ۖ", "ؐ", "ـ", "ﻻ", "ﷺ", "ﺑ", "\uFEFF", "\u200C", "\u200D", "\u200F", "\u202B", "\u202C", "\u2067", "\u061C",
        " ", "  ", "\n", "\r\n", "\t", "\u00A0", "\0", "\u0007", "\u001B",
        ".", "،", "؟", "!", "…", "\"", "«", "»", "“", "”", "‹", "›", "(", ")", ":", "#", "@", "%", "٪", "_",
        "3.5", "٣٫٥", "1,000", "٢٠١٩", "۱۴", "50%",
        "Reuters", "G20", "http://x.y/z", "www.a.com.", "a@b.co", "#وسم_عربي", "@UN",
        "😀", "👍🏽", "👨‍👩‍👧", "🇸🇾", "1️⃣", "❤️",
        "\uD83D", "\uDE00", "\uDE00\uD83D", "Москва", "東京",
    ];

    /// <summary>Strings made of Arabic words, marks, controls, surrogates (lone and reversed), emoji and punctuation.</summary>
    public static Gen<string> Any { get; } =
        Gen.OneOf(Pieces).Array[0, 40].Select(parts => string.Concat(parts));

    /// <summary>Any single UTF-16 code units, surrogate halves included.</summary>
    public static Gen<string> CodeUnits { get; } = Gen.Char.Array[0, 60].Select(chars => new string(chars));
}
