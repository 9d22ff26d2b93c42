using System.Text;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;
using ArabicNews.Nlp.Tooling;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>
/// CoNLL-style exact entity F1 of the whole <see cref="ArabicEntityRecognizer"/> (gazetteers, rules and the model when
/// embedded) on the ANERcorp test split and the AQMAR test split: COUNTRY+PLACE → LOC, PERSON → PERS,
/// ORGANIZATION → ORG; NATIONALITY and MISC are not scored. Sentences are joined into pseudo-documents of 10 sentences
/// (the corpora keep no document boundaries; --window N joins N, 1 scores each sentence alone) with their tokens separated by spaces; a predicted entity covers the
/// gold tokens its characters fall in. usage: recognizer-conll [--shared DIR] [--split train|test|holdout] [--fold K] [--file PATH]
/// [--errors] [--no-model] [--model FILE] [--gazetteer FILE]: --split train scores the ANERcorp and AQMAR train splits (for error analysis:
/// never tune on test), --split holdout the last tenth of ANERcorp train (with --model FILE trained by
/// `ner-model --holdout --model-out FILE`, an honest held-out check of how rules and model merge; with --gazetteer FILE
/// built by `gazetteers --holdout --out DIR` the gazetteers do not know the held-out tenth's names either), --fold K the K-th
/// fifth of ANERcorp train in the same way (a model from `ner-model --fold K`, gazetteers from `gazetteers --fold K`), --file scores one CoNLL file, --errors prints the false positives and false negatives with their context,
/// grouped by error class, --type-bias P,L,O,M adds logit offsets to the model's types, --no-model scores the gazetteers and rules alone, --versus-model (with --errors) also lists the gold
/// entities the model alone finds and the whole recognizer misses, the reverse, and the recognizer's false positives where the model had none.
/// Each split is also scored under its annotators' conventions where our guidelines differ by convention (ANERcorp: institution +
/// nisba, state heads, compass words; AQMAR: a place inside a competition's, prize's or war's name), decided from the prediction's words.
/// </summary>
internal static class RecognizerConllEvaluation
{
    private static readonly string[] Types = ["LOC", "PERS", "ORG"];
    private static readonly string[] Proclitics = ["", "و", "ب", "ل", "ف", "وب", "ول"];
    private static readonly HashSet<string> IndefiniteStateHeads = [.. new[] { "دولة", "مملكة", "جمهورية", "سلطنة", "إمارة" }.Select(GazetteerKey.Of)];
    private static readonly HashSet<string> Institutions = [.. ArabicLexicon.Institutions.Select(GazetteerKey.Of)];
    private static readonly HashSet<string> Compass = [.. ArabicLexicon.Compass.Where(c => !c.Contains(' ', StringComparison.Ordinal)).Select(GazetteerKey.Of)];

    /// <summary>Heads of competitions, prizes and wars, whose whole name AQMAR marks MISC (كأس إسبانيا، دوري أبطال أوروبا، حرب الخليج).</summary>
    private static readonly HashSet<string> EventHeads = [.. new[] { "كأس", "كاس", "دوري", "بطولة", "أبطال", "حرب", "حروب", "معركة", "سباق", "جائزة" }.Select(GazetteerKey.Of)];

    // --versus-model: the model's own mentions, to list where it and the whole recognizer disagree (set once per run)
    private static SequenceModel? s_versus;

