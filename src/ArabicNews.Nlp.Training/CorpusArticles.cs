using System.IO.Compression;
using System.Text.Json;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

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
            if (line.Length == 0)
            {
                continue; // a blank line is no article (the corpus has none today)
            }

            using JsonDocument doc = JsonDocument.Parse(line);
            yield return (Field(doc.RootElement, "title"), Field(doc.RootElement, "text"));
        }
    }

    /// <summary>
    /// The stem a corpus word is counted under: its matching form without the proclitics the sequence model's lexicon
    /// strips (written into <paramref name="buffer"/>); empty for a token that is not an Arabic word of at most 48 characters.
    /// </summary>
    public static ReadOnlySpan<char> Stem(string text, Token token, ModelLexicon lexicon, Span<char> buffer)
    {
        if (token.Kind != TokenKind.ArabicWord || token.Length > 48 ||
            !ArabicNormalizer.Matching.TryNormalize(token.Slice(text), buffer, out int written) || written == 0)
        {
            return [];
        }

        ReadOnlySpan<char> norm = buffer[..written];
        return norm[lexicon.ProcliticLength(norm)..];
    }

    private static string? Field(JsonElement article, string name) =>
        article.TryGetProperty(name, out JsonElement element) ? element.GetString() : null;
}
