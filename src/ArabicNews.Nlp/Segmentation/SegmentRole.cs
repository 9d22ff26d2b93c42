namespace ArabicNews.Nlp.Segmentation;

/// <summary>The part a segment plays in its word.</summary>
public enum SegmentRole : byte
{
    /// <summary>A clitic before the stem: the conjunctions و ف, the prepositions ب ل ك, the future particle س.</summary>
    Proclitic,

    /// <summary>The stem: what remains of the word once its clitics are split off (the article ال stays in it).</summary>
    Stem,

    /// <summary>A pronoun after the stem: ه ها هما هم هن ك كما كم كن ي ني نا.</summary>
    Enclitic,

    /// <summary>
    /// A sign written against a word that treebanks count as a word of its own: the percent sign after a number
    /// (3% = 3 + %) and a tatweel used as a dash at a word's edge (ـربما).
    /// </summary>
    Symbol,
}
