using System.IO.Compression;
using System.Text.Json;

namespace ArabicNews.Nlp.Training;

/// <summary>Reads the unlabelled news corpus (../shared/data/corpus/ant-news.jsonl.gz): one JSON article per line.</summary>
internal static class CorpusArticles
{
    /// <summary>The title and text of each article, in file order (null when a line has no such field).</summary>
    public static IEnumerable<(string? Title, string? Text)> Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            yield return (Field(doc.RootElement, "title"), Field(doc.RootElement, "text"));
        }
    }

    private static string? Field(JsonElement article, string name) =>
        article.TryGetProperty(name, out JsonElement element) ? element.GetString() : null;
}
