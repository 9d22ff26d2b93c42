namespace ArabicNews.Nlp.Tooling;

/// <summary>
/// The CoNLL-style NER files of ../shared/data/ner (ANERcorp, AQMAR: "token TAG" a line, a blank line between
/// sentences): reading them, mapping their tags to the sequence model's PERS/LOC/ORG/MISC, their entities, and the
/// held-out tenth of ANERcorp train. Shared by the training and evaluation tools (linked into each, so both read the
/// gold the same way); nothing here is shipped.
/// </summary>
internal static class ConllNerFile
{
    /// <summary>Reads "token TAG" lines, a blank line between sentences; tags mapped by <see cref="MapTag"/>.</summary>
    /// <param name="path">The CoNLL file.</param>
    public static List<ConllSentence> Read(string path)
    {
        var sentences = new List<ConllSentence>();
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
                sentences.Add(new ConllSentence(tokens.ToArray(), tags.ToArray()));
                tokens.Clear();
                tags.Clear();
            }
        }
    }

    /// <summary>Maps a corpus tag to the model's labels: PER → PERS, MIS → MISC; anything malformed → O.</summary>
    /// <param name="tag">A tag as the file writes it (B-PER, I-MIS, O …).</param>
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
    /// The entities of a sequence of mapped tags, conlleval-style (an I- tag after O or another type starts an
    /// entity): the index of the first token, the index after the last, and the type.
    /// </summary>
    /// <param name="tags">Tags as <see cref="Read"/> maps them.</param>
    public static HashSet<(int Start, int End, string Type)> Entities(IReadOnlyList<string> tags)
    {
        var entities = new HashSet<(int, int, string)>();
        int start = -1;
        string type = "";
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string tagType = tag.Length > 2 ? tag[2..] : "";
            bool begins = tag.StartsWith("B-", StringComparison.Ordinal) || (tag.StartsWith("I-", StringComparison.Ordinal) && tagType != type);
            if (start >= 0 && (tag == "O" || begins))
            {
                entities.Add((start, i, type));
                start = -1;
                type = "";
            }

            if (begins)
            {
                start = i;
                type = tagType;
            }
        }

        return entities;
    }

    /// <summary>The gold token a character offset of <see cref="ConllSentence.Join"/>'s text falls in.</summary>
    /// <param name="starts">Where each token starts.</param>
    /// <param name="offset">A character offset.</param>
    public static int TokenAt(int[] starts, int offset)
    {
        int index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The sentences a held-out run trains on: all but the last tenth (`--holdout` of the trainers).</summary>
    /// <param name="sentences">ANERcorp train.</param>
    public static List<ConllSentence> FirstNineTenths(List<ConllSentence> sentences) => sentences.Take(HoldoutStart(sentences)).ToList();

    /// <summary>The held-out tenth: the last tenth of the sentences, which no `--holdout` build has seen.</summary>
    /// <param name="sentences">ANERcorp train.</param>
    public static List<ConllSentence> LastTenth(List<ConllSentence> sentences) => sentences.Skip(HoldoutStart(sentences)).ToList();

    private static int HoldoutStart(List<ConllSentence> sentences) => sentences.Count * 9 / 10;

    /// <summary>How many contiguous folds `--fold K` cuts ANERcorp train into (cross-validation of the model).</summary>
    public const int Folds = 5;

    /// <summary>Reads a --fold value: a fold number, 0 to <see cref="Folds"/> − 1.</summary>
    /// <param name="value">The option's value.</param>
    /// <param name="k">The fold.</param>
    public static bool TryParseFold(string value, out int k) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out k) && k < Folds;

    /// <summary>
    /// Reads the --fold K option of a tool's arguments: true with <paramref name="k"/> = −1 when the option is absent,
    /// true with the fold when its value is one, false when the value is missing or not a fold.
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="k">The fold, or −1.</param>
    public static bool TryReadFoldOption(string[] args, out int k)
    {
        k = -1;
        int i = Array.IndexOf(args, "--fold");
        if (i < 0)
        {
            return true;
        }

        if (i + 1 < args.Length && TryParseFold(args[i + 1], out int fold))
        {
            k = fold;
            return true;
        }

        return false;
    }

    /// <summary>The sentences a training run reads: the first nine tenths with <paramref name="holdout"/>, all but fold <paramref name="fold"/> when it is 0 or more, else all.</summary>
    /// <param name="sentences">ANERcorp train.</param>
    /// <param name="holdout">Leave out the last tenth.</param>
    /// <param name="fold">The fold to leave out, or −1.</param>
    public static List<ConllSentence> TrainingPart(List<ConllSentence> sentences, bool holdout, int fold) =>
        holdout ? FirstNineTenths(sentences) : fold >= 0 ? WithoutFold(sentences, fold) : sentences;

    /// <summary>Fold <paramref name="k"/> of <see cref="Folds"/>: a contiguous fifth of the sentences (`ner --fold K` scores it).</summary>
    /// <param name="sentences">ANERcorp train.</param>
    /// <param name="k">The fold, 0 to <see cref="Folds"/> − 1.</param>
    public static List<ConllSentence> Fold(List<ConllSentence> sentences, int k) =>
        sentences.Skip(FoldStart(sentences, k)).Take(FoldStart(sentences, k + 1) - FoldStart(sentences, k)).ToList();

    /// <summary>All sentences but fold <paramref name="k"/> (what `ner-model --fold K` trains on).</summary>
    /// <param name="sentences">ANERcorp train.</param>
    /// <param name="k">The fold left out, 0 to <see cref="Folds"/> − 1.</param>
    public static List<ConllSentence> WithoutFold(List<ConllSentence> sentences, int k) =>
        [.. sentences.Take(FoldStart(sentences, k)), .. sentences.Skip(FoldStart(sentences, k + 1))];

    private static int FoldStart(List<ConllSentence> sentences, int k)
    {
        if (k < 0 || k > Folds)
        {
            throw new ArgumentOutOfRangeException(nameof(k), $"a fold is 0 to {Folds - 1}");
        }

        return sentences.Count * k / Folds;
    }
}
