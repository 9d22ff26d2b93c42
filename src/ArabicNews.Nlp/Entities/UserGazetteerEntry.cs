namespace ArabicNews.Nlp.Entities;

/// <summary>A name the caller adds to the recognizer's gazetteers.</summary>
/// <param name="Name">The name as written (any spelling variant; it is matched on normalized text, proclitics allowed before it).</param>
/// <param name="Type">What it names.</param>
/// <param name="Canonical">Its canonical name; null for <paramref name="Name"/> itself.</param>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 code of its country (two capital letters), or null.</param>
public sealed record UserGazetteerEntry(string Name, EntityType Type, string? Canonical = null, string? CountryCode = null);
