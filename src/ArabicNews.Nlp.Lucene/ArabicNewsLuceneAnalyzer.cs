using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ArabicNews.Nlp.Lucene;

/// <summary>
/// A ready Lucene.Net 4.8 <see cref="Analyzer"/> for Arabic news: <see cref="ArabicNewsTokenizer"/> →
/// lower-casing → <see cref="ArabicNewsNormalizationFilter"/> → optional stop words → optional light stemming with
/// Lucene.Net's <see cref="ArabicStemFilter"/>. Offsets point into the original text, so highlighting marks the
/// original (diacritized) words. Thread-safe like any Lucene analyzer (components are reused per thread).
/// </summary>
/// <example>
/// <code>
/// using var analyzer = new ArabicNewsLuceneAnalyzer(LuceneVersion.LUCENE_48);
/// var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer);
/// </code>
/// </example>
public sealed class ArabicNewsLuceneAnalyzer : Analyzer
{
    private readonly LuceneVersion _matchVersion;
    private readonly ArabicNewsLuceneAnalyzerOptions _options;
    private readonly CharArraySet? _stopWords;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="matchVersion">The Lucene compatibility version, normally <see cref="LuceneVersion.LUCENE_48"/>.</param>
    /// <param name="options">What to do after tokenizing; null for <see cref="ArabicNewsLuceneAnalyzerOptions.Default"/>.</param>
    public ArabicNewsLuceneAnalyzer(LuceneVersion matchVersion, ArabicNewsLuceneAnalyzerOptions? options = null)
    {
        _matchVersion = matchVersion;
        _options = options ?? ArabicNewsLuceneAnalyzerOptions.Default;
        ArgumentNullException.ThrowIfNull(_options.Normalizer, nameof(options));
        if (_options.RemoveStopWords)
        {
            IEnumerable<string> words = _options.StopWords ?? (IEnumerable<string>)ArabicAnalyzer.DefaultStopSet;
            // Terms are lower-cased before the stop filter when LowerCase is on; a case-insensitive set would fold every
            // character of every term again on lookup.
            var set = new CharArraySet(matchVersion, 64, ignoreCase: !_options.LowerCase);
            foreach (string word in words)
            {
                string normalized = _options.Normalizer.NormalizeToString(_options.LowerCase ? word.ToLowerInvariant() : word);
                if (normalized.Length > 0)
                {
                    set.Add(normalized);
                }
            }

            _stopWords = set.AsReadOnly();
        }
    }

    /// <summary>The options this analyzer was built with.</summary>
    public ArabicNewsLuceneAnalyzerOptions Options => _options;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new ArabicNewsTokenizer(reader, _options.KeepPunctuation, _options.MaxTokenLength);
        TokenStream result = source;
        if (_options.LowerCase)
        {
            result = new LowerCaseFilter(_matchVersion, result);
        }

        result = new ArabicNewsNormalizationFilter(result, _options.Normalizer);
        if (_stopWords is not null)
        {
            result = new StopFilter(_matchVersion, result, _stopWords);
        }

        if (_options.Stem)
        {
            result = new ArabicStemFilter(result);
        }

        return new TokenStreamComponents(source, result);
    }
}
