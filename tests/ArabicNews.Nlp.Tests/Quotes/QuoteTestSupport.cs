using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Tests.Quotes;

/// <summary>Runs the attributor on a text with hand-made entities (every occurrence of each given mention).</summary>
internal static class QuoteTestSupport
{
    public static IReadOnlyList<Quote> Attribute(string text, params (string Mention, EntityType Type, string Canonical)[] entities)
    {
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
        return ArabicQuoteAttributor.Default.Attribute(text, tokens, sentences, Entities(text, entities));
    }

    /// <summary>Every occurrence of each mention as an entity, longest mentions first, without overlaps.</summary>
    public static List<Entity> Entities(string text, (string Mention, EntityType Type, string Canonical)[] entities)
    {
        var found = new List<Entity>();
        foreach (var (mention, type, canonical) in entities.OrderByDescending(e => e.Mention.Length))
        {
            for (int at = text.IndexOf(mention, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mention, at + 1, StringComparison.Ordinal))
            {
                int end = at + mention.Length;
                bool wordStart = at == 0 || !char.IsLetter(text[at - 1]) || (text[at - 1] is 'و' or 'ب' or 'ل' && (at == 1 || !char.IsLetter(text[at - 2])));
                bool wordEnd = end == text.Length || !char.IsLetter(text[end]);
                if (wordStart && wordEnd && !found.Any(e => e.Start < end && at < e.End))
                {
                    found.Add(new Entity(at, end, mention, type, canonical, 1f, null));
                }
            }
        }

        return [.. found.OrderBy(e => e.Start)];
    }

    public static Quote Single(IReadOnlyList<Quote> quotes, string text, string contentStartsWith) =>
        Assert.Single(quotes, q => q.Content.GetText(text).StartsWith(contentStartsWith, StringComparison.Ordinal));
}
