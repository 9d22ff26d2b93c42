using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.ML;

/// <summary>
/// The normalizations an ML.NET transform of this package can apply. Each value is a fixed preset (not a free
/// combination of <see cref="NormalizationOptions"/>) because a saved pipeline records the transform by name and must
/// rebuild exactly the same mapping when it is loaded.
/// </summary>
public enum ArabicTextNormalization
{
    /// <summary>No normalization: the text as written.</summary>
    None,

    /// <summary><see cref="NormalizationPresets.Minimal"/>: diacritics and tatweel removed, letters untouched.</summary>
    Minimal,

    /// <summary><see cref="NormalizationPresets.Search"/>: what Lucene.Net's Arabic normalizer does.</summary>
    Search,

    /// <summary><see cref="NormalizationPresets.Matching"/>: every letter rule (hamza seats, ta marbuta, alef maksura, digits, …).</summary>
    Matching,
}
