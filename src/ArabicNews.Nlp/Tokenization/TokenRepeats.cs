using System.Buffers;

namespace ArabicNews.Nlp.Tokenization;

/// <summary>
/// Which tokens of a document repeat an earlier one (same kind, same characters). A news article repeats about a
/// quarter of its words (في، من، أن، the names it is about), and everything the stages compute from a token's text
/// alone — its matching form, its clitic segments, its gazetteer lookups, the sequence model's description of it — is
/// the same for a repeat, with its offsets shifted; so each stage computes it once per distinct word and copies it.
/// </summary>
internal static class TokenRepeats
{
    /// <summary>
    /// For each token, the index of the first token of the document with the same kind and characters (its own index
    /// when it is the first).
    /// </summary>
    /// <param name="text">The document's text.</param>
    /// <param name="tokens">Its tokens, in order.</param>
    public static int[] FirstOccurrences(string text, ReadOnlySpan<Token> tokens)
    {
        var first = new int[tokens.Length];
        int size = 16;
        while (size < tokens.Length * 2)
        {
            size <<= 1;
        }

        // Open addressing over token indexes + 1 (0: empty), at most half full.
        int[] slots = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(slots, 0, size);
        int mask = size - 1;
        try
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                Token t = tokens[i];
                ReadOnlySpan<char> chars = text.AsSpan(t.Start, t.Length);
                int slot = Hash(chars, t.Kind) & mask;
                first[i] = i;
                while (true)
                {
                    int entry = slots[slot];
                    if (entry == 0)
                    {
                        slots[slot] = i + 1;
                        break;
                    }

                    Token other = tokens[entry - 1];
                    if (other.Kind == t.Kind && other.Length == t.Length && chars.SequenceEqual(text.AsSpan(other.Start, other.Length)))
                    {
                        first[i] = entry - 1;
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(slots);
        }

        return first;
    }

    // The runtime's string hash is randomized per process, so that no crafted document can make its words collide.
    private static int Hash(ReadOnlySpan<char> chars, TokenKind kind) => string.GetHashCode(chars) ^ ((int)kind * 0x3C6EF372);
}
