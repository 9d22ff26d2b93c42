using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Analysis;

/// <summary>
/// The one-call facade: normalizes, tokenizes, splits sentences, finds entities and attributes quotes.
/// Immutable and thread-safe; build one and share it.
/// </summary>
/// <example>
/// <code>
/// AnalyzedDocument doc = ArabicNewsAnalyzer.Default.Analyze(text);
/// foreach (var entity in doc.Entities) Console.WriteLine($"{entity.Text} {entity.Type} → {entity.Canonical}");
/// </code>
/// </example>
public sealed class ArabicNewsAnalyzer
{
    private readonly ArabicNormalizer _normalizer;

    /// <summary>Creates an analyzer.</summary>
    /// <param name="options">Its settings; null for <see cref="AnalyzerOptions.Default"/>.</param>
    public ArabicNewsAnalyzer(AnalyzerOptions? options = null)
    {
        Options = options ?? AnalyzerOptions.Default;
        _normalizer = Options.Normalization switch
        {
            NormalizationPresets.Matching => ArabicNormalizer.Matching,
            NormalizationPresets.Search => ArabicNormalizer.Search,
            NormalizationPresets.Minimal => ArabicNormalizer.Minimal,
            _ => new ArabicNormalizer(Options.Normalization),
        };
    }

    /// <summary>The analyzer with default settings.</summary>
    public static ArabicNewsAnalyzer Default { get; } = new();

    /// <summary>The analyzer's settings.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Analyzes one document.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="cancellationToken">Cancels a long analysis between stages.</param>
    /// <exception cref="ArgumentException">The text is longer than <see cref="AnalyzerOptions.MaxDocumentLength"/>.</exception>
    public AnalyzedDocument Analyze(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxDocumentLength)
        {
            throw new ArgumentException($"The document has {text.Length} characters; the limit is {Options.MaxDocumentLength} (AnalyzerOptions.MaxDocumentLength).", nameof(text));
        }

        cancellationToken.ThrowIfCancellationRequested();
        NormalizedText normalized = _normalizer.Normalize(text);
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        cancellationToken.ThrowIfCancellationRequested();
        Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Entity> entities = Options.RecognizeEntities
            ? ArabicEntityRecognizer.Default.Recognize(text, tokens, sentences)
            : [];
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Quote> quotes = Options.AttributeQuotes && Options.RecognizeEntities
            ? ArabicQuoteAttributor.Default.Attribute(text, tokens, sentences, entities)
            : [];
        return new AnalyzedDocument(text, normalized, sentences, tokens, entities, quotes);
    }
}