    public static int Run(string shared, string[] args)
    {
        string ner = Path.Combine(shared, "data", "ner");
        string split = CommandLine.Option(args, "--split") ?? "test";
        int window = int.TryParse(CommandLine.Option(args, "--window"), out int w) && w > 0 ? w : 10;
        bool errors = args.Contains("--errors");
        var options = new EntityRecognizerOptions { UseStatisticalModel = !args.Contains("--no-model") };
        SequenceModel? model = CommandLine.Model(args);

        if (CommandLine.Option(args, "--type-bias") is { } bias && (model ?? SequenceModel.Default) is { } biased)
        {
            // logit offsets added to the model's own (PERS, LOC, ORG, MISC), to tune them through the whole recognizer
            model = biased.WithTypeBiases(bias.Split(',').Select(v => float.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }

        var recognizer = new ArabicEntityRecognizer(options, model, CommandLine.Gazetteer(args));
        s_versus = args.Contains("--versus-model") ? model ?? SequenceModel.Default : null;
        if (split == "holdout")
        {
            // the last tenth of ANERcorp train, which a model trained with `ner-model --holdout` never saw
            var all = ConllNerFile.Read(Path.Combine(ner, "anercorp", "ANERCorp_CamelStyle_train.txt"));
            Score(recognizer, "ANERcorp train, last 10%", ConllNerFile.LastTenth(all), errors, window);
            return 0;
        }

        if (!ConllNerFile.TryReadFoldOption(args, out int k))
        {
            Console.Error.WriteLine($"--fold is 0 to {ConllNerFile.Folds - 1}");
            return 2;
        }

        if (k >= 0)
        {
            // a fifth of ANERcorp train, for a model trained by `ner-model --fold K` and gazetteers built by `gazetteers --fold K`
            var all = ConllNerFile.Read(Path.Combine(ner, "anercorp", "ANERCorp_CamelStyle_train.txt"));
            Score(recognizer, $"ANERcorp train, fold {k} of {ConllNerFile.Folds}", ConllNerFile.Fold(all, k), errors, window);
            return 0;
        }

        if (CommandLine.Option(args, "--file") is { } file)
        {
            Score(recognizer, Path.GetFileName(file), file, errors, window);
            return 0;
        }

        if (split is not ("train" or "test"))
        {
            Console.Error.WriteLine("--split is train, test or holdout");
            return 2;
        }

        Score(recognizer, $"ANERcorp {split}", Path.Combine(ner, "anercorp", split == "train" ? "ANERCorp_CamelStyle_train.txt" : "ANERCorp_CamelStyle_test.txt"), errors, window);
        Score(recognizer, $"AQMAR {split}", Path.Combine(ner, "aqmar", split + ".txt"), errors, window);
        return 0;
    }

    private static void Score(ArabicEntityRecognizer recognizer, string name, string path, bool showErrors, int window)
    {
        if (!File.Exists(path))
        {
            Console.WriteLine($"{name}: {path} not found");
            return;
        }

        Score(recognizer, name, ConllNerFile.Read(path), showErrors, window, aqmar: path.Contains("aqmar", StringComparison.Ordinal));
    }

    private static void Score(ArabicEntityRecognizer recognizer, string name, List<ConllSentence> sentences, bool showErrors, int window, bool aqmar = false)
    {
        var counts = Types.ToDictionary(t => t, _ => new int[3]);
        var errors = new List<(string Class, string Line)>();
        var mappedCounts = Types.ToDictionary(t => t, _ => new int[3]);
        for (int d = 0; d < sentences.Count; d += window)
        {
            var doc = sentences.Skip(d).Take(window).ToList();
            var text = new StringBuilder();
            var starts = new List<int>();
            var ends = new List<int>();
            var tags = new List<string>();
            foreach (var (tokens, sentenceTags) in doc)
            {
                for (int i = 0; i < tokens.Length; i++)
                {
                    starts.Add(text.Length);
                    text.Append(tokens[i]);
                    ends.Add(text.Length);
                    tags.Add(sentenceTags[i]);
                    text.Append(' ');
                }

                text.Append('\n');
            }

            var gold = ConllNerFile.Entities(tags);
            var predicted = new HashSet<(int, int, string)>();
            var mappedPredicted = new HashSet<(int, int, string)>();
            string[] tokenTexts = [.. doc.SelectMany(x => x.Tokens)];
            foreach (Entity e in recognizer.Recognize(text.ToString()))
            {
                string? type = e.Type switch
                {
                    EntityType.Country or EntityType.Place => "LOC",
                    EntityType.Person => "PERS",
                    EntityType.Organization => "ORG",
                    _ => null,
                };
                (int first, int last) = Covered(starts, ends, e.Start, e.End);

                if (type is not null && first >= 0)
                {
                    predicted.Add((first, last + 1, type));
                    if ((aqmar ? MapToAqmar(e.Type, tokenTexts, first, last + 1) : MapToAnercorp(e.Type, tokenTexts, first, last + 1)) is { } mapped)
                    {
                        mappedPredicted.Add((mapped.First, mapped.End, type));
                    }
                }
            }

            if (s_versus is not null)
            {
                Versus(s_versus, text.ToString(), starts, ends, gold, predicted, errors);
            }

            string Span(int from, int to) => from >= to ? "" : text.ToString(starts[from], ends[to - 1] - starts[from]).Replace('\n', '/');
            string Context(int from, int to) =>
                Span(Math.Max(0, from - 4), from) + " [" + Span(from, to) + "] " + (to < starts.Count ? Span(to, Math.Min(starts.Count, to + 4)) : "");
            foreach (var p in predicted)
            {
                bool correct = gold.Contains(p);
                counts[p.Item3][correct ? 0 : 1]++;
                if (!correct && showErrors)
                {
                    var g = gold.FirstOrDefault(x => x.Item1 < p.Item2 && p.Item1 < x.Item2);
                    string cls = g.Item3 is null ? $"FP {p.Item3} (gold O)"
                        : g.Item1 == p.Item1 && g.Item2 == p.Item2 ? $"TYPE gold {g.Item3} -> {p.Item3}"
                        : g.Item3 == p.Item3 ? $"SPAN {p.Item3} ({(p.Item2 - p.Item1 > g.Item2 - g.Item1 ? "too long" : p.Item2 - p.Item1 < g.Item2 - g.Item1 ? "too short" : "shifted")})"
                        : $"SPAN+TYPE gold {g.Item3} -> {p.Item3}";
                    errors.Add((cls, $"{Context(p.Item1, p.Item2)}   gold: {(g.Item3 is null ? "-" : g.Item3 + " '" + Span(g.Item1, g.Item2) + "'")}"));
                }
            }

            foreach (var p in mappedPredicted)
            {
                mappedCounts[p.Item3][gold.Contains(p) ? 0 : 1]++;
            }

            foreach (var g in gold.Where(g => Types.Contains(g.Item3) && !mappedPredicted.Contains(g)))
            {
                mappedCounts[g.Item3][2]++;
            }

            foreach (var g in gold.Where(g => Types.Contains(g.Item3) && !predicted.Contains(g)))
            {
                counts[g.Item3][2]++;
                if (showErrors && !predicted.Any(p => p.Item1 < g.Item2 && g.Item1 < p.Item2))
                {
                    errors.Add(($"FN {g.Item3} (nothing predicted)", Context(g.Item1, g.Item2)));
                }
            }
        }

        if (showErrors)
        {
            foreach (var group in errors.GroupBy(e => e.Class).OrderByDescending(g => g.Count()))
            {
                Console.WriteLine($"== {group.Key}: {group.Count()}");
                foreach (var (_, line) in group)
                {
                    Console.WriteLine("  " + line);
                }
            }
        }

        Print($"{name} ({sentences.Count} sentences): whole recognizer, exact entity F1", counts);
        if (name.StartsWith("ANERcorp", StringComparison.Ordinal))
        {
            Print("  with ANERcorp's conventions (generic institution + nisba unmarked; دولة/مملكة and compass words outside the name):", mappedCounts);
        }
        else if (aqmar)
        {
            Print("  with AQMAR's conventions (a place inside the name of a competition, prize or war unmarked: كأس إسبانيا، دوري أبطال أوروبا، حرب الخليج):", mappedCounts);
        }
    }

    /// <summary>
    /// The gold entities the model alone finds exactly and the whole recognizer misses, and the reverse (error
    /// analysis of how rules and model merge: `--versus-model --errors`).
    /// </summary>
    private static void Versus(SequenceModel model, string text, List<int> starts, List<int> ends, HashSet<(int, int, string)> gold,
        HashSet<(int, int, string)> predicted, List<(string Class, string Line)> errors)
    {
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        var byModel = new HashSet<(int, int, string)>();
        foreach (Sentence sentence in SentenceSplitter.Default.Split(text, tokens))
        {
            foreach (ModelMention m in model.Recognize(text, tokens, sentence))
            {
                string type = m.Type switch { ModelEntityType.Person => "PERS", ModelEntityType.Organization => "ORG", ModelEntityType.Location => "LOC", _ => "MISC" };
                (int first, int last) = Covered(starts, ends, m.Start, m.End);

                if (first >= 0)
                {
                    byModel.Add((first, last + 1, type));
                }
            }
        }

        string Span(int from, int to) => text[starts[from]..ends[to - 1]].Replace('\n', '/');
        string Context(int from, int to) =>
            Span(Math.Max(0, from - 4), Math.Max(from, 1)) + " [" + Span(from, to) + "] " + (to < starts.Count ? Span(to, Math.Min(starts.Count, to + 4)) : "");
        foreach (var g in gold.Where(g => Types.Contains(g.Item3)))
        {
            bool m = byModel.Contains(g), r = predicted.Contains(g);
            if (m != r)
            {
                var other = (m ? predicted : byModel).Where(p => p.Item1 < g.Item2 && g.Item1 < p.Item2).Select(p => p.Item3 + " '" + Span(p.Item1, p.Item2) + "'");
                errors.Add(($"{(m ? "MODEL ONLY" : "RECOGNIZER ONLY")} {g.Item3}", $"{Context(g.Item1, g.Item2)}   other: {string.Join(", ", other)}"));
            }
        }

        foreach (var p in predicted.Where(p => !gold.Contains(p) && !byModel.Contains(p) && !byModel.Any(b => b.Item1 < p.Item2 && p.Item1 < b.Item2 && gold.Contains(b))))
        {
            bool modelNothing = !byModel.Any(b => b.Item1 < p.Item2 && p.Item1 < b.Item2);
            errors.Add(($"RECOGNIZER FP, model {(modelNothing ? "nothing" : "other")} {p.Item3}", Context(p.Item1, p.Item2)));
        }
    }

    /// <summary>The first and last gold tokens that overlap the characters [start, end); (-1, -1) for none.</summary>
    private static (int First, int Last) Covered(List<int> starts, List<int> ends, int start, int end)
    {
        int first = -1, last = -1;
        for (int i = 0; i < starts.Count; i++)
        {
            if (ends[i] > start && starts[i] < end)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return (first, last);
    }

    private static void Print(string title, Dictionary<string, int[]> counts)
    {
        Console.WriteLine(title);
        int tp = 0, fp = 0, fn = 0;
        foreach (string t in Types)
        {
            var (p, r, f) = Prf(counts[t][0], counts[t][1], counts[t][2]);
            Console.WriteLine($"  {t,-5} F1 {f,5:0.0}  P {p,5:0.0}  R {r,5:0.0}  (tp {counts[t][0]} fp {counts[t][1]} fn {counts[t][2]})");
            tp += counts[t][0];
            fp += counts[t][1];
            fn += counts[t][2];
        }

        var (op, or, of) = Prf(tp, fp, fn);
        Console.WriteLine($"  all   F1 {of,5:0.0}  P {op,5:0.0}  R {or,5:0.0}");
    }

    /// <summary>
    /// A prediction as ANERcorp's annotators would have marked it, where our guidelines differ by convention and not by
    /// error (measured on the train split: الحكومة/الخارجية/الجيش + nisba are O O; دولة قطر, شمال أفريقيا are O B-LOC):
    /// an organization made of an institution noun and a nationality adjective is not marked (null); a country named
    /// with an indefinite state head (دولة، مملكة، جمهورية) and a place named with a compass word keep only the name
    /// after it. Decided from the prediction's own words, never from the gold.
    /// </summary>
    private static (int First, int End)? MapToAnercorp(EntityType type, string[] tokens, int first, int end)
    {
        if (end - first < 2)
        {
            return (first, end);
        }

        if (type == EntityType.Organization && Gazetteer.Default.Find(GazetteerKey.Of(tokens[end - 1])) is { Kind: GazetteerKind.Nationality })
        {
            // the institution: all the words before the nisba, or all but an agreeing adjective (المؤسسة العسكرية الليبية)
            for (int headEnd = end - 1; headEnd >= Math.Max(first + 1, end - 2); headEnd--)
            {
                string head = string.Join(' ', tokens[first..headEnd]);
                if (Has(Institutions, head))
                {
                    // ANERcorp marks a named institution without its nisba (الكونغرس الأميركي → الكونغرس), a generic one not at all
                    return headEnd == end - 1 && Gazetteer.Default.Find(StripProclitic(GazetteerKey.Of(head))) is { Kind: GazetteerKind.Organization } ? (first, end - 1) : null;
                }
            }
        }

        if ((type == EntityType.Country && Has(IndefiniteStateHeads, tokens[first])) || (type == EntityType.Place && Has(Compass, tokens[first])))
        {
            return (first + 1, end);
        }

        return (first, end);
    }

    /// <summary>
    /// A prediction as AQMAR's annotators would have marked it: they mark the whole name of a competition, a prize or a
    /// war MISC (دوري أبطال أوروبا، كأس إسبانيا، حرب الخليج), which our guidelines treat as an event whose inner place is
    /// marked (as اتفاقية أستانة). A place right after such a head word is not marked (null). Decided from the words
    /// before the prediction, never from the gold.
    /// </summary>
    private static (int First, int End)? MapToAqmar(EntityType type, string[] tokens, int first, int end) =>
        type is EntityType.Country or EntityType.Place && first > 0 && Has(EventHeads, tokens[first - 1]) // Has reads the word bare and after a proclitic
            ? null
            : (first, end);

    private static string StripProclitic(string key)
    {
        foreach (string p in Proclitics)
        {
            if (p.Length > 0 && key.Length > p.Length + 2 && key.StartsWith(p, StringComparison.Ordinal) && Gazetteer.Default.Find(key[p.Length..]) is not null)
            {
                return key[p.Length..];
            }
        }

        return key;
    }

    /// <summary>True when the phrase, or the phrase without a proclitic, is in the set.</summary>
    private static bool Has(HashSet<string> set, string word)
    {
        string key = GazetteerKey.Of(word);
        foreach (string p in Proclitics)
        {
            if (key.Length > p.Length + 2 && key.StartsWith(p, StringComparison.Ordinal) && set.Contains(key[p.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    private static (double P, double R, double F) Prf(int tp, int fp, int fn)
    {
        double p = tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
