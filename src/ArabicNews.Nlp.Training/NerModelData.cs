using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Training;

/// <summary>One gold sentence of a CoNLL-style NER file: tokens and BIO tags.</summary>
internal sealed record NerModelSentence(string[] Tokens, string[] Tags);

/// <summary>A sentence as the library sees it: the tokens joined by spaces, re-tokenized, with projected labels.</summary>
internal sealed record NerModelSequence(string Text, Token[] Tokens, int[] Labels);

/// <summary>Reads the ANERcorp and AQMAR files and projects their labels onto the library's tokens.</summary>
internal static class NerModelData
{
    /// <summary>Reads "token TAG" lines, a blank line between sentences; tags mapped to PERS/LOC/ORG/MISC.</summary>
    public static List<NerModelSentence> Read(string path)
    {
        var sentences = new List<NerModelSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            int space = line.LastIndexOf(' ');
            string token = space < 0 ? line : line[..space].Trim();
            string tag = space < 0 ? "O" : line[(space + 1)..].Trim();
            if (token.Length == 0)
            {
                continue;
            }

            tokens.Add(token);
            tags.Add(MapTag(tag));
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new NerModelSentence(tokens.ToArray(), tags.ToArray()));
                tokens.Clear();
                tags.Clear();
            }
        }
    }

    /// <summary>Maps a corpus tag to the model's labels: PER → PERS, MIS → MISC; anything malformed → O.</summary>
    public static string MapTag(string tag)
    {
        if (tag.Length < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-')
        {
            return "O";
        }

        string type = tag[2..].TrimStart('-') switch
        {
            "PER" or "PERS" => "PERS",
            "LOC" => "LOC",
            "ORG" => "ORG",
            var t when t.StartsWith("MIS", StringComparison.Ordinal) => "MISC",
            _ => "",
        };
        return type.Length == 0 ? "O" : tag[0] + "-" + type;
    }

    /// <summary>
    /// Joins the gold tokens with spaces, tokenizes the result with <see cref="ArabicTokenizer"/>, and gives each
    /// library token the label of the gold token it lies in. Punctuation at the edge of a gold entity token gets O;
    /// the first word piece of a B- token gets B-, the rest I-; the result is BIO-repaired.
    /// </summary>
    public static NerModelSequence Project(NerModelSentence sentence)
    {
        var starts = new int[sentence.Tokens.Length];
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < sentence.Tokens.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            starts[i] = builder.Length;
            builder.Append(sentence.Tokens[i]);
        }

        string text = builder.ToString();
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        int[] labels = new int[tokens.Length];
        int gold = 0;
        int piecesStart = 0;
        for (int t = 0; t <= tokens.Length; t++)
        {
            int goldOf = t < tokens.Length ? GoldIndex(starts, tokens[t].Start) : -1;
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

    /// <summary>The gold token a character offset falls in.</summary>
    public static int GoldIndex(int[] starts, int offset)
    {
        int index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
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
