using System.Globalization;
using System.Text;
using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Tokenization;

/// <summary>Character tests of the tokenizer.</summary>
internal static class CharClass
{
    /// <summary>Table flag: a separator (<see cref="IsSeparator"/>).</summary>
    public const byte Separator = 1;

    /// <summary>Table flag: a character that can start or continue an Arabic word (<see cref="ArabicLetters.IsArabicWordPart"/>).</summary>
    public const byte ArabicWordPart = 2;

    /// <summary>Table flag: a character that is always a one-character punctuation token, whatever surrounds it.</summary>
    public const byte SinglePunctuation = 4;

    /// <summary>Table flag: a character that is always a one-character symbol token, whatever surrounds it.</summary>
    public const byte SingleSymbol = 8;

    /// <summary>Table flag: a character that can continue a hashtag (<see cref="IsHashtagPart"/>).</summary>
    public const byte HashtagPart = 16;

    /// <summary>Table flag: a character the tokenizer's block scan can start at (<see cref="IsBlockStart"/>).</summary>
    public const byte BlockStart = 32;

    /// <summary>
    /// The flags of every UTF-16 code unit (64 KB), computed once from the predicates below so that the tokenizer's
    /// hot loop classifies a character with one load. Never written after initialization.
    /// </summary>
    private static readonly byte[] Flags = BuildFlags();

    /// <summary>The table flags of <paramref name="c"/>.</summary>
    public static byte FlagsOf(char c) => Flags[c];

    /// <summary>Characters between tokens: white space, C0/C1 controls and the zero-width and bidi controls.</summary>
    public static bool IsSeparator(char c) => (Flags[c] & Separator) != 0;

    /// <summary>The same as <see cref="ArabicLetters.IsArabicWordPart"/>, by table.</summary>
    public static bool IsArabicWordPart(char c) => (Flags[c] & ArabicWordPart) != 0;

    /// <summary>
    /// True for the core of the Arabic block, U+0620–U+065F (letters and harakat): every one is an Arabic word part,
    /// and a vector compare tests eight at once.
    /// </summary>
    public static bool IsArabicCore(char c) => (uint)(c - '\u0620') < 0x40;

    /// <summary>A letter, digit or _ of a hashtag (ASCII, Arabic word parts, any digit, Latin letters), by table.</summary>
    public static bool IsHashtagPart(char c) => (Flags[c] & HashtagPart) != 0;

    /// <summary>Arabic letters and harakat (U+0620–U+065F), ASCII digits, space, line break, # ، . " : ( ), by table.</summary>
    public static bool IsBlockStart(char c) => (Flags[c] & BlockStart) != 0;

    private static bool ComputeIsHashtagPart(char c) =>
        c == '_' || char.IsAsciiLetterOrDigit(c) || ArabicLetters.IsArabicWordPart(c) || IsDigit(c) || IsLatinLetter(c);

    private static bool ComputeIsSeparator(char c) =>
        c <= ' ' || char.IsWhiteSpace(c) || (c is >= '\u007F' and <= '\u009F') || ArabicLetters.IsFormatControl(c);

    private static byte[] BuildFlags()
    {
        var flags = new byte[65536];
        for (int i = 0; i < flags.Length; i++)
        {
            char c = (char)i;
            byte f = 0;
            if (ComputeIsSeparator(c))
            {
                f |= Separator;
            }

            if (ArabicLetters.IsArabicWordPart(c))
            {
                f |= ArabicWordPart;
            }

            if (IsAlwaysSingleCharacterToken(c))
            {
                f |= char.IsPunctuation(c) ? SinglePunctuation : SingleSymbol;
            }

            if (ComputeIsHashtagPart(c))
            {
                f |= HashtagPart;
            }

            if (IsArabicCore(c) || char.IsAsciiDigit(c) || c is ' ' or '\n' or '#' or '،' or '.' or '"' or ':' or '(' or ')')
            {
                f |= BlockStart;
            }

            flags[i] = f;
        }

        return flags;
    }

    /// <summary>
    /// True when the tokenizer turns <paramref name="c"/> into a one-character punctuation or symbol token whatever
    /// follows it: no rule (URL, e-mail, hashtag, mention, number, word, emoji, keycap) can start at it.
    /// </summary>
    private static bool IsAlwaysSingleCharacterToken(char c) =>
        !ComputeIsSeparator(c) && !char.IsSurrogate(c) && c is not ('h' or 'H' or 'w' or 'W' or '#' or '@' or '*')
        && !char.IsAsciiLetterOrDigit(c) && !IsDigit(c) && !ArabicLetters.IsArabicWordPart(c) && !IsLatinLetter(c)
        && !IsEmojiBase(c) && !IsTextDefaultEmoji(c) && !IsRegionalIndicator(c) && !IsLetterCodePoint(c);

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
