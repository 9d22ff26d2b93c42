using System.Globalization;
using System.Text;
using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Tests.Tokenization;

/// <summary>A frozen copy of the first tokenizer's character tests.</summary>
internal static class ReferenceCharClass
{
    /// <summary>Characters between tokens: white space, C0/C1 controls and the zero-width and bidi controls.</summary>
    public static bool IsSeparator(char c) =>
        c <= ' ' || char.IsWhiteSpace(c) || (c is >= '\u007F' and <= '\u009F') || ArabicLetters.IsFormatControl(c);

    public static bool IsDigit(char c) => ArabicLetters.DigitValue(c) >= 0;

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    public static bool IsLatinLetter(char c) =>
        char.IsLetter(c) && (c <= '\u024F' || c is (>= '\u1E00' and <= '\u1EFF') or (>= '\uFF21' and <= '\uFF5A'));

    public static bool IsCombiningMark(char c)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>Emoji that need no variation selector to be shown as emoji (Extended_Pictographic, approximated by blocks).</summary>
    public static bool IsEmojiBase(int codePoint) =>
        codePoint is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x1FC00 and <= 0x1FFFD) or (>= 0x2600 and <= 0x27BF)
            or 0x231A or 0x231B or (>= 0x23E9 and <= 0x23FA) or 0x2B50 or 0x2B55 or (>= 0x2B1B and <= 0x2B1C) or 0x3030 or 0x303D;

    /// <summary>Symbols that become emoji when a variation selector 16 follows (© ® ™ ‼ …).</summary>
    public static bool IsTextDefaultEmoji(int codePoint) =>
        codePoint is 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or (>= 0x2194 and <= 0x21AA)
            or 0x24C2 or (>= 0x25AA and <= 0x25FE) or (>= 0x2934 and <= 0x2935) or (>= 0x2B05 and <= 0x2B07) or 0x3297 or 0x3299;

    public static bool IsRegionalIndicator(int codePoint) => codePoint is >= 0x1F1E6 and <= 0x1F1FF;

    public static bool IsSkinTone(int codePoint) => codePoint is >= 0x1F3FB and <= 0x1F3FF;

    public static bool IsEmojiTag(int codePoint) => codePoint is >= 0xE0020 and <= 0xE007F;

    /// <summary>Reads the code point at <paramref name="i"/>; a lone surrogate reads as itself with length 1.</summary>
    public static int CodePointAt(ReadOnlySpan<char> text, int i, out int length)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, text[i + 1]);
        }

        length = 1;
        return c;
    }

    public static bool IsLetterCodePoint(int codePoint) =>
        Rune.IsValid(codePoint) && Rune.IsLetter(new Rune(codePoint));
}
