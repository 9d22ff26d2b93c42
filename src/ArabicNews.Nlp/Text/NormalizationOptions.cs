namespace ArabicNews.Nlp.Text;

/// <summary>
/// The letter rules an <see cref="ArabicNormalizer"/> applies. Combine flags freely, or start from a preset in
/// <see cref="NormalizationPresets"/>.
/// </summary>
[Flags]
public enum NormalizationOptions
{
    /// <summary>No change: the normalizer returns its input.</summary>
    None = 0,

    /// <summary>Remove the harakat, tanween, shadda and sukun U+064B–U+0652 (what Lucene.Net removes).</summary>
    RemoveHarakat = 1 << 0,

    /// <summary>
    /// Remove the other Arabic marks: U+0653–U+065F (madda above, hamza above and below, …), superscript alef
    /// U+0670, and the Quranic annotation marks U+0610–U+061A and U+06D6–U+06ED.
    /// </summary>
    RemoveExtendedDiacritics = 1 << 1,

    /// <summary>Remove every diacritic: <see cref="RemoveHarakat"/> and <see cref="RemoveExtendedDiacritics"/>.</summary>
    RemoveDiacritics = RemoveHarakat | RemoveExtendedDiacritics,

    /// <summary>Remove tatweel (kashida) U+0640, the stretching character: كـــبير → كبير.</summary>
    RemoveTatweel = 1 << 2,

    /// <summary>Fold the hamzated alefs أ إ آ to bare alef ا.</summary>
    NormalizeAlef = 1 << 3,

    /// <summary>Fold alef wasla ٱ to bare alef ا (kept apart from <see cref="NormalizeAlef"/> because Lucene.Net leaves it).</summary>
    NormalizeAlefWasla = 1 << 4,

    /// <summary>Fold alef maksura ى to yeh ي.</summary>
    NormalizeAlefMaksura = 1 << 5,

    /// <summary>Fold ta marbuta ة to heh ه.</summary>
    NormalizeTaMarbuta = 1 << 6,

    /// <summary>Fold waw with hamza ؤ to waw و.</summary>
    NormalizeWawHamza = 1 << 7,

    /// <summary>Fold yeh with hamza ئ to yeh ي.</summary>
    NormalizeYehHamza = 1 << 8,

    /// <summary>Fold Persian and Urdu letter forms to Arabic letters: ک → ك, ی → ي, ہ → ه, ۀ → ة.</summary>
    NormalizePersianLetters = 1 << 9,

    /// <summary>Fold Arabic-Indic ٠–٩ and Extended Arabic-Indic ۰–۹ digits to ASCII 0–9.</summary>
    NormalizeDigits = 1 << 10,

    /// <summary>
    /// Replace Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF, lam-alef ligatures included) by the base
    /// letters they stand for; one ligature can become several characters.
    /// </summary>
    NormalizePresentationForms = 1 << 11,

    /// <summary>
    /// Remove zero-width and bidirectional controls: U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF and the
    /// Arabic letter mark U+061C.
    /// </summary>
    RemoveFormatControls = 1 << 12,

    /// <summary>
    /// Opt-in: unify punctuation to ASCII: ، → ",", ؛ → ";", ؟ → "?", ٪ → "%", the typographic quotation marks
    /// “ ” „ ‟ « » to '"', ‘ ’ to "'", and the ellipsis … to "...".
    /// </summary>
    UnifyPunctuation = 1 << 13,
}
