namespace ArabicNews.Nlp.Quotes;

/// <summary>The derived verb forms (أوزان) the cue lexicon generates inflections for.</summary>
internal enum VerbForm : byte
{
    /// <summary>فَعَلَ / يَفْعَلُ / فاعِل.</summary>
    I = 1,

    /// <summary>فَعَّلَ / يُفَعِّلُ / مُفَعِّل.</summary>
    II = 2,

    /// <summary>فاعَلَ / يُفاعِلُ / مُفاعِل.</summary>
    III = 3,

    /// <summary>أَفْعَلَ / يُفْعِلُ / مُفْعِل (hollow: أَفالَ / يُفِيلُ / مُفِيل).</summary>
    IV = 4,

    /// <summary>تَفَعَّلَ / يَتَفَعَّلُ / مُتَفَعِّل.</summary>
    V = 5,

    /// <summary>اِفْتَعَلَ / يَفْتَعِلُ / مُفْتَعِل.</summary>
    VIII = 8,

    /// <summary>اِسْتَفْعَلَ / يَسْتَفْعِلُ / مُسْتَفْعِل.</summary>
    X = 10,
}
