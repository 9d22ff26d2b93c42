namespace ArabicNews.Nlp.Tokenization;

/// <summary>A sentence: the span from its first token's start to its last token's end, in UTF-16 offsets.</summary>
/// <param name="Start">Where the sentence starts.</param>
/// <param name="End">Where it ends (exclusive).</param>
public readonly record struct Sentence(int Start, int End)
{
    /// <summary>The sentence's length.</summary>
    public int Length => End - Start;
}
