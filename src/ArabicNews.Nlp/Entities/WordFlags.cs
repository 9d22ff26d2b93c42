namespace ArabicNews.Nlp.Entities;

/// <summary>What a single normalized word can be, as learnt from the name lists and the corpora.</summary>
[Flags]
internal enum WordFlags : byte
{
    None = 0,

    /// <summary>A given name (starts a person's name).</summary>
    FirstName = 1,

    /// <summary>A word seen inside person names (family names, second names).</summary>
    NamePart = 2,

    /// <summary>A frequent ordinary word: a person name does not run over it.</summary>
    Common = 4,

    /// <summary>A word that alone names a person in news (mostly tagged as a person in ANERcorp).</summary>
    PersonAlone = 8,

    /// <summary>
    /// A one-word place of the lists that the news corpus writes often but almost never where a place stands (after في،
    /// إلى، نحو … or a descriptor): read as an ordinary word unless the model or a place context supports it.
    /// </summary>
    RarelyPlace = 16,

    /// <summary>
    /// A word that reads as a proclitic + a list name but that the news corpus writes at least as often as that name
    /// (بتاتا "at all", not ب + the town تاتا): no reading is taken off it.
    /// </summary>
    WholeWord = 32,
}
