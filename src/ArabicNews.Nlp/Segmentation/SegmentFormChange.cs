namespace ArabicNews.Nlp.Segmentation;

/// <summary>
/// How a segment's surface letters differ from the segment written as a word of its own, so that
/// <see cref="Segment.GetForm(ReadOnlySpan{char})"/> can restore it.
/// </summary>
public enum SegmentFormChange : byte
{
    /// <summary>The surface is the form (قوات in قواتها, ل in للمناطق).</summary>
    None,

    /// <summary>The stem lost the alef of its article after ل (للمناطق = ل + لمناطق): the form is ا + surface, المناطق.</summary>
    ArticleAlef,

    /// <summary>A final ت is a ta marbuta before a pronoun (مدينتها = مدينت + ها): the form ends in ة, مدينة.</summary>
    TaMarbuta,

    /// <summary>A final ا or ي is an alef maksura before a pronoun (مستواه، عليه): the form ends in ى, مستوى، على.</summary>
    AlefMaksura,

    /// <summary>A final ؤ or ئ is a hamza on the line before a pronoun (أبناؤه): the form ends in ء, أبناء.</summary>
    Hamza,

    /// <summary>A verb's plural ending وا lost its alef before a pronoun (يشاركوه = يشاركو + ه): the form ends in وا, يشاركوا.</summary>
    PluralAlef,
}
