using System.Text.Encodings.Web;
using System.Text.Json;
using ArabicNews.Nlp.Entities;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>
/// Writes the entity recognizer's predictions for every dev text (../shared/eval/dev/NAME.txt) to OUT/NAME.json in the
/// format of eval/score.py: {"entities":[{"start","end","type","canonical"}]}. Score with
/// <c>python3 ../shared/eval/score.py --gold-dir ../shared/eval/dev --pred-dir OUT --show-errors</c>.
/// </summary>
internal static class DevGoldPredictions
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    public static int Run(string shared, string[] args)
    {
        string dev = Path.Combine(shared, "eval", "dev");
        string? output = null;
        for (int i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--out")
            {
                output = Path.GetFullPath(args[i + 1]);
            }
        }

        if (output is null || !Directory.Exists(dev))
        {
            Console.Error.WriteLine($"usage: dev-entities --out DIR [--shared DIR]   (dev folder: {dev})");
            return 2;
        }

        Directory.CreateDirectory(output);
        int files = 0, entities = 0;
        foreach (string path in Directory.GetFiles(dev, "*.txt").Order(StringComparer.Ordinal))
        {
            string? gold = Path.ChangeExtension(path, null) + ".gold.json";
            string text = File.Exists(gold)
                ? JsonDocument.Parse(File.ReadAllText(gold)).RootElement.GetProperty("text").GetString()!
                : File.ReadAllText(path);
            IReadOnlyList<Entity> found = ArabicEntityRecognizer.Default.Recognize(text);
            var doc = new
            {
                entities = found.Select(e => new
                {
                    start = e.Start,
                    end = e.End,
                    type = e.Type switch
                    {
                        EntityType.Person => "PERSON",
                        EntityType.Country => "COUNTRY",
                        EntityType.Place => "PLACE",
                        EntityType.Organization => "ORGANIZATION",
                        _ => "NATIONALITY",
                    },
                    canonical = e.Canonical,
                    text = e.Text,
                    confidence = e.Confidence,
                    country = e.CountryCode,
                }).ToArray(),
            };
            File.WriteAllText(Path.Combine(output, Path.GetFileNameWithoutExtension(path) + ".json"), JsonSerializer.Serialize(doc, Json));
            files++;
            entities += found.Count;
        }

        Console.WriteLine($"dev-entities: {files} texts, {entities} entities -> {output}");
        return 0;
    }
}
