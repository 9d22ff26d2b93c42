using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Training;

/// <summary>
/// Silver labels of the unlabelled corpus: how often each word stands inside a person, a place or an organization
/// that the recognizer's gazetteers and rules find (no sequence model, gazetteers without ANERcorp train's names), as
/// a small code per word for the sequence model's features. A name seen after titles and reporting verbs across
/// thousands of articles is known as a name where one article gives no cue. Counts only; no text is kept.
/// </summary>
internal static class NerModelSilver
{
    /// <summary>Fewer corpus occurrences than this give no code: the ratios would be noise.</summary>
    private const int MinimumCount = 3;

    /// <summary>Counts, per stem (normalized, proclitics stripped as the model strips them), its occurrences and its entity occurrences by type.</summary>
    public static Dictionary<string, (int Total, int Person, int Place, int Organization)> Count(string corpusPath, ModelLexicon lexicon, ArabicEntityRecognizer recognizer)
    {
        var counts = new Dictionary<string, (int Total, int Person, int Place, int Organization)>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[512];
        int articles = 0;
        foreach ((_, string? text) in CorpusArticles.Read(corpusPath))
        {
            if (text is null)
            {
                continue;
            }

            articles++;
            IReadOnlyList<Entity> entities = recognizer.Recognize(text);
            int e = 0;
            foreach (Token token in ArabicTokenizer.Default.Tokenize(text))
            {
                ReadOnlySpan<char> stem = CorpusArticles.Stem(text, token, lexicon, buffer);
                if (stem.IsEmpty)
                {
                    continue;
                }

                while (e < entities.Count && entities[e].End <= token.Start)
                {
                    e++;
                }

                // Entities leave attached proclitics out, so a token counts when it overlaps one.
                EntityType? type = e < entities.Count && entities[e].Start < token.End ? entities[e].Type : null;
                lookup.TryGetValue(stem, out var c);
                lookup[stem] = (
                    c.Total + 1,
                    c.Person + (type == EntityType.Person ? 1 : 0),
                    c.Place + (type is EntityType.Place or EntityType.Country ? 1 : 0),
                    c.Organization + (type == EntityType.Organization ? 1 : 0));
            }
        }

        Console.WriteLine($"  silver: {articles} articles, {counts.Count} stems");
        return counts;
    }

    /// <summary>
    /// The code of each stem seen <see cref="MinimumCount"/> times with some entity occurrence: two bits per type
    /// (person, place, organization), the share of its occurrences inside such entities: 1 from 5 %, 2 from 25 %, 3 from 60 %.
    /// </summary>
    public static (uint[] Keys, byte[] Codes) Codes(Dictionary<string, (int Total, int Person, int Place, int Organization)> counts)
    {
        var keys = new List<uint>();
        var codes = new List<byte>();
        foreach ((string stem, var c) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            int code = c.Total < MinimumCount ? 0 : Level(c.Person, c.Total) | (Level(c.Place, c.Total) << 2) | (Level(c.Organization, c.Total) << 4);
            if (code != 0)
            {
                keys.Add(ModelHash.Word(stem));
                codes.Add((byte)code);
            }
        }

        return (keys.ToArray(), codes.ToArray());
    }

    private static int Level(int count, int total) => count * 20 < total ? 0 : count * 4 < total ? 1 : count * 5 < total * 3 ? 2 : 3;
}
