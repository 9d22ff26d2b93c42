using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Lucene;

/// <summary>What an <see cref="ArabicNewsLuceneAnalyzer"/> does after tokenizing. Immutable once built.</summary>
public sealed class ArabicNewsLuceneAnalyzerOptions
{
    /// <summary>The defaults: <see cref="ArabicNormalizer.Matching"/> normalization, lower-casing, no stop words, no stemming.</summary>
    public static ArabicNewsLuceneAnalyzerOptions Default { get; } = new();

    /// <summary>
    /// The normalizer applied to every term. Defaults to <see cref="ArabicNormalizer.Matching"/> (every letter rule:
    /// diacritics, tatweel, hamza forms, alef maksura, ta marbuta, Persian letters, digits, ligatures);
    /// <see cref="ArabicNormalizer.Search"/> gives exactly Lucene.Net's own Arabic normalization.
    /// </summary>
    public ArabicNormalizer Normalizer { get; init; } = ArabicNormalizer.Matching;

    /// <summary>Lower-case Latin (and other cased) letters, as Lucene's <c>ArabicAnalyzer</c> does. Default true.</summary>
    public bool LowerCase { get; init; } = true;

    /// <summary>
    /// Remove stop words. The list is normalized with <see cref="Normalizer"/> and applied after normalization, so
    /// diacritized or hamza-spelled stop words (إنّ, أنَّ) are removed too. Default false.
    /// </summary>
    public bool RemoveStopWords { get; init; }

    /// <summary>The stop words used when <see cref="RemoveStopWords"/> is set; null for Lucene.Net's <c>ArabicAnalyzer.DefaultStopSet</c>.</summary>
    public IReadOnlyCollection<string>? StopWords { get; init; }

    /// <summary>Light stemming with Lucene.Net's own <c>ArabicStemFilter</c> (one prefix such as ال/وال, then suffixes). Default false.</summary>
    public bool Stem { get; init; }

    /// <summary>Emit punctuation and symbol tokens as well. Default false, as <c>StandardTokenizer</c>.</summary>
    public bool KeepPunctuation { get; init; }

    /// <summary>The longest token emitted, in UTF-16 code units; longer ones are skipped. Default <see cref="ArabicNewsTokenizer.DefaultMaxTokenLength"/>.</summary>
    public int MaxTokenLength { get; init; } = ArabicNewsTokenizer.DefaultMaxTokenLength;
}
