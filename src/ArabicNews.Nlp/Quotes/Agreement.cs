namespace ArabicNews.Nlp.Quotes;

/// <summary>The gender and number a cue agrees with, or a speaker was introduced with.</summary>
internal enum Agreement : byte
{
    /// <summary>Not known (relay words).</summary>
    Unknown,

    /// <summary>Masculine singular: قال، مضيفاً.</summary>
    Masculine,

    /// <summary>Feminine singular (also non-human plurals and institutions): قالت، مضيفة.</summary>
    Feminine,

    /// <summary>Plural or dual: قالوا، مضيفين.</summary>
    Plural,
}
