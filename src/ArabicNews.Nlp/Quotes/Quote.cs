namespace ArabicNews.Nlp.Quotes;

/// <summary>A statement attributed to a source.</summary>
/// <param name="Kind">Direct, indirect or mixed.</param>
/// <param name="Content">The span of what was said.</param>
/// <param name="Cue">The span of the reporting word (قال، مضيفاً، بحسب), when there is one.</param>
/// <param name="Speaker">Who said it, or null when it cannot be resolved.</param>
/// <param name="Via">For a relay, the sources it passed through, outermost first (رويترز in رويترز نقلت عن أوغلو قوله).</param>
/// <param name="Confidence">How sure the attributor is, from 0 to 1.</param>
public sealed record Quote(QuoteKind Kind, TextSpan Content, TextSpan? Cue, Speaker? Speaker, IReadOnlyList<Speaker> Via, float Confidence);
