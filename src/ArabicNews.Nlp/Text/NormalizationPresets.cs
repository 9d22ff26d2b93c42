namespace ArabicNews.Nlp.Text;

/// <summary>Named combinations of <see cref="NormalizationOptions"/> for the usual jobs.</summary>
public static class NormalizationPresets
{
    /// <summary>
    /// Exactly what Lucene.Net's <c>ArabicNormalizer</c> does, for search: fold آ أ إ → ا, ى → ي, ة → ه, remove
    /// tatweel and the harakat U+064B–U+0652.
    /// </summary>
    public const NormalizationOptions Search =
        NormalizationOptions.RemoveHarakat | NormalizationOptions.RemoveTatweel | NormalizationOptions.NormalizeAlef |
        NormalizationOptions.NormalizeAlefMaksura | NormalizationOptions.NormalizeTaMarbuta;

    /// <summary>
    /// What the entity recognizer matches names on: every letter rule except punctuation, so that spelling
    /// variants of a name (إردوغان، اردوغان، أردوغان) meet.
    /// </summary>
    public const NormalizationOptions Matching =
        NormalizationOptions.RemoveDiacritics | NormalizationOptions.RemoveTatweel | NormalizationOptions.NormalizeAlef |
        NormalizationOptions.NormalizeAlefWasla | NormalizationOptions.NormalizeAlefMaksura |
        NormalizationOptions.NormalizeTaMarbuta | NormalizationOptions.NormalizeWawHamza |
        NormalizationOptions.NormalizeYehHamza | NormalizationOptions.NormalizePersianLetters |
        NormalizationOptions.NormalizeDigits | NormalizationOptions.NormalizePresentationForms |
        NormalizationOptions.RemoveFormatControls;

    /// <summary>Diacritics and tatweel only: the text as a reader sees it, letters untouched.</summary>
    public const NormalizationOptions Minimal = NormalizationOptions.RemoveDiacritics | NormalizationOptions.RemoveTatweel;

    /// <summary>Everything, punctuation unification included.</summary>
    public const NormalizationOptions All = Matching | NormalizationOptions.UnifyPunctuation;
}
