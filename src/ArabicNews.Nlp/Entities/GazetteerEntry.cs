namespace ArabicNews.Nlp.Entities;

/// <summary>One gazetteer phrase's meaning.</summary>
/// <param name="Kind">What it names.</param>
/// <param name="Canonical">Its canonical name (for a nationality: the country's).</param>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 code of its country, when known.</param>
/// <param name="Confidence">The prior confidence of a match.</param>
internal readonly record struct GazetteerEntry(GazetteerKind Kind, string Canonical, string? CountryCode, float Confidence);
