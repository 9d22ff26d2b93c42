using System.Runtime.CompilerServices;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Analysis;

/// <summary>
/// The one-call facade: normalizes, tokenizes, splits sentences, segments clitics, finds entities and attributes quotes.
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
        // Which tokens repeat an earlier one: the stages below compute a repeated word's facts once.
        int[]? first = Options.SegmentClitics || Options.RecognizeEntities || Options.AttributeQuotes ? TokenRepeats.FirstOccurrences(text, tokens) : null;
        Segment[] segments = [];
        int[] segmentStarts = [];
        if (Options.SegmentClitics)
        {
            segments = ArabicSegmenter.Default.SegmentAll(text, tokens, first, out segmentStarts);
            cancellationToken.ThrowIfCancellationRequested();
        }

        // Each token's matching form is computed once here and shared by the recognizer and the attributor.
        string[]? forms = Options.RecognizeEntities || Options.AttributeQuotes ? TokenForms.Matching(text, tokens, first) : null;
        IReadOnlyList<Entity> entities = Options.RecognizeEntities
            ? ArabicEntityRecognizer.Default.Recognize(text, tokens, sentences, forms, first)
            : [];
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Quote> quotes = Options.AttributeQuotes
            ? ArabicQuoteAttributor.Default.Attribute(text, tokens, sentences, entities, forms, first)
            : [];
        return new AnalyzedDocument(text, normalized, sentences, tokens, segments, segmentStarts, entities, quotes);
    }

    /// <summary>Analyzes one document on the thread pool.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="cancellationToken">Cancels the analysis before it starts or between stages.</param>
    /// <returns>The analyzed document.</returns>
    /// <exception cref="ArgumentException">The text is longer than <see cref="AnalyzerOptions.MaxDocumentLength"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was canceled.</exception>
    /// <example>
    /// <code>
    /// AnalyzedDocument doc = await ArabicNewsAnalyzer.Default.AnalyzeAsync(text, cancellationToken);
    /// </code>
    /// </example>
    public Task<AnalyzedDocument> AnalyzeAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Task.Run(() => Analyze(text, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Analyzes a stream of documents, up to <paramref name="maxDegreeOfParallelism"/> at a time, and yields the results
    /// in input order. The source is read only as fast as results are consumed (at most
    /// <paramref name="maxDegreeOfParallelism"/> documents are in flight), so an unbounded stream runs in bounded memory.
    /// </summary>
    /// <param name="texts">The documents.</param>
    /// <param name="maxDegreeOfParallelism">How many documents are analyzed at once; 0 for <see cref="Environment.ProcessorCount"/>.</param>
    /// <param name="cancellationToken">
    /// Stops reading the source and analyzing; the enumeration then throws <see cref="OperationCanceledException"/>.
    /// A token passed to <c>WithCancellation</c> on the result is honoured as well.
    /// </param>
    /// <returns>One <see cref="AnalyzedDocument"/> per input document, in the same order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is negative.</exception>
    /// <remarks>
    /// An exception thrown for one document (for example a document over <see cref="AnalyzerOptions.MaxDocumentLength"/>)
    /// ends the enumeration when that document's turn comes; documents still in flight are canceled and awaited first.
    /// </remarks>
    /// <example>
    /// <code>
    /// await foreach (AnalyzedDocument doc in ArabicNewsAnalyzer.Default.AnalyzeManyAsync(ReadArticlesAsync(), maxDegreeOfParallelism: 4))
    ///     Console.WriteLine(doc.Entities.Count);
    /// </code>
    /// </example>
    public IAsyncEnumerable<AnalyzedDocument> AnalyzeManyAsync(IAsyncEnumerable<string> texts, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegreeOfParallelism);
        int parallelism = maxDegreeOfParallelism == 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        return AnalyzeManyCoreAsync(texts, parallelism, cancellationToken);
    }

    private async IAsyncEnumerable<AnalyzedDocument> AnalyzeManyCoreAsync(IAsyncEnumerable<string> texts, int parallelism, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // In flight: a FIFO of started analyses. The head is awaited (and yielded) before a new document is read once the
        // window is full, which both preserves order and bounds the work and memory.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new Queue<Task<AnalyzedDocument>>(parallelism);
        try
        {
            await foreach (string text in texts.WithCancellation(stop.Token).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(text, nameof(texts));
                CancellationToken token = stop.Token;
                inFlight.Enqueue(Task.Run(() => Analyze(text, token), token));
                if (inFlight.Count >= parallelism)
                {
                    yield return await inFlight.Dequeue().ConfigureAwait(false);
                }
            }

            while (inFlight.Count > 0)
            {
                yield return await inFlight.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            // Early exit (consumer break, cancellation, a failed document): stop the rest and observe it before returning.
            if (inFlight.Count > 0)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                foreach (Task<AnalyzedDocument> pending in inFlight)
                {
                    try
                    {
                        await pending.ConfigureAwait(false);
                    }
#pragma warning disable CA1031 // the documents after the one that ended the enumeration are discarded on purpose
                    catch (Exception)
#pragma warning restore CA1031
                    {
                    }
                }
            }
        }
    }
}
