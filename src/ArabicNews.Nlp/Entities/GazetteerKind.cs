namespace ArabicNews.Nlp.Entities;

/// <summary>What a gazetteer phrase names (stored as a byte in the compiled resource).</summary>
internal enum GazetteerKind : byte
{
    Country = 1,
    Place = 2,
    Organization = 3,
    Nationality = 4,
    Person = 5,
}
