using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;
using ArabicNews.Nlp.Tooling;

namespace ArabicNews.Nlp.Training;

/// <summary>A sentence as the library sees it: the tokens joined by spaces, re-tokenized, with projected labels.</summary>
internal sealed record NerModelSequence(string Text, Token[] Tokens, int[] Labels);

/// <summary>Projects the labels of ANERcorp and AQMAR sentences (read by <see cref="ConllNerFile"/>) onto the library's tokens.</summary>
internal static class NerModelData
{
    /// <summary>
    /// Joins the gold tokens with spaces, tokenizes the result with <see cref="ArabicTokenizer"/>, and gives each
    /// library token the label of the gold token it lies in. Punctuation at the edge of a gold entity token gets O;
    /// the first word piece of a B- token gets B-, the rest I-; the result is BIO-repaired.
    /// </summary>
    public static NerModelSequence Project(ConllSentence sentence)
    {
        string text = sentence.Join(out int[] starts);
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        int[] labels = new int[tokens.Length];
        int gold = 0;
        int piecesStart = 0;
        for (int t = 0; t <= tokens.Length; t++)
        {
            int goldOf = t < tokens.Length ? ConllNerFile.TokenAt(starts, tokens[t].Start) : -1;
            if (t == tokens.Length || goldOf != gold)
            {
                AssignPieces(sentence.Tags[gold], tokens.AsSpan(piecesStart, t - piecesStart), labels.AsSpan(piecesStart, t - piecesStart));
                if (t == tokens.Length)
                {
                    break;
                }

                gold = goldOf;
                piecesStart = t;
            }
        }

        for (int t = 0; t < labels.Length; t++)
        {
            int label = labels[t];
            if (label != 0 && (label & 1) == 0)
            {
                int previous = t == 0 ? SequenceModel.StartLabel : labels[t - 1];
                if (!SequenceModel.Allowed(previous, label))
                {
                    labels[t] = label - 1;
                }
            }
        }

        return new NerModelSequence(text, tokens, labels);
    }

    private static void AssignPieces(string tag, ReadOnlySpan<Token> pieces, Span<int> labels)
    {
        int label = Array.IndexOf(SequenceModel.Labels, tag);
        if (label <= 0 || pieces.IsEmpty)
        {
            labels.Clear();
            return;
        }

        int firstWord = -1, lastWord = -1;
        for (int i = 0; i < pieces.Length; i++)
        {
            if (pieces[i].Kind is not (TokenKind.Punctuation or TokenKind.Symbol))
            {
                firstWord = firstWord < 0 ? i : firstWord;
                lastWord = i;
            }
        }

        if (firstWord < 0)
        {
            firstWord = 0;
            lastWord = pieces.Length - 1;
        }

        int inside = (label & 1) == 1 ? label + 1 : label;
        for (int i = 0; i < pieces.Length; i++)
        {
            labels[i] = i < firstWord || i > lastWord ? 0 : i == firstWord ? label : inside;
        }
    }
}
