using System.Diagnostics;
using System.Globalization;
using System.Text;
using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>
/// Scores the clitic segmenter against UD Arabic-PUD. PUD has no multiword-token lines: each syntactic word is its
/// own line and a clitic join shows as SpaceAfter=No between two non-punctuation words. The raw text is rebuilt from
/// the forms (a space after every word without SpaceAfter=No), then tokenized and segmented by the library.
/// Figures: split points (clitic joins inside a surface word) P/R/F1, and the CoNLL 2018 shared task's Words F1
/// (syntactic words aligned by character offsets; with no multiword tokens the alignment is exact span equality).
/// </summary>
internal static class SegmentationEvaluation
{
    public static int Run(string shared, string[] args)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(args);
        string file = Path.Combine(shared, "data", "segmentation", "ud-arabic-pud", "ar_pud-ud-test.conllu");
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"segmentation: {file} not found (pass --shared DIR)");
            return 1;
        }

        bool showErrors = args.Contains("--errors");
        var watch = Stopwatch.StartNew();
        ArabicSegmenter segmenter = ArabicSegmenter.Default;
        double first = watch.Elapsed.TotalMilliseconds;
        var overrides = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--set" && args[i + 1].Split('=') is [var name, var value])
            {
                overrides[name] = double.Parse(value, CultureInfo.InvariantCulture);
            }
        }

        if (overrides.Count > 0)
        {
            segmenter = new ArabicSegmenter(SegmentationLexicon.LoadEmbedded(), overrides);
        }

        double reload = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            watch.Restart();
            _ = SegmentationLexicon.LoadEmbedded();
            reload = Math.Min(reload, watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"segmenter loaded in {first:F1} ms (first use, JIT included); lexicon reload best of 5: {reload:F1} ms"));

        long goldWords = 0, systemWords = 0, matchedWords = 0;
        long goldSplits = 0, systemSplits = 0, matchedSplits = 0;
        long goldArabicSplits = 0, systemArabicSplits = 0, matchedArabicSplits = 0;
        long goldSurface = 0, systemSurface = 0, matchedSurface = 0;
        var errors = new Dictionary<string, int>(StringComparer.Ordinal);
        Span<Segment> buffer = stackalloc Segment[ArabicSegmenter.MaxSegmentsPerWord];
        foreach (var sentence in ReadSentences(file))
        {
            // Rebuild the text and the gold spans.
            var text = new StringBuilder();
            var gold = new HashSet<(int, int)>();
            var goldJoins = new HashSet<int>();
            var punctuationJoins = new HashSet<int>();
            var goldArabicJoins = new HashSet<int>();
            var goldTokens = new HashSet<(int, int)>();
            int tokenStart = -1;
            for (int i = 0; i < sentence.Count; i++)
            {
                var (form, upos, spaceAfter) = sentence[i];
                int start = text.Length;
                text.Append(form);
                gold.Add((start, text.Length));
                tokenStart = tokenStart < 0 ? start : tokenStart;
                bool join = !spaceAfter && i + 1 < sentence.Count && upos != "PUNCT" && sentence[i + 1].Upos != "PUNCT";
                if (join)
                {
                    goldJoins.Add(text.Length);
                    if (IsArabic(form) && IsArabic(sentence[i + 1].Form))
                    {
                        goldArabicJoins.Add(text.Length);
                    }
                }
                else if (!spaceAfter && i + 1 < sentence.Count)
                {
                    // A boundary inside a surface word next to punctuation (الإحصاءـ with the tatweel tagged PUNCT):
                    // not a clitic boundary, and a word boundary in the gold, so a system split there is no error.
                    punctuationJoins.Add(text.Length);
                }

                if (!join)
                {
                    goldTokens.Add((tokenStart, text.Length));
                    tokenStart = -1;
                }

                if (spaceAfter)
                {
                    text.Append(' ');
                }
            }

            string s = text.ToString();
            var system = new HashSet<(int, int)>();
            var systemJoins = new HashSet<int>();
            var systemArabicJoins = new HashSet<int>();
            var systemTokens = new HashSet<(int, int)>();
            foreach (Token token in ArabicTokenizer.Default.Tokenize(s))
            {
                systemTokens.Add((token.Start, token.End));
                int count = segmenter.Segment(s, token, buffer);
                for (int j = 0; j < count; j++)
                {
                    system.Add((buffer[j].Start, buffer[j].End));
                    if (j > 0 && !punctuationJoins.Contains(buffer[j].Start))
                    {
                        systemJoins.Add(buffer[j].Start);
                        if (IsArabic(buffer[j - 1].Slice(s)) && IsArabic(buffer[j].Slice(s)))
                        {
                            systemArabicJoins.Add(buffer[j].Start);
                        }
                    }
                }

                if (showErrors)
                {
                    string sys = string.Join("+", buffer[..count].ToArray().Select(x => x.GetText(s)));
                    string gld = string.Join("+", gold.Where(g => g.Item1 >= token.Start && g.Item2 <= token.End).OrderBy(g => g.Item1).Select(g => s[g.Item1..g.Item2]));
                    if (sys != gld)
                    {
                        string k = $"{gld}\t{sys}";
                        errors[k] = errors.GetValueOrDefault(k) + 1;
                    }
                }
            }

            goldWords += gold.Count;
            systemWords += system.Count;
            matchedWords += system.Count(gold.Contains);
            goldSplits += goldJoins.Count;
            systemSplits += systemJoins.Count;
            matchedSplits += systemJoins.Count(goldJoins.Contains);
            goldArabicSplits += goldArabicJoins.Count;
            systemArabicSplits += systemArabicJoins.Count;
            matchedArabicSplits += systemArabicJoins.Count(goldArabicJoins.Contains);
            goldSurface += goldTokens.Count;
            systemSurface += systemTokens.Count;
            matchedSurface += systemTokens.Count(goldTokens.Contains);
        }

        Console.WriteLine($"UD Arabic-PUD ({file})");
        Report("split points", matchedSplits, systemSplits, goldSplits);
        Report("  Arabic letters only", matchedArabicSplits, systemArabicSplits, goldArabicSplits);
        Report("Words (CoNLL 2018)", matchedWords, systemWords, goldWords);
        Report("surface tokens", matchedSurface, systemSurface, goldSurface);
        Throughput(segmenter, file);
        if (showErrors)
        {
            foreach (var e in errors.OrderByDescending(e => e.Value).Take(400))
            {
                Console.WriteLine($"{e.Value}\tgold {e.Key}");
            }
        }

        return 0;
    }

    // Both sides made of Arabic letters (and diacritics), tatweel excluded: the clitic joins proper, without the
    // tokenization choices of UD (3 + %, a tatweel written as a dash: الأهم + ـ).
    private static bool IsArabic(ReadOnlySpan<char> form)
    {
        bool letter = false;
        foreach (char c in form)
        {
            if (ArabicNews.Nlp.Text.ArabicLetters.IsArabicLetter(c))
            {
                letter = true;
            }
            else if (!ArabicNews.Nlp.Text.ArabicLetters.IsDiacritic(c))
            {
                return false;
            }
        }

        return letter;
    }

    // A rough single-thread throughput figure (the benchmark project gives the careful one).
    private static void Throughput(ArabicSegmenter segmenter, string file)
    {
        string text = string.Join('\n', File.ReadLines(file).Where(l => l.StartsWith("# text = ", StringComparison.Ordinal)).Select(l => l[9..]));
        Token[] words = ArabicTokenizer.Default.GetTokens(text).Where(t => t.Kind == TokenKind.ArabicWord).ToArray();
        Span<Segment> buffer = stackalloc Segment[ArabicSegmenter.MaxSegmentsPerWord];
        long segmented = 0;
        double best = double.MaxValue;
        for (int round = 0; round < 20; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (Token token in words)
            {
                segmented += segmenter.Segment(text, token, buffer);
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput           {words.Length / best / 1e6:F2} million words/s (one thread, best of 20 passes over {words.Length} PUD words)"));
    }

    private static void Report(string name, long matched, long system, long gold)
    {
        double p = system == 0 ? 0 : 100.0 * matched / system;
        double r = gold == 0 ? 0 : 100.0 * matched / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-20} P {p:F2}  R {r:F2}  F1 {f:F2}   (gold {gold}, system {system}, matched {matched})"));
    }

    private static IEnumerable<List<(string Form, string Upos, bool SpaceAfter)>> ReadSentences(string file)
    {
        var current = new List<(string, string, bool)>();
        foreach (string line in File.ReadLines(file))
        {
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    yield return current;
                    current = [];
                }

                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length < 10 || f[0].Contains('-', StringComparison.Ordinal) || f[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            bool spaceAfter = !f[9].Split('|').Contains("SpaceAfter=No");
            current.Add((f[1], f[3], spaceAfter));
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }
}
