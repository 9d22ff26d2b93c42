using System.Runtime.CompilerServices;
using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.TestSupport;

namespace ArabicNews.Nlp.Tests.Analysis;

public sealed class ArabicNewsAnalyzerAsyncTests
{
    private static readonly string[] Documents = MakeDocuments(40);

    [Fact]
    public async Task AnalyzeAsync_gives_the_same_result_as_Analyze()
    {
        string seed = SharedData.SeedText;
        AnalyzedDocument expected = ArabicNewsAnalyzer.Default.Analyze(seed);
        AnalyzedDocument actual = await ArabicNewsAnalyzer.Default.AnalyzeAsync(seed);
        Assert.Equal(expected.Tokens, actual.Tokens);
        Assert.Equal(expected.Sentences, actual.Sentences);
    }

    [Fact]
    public async Task AnalyzeAsync_honours_an_already_canceled_token()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ArabicNewsAnalyzer.Default.AnalyzeAsync("نص", cts.Token));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(0)]
    public async Task AnalyzeManyAsync_preserves_order_and_content(int parallelism)
    {
        var results = new List<AnalyzedDocument>();
        await foreach (AnalyzedDocument doc in ArabicNewsAnalyzer.Default.AnalyzeManyAsync(ToAsync(Documents), parallelism))
        {
            results.Add(doc);
        }

        Assert.Equal(Documents.Length, results.Count);
        for (int i = 0; i < Documents.Length; i++)
        {
            Assert.Same(Documents[i], results[i].Text);
            Assert.Equal(ArabicNewsAnalyzer.Default.Analyze(Documents[i]).Tokens, results[i].Tokens);
        }
    }

    [Fact]
    public async Task AnalyzeManyAsync_reads_the_source_no_further_than_the_parallelism_window()
    {
        var source = new CountingSource(Documents);
        await using IAsyncEnumerator<AnalyzedDocument> e = ArabicNewsAnalyzer.Default.AnalyzeManyAsync(source.ReadAsync(), maxDegreeOfParallelism: 2).GetAsyncEnumerator();
        Assert.True(await e.MoveNextAsync());
        Assert.Same(Documents[0], e.Current.Text);
        Assert.InRange(source.Read, 1, 2);
        Assert.True(await e.MoveNextAsync());
        Assert.InRange(source.Read, 2, 3);
    }

    [Fact]
    public async Task AnalyzeManyAsync_stops_when_canceled()
    {
        using var cts = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (AnalyzedDocument doc in ArabicNewsAnalyzer.Default.AnalyzeManyAsync(Endless(), 2, cts.Token))
            {
                if (++seen == 5)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.Equal(5, seen);
    }

    [Fact]
    public async Task AnalyzeManyAsync_honours_WithCancellation()
    {
        using var cts = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (AnalyzedDocument doc in ArabicNewsAnalyzer.Default.AnalyzeManyAsync(Endless()).WithCancellation(cts.Token))
            {
                if (++seen == 3)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.Equal(3, seen);
    }

    [Fact]
    public async Task AnalyzeManyAsync_surfaces_a_failing_document_in_its_turn()
    {
        var analyzer = new ArabicNewsAnalyzer(new AnalyzerOptions { MaxDocumentLength = 50 });
        string[] docs = ["قال الرئيس", "وزير الخارجية", new string('ب', 51), "نص أخير"];
        var seen = new List<string>();
        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (AnalyzedDocument doc in analyzer.AnalyzeManyAsync(ToAsync(docs), 4))
            {
                seen.Add(doc.Text);
            }
        });
        Assert.Equal(docs[..2], seen);
    }

    [Fact]
    public void AnalyzeManyAsync_validates_its_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => ArabicNewsAnalyzer.Default.AnalyzeManyAsync(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArabicNewsAnalyzer.Default.AnalyzeManyAsync(ToAsync(Documents), -1));
    }

    [Fact]
    public async Task The_analyzer_is_safe_to_share_between_threads()
    {
        AnalyzedDocument[] expected = [.. Documents.Select(d => ArabicNewsAnalyzer.Default.Analyze(d))];
        AnalyzedDocument[][] runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Documents.Select(d => ArabicNewsAnalyzer.Default.Analyze(d)).ToArray())));
        foreach (AnalyzedDocument[] run in runs)
        {
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i].Tokens, run[i].Tokens);
                Assert.Equal(expected[i].Sentences, run[i].Sentences);
            }
        }
    }

    private static string[] MakeDocuments(int count)
    {
        string[] sentences = SharedData.SeedText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return [.. Enumerable.Range(0, count).Select(i => string.Join('\n', sentences.Skip(i % sentences.Length).Take(1 + (i % 4))) + $" {i}")];
    }

    private static async IAsyncEnumerable<string> ToAsync(IEnumerable<string> items)
    {
        foreach (string item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static async IAsyncEnumerable<string> Endless([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 0; ; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return Documents[i % Documents.Length];
        }
    }

    private sealed class CountingSource(string[] items)
    {
        private int _read;

        public int Read => Volatile.Read(ref _read);

        public async IAsyncEnumerable<string> ReadAsync()
        {
            foreach (string item in items)
            {
                await Task.Yield();
                Interlocked.Increment(ref _read);
                yield return item;
            }
        }
    }
}
