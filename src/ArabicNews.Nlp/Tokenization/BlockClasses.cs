using System.Runtime.Intrinsics;

namespace ArabicNews.Nlp.Tokenization;

/// <summary>
/// The byte tables of the tokenizer's block scan where the processor can look up 64 bytes in a 128-byte table at once
/// (AVX-512 VBMI): one table for characters narrowed to ASCII, one for characters narrowed to their place in the
/// Arabic block. A character's class is the OR of its two entries; each class is one bit, the highest first, so that
/// adding the class vector to itself moves the next class into the sign bit.
/// </summary>
internal static class BlockClasses
{
    /// <summary>Arabic letters and harakat, U+0620–U+065F.</summary>
    public const byte Core = 0x80;

    /// <summary>Space and line break.</summary>
    public const byte Gap = 0x40;

    /// <summary>The marks that are always one-character tokens in a block without numbers: . ، " : ( )</summary>
    public const byte Mark = 0x20;

    /// <summary>What numbers and hashtags are made of: ASCII digits , % # _</summary>
    public const byte Special = 0x10;

    /// <summary>Entries 0–63 of the ASCII table (characters U+0000–U+003F).</summary>
    public static readonly Vector512<byte> AsciiLow = Half(BuildAscii(), 0);

    /// <summary>Entries 64–127 of the ASCII table.</summary>
    public static readonly Vector512<byte> AsciiHigh = Half(BuildAscii(), 64);

    /// <summary>Entries 0–63 of the Arabic-block table (U+0600–U+063F).</summary>
    public static readonly Vector512<byte> ArabicLow = Half(BuildArabic(), 0);

    /// <summary>Entries 64–127 of the Arabic-block table (U+0640–U+067F).</summary>
    public static readonly Vector512<byte> ArabicHigh = Half(BuildArabic(), 64);

    private static byte[] BuildAscii()
    {
        var table = new byte[128];
        table[' '] = table['\n'] = Gap;
        foreach (char c in ".\":()")
        {
            table[c] = Mark;
        }

        foreach (char c in "0123456789,%#_")
        {
            table[c] = Special;
        }

        return table;
    }

    private static byte[] BuildArabic()
    {
        // Index i stands for U+0600 + i; 0x7F (also every character outside the block) is no class.
        var table = new byte[128];
        for (int i = 0x20; i < 0x60; i++)
        {
            table[i] = Core;
        }

        table['،' - 0x0600] = Mark;
        return table;
    }

    private static Vector512<byte> Half(byte[] table, int start) => Vector512.Create(table.AsSpan(start, 64));
}
