using System.Text;
using ArabicNews.Nlp.Entities;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>
/// CoNLL-style exact entity F1 of the whole <see cref="ArabicEntityRecognizer"/> (gazetteers, rules and the model when
/// embedded) on the ANERcorp test split and the AQMAR test split: COUNTRY+PLACE → LOC, PERSON → PERS,
/// ORGANIZATION → ORG; NATIONALITY and MISC are not scored. Sentences are joined into pseudo-documents of 10 sentences
/// (the corpora keep no document boundaries) with their tokens separated by spaces; a predicted entity covers the
/// gold tokens its characters fall in. usage: recognizer-conll [--shared DIR]
/// </summary>
internal static class RecognizerConllEvaluation
{
    private static readonly string[] Types = ["LOC", "PERS", "ORG"];

    public static int Run(string shared)
    {
        string ner = Path.Combine(shared, "data", "ner");
        Score("ANERcorp test", Path.Combine(ner, "anercorp", "ANERCorp_CamelStyle_test.txt"));
        Score("AQMAR test", Path.Combine(ner, "aqmar", "test.txt"));
        return 0;
    }

    private static void Score(string name, string path)
    {
        if (!File.Exists(path))
        {
            Console.WriteLine($"{name}: {path} not found");
            return;
        }

        var sentences = Read(path);
        var counts = Types.ToDictionary(t => t, _ => new int[3]);
        for (int d = 0; d < sentences.Count; d += 10)
        {
            var doc = sentences.Skip(d).Take(10).ToList();
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

            var gold = Spans(tags);
            var predicted = new HashSet<(int, int, string)>();
            foreach (Entity e in ArabicEntityRecognizer.Default.Recognize(text.ToString()))
            {
                string? type = e.Type switch
                {
                    EntityType.Country or EntityType.Place => "LOC",
                    EntityType.Person => "PERS",
                    EntityType.Organization => "ORG",
                    _ => null,
                };
                int first = -1, last = -1;
                for (int i = 0; i < starts.Count; i++)
                {
                    if (ends[i] > e.Start && starts[i] < e.End)
                    {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }

                if (type is not null && first >= 0)
                {
                    predicted.Add((first, last + 1, type));
                }
            }

            foreach (var p in predicted)
            {
                counts[p.Item3][gold.Contains(p) ? 0 : 1]++;
                if (!gold.Contains(p) && Environment.GetEnvironmentVariable("NER_ERRORS") == "1")
                {
                    var g = gold.FirstOrDefault(x => x.Item1 < p.Item2 && p.Item1 < x.Item2);
                    Console.WriteLine($"FP {p.Item3} '{text.ToString(starts[p.Item1], ends[p.Item2 - 1] - starts[p.Item1])}' gold: {(g.Item3 is null ? "-" : g.Item3 + " '" + text.ToString(starts[g.Item1], ends[g.Item2 - 1] - starts[g.Item1]) + "'")}");
                }
            }

            foreach (var g in gold.Where(g => Types.Contains(g.Item3) && !predicted.Contains(g)))
            {
                counts[g.Item3][2]++;
            }
        }

        Console.WriteLine($"{name} ({sentences.Count} sentences): whole recognizer, exact entity F1");
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

    private static (double P, double R, double F) Prf(int tp, int fp, int fn)
    {
        double p = tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static HashSet<(int, int, string)> Spans(List<string> tags)
    {
        var spans = new HashSet<(int, int, string)>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string? t = tag.Length > 2 && tag[1] == '-' ? Normalize(tag[2..]) : null;
            bool inside = tag.StartsWith("I-", StringComparison.Ordinal) && t == type && type is not null;
            if (!inside)
            {
                if (type is not null)
                {
                    spans.Add((start, i, type));
                }

                type = t;
                start = i;
            }
        }

        return spans;
    }

    private static string Normalize(string type) => type switch { "PER" => "PERS", "MIS" or "MISC" => "MISC", _ => type };

    private static List<(string[] Tokens, string[] Tags)> Read(string path)
    {
        var result = new List<(string[], string[])>();
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (string raw in File.ReadLines(path).Append(""))
        {
            string line = raw.Trim();
            int sp = line.LastIndexOf(' ');
            if (line.Length == 0 || sp <= 0)
            {
                if (tokens.Count > 0)
                {
                    result.Add((tokens.ToArray(), tags.ToArray()));
                    tokens.Clear();
                    tags.Clear();
                }

                continue;
            }

            tokens.Add(line[..sp].Trim());
            tags.Add(line[(sp + 1)..].Trim());
        }

        return result;
    }
}
