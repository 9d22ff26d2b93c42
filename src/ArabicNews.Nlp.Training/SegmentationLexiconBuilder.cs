using System.Diagnostics;
using System.Globalization;
using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Training;

/// <summary>
/// Builds the clitic segmenter's resource from the unlabelled news corpus: the frequency of every word form (as a
/// skeleton key) seen at least <see cref="MinCount"/> times, and the rate at which each clitic attaches to a
/// frequent word. Only these derived counts are written, never corpus text.
/// </summary>
internal static class SegmentationLexiconBuilder
{
    public const int MinCount = 2;
    private const string FileName = "segmentation-lexicon.bin";

    public static int Run(TrainingPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string corpus = paths.Data("corpus", "ant-news.jsonl.gz");
        var watch = Stopwatch.StartNew();
        Dictionary<string, int> counts = CountWords(corpus, out long tokens, out int documents);
        Console.WriteLine($"segmentation: {documents:N0} documents, {tokens:N0} Arabic words, {counts.Count:N0} forms ({watch.Elapsed.TotalSeconds:F1} s)");

        var parameters = EstimateRates(counts);
        foreach (var p in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {p.Key} = {p.Value.ToString("G4", CultureInfo.InvariantCulture)}");
        }

        var kept = counts.Where(kv => kv.Value >= MinCount).ToList();
        string output = Path.Combine(paths.Resources, FileName);
        using (var stream = File.Create(output))
        {
            SegmentationLexicon.Write(stream, kept, parameters);
        }

        Console.WriteLine($"segmentation: wrote {kept.Count:N0} forms (count >= {MinCount}) to {output} ({new FileInfo(output).Length / 1024:N0} KiB)");
        return 0;
    }

    internal static Dictionary<string, int> CountWords(string corpus, out long tokens, out int documents)
    {
        var counts = new Dictionary<string, int>(1 << 20, StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[64];
        tokens = 0;
        documents = 0;
        foreach ((_, string? text) in CorpusArticles.Read(corpus))
        {
            if (text is null)
            {
                continue;
            }

            documents++;
            foreach (Token token in ArabicTokenizer.Default.Tokenize(text))
            {
                if (token.Kind != TokenKind.ArabicWord)
                {
                    continue;
                }

                int n = 0;
                foreach (char c in token.Slice(text))
                {
                    char k = SegmentationLexicon.KeyChar(c);
                    if (k == '\uFFFF' || n == key.Length)
                    {
                        n = -1;
                        break;
                    }

                    if (k != '\0')
                    {
                        key[n++] = k;
                    }
                }

                if (n <= 0)
                {
                    continue;
                }

                tokens++;
                ReadOnlySpan<char> span = key[..n];
                lookup[span] = lookup.TryGetValue(span, out int c0) ? c0 + 1 : 1;
            }
        }

        return counts;
    }

    // The rate of a clitic is the mean, over the words w seen at least FrequentStem times, of
    // count(clitic + w) / count(w) capped at 1: the expected count of clitic + w per occurrence of a typical word w.
    internal static Dictionary<string, double> EstimateRates(Dictionary<string, int> counts)
    {
        const int FrequentStem = 100;
        int Count(string s) => counts.TryGetValue(s, out int c) ? c : 0;
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        var frequent = counts.Where(kv => kv.Value >= FrequentStem).ToList();

        double Mean(IEnumerable<(string Whole, int RestCount)> pairs)
        {
            var list = pairs.Select(p => Math.Min(1.0, (double)Count(p.Whole) / p.RestCount)).ToList();
            return list.Count == 0 ? 0 : list.Average();
        }

        static bool Definite(string s) => s.Length >= 3 && s[0] == 'ا' && s[1] == 'ل';

        foreach (char p in "وف")
        {
            result["rate." + p] = Mean(frequent.Select(kv => (p + kv.Key, kv.Value)));
        }

        foreach (char p in "بلك")
        {
            result["rate." + p] = Mean(frequent.Where(kv => !Definite(kv.Key)).Select(kv => (p + kv.Key, kv.Value)));
        }

        result["rate.بال"] = Mean(frequent.Where(kv => Definite(kv.Key)).Select(kv => ("ب" + kv.Key, kv.Value)));
        result["rate.كال"] = Mean(frequent.Where(kv => Definite(kv.Key)).Select(kv => ("ك" + kv.Key, kv.Value)));
        result["rate.لل"] = Mean(frequent.Where(kv => Definite(kv.Key)).Select(kv => ("ل" + kv.Key[1..], kv.Value)));
        result["rate.س"] = Mean(frequent.Where(kv => kv.Key.Length >= 3 && kv.Key[0] is 'ي' or 'ت' or 'ن' or 'ا').Select(kv => ("س" + kv.Key, kv.Value)));

        foreach (string suffix in new[] { "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني", "ي" })
        {
            result["rate.+" + suffix] = Mean(frequent.Where(kv => !Definite(kv.Key)).Select(kv =>
            {
                string stem = kv.Key[^1] == 'ة' ? kv.Key[..^1] + "ت" : kv.Key[^1] == 'ى' ? kv.Key[..^1] + "ا" : kv.Key;
                return (stem + suffix, kv.Value);
            }));
        }

        // The decision thresholds. Over corpus words w = clitic + rest, log10(count(w) / (rate × count(rest))) is
        // bimodal: compositional words gather around +0.5, lexical words (وجود، بين) sit in a long tail. The
        // thresholds sit in the valley between the modes: 1.5 decades for proclitics, 2 decades for pronouns.
        result["beta.prefix"] = 0.03;
        result["beta.suffix"] = 0.01;
        return result;
    }
}
