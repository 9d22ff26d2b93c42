using ArabicNews.Nlp.Entities;

namespace ArabicNews.Nlp.Quotes;

/// <summary>Who a statement is attributed to.</summary>
/// <param name="Canonical">The speaker's canonical name (a person's or organization's), or the noun phrase of an unnamed source (مصادر عسكرية).</param>
/// <param name="Type">The entity type of the speaker, or null for an unnamed source.</param>
/// <param name="Mention">The span naming the speaker in the quote's sentence, or null when the speaker is carried over from earlier.</param>
public sealed record Speaker(string Canonical, EntityType? Type, TextSpan? Mention);
