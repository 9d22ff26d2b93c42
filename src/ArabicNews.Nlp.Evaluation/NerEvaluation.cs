using System.Diagnostics;
using System.Globalization;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;
using ArabicNews.Nlp.Tooling;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>
/// CoNLL-style exact entity precision, recall and F1 of the statistical sequence model the library ships, per type
/// (LOC, PERS, ORG; MISC excluded) on the ANERcorp test split and the AQMAR test split.
/// Each gold sentence's tokens are joined by spaces and the text goes through the library's own tokenizer and
/// model; a predicted mention covers the gold tokens its characters fall in.
/// Prints each type's errors by class (other edges, another type, missed; spurious predictions).
/// Options: --model FILE (a model written by the trainer instead of the embedded one), --holdout (the last 10% of
/// ANERcorp train, for tuning), --fold K (the K-th fifth of ANERcorp train, for a model from `ner-model --fold K`), --dev (AQMAR dev as well), --prune X (drop features whose weights are all below X in magnitude), --type-bias P,L,O,M.
/// </summary>
internal static class NerEvaluation
{
    private static readonly string[] Types = ["LOC", "PERS", "ORG"];

    private static bool ShowErrors => Environment.GetEnvironmentVariable("NER_ERRORS") == "1";

    public static int Run(string shared, string[] args)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(args);
        int modelArg = Array.IndexOf(args, "--model");
        SequenceModel? model;
        if (modelArg >= 0 && modelArg + 1 < args.Length)
        {
            using FileStream file = File.OpenRead(args[modelArg + 1]);
            model = SequenceModel.Read(file);
        }
        else
        {
            model = SequenceModel.Default;
        }

        if (model is null)
        {
            Console.Error.WriteLine("The library has no embedded sequence model; run the trainer (ner-model) first.");
            return 1;
        }

        int biasArg = Array.IndexOf(args, "--type-bias");
        if (biasArg >= 0 && biasArg + 1 < args.Length)
        {
            model = model.WithTypeBiases(args[biasArg + 1].Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray());
        }

        int pruneArg = Array.IndexOf(args, "--prune");
        if (pruneArg >= 0 && pruneArg + 1 < args.Length)
        {
            model = model.Pruned(float.Parse(args[pruneArg + 1], CultureInfo.InvariantCulture));
        }

        string ner = Path.Combine(shared, "data", "ner");
        var sets = new List<(string Name, List<ConllSentence> Sentences)>();
        if (!ConllNerFile.TryReadFoldOption(args, out int k))
        {
            Console.Error.WriteLine($"--fold is 0 to {ConllNerFile.Folds - 1}");
            return 2;
        }

        if (args.Contains("--holdout"))
        {
            var train = ConllNerFile.Read(Path.Combine(ner, "anercorp", "ANERCorp_CamelStyle_train.txt"));
            sets.Add(("ANERcorp train, last 10% (holdout)", ConllNerFile.LastTenth(train)));
        }
        else if (k >= 0)
        {
            // a fifth of ANERcorp train, for a model trained by `ner-model --fold K`
            var train = ConllNerFile.Read(Path.Combine(ner, "anercorp", "ANERCorp_CamelStyle_train.txt"));
            sets.Add(($"ANERcorp train, fold {k} of {ConllNerFile.Folds}", ConllNerFile.Fold(train, k)));
        }
        else
        {
            sets.Add(("ANERcorp test", ConllNerFile.Read(Path.Combine(ner, "anercorp", "ANERCorp_CamelStyle_test.txt"))));
            sets.Add(("AQMAR test", ConllNerFile.Read(Path.Combine(ner, "aqmar", "test.txt"))));
        }

        if (args.Contains("--dev"))
        {
            sets.Add(("AQMAR dev", ConllNerFile.Read(Path.Combine(ner, "aqmar", "dev.txt"))));
        }

        Console.WriteLine($"Sequence model: {model.FeatureCount} weighted features, observation table {model.TableBytes / 1024} KB");
        foreach ((string name, var sentences) in sets)
        {
            Evaluate(model, name, sentences);
        }

