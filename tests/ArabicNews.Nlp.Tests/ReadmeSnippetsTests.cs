using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.TestSupport;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Tests;

/// <summary>
/// Compiled and run twins of README.md's snippets (section "## NuGet packages" → "### Quick start"). Each test also
/// checks that its twin is still identical to the README's block (<see cref="ReadmeSnippets"/>).
/// </summary>
public sealed class ReadmeSnippetsTests
{
    [Fact]
    public void Quick_start()
    {
        string text = SharedData.SeedText;

        // snippet: quick-start
        AnalyzedDocument doc = ArabicNewsAnalyzer.Default.Analyze(text);
        Console.WriteLine($"{doc.Sentences.Count} sentences, {doc.Tokens.Count} tokens, {doc.Entities.Count} entities");
        foreach (var entity in doc.Entities)
            Console.WriteLine($"{entity.Text} {entity.Type} → {entity.Canonical}");
        // end snippet

        Assert.True(doc.Tokens.Count > 0 && doc.Sentences.Count > 0);
        ReadmeSnippets.AssertTwin("quick-start");
    }

    [Fact]
    public void Tokenize_in_batches()
    {
        string text = SharedData.SeedText;

        // snippet: tokenize-batches
        int count = 0;
        Span<Token> batch = stackalloc Token[256];
        TokenEnumerator tokens = ArabicTokenizer.Default.Tokenize(text);
        for (int n; (n = tokens.Read(batch)) > 0;)
        {
            foreach (Token token in batch[..n])
                Console.WriteLine($"{token.Start} {token.Length} {token.Kind}");
            count += n;
        }
        // end snippet

        Assert.Equal(ArabicTokenizer.Default.CountTokens(text), count);
        ReadmeSnippets.AssertTwin("tokenize-batches");
    }

    [Fact]
    public async Task Many_documents()
    {
        string[] paragraphs = SharedData.SeedText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        IAsyncEnumerable<string> articles = paragraphs.ToAsyncEnumerable();
        using var cts = new CancellationTokenSource();
        CancellationToken cancellationToken = cts.Token;

        // snippet: many
        await foreach (AnalyzedDocument d in ArabicNewsAnalyzer.Default.AnalyzeManyAsync(articles, maxDegreeOfParallelism: 4, cancellationToken))
            Console.WriteLine($"{d.Tokens.Count} tokens, {d.Quotes.Count} quotes");
        // end snippet

        Assert.Equal(paragraphs.Length, await ArabicNewsAnalyzer.Default.AnalyzeManyAsync(articles, 4, cancellationToken).CountAsync(cancellationToken));
        ReadmeSnippets.AssertTwin("many");
    }
}
