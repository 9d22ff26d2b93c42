// The second consumer of .ci/consumer-smoke.sh: references every library package (DI, ML.NET, Lucene) from the local
// feed, so their dependencies resolve as a user's would, and exercises the DI and ML.NET entry points once.
using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.ML;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML;
using Microsoft.ML.Data;

string text = File.ReadAllText(args[0]);
int failures = 0;

using (ServiceProvider services = new ServiceCollection().AddArabicNewsNlp().BuildServiceProvider())
{
    AnalyzedDocument doc = services.GetRequiredService<ArabicNewsAnalyzer>().Analyze(text);
    Check(doc.Tokens.Count > 0, $"DI: analyzer resolved, {doc.Tokens.Count} tokens");
}

var ml = new MLContext(seed: 1);
IDataView data = ml.Data.LoadFromEnumerable(new[] { new Row { Text = "أعلنَ الرئيسُ إلى" } });
ITransformer model = ml.Transforms.NormalizeArabicText("Normalized", "Text")
    .Append(ml.Transforms.TokenizeArabicWords("Words", "Text"))
    .Append(ml.Transforms.ExtractArabicEntities("Entities", "Text"))
    .Fit(data);
using var stream = new MemoryStream();
ml.Model.Save(model, data.Schema, stream);
stream.Position = 0;
var loading = new MLContext(seed: 1).RegisterArabicNewsTransforms();
ITransformer loaded = loading.Model.Load(stream, out _);
string normalized = loaded.Transform(data).GetColumn<string>("Normalized").Single();
Check(normalized == "اعلن الرييس الي", $"ML.NET: saved and loaded pipeline normalizes to '{normalized}'");

Console.WriteLine(failures == 0 ? "all-packages consumer: all checks passed" : $"all-packages consumer: {failures} check(s) failed");
return failures == 0 ? 0 : 1;

void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    failures += ok ? 0 : 1;
}

internal sealed class Row
{
    public string Text { get; set; } = "";
}
