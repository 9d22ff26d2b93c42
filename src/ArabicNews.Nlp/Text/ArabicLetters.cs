using System.Globalization;

namespace ArabicNews.Nlp.Text;

/// <summary>Classification of the characters Arabic text is made of.</summary>
public static class ArabicLetters
{
    /// <summary>Tatweel (kashida), U+0640.</summary>
    public const char Tatweel = '\u0640';

    /// <summary>Zero-width non-joiner, U+200C, which may sit inside a word.</summary>
    public const char ZeroWidthNonJoiner = '\u200C';

    /// <summary>Zero-width joiner, U+200D.</summary>
    public const char ZeroWidthJoiner = '\u200D';

    /// <summary>True for the harakat, tanween, shadda and sukun U+064B–U+0652.</summary>
    /// <param name="c">The character.</param>
    public static bool IsHaraka(char c) => c is >= '\u064B' and <= '\u0652';

    /// <summary>
    /// True for any Arabic diacritic: U+064B–U+065F, superscript alef U+0670 and the Quranic marks U+0610–U+061A
    /// and U+06D6–U+06ED (the signs U+06DD, U+06DE and U+06E9 included, as Unicode's Quranic range does).
    /// </summary>
    /// <param name="c">The character.</param>
    public static bool IsDiacritic(char c) =>
        c is (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u0610' and <= '\u061A') or (>= '\u06D6' and <= '\u06ED');

    /// <summary>True for the zero-width and bidirectional controls that <see cref="NormalizationOptions.RemoveFormatControls"/> removes.</summary>
    /// <param name="c">The character.</param>
    public static bool IsFormatControl(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u061C';

    /// <summary>
    /// True for a letter of the Arabic script: the Arabic, Arabic Supplement and Extended-A blocks and the
    /// presentation forms (diacritics, digits and punctuation excluded).
    /// </summary>
    /// <param name="c">The character.</param>
    public static bool IsArabicLetter(char c)
    {
        if (c < '\u0620')
        {
            return false;
        }

        if (c <= '\u06FF')
        {
            return c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u066F') or (>= '\u0671' and <= '\u06D3')
                or '\u06D5' or (>= '\u06EE' and <= '\u06EF') or (>= '\u06FA' and <= '\u06FC') or '\u06FF';
        }

        if (c is (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08C9'))
        {
            return true;
        }

        if (c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC'))
        {
            return char.IsLetter(c);
        }

        return false;
    }

    /// <summary>True for a character that can continue an Arabic word: letter, diacritic, tatweel or other combining mark.</summary>
    /// <param name="c">The character.</param>
    public static bool IsArabicWordPart(char c) =>
        IsArabicLetter(c) || IsDiacritic(c) || c == Tatweel ||
        (c >= '\u0600' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    /// <summary>True for an Arabic-Indic digit ٠–٩ (U+0660–U+0669) or Extended Arabic-Indic digit ۰–۹ (U+06F0–U+06F9).</summary>
    /// <param name="c">The character.</param>
    public static bool IsArabicIndicDigit(char c) => c is (>= '\u0660' and <= '\u0669') or (>= '\u06F0' and <= '\u06F9');

    /// <summary>The value 0–9 of an ASCII or Arabic-Indic digit, or -1.</summary>
    /// <param name="c">The character.</param>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };
}
