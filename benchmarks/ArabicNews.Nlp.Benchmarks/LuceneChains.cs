using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>The Lucene.Net analysis chains the benchmarks compare with, and a helper that consumes a token stream.</summary>
public static class LuceneChains
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>StandardTokenizer alone.</summary>
    public static Analyzer StandardTokenizer() => new StandardTokenizerAnalyzer();

    /// <summary>StandardTokenizer → ArabicNormalizationFilter: Lucene's Arabic normalization chain.</summary>
    public static Analyzer NormalizationChain() => new NormalizationChainAnalyzer();

    /// <summary>Consumes the tokens of <paramref name="text"/>; returns how many there were.</summary>
    public static long CountTokens(Analyzer analyzer, string text)
    {
        using TokenStream stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        long count = 0;
        stream.Reset();
        while (stream.IncrementToken())
        {
            count += term.Length > 0 ? 1 : 0;
        }

        stream.End();
        return count;
    }

    private sealed class StandardTokenizerAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new StandardTokenizer(Version, reader));
    }

    private sealed class NormalizationChainAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(source, new ArabicNormalizationFilter(source));
        }
    }
}
