namespace ArabicNews.Nlp.Entities;

/// <summary>The hashing shared by the sequence model's trainer and its runtime: 64-bit FNV-1a over characters, folded to 32-bit keys.</summary>
internal static class ModelHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>The hash of a character sequence.</summary>
    public static ulong Of(ReadOnlySpan<char> chars) => Continue(OffsetBasis, chars);

    /// <summary>
    /// The hash of a character sequence that continues one whose hash is <paramref name="h"/>: the hash is computed
    /// left to right, so a word's hash passes through the hash of each of its prefixes.
    /// </summary>
    public static ulong Continue(ulong h, ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            h ^= c;
            h *= Prime;
        }

        return h;
    }

    /// <summary>Combines two hashes (order matters).</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a ^ ((b + Golden) * Prime) ^ (a << 7));

    /// <summary>The 32-bit key of a feature: a template number and a value hash. Never zero.</summary>
    public static uint Feature(int template, ulong value)
    {
        uint key = (uint)Mix(value ^ ((ulong)(uint)template * Golden));
        return key == 0 ? 1u : key;
    }

    /// <summary>The 32-bit key of a word in the lexicon tables. Never zero.</summary>
    public static uint Word(ReadOnlySpan<char> normalized) => WordKey(Of(normalized));

    /// <summary>The <see cref="Word"/> key of a word whose <see cref="Of"/> hash is known.</summary>
    public static uint WordKey(ulong hash) => Feature(0x7FFF_0001, hash);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
