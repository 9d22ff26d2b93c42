using System.Diagnostics;
using System.Text;

namespace ArabicNews.Nlp.Fuzz;

/// <summary>
/// A dependency-free mutational fuzzer: splices, repeats and corrupts pieces of the seed corpus and hostile
/// fragments, runs the target, and saves any failing input under fuzz-failures/ for replay.
/// </summary>
internal static class RandomFuzzer
{
    private static readonly string[] Fragments =
    [
        "\uD83D", "\uDE00", "\uDE00\uD83D", "\u200F", "\u202E", "\u2066", "\uFEFF", "\0", "\u0007", "ﷺ", "ﻻ", "ـــ",
        "«", "»", "“", "”", "\"", "‹", "›", "«“\"", "»”\"", "َّ", "\n\n", "\r\n", "3.5", "٣٫٥", "1,000,000%", "http://a.b/c.",
        "#وسم", "@x", "a@b.co", "👨‍👩‍👧", "🇸🇾", "1️⃣", "قال إن", "وأضاف أن \"", "بحسب", "الرئيس الروسي فلاديمير بوتين",
    ];

    public static int Run(string target, TimeSpan budget, string seedFolder)
    {
        var seeds = Directory.Exists(seedFolder)
            ? Directory.GetFiles(seedFolder).Select(File.ReadAllText).ToArray()
            : ["قال الرئيس إن"];
        var random = new Random(12345);
        var clock = Stopwatch.StartNew();
        long runs = 0, failures = 0;
        while (clock.Elapsed < budget)
        {
            string input = Mutate(seeds[random.Next(seeds.Length)], random);
            try
            {
                FuzzTargets.Run(target, input);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures++;
                Directory.CreateDirectory("fuzz-failures");
                string path = Path.Combine("fuzz-failures", $"{target}-{runs}.txt");
                byte[] utf16 = Encoding.Unicode.GetBytes(input);
                File.WriteAllBytes(path, [0xFF, .. utf16]);
                Console.Error.WriteLine($"FAIL {path}: {ex.GetType().Name}: {ex.Message}");
            }

            runs++;
        }

        Console.WriteLine($"{target}: {runs} runs in {clock.Elapsed.TotalSeconds:F0} s, {failures} failures");
        return failures == 0 ? 0 : 1;
    }

    private static string Mutate(string seed, Random random)
    {
        var builder = new StringBuilder();
        int start = random.Next(seed.Length + 1);
        int length = random.Next(Math.Min(2000, seed.Length - start) + 1);
        builder.Append(seed, start, length);
        int edits = random.Next(1, 12);
        for (int e = 0; e < edits; e++)
        {
            int at = random.Next(builder.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    builder.Insert(at, (char)random.Next(0x10000));
                    break;
                case 2 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), Math.Min(random.Next(1, 20), builder.Length - Math.Min(at, builder.Length - 1)));
                    break;
                case 3:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)], random.Next(1, 50));
                    break;
                default:
                    builder.Insert(at, seed.AsSpan(random.Next(seed.Length), 0));
                    break;
            }
        }

        return builder.ToString();
    }
}
