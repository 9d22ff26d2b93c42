// Sample: an Arabic news topic classifier with ML.NET, trained with and without ArabicNews.Nlp's normalization.
//
//   dotnet run --project src/ArabicNews.Nlp.Samples.TopicClassifier -c Release -- [corpus.jsonl.gz] [--per-category N] [--max-chars N]
//
// It reads the team's corpus (../shared/data/corpus/ant-news.jsonl.gz: one JSON object per line with "category" and
// "text") at run time when it is present; no corpus text is stored in the repository. The first N articles of each
// category with at least N articles (file order) are taken; every fifth one is held out for testing.
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using ArabicNews.Nlp.ML;
using ArabicNews.Nlp.Samples.TopicClassifier;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

string? path = null;
int perCategory = 500, maxChars = 1500;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--per-category": perCategory = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--max-chars": maxChars = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        default: path = args[i]; break;
    }
}

path ??= FindCorpus();
if (path is null || !File.Exists(path))
{
    Console.Error.WriteLine("The corpus was not found (expected ../shared/data/corpus/ant-news.jsonl.gz beside the repository, or pass its path).");
    return 2;
}

var byCategory = new Dictionary<string, List<string>>();
using (var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)))
{
    while (reader.ReadLine() is { } line)
    {
        using JsonDocument json = JsonDocument.Parse(line);
        string category = json.RootElement.GetProperty("category").GetString() ?? "";
        string text = json.RootElement.GetProperty("text").GetString() ?? "";
        if (category.Length == 0 || text.Length == 0)
        {
            continue;
        }

        if (!byCategory.TryGetValue(category, out List<string>? list))
        {
            byCategory[category] = list = [];
        }

        if (list.Count < perCategory)
        {
            list.Add(text.Length > maxChars ? text[..maxChars] : text);
        }
    }
}

var train = new List<Article>();
var test = new List<Article>();
foreach ((string category, List<string> texts) in byCategory.Where(c => c.Value.Count == perCategory).OrderBy(c => c.Key, StringComparer.Ordinal))
{
    for (int i = 0; i < texts.Count; i++)
    {
        (i % 5 == 4 ? test : train).Add(new Article { Label = category, Text = texts[i] });
    }
}

string[] categories = [.. train.Select(a => a.Label).Distinct()];
Console.WriteLine($"{categories.Length} categories ({string.Join(", ", categories)}), {train.Count} training and {test.Count} test articles, first {maxChars} characters of each");

foreach ((string name, Func<MLContext, IEstimator<ITransformer>> featurize) in new (string, Func<MLContext, IEstimator<ITransformer>>)[]
{
    ("FeaturizeText (ML.NET only)", ml => ml.Transforms.Text.FeaturizeText("Features", "Text")),
    ("NormalizeArabicText + FeaturizeText", ml => ml.Transforms.NormalizeArabicText("Normalized", "Text")
        .Append(ml.Transforms.Text.FeaturizeText("Features", "Normalized"))),
    ("TokenizeArabicWords + ExtractArabicEntities + FeaturizeText", ml => ml.Transforms.TokenizeArabicWords("Words", "Text")
        .Append(ml.Transforms.ExtractArabicEntities("Entities", "Text"))
        .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "Words", "Entities"))),
    ("the same with segmentClitics: true", ml => ml.Transforms.TokenizeArabicWords("Words", "Text", segmentClitics: true)
        .Append(ml.Transforms.ExtractArabicEntities("Entities", "Text"))
        .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "Words", "Entities"))),
})
{
    var ml = new MLContext(seed: 1);
    var pipeline = featurize(ml)
        .Append(ml.Transforms.Conversion.MapValueToKey("Label"))
        .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }))
        .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    var clock = Stopwatch.StartNew();
    var model = pipeline.Fit(ml.Data.LoadFromEnumerable(train));
    var metrics = ml.MulticlassClassification.Evaluate(model.Transform(ml.Data.LoadFromEnumerable(test)));
    Console.WriteLine($"{name,-60} accuracy {metrics.MicroAccuracy:P1}  macro {metrics.MacroAccuracy:P1}  ({clock.Elapsed.TotalSeconds:F0} s)");
}

return 0;

static string? FindCorpus()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        string candidate = Path.Combine(dir.FullName, "..", "shared", "data", "corpus", "ant-news.jsonl.gz");
        if (File.Exists(Path.Combine(dir.FullName, "ArabicNews.Nlp.sln")) && File.Exists(candidate))
        {
            return Path.GetFullPath(candidate);
        }
    }

    return null;
}
