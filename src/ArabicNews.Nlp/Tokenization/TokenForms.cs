using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Tokenization;

/// <summary>
/// The matching form of each token of a document (<see cref="NormalizationPresets.Matching"/>: no diacritics, tatweel
/// or format controls; alef, ya, ta marbuta and hamza seats folded), computed once per document and shared by the
/// entity recognizer and the quote attributor so no stage normalizes a word twice. A token that is already in that
/// form keeps its text; nothing here holds offsets (tokens carry them).
/// </summary>
internal static class TokenForms
{
    /// <summary>The matching form of every token, in token order.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="first">Optional: each token's first occurrence (<see cref="TokenRepeats"/>); a repeat shares its form.</param>
    public static string[] Matching(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> first = default)
    {
        var forms = new string[tokens.Length];
        ArabicNormalizer normalizer = ArabicNormalizer.Matching;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!first.IsEmpty && first[i] < i)
            {
                forms[i] = forms[first[i]];
                continue;
            }

            ReadOnlySpan<char> span = text.AsSpan(tokens[i].Start, tokens[i].Length);
            forms[i] = normalizer.IsNormalized(span) ? span.ToString() : Normalized(normalizer, span);
        }

        return forms;
    }

    /// <summary>
    /// A word's normalized form, through a buffer on the stack (kept out of <see cref="Matching"/>, whose loop the JIT
    /// then compiles quickly first, as it does other methods, instead of optimizing it at once: a cost of the cold start).
    /// </summary>
    private static string Normalized(ArabicNormalizer normalizer, ReadOnlySpan<char> span)
    {
        Span<char> buffer = stackalloc char[128];
        if (normalizer.GetMaxNormalizedLength(span.Length) > buffer.Length)
        {
            return normalizer.NormalizeToString(span.ToString());
        }

        normalizer.TryNormalize(span, buffer, out int written);
        return written == 0 ? string.Empty : new string(buffer[..written]);
    }

    /// <summary>
    /// Throws when the per-token arrays a stage is handed (<see cref="Matching"/>'s forms, <see cref="TokenRepeats"/>'
    /// first occurrences; each may be null) do not hold one entry a token.
    /// </summary>
    /// <param name="tokenCount">How many tokens the text has.</param>
    /// <param name="forms">The tokens' matching forms, or null.</param>
    /// <param name="first">The tokens' first occurrences, or null.</param>
    public static void CheckLengths(int tokenCount, string[]? forms, int[]? first)
    {
        if (forms is not null && forms.Length != tokenCount)
        {
            throw new ArgumentException("One form per token is expected.", nameof(forms));
        }

        if (first is not null && first.Length != tokenCount)
        {
            throw new ArgumentException("One first occurrence per token is expected.", nameof(first));
        }
    }
}
