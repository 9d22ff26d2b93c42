using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Quotes;

/// <summary>
/// Finds direct and reported speech in Arabic news and attributes it to its speaker. Quotation marks (" “ ” « » ‹ ›,
/// nested, unbalanced or unclosed) give direct quotes; a reporting cue (a verb such as قال، أكدت، يقولون, a participle
/// such as مضيفاً، مشيرة, or a relay such as بحسب، نقلت عن ... قوله) with a complementizer (إن، أن، أنه) gives reported
/// speech. Speakers come from the entities passed in (their canonical names), from role phrases the document resolves
/// (الرئيس التركي → the person introduced with that role), from unnamed sources (مصادر عسكرية) kept as their noun
/// phrase, or for subjectless cues (وأضاف، مضيفة) from the latest speaker whose gender and number agree.
/// Runs in time linear in the text. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
/// Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
/// var entities = ArabicEntityRecognizer.Default.Recognize(text, tokens, sentences);
/// foreach (Quote q in ArabicQuoteAttributor.Default.Attribute(text, tokens, sentences, entities))
///     Console.WriteLine($"{q.Speaker?.Canonical ?? "?"} ({q.Kind}): {q.Content.GetText(text)}");
/// </code>
/// </example>
public sealed class ArabicQuoteAttributor
{
    private readonly CueLexicon _lexicon;

    private ArabicQuoteAttributor(CueLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The attributor with the built-in cue lexicon.</summary>
    public static ArabicQuoteAttributor Default { get; } = new(CueLexicon.Default);

    /// <summary>Finds the quotes of a text.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="entities">Its entities, in text order (speakers are taken from the PERSON and ORGANIZATION ones).</param>
    /// <returns>The quotes in text order.</returns>
    public IReadOnlyList<Quote> Attribute(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities) =>
        Attribute(text, tokens, sentences, entities, null, null);

    /// <summary>
    /// Finds the quotes of a text whose tokens' matching forms (<see cref="TokenForms"/>, null to compute them here)
    /// and first occurrences (<see cref="TokenRepeats"/>, null when unknown: then no token shares another's lookups)
    /// may already be known.
    /// </summary>
    internal IReadOnlyList<Quote> Attribute(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities, string[]? forms, int[]? first)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        if (tokens.Count == 0)
        {
            return [];
        }

        TokenForms.CheckLengths(tokens.Count, forms, first);

        Token[] tokenArray = tokens as Token[] ?? [.. tokens];
        // Without the analyzer's repeats table every token is normalized here: building the table for this stage alone
        // costs more than the normalizations and cue lookups it saves (measured: about 10 % slower with it).
        forms ??= TokenForms.Matching(text, tokenArray, first);

        using var document = new QuoteDocument(text, tokenArray, sentences as Sentence[] ?? [.. sentences], Ordered(text, entities), _lexicon, forms, first);
        return new QuoteFinder(document).Run();
    }

    /// <summary>The entities inside the text, ordered by start (stably: as LINQ's OrderBy); no sort when they already are.</summary>
    private static List<Entity> Ordered(string text, IReadOnlyList<Entity> entities)
    {
        var ordered = new List<Entity>(entities.Count);
        bool sorted = true;
        foreach (Entity e in entities)
        {
            if (e.Start >= 0 && e.End <= text.Length && e.Start < e.End)
            {
                sorted &= ordered.Count == 0 || ordered[^1].Start <= e.Start;
                ordered.Add(e);
            }
        }

        return sorted ? ordered : [.. ordered.OrderBy(e => e.Start)];
    }
}
