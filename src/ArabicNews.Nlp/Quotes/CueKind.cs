namespace ArabicNews.Nlp.Quotes;

/// <summary>What kind of reporting word a cue is.</summary>
internal enum CueKind : byte
{
    /// <summary>A finite reporting verb: قال، أكدت، يقولون.</summary>
    Verb,

    /// <summary>An active participle in the accusative (حال): مضيفاً، مشيرة.</summary>
    Participle,

    /// <summary>A relay word: بحسب، حسبما، وفقاً لـ.</summary>
    Relay,
}
