using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ArabicNews.Nlp.Tooling;

/// <summary>
/// Reads the texts of a JSON-lines news corpus (one article a line, its text in the "text" field; gzip when the name
/// ends in .gz), such as ../shared/data/corpus/ant-news.jsonl.gz. Shared by the evaluation and benchmark tools
/// (linked into each); nothing here is shipped, and no text read is written anywhere by it.
/// </summary>
internal static class NewsCorpusReader
{
    /// <summary>The non-empty texts in file order, until at least <paramref name="maxChars"/> characters are read.</summary>
    /// <param name="path">The corpus file.</param>
    /// <param name="maxChars">How many characters to read at least (whole articles).</param>
    public static List<string> ReadTexts(string path, long maxChars)
    {
        var documents = new List<string>();
        long chars = 0;
        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (chars < maxChars && reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using JsonDocument json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("text", out JsonElement text) && text.GetString() is { Length: > 0 } value)
            {
                documents.Add(value);
                chars += value.Length;
            }
        }

        return documents;
    }
}