        return 0;
    }

    private static void Evaluate(SequenceModel model, string name, List<ConllSentence> sentences)
    {
        var counts = Types.ToDictionary(t => t, _ => new int[3]); // true positives, predicted, gold
        var classes = Types.ToDictionary(t => t, _ => new int[4]); // gold missed by: boundary, type, no overlap; spurious predictions
        long tokenCount = 0;
        var texts = new List<string>();
        foreach (ConllSentence sentence in sentences)
        {
            string[] goldTokens = sentence.Tokens;
            string text = sentence.Join(out int[] starts);
            texts.Add(text);
            Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
            ModelMention[] mentions = model.Recognize(text, tokens, new Sentence(0, text.Length));
            tokenCount += tokens.Length;

            var gold = ConllNerFile.Entities(sentence.Tags);
            var predicted = new HashSet<(int, int, string)>();
            foreach (ModelMention mention in mentions)
            {
                string? type = mention.Type switch
                {
                    ModelEntityType.Location => "LOC",
                    ModelEntityType.Person => "PERS",
                    ModelEntityType.Organization => "ORG",
                    _ => null,
                };
                if (type is not null)
                {
                    predicted.Add((ConllNerFile.TokenAt(starts, mention.Start), ConllNerFile.TokenAt(starts, mention.End - 1) + 1, type));
                }
            }

            foreach ((int, int, string Type) entity in gold)
            {
                if (counts.TryGetValue(entity.Type, out int[]? c))
                {
                    c[2]++;
                    if (predicted.Contains(entity))
                    {
                        c[0]++;
                    }
                }
            }

            foreach ((int, int, string Type) entity in predicted)
            {
                counts[entity.Type][1]++;
            }

            Classify(gold, predicted, classes);
            if (ShowErrors)
            {
                foreach ((int s, int e, string t) in gold.Where(g => counts.ContainsKey(g.Type) && !predicted.Contains(g)))
                {
                    Console.WriteLine($"  missed   {t,-4} {string.Join(' ', goldTokens[s..e])}   | {string.Join(' ', goldTokens[Math.Max(0, s - 3)..Math.Min(goldTokens.Length, e + 3)])}");
                }

                foreach ((int s, int e, string t) in predicted.Where(p => !gold.Contains(p)))
                {
                    Console.WriteLine($"  spurious {t,-4} {string.Join(' ', goldTokens[s..e])}   | {string.Join(' ', goldTokens[Math.Max(0, s - 3)..Math.Min(goldTokens.Length, e + 3)])}");
                }
            }
        }

        // Speed: tokenize and tag every sentence again, three times; the best wall and CPU time of a round.
        double wall = double.MaxValue, cpu = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (int round = 0; round < 3; round++)
        {
            process.Refresh();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (string text in texts)
            {
                Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
                _ = model.Recognize(text, tokens, new Sentence(0, text.Length));
            }

            wall = Math.Min(wall, clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        Console.WriteLine();
        Console.WriteLine($"{name}: {sentences.Count} sentences, {tokenCount} library tokens, tokenize + tag on one thread: {tokenCount / wall / 1000:F0}k tokens per wall second, {tokenCount / cpu / 1000:F0}k per CPU second (best of 3)");
        Console.WriteLine("type     gold  pred    P      R      F1");
        int[] all = new int[3];
        foreach (string type in Types)
        {
            int[] c = counts[type];
            Print(type, c);
            for (int k = 0; k < 3; k++)
            {
                all[k] += c[k];
            }
        }

        Print("overall", all);
        Console.WriteLine("errors   gold found with other edges / as another type / not at all; predictions overlapping no gold entity");
        foreach (string type in Types)
        {
            int[] c = classes[type];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type,-7} {c[0],5} {c[1],5} {c[2],5}   {c[3],5}"));
        }
    }

    // An unmatched gold entity is a boundary error when a prediction of its type overlaps it, a type error when only
    // predictions of other types do, and missed otherwise; an unmatched prediction overlapping no gold entity of the
    // three types is spurious (the rest are the other side of a boundary or type error).
    private static void Classify(HashSet<(int Start, int End, string Type)> gold, HashSet<(int Start, int End, string Type)> predicted, Dictionary<string, int[]> classes)
    {
        foreach ((int s, int e, string t) in gold)
        {
            if (!classes.TryGetValue(t, out int[]? c) || predicted.Contains((s, e, t)))
            {
                continue;
            }

            bool sameType = predicted.Any(p => p.Type == t && p.Start < e && s < p.End);
            bool otherType = predicted.Any(p => p.Type != t && p.Start < e && s < p.End);
            c[sameType ? 0 : otherType ? 1 : 2]++;
        }

        foreach ((int s, int e, string t) in predicted)
        {
            if (!gold.Any(g => classes.ContainsKey(g.Type) && g.Start < e && s < g.End))
            {
                classes[t][3]++;
            }
        }
    }

    private static void Print(string label, int[] c)
    {
        double p = c[1] == 0 ? 0 : 100.0 * c[0] / c[1];
        double r = c[2] == 0 ? 0 : 100.0 * c[0] / c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-7} {c[2],5} {c[1],5}  {p,5:F1}  {r,5:F1}  {f,5:F1}"));
    }
}
