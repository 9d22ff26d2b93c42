using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Quotes;

/// <summary>
/// Datelines (دبي، الإمارات العربية المتحدة (CNN)-- …، تونس - …) that open a sentence: the attributor reads the words
/// after the dash as a sentence of their own, so that the place or the agency of the dateline is never taken for the
/// subject of the first sentence's verb (… (CNN)-- علق فلان، …، مؤكدا أن … : the speaker is فلان).
/// </summary>
internal static class Datelines
{
    private const int MaxWordsBeforeAgency = 7;
    private const int MaxAgencyTokens = 4;
    private const int MaxWordsWithoutAgency = 3;

    /// <summary>The sentences with each dateline split off the sentence it opens; the input itself when there is none.</summary>
    public static ReadOnlySpan<Sentence> Split(string text, Token[] tokens, ReadOnlySpan<Sentence> sentences, List<Entity> entities, int[] entityAt)
    {
        List<Sentence>? split = null;
        int t = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            Sentence sentence = sentences[s];
            while (t < tokens.Length && tokens[t].Start < sentence.Start)
            {
                t++;
            }

            int after = t < tokens.Length && tokens[t].Start < sentence.End ? AfterDateline(text, tokens, t, sentence.End, entities, entityAt) : -1;
            if (after < 0)
            {
                split?.Add(sentence);
                continue;
            }

            if (split is null)
            {
                split = new List<Sentence>(sentences.Length + 4);
                split.AddRange(sentences[..s]);
            }

            split.Add(new Sentence(sentence.Start, tokens[after - 1].End));
            split.Add(new Sentence(tokens[after].Start, sentence.End));
        }

        return split is null ? sentences : split.ToArray();
    }

    /// <summary>
    /// The first token after a dateline that starts at token <paramref name="first"/>, or -1: a few words and commas,
    /// then an agency in parentheses and a dash (… (CNN)--، … (وات) -), or, at the start of a paragraph, a place or
    /// country of at most three words and a dash (تونس - …; not وأصدرت ماركل - البالغة 36 عاما - …). Something must
    /// follow the dash in the sentence.
    /// </summary>
    private static int AfterDateline(string text, Token[] tokens, int first, int sentenceEnd, List<Entity> entities, int[] entityAt)
    {
        int words = 0;
        bool agency = false;
        int k = first;
        for (; k < tokens.Length && tokens[k].Start < sentenceEnd; k++)
        {
            Token token = tokens[k];
            if (token.IsWord)
            {
                if (++words > MaxWordsBeforeAgency)
                {
                    return -1;
                }

                continue;
            }

            char c = text[token.Start];
            if (token.Length != 1)
            {
                return -1;
            }

            if (c is '،' or ',')
            {
                continue;
            }

            if (c == '(' && words > 0)
            {
                int close = k + 1;
                while (close < tokens.Length && close - k <= MaxAgencyTokens + 1 && tokens[close].IsWord)
                {
                    close++;
                }

                if (close == k + 1 || close >= tokens.Length || tokens[close].Length != 1 || text[tokens[close].Start] != ')')
                {
                    return -1;
                }

                agency = true;
                k = close;
                continue;
            }

            if (IsDash(c))
            {
                break;
            }

            return -1;
        }

        if (k >= tokens.Length || tokens[k].Start >= sentenceEnd || words == 0 ||
            (!agency && (words > MaxWordsWithoutAgency || !StartsParagraph(text, tokens, first) || !IsPlace(entityAt[first] is int e && e >= 0 ? entities[e] : null, tokens[first].Start, tokens[k - 1].End))))
        {
            return -1;
        }

        // The dash may be written twice (--) or followed by more punctuation.
        while (k < tokens.Length && tokens[k].Start < sentenceEnd && tokens[k].Length == 1 && IsDash(text[tokens[k].Start]))
        {
            k++;
        }

        return k < tokens.Length && tokens[k].Start < sentenceEnd && tokens[k].IsWord ? k : -1;
    }

    /// <summary>True when the entity on the dateline's first token is a place or country spanning [start, end) exactly.</summary>
    private static bool IsPlace(Entity? entity, int start, int end) =>
        entity is { Type: EntityType.Place or EntityType.Country } && entity.Start == start && entity.End == end;

    private static bool IsDash(char c) => c is '-' or '–' or '—' or '‒' or '―';

    private static bool StartsParagraph(string text, Token[] tokens, int first) =>
        first == 0 || QuoteDocument.HasLineBreak(text, tokens[first - 1].End, tokens[first].Start);
}
