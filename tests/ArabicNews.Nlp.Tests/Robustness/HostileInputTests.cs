using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Tests.Robustness;

/// <summary>What scraped web text can throw at the library: each must finish, in range, without an exception.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string> Documents => new()
    {
        { "empty", string.Empty },
        { "a million diacritics in a row", "ب" + new string('\u064E', 1_000_000) },
        { "only diacritics", new string('\u0651', 100_000) },
        { "only quotation marks", string.Concat(Enumerable.Repeat("\"«»“”‹›'", 20_000)) },
        { "deeply nested marks", string.Concat(Enumerable.Repeat("«“\"قال ", 30_000)) + string.Concat(Enumerable.Repeat("\"”» ", 30_000)) },
        { "reversed nesting", string.Concat(Enumerable.Repeat("»”\" قال «“\"", 20_000)) },
        { "bidi overrides", string.Concat(Enumerable.Repeat("\u202Eقال\u202C \u202Dبوتين\u202C \u2066إن\u2069 ", 10_000)) },
        { "NUL and C0 controls", string.Concat(Enumerable.Range(0, 32).Select(c => (char)c + "قال")) },
        { "lone and reversed surrogates", string.Concat(Enumerable.Repeat("\uD83D قال \uDE00\uD83D \uDE00", 10_000)) },
        { "cues without content", string.Concat(Enumerable.Repeat("قال إن وأضاف أن مضيفاً بحسب ", 10_000)) },
        { "one long paragraph", string.Concat(Enumerable.Repeat("وقال الرئيس الروسي فلاديمير بوتين إن التعاون مستمر، ", 20_000)) },
        { "a feature word before the same given name, again and again", string.Concat(Enumerable.Repeat("في رأس محمد ", 40_000)) },
        { "a new name after every place descriptor", string.Concat(Enumerable.Range(0, 17_000).Select(i => "قرية " + InventedWord(i) + " ")) },
    };

    // Three letters from i in base 26: distinct words no list knows.
    private static string InventedWord(int i)
    {
        const string letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي";
        return string.Concat(letters[i % 26], letters[i / 26 % 26], letters[i / 676 % 26]);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_analyzer_finishes_with_spans_in_range(string name, string text)
    {
        AnalyzedDocument doc = ArabicNewsAnalyzer.Default.Analyze(text);
        Assert.True(doc.Tokens.Count >= 0, name);
        Assert.All(doc.Sentences, s => Assert.InRange(s.End, s.Start, text.Length));
        Assert.All(doc.Entities, e => Assert.Equal(text[e.Start..e.End], e.Text));
        Assert.All(doc.Quotes, q => Assert.InRange(q.Content.End, q.Content.Start, text.Length));
    }

    [Fact]
    public void A_fifty_megabyte_document_without_spaces_is_one_word()
    {
        // 25 million Arabic letters: 50 MB of UTF-8.
        string text = string.Create(25_000_000, 0, (span, _) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = (i % 3) switch { 0 => 'أ', 1 => 'ب', _ => 'ة' };
            }
        });
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        Assert.Equal(new Token(0, text.Length, TokenKind.ArabicWord), Assert.Single(tokens));
        NormalizedText normalized = ArabicNormalizer.Matching.Normalize(text);
        Assert.Equal(text.Length, normalized.Text.Length);
        Assert.Equal((text.Length - 1, text.Length), normalized.ToOriginal(text.Length - 1, text.Length));
        Assert.Single(SentenceSplitter.Default.Split(text, tokens));
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_with_a_clear_error()
    {
        var analyzer = new ArabicNewsAnalyzer(new AnalyzerOptions { MaxDocumentLength = 10 });
        var error = Assert.Throws<ArgumentException>(() => analyzer.Analyze("قال الرئيس الروسي"));
        Assert.Contains("MaxDocumentLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_analysis_stops_with_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ArabicNewsAnalyzer.Default.Analyze(TestSupport.SharedData.SeedText, cancellation.Token));
    }
}
