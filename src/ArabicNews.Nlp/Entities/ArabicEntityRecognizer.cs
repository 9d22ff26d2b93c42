using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Entities;

/// <summary>
/// Finds people, countries, places, organizations and nationalities in Arabic text, with canonical names.
/// Immutable and thread-safe.
/// </summary>
public sealed class ArabicEntityRecognizer
{
    private ArabicEntityRecognizer()
    {
    }

    /// <summary>The recognizer with the embedded gazetteers and model.</summary>
    public static ArabicEntityRecognizer Default { get; } = new();

    /// <summary>Finds the entities of a text.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <returns>The entities, in text order, not overlapping.</returns>
    public IReadOnlyList<Entity> Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        return [];
    }
}
