namespace ArabicNews.Nlp.Entities;

/// <summary>A named entity found in a text.</summary>
/// <param name="Start">Where the mention starts in the original text (UTF-16 offset), attached proclitics excluded.</param>
/// <param name="End">Where the mention ends (exclusive).</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Type">What kind of entity it is.</param>
/// <param name="Canonical">
/// Who or what it is: the fullest name of the same person in the document, the standard Arabic short name of a
/// country, or for a nationality the country it points to.
/// </param>
/// <param name="Confidence">How sure the recognizer is, from 0 to 1.</param>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 code of the country the entity is, belongs to or points to, when known.</param>
public sealed record Entity(int Start, int End, string Text, EntityType Type, string Canonical, float Confidence, string? CountryCode)
{
    /// <summary>The mention's span.</summary>
    public TextSpan Span => new(Start, End);
}
