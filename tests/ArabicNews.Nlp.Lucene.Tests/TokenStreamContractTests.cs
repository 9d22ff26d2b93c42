using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;
using CsCheck;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ArabicNews.Nlp.Lucene.Tests;

/// <summary>
/// The invariants Lucene's own <c>BaseTokenStreamTestCase</c> checks (it is NUnit-only, so they are written here in
/// xunit): offsets non-decreasing and within the input, the Reset/IncrementToken/End/Dispose contract, reuse.
/// </summary>
public sealed class TokenStreamContractTests
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Gen<string> RandomText =
        Gen.Frequency(
                (30, Gen.Char['\u0621', '\u064A']),
                (8, Gen.Char['\u064B', '\u0670']),
                (6, Gen.Char["ـ\u200C\u200D\u200F\u061C"]),
                (6, Gen.Char['\uFB50', '\uFEFF']),
                (8, Gen.Char["abcXYZ'@#_.:/-%٪"]),
                (6, Gen.Char["0123456789٠١٢٣٤٥٦٧٨٩٫٬"]),
                (12, Gen.Char[" \n\t\u00A0،؛؟.,!«»()\"…"]),
                (3, Gen.Char["\uD83D\uDE00\uD83C\uDDF8\uFE0F\u20E3"]),
                (2, Gen.Char['\u0000', '\uFFFF']))
            .Array[0, 200]
            .Select(chars => new string(chars))
            .Select(Gen.OneOf(Gen.Const(""), Gen.Const("https://example.com/a?b=1 "), Gen.Const("#سوريا_اليوم ")), (text, prefix) => prefix + text);

    public static TheoryData<string> Configurations => ["tokenizer", "default", "search+stop+stem", "punctuation"];

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Offsets_are_ordered_and_within_the_input_and_End_reports_the_final_offset(string configuration)
    {
        using Analyzer analyzer = Create(configuration);
        RandomText.Sample(text => AssertContract(analyzer, text), iter: 2_000, threads: 1);
    }

    [Fact]
    public void The_tokenizer_alone_gives_exactly_the_core_tokens_minus_punctuation()
    {
        RandomText.Sample(
            text =>
            {
                var expected = ArabicTokenizer.Default.GetTokens(text)
                    .Where(t => t.Kind is not (TokenKind.Punctuation or TokenKind.Symbol))
                    .Select(t => (text.Substring(t.Start, t.Length), t.Start, t.End))
                    .ToList();
                using var tokenizer = new ArabicNewsTokenizer(new StringReader(text));
                Assert.Equal(expected, ReadAll(tokenizer));
            },
            iter: 1_000);
    }

    [Fact]
    public void A_reused_analyzer_gives_the_same_tokens_as_a_fresh_one()
    {
        using var reused = new ArabicNewsLuceneAnalyzer(Version);
        RandomText.Sample(
            text =>
            {
                using var fresh = new ArabicNewsLuceneAnalyzer(Version);
                Assert.Equal(
                    ArabicNewsLuceneAnalyzerSearchTests.TermsWithOffsets(fresh, text),
                    ArabicNewsLuceneAnalyzerSearchTests.TermsWithOffsets(reused, text));
            },
            iter: 500,
            threads: 1);
    }

    [Fact]
    public void A_tokenizer_is_reusable_through_SetReader_after_Dispose()
    {
        var tokenizer = new ArabicNewsTokenizer(new StringReader("قال الرئيس"));
        Assert.Equal(["قال", "الرئيس"], ReadAll(tokenizer).Select(t => t.Term));
        tokenizer.Dispose();
        tokenizer.SetReader(new StringReader("في موسكو اليوم"));
        Assert.Equal(["في", "موسكو", "اليوم"], ReadAll(tokenizer).Select(t => t.Term));
        tokenizer.Dispose();
    }

    [Fact]
    public void IncrementToken_before_Reset_is_a_contract_violation()
    {
        using var tokenizer = new ArabicNewsTokenizer(new StringReader("قال"));
        Assert.Throws<InvalidOperationException>(() => tokenizer.IncrementToken());
    }

    [Fact]
    public void Offsets_are_corrected_through_a_char_filter()
    {
        // A char filter in front deletes tatweel; the tokenizer must report offsets in the text before the filter.
        var builder = new NormalizeCharMap.Builder();
        builder.Add("ـ", "");
        NormalizeCharMap map = builder.Build();

        RandomText.Sample(
            text =>
            {
                using var tokenizer = new ArabicNewsTokenizer(new MappingCharFilter(map, new StringReader(text)));
                var tokens = ReadAll(tokenizer);
                foreach ((string term, int start, int end) in tokens)
                {
                    Assert.InRange(start, 0, text.Length);
                    Assert.InRange(end, start, text.Length);
                    Assert.Equal(term, text[start..end].Replace("ـ", "", StringComparison.Ordinal));
                }

                var offset = tokenizer.GetAttribute<IOffsetAttribute>();
                Assert.Equal(text.Length, offset.EndOffset);
            },
            iter: 1_000);
    }

    [Fact]
    public void Token_types_name_the_token_kind()
    {
        using var tokenizer = new ArabicNewsTokenizer(new StringReader("قال 3.5% https://example.com #سوريا"));
        var type = tokenizer.AddAttribute<ITypeAttribute>();
        var types = new List<string>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            types.Add(type.Type);
        }

        tokenizer.End();
        Assert.Equal(["<ArabicWord>", "<Number>", "<Url>", "<Hashtag>"], types);
    }

    [Fact]
    public void Too_long_tokens_are_skipped_and_leave_a_position_gap()
    {
        string text = "قال " + new string('ب', 300) + " موسكو";
        using var tokenizer = new ArabicNewsTokenizer(new StringReader(text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var increment = tokenizer.AddAttribute<IPositionIncrementAttribute>();
        var seen = new List<(string, int)>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            seen.Add((term.ToString(), increment.PositionIncrement));
        }

        tokenizer.End();
        Assert.Equal([("قال", 1), ("موسكو", 2)], seen);
    }

    [Fact]
    public void A_term_that_normalizes_to_nothing_is_dropped_and_its_position_kept()
    {
        using var analyzer = new ArabicNewsLuceneAnalyzer(Version);
        using TokenStream stream = analyzer.GetTokenStream("f", "قال ـــ موسكو");
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var seen = new List<(string, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            seen.Add((term.ToString(), increment.PositionIncrement));
        }

        stream.End();
        Assert.Equal([("قال", 1), ("موسكو", 2)], seen);
    }

    private static void AssertContract(Analyzer analyzer, string text)
    {
        using TokenStream stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        stream.Reset();
        int lastStart = 0, lastEnd = 0;
        while (stream.IncrementToken())
        {
            Assert.True(term.Length > 0, "empty term");
            Assert.InRange(offset.StartOffset, lastStart, text.Length);
            Assert.InRange(offset.EndOffset, offset.StartOffset, text.Length);
            Assert.True(offset.StartOffset >= lastEnd, "tokens overlap");
            Assert.True(increment.PositionIncrement >= 1, "position increment below 1");
            Assert.Equal(1, length.PositionLength);
            lastStart = offset.StartOffset;
            lastEnd = offset.EndOffset;
        }

        stream.End();
        Assert.Equal(text.Length, offset.StartOffset);
        Assert.Equal(text.Length, offset.EndOffset);
    }

    private static List<(string Term, int Start, int End)> ReadAll(Tokenizer tokenizer)
    {
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        var result = new List<(string, int, int)>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            result.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        tokenizer.End();
        return result;
    }

    private static Analyzer Create(string configuration) => configuration switch
    {
        "tokenizer" => new TokenizerOnlyAnalyzer(),
        "default" => new ArabicNewsLuceneAnalyzer(Version),
        "search+stop+stem" => new ArabicNewsLuceneAnalyzer(Version, new ArabicNewsLuceneAnalyzerOptions
        {
            Normalizer = ArabicNormalizer.Search,
            RemoveStopWords = true,
            Stem = true,
        }),
        "punctuation" => new ArabicNewsLuceneAnalyzer(Version, new ArabicNewsLuceneAnalyzerOptions
        {
            Normalizer = new ArabicNormalizer(NormalizationPresets.All),
            KeepPunctuation = true,
            MaxTokenLength = 20,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(configuration)),
    };

    private sealed class TokenizerOnlyAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new ArabicNewsTokenizer(reader));
    }
}
