using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Analysis;

/// <summary>Settings of an <see cref="ArabicNewsAnalyzer"/>.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>The default settings.</summary>
    public static AnalyzerOptions Default { get; } = new();

    /// <summary>The normalization each token's normalized form is given (default <see cref="NormalizationPresets.Matching"/>).</summary>
    public NormalizationOptions Normalization { get; init; } = NormalizationPresets.Matching;

    /// <summary>
    /// Whether every token is split into its clitic segments (default true; see <see cref="AnalyzedDocument.GetSegments(int)"/>).
    /// Without it <see cref="AnalyzedDocument.Segments"/> is empty.
    /// </summary>
    public bool SegmentClitics { get; init; } = true;

    /// <summary>Whether entities are recognized (default true).</summary>
    public bool RecognizeEntities { get; init; } = true;

    /// <summary>Whether quotes are attributed (default true). Without entities, speakers are unnamed noun phrases or carried over.</summary>
    public bool AttributeQuotes { get; init; } = true;

    /// <summary>
    /// The longest document accepted, in UTF-16 code units; longer input throws <see cref="ArgumentException"/>.
    /// Default 64 M characters.
    /// </summary>
    public int MaxDocumentLength { get; init; } = 64 * 1024 * 1024;
}
