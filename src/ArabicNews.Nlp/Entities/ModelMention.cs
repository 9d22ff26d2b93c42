namespace ArabicNews.Nlp.Entities;

/// <summary>A mention found by the <see cref="SequenceModel"/>.</summary>
/// <param name="Start">Where the mention starts in the original text (UTF-16 offset), attached proclitics excluded.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Type">The predicted class.</param>
/// <param name="Confidence">The model's probability for the mention, from 0 to 1.</param>
internal readonly record struct ModelMention(int Start, int End, ModelEntityType Type, float Confidence);
