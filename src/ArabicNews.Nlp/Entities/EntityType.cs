namespace ArabicNews.Nlp.Entities;

/// <summary>The kinds of named entity the recognizer finds (see the entity guidelines).</summary>
public enum EntityType
{
    /// <summary>A named person, without title or role words: فلاديمير بوتين.</summary>
    Person,

    /// <summary>A sovereign state or country-like territory: سوريا، الولايات المتحدة.</summary>
    Country,

    /// <summary>Any other named location: a city, region, natural feature or named site: موسكو، إدلب، شرق الفرات.</summary>
    Place,

    /// <summary>A named organization, institution + nisba names included: الأمم المتحدة، الخارجية الروسية.</summary>
    Organization,

    /// <summary>A nisba adjective or demonym pointing to a country: الروسي، الأميركيين.</summary>
    Nationality,
}
