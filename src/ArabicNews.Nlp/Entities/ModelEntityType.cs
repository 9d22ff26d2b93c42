namespace ArabicNews.Nlp.Entities;

/// <summary>The entity classes the statistical sequence model predicts (the ANERcorp classes).</summary>
internal enum ModelEntityType
{
    /// <summary>A person (ANERcorp PERS).</summary>
    Person,

    /// <summary>A location: country, city, region or natural feature (ANERcorp LOC).</summary>
    Location,

    /// <summary>An organization (ANERcorp ORG).</summary>
    Organization,

    /// <summary>Any other name (ANERcorp MISC): events, products, works.</summary>
    Misc,
}
