using ArabicNews.Nlp.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace ArabicNews.Nlp.Lucene.Tests;

/// <summary>Index and search a few Arabic documents written for this test, in a <see cref="RAMDirectory"/>.</summary>
public sealed class ArabicNewsLuceneAnalyzerSearchTests
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Short news-like sentences written for these tests (not taken from any corpus).
    private static readonly string[] Documents =
    [
        "استقبل الرئيسُ التركيُّ أردوغان نظيرَه الروسيَّ في أنقرة، وبحثا الأوضاعَ الاقتصاديةَ في المنطقة.",
        "قال وزير الخارجية إن المفاوضات ستُستأنف الأسبوع المقبل في جنيف بمشاركة ١٢ دولة.",
        "ارتفعت أسعار النفط بنسبة 3.5% بعد قرار منظمة أوبك خفض الإنتاج، حسب مصادر مطّلعة.",
        "افتتح المعرض الدولي للكتاب في القاهرة بحضور كُتّاب من مصر وتونس والمغرب.",
    ];

    [Theory]
    [InlineData("الرئيسُ", "الرئيس")]
    [InlineData("أردوغان", "اردوغان")]
    [InlineData("إردوغانَ", "اردوغان")]
    [InlineData("المفاوضاتُ", "المفاوضات")]
    [InlineData("ستُستأنَف", "ستستانف")]
    [InlineData("كُتّاب", "كتاب")]
    [InlineData("مُنظّمة", "منظمه")]
    public void Diacritized_and_undiacritized_queries_find_the_same_document(string diacritized, string plain)
    {
        using var analyzer = new ArabicNewsLuceneAnalyzer(Version);
        using Directory directory = BuildIndex(analyzer);
        int[] withMarks = Search(directory, analyzer, diacritized);
        int[] without = Search(directory, analyzer, plain);
        Assert.NotEmpty(withMarks);
        Assert.Equal(withMarks, without);
    }

    [Fact]
    public void Arabic_Indic_and_ASCII_digits_meet()
    {
        using var analyzer = new ArabicNewsLuceneAnalyzer(Version);
        using Directory directory = BuildIndex(analyzer);
        Assert.Equal([1], Search(directory, analyzer, "12"));
        Assert.Equal([1], Search(directory, analyzer, "١٢"));
    }

    [Fact]
    public void Light_stemming_finds_the_definite_plural_from_the_bare_stem()
    {
        using var analyzer = new ArabicNewsLuceneAnalyzer(Version, new ArabicNewsLuceneAnalyzerOptions { Stem = true });
        using Directory directory = BuildIndex(analyzer);
        Assert.Equal([0], Search(directory, analyzer, "اقتصادي"));
        Assert.Equal([2], Search(directory, analyzer, "اسعار"));
    }

    [Fact]
    public void The_Search_preset_keeps_hamza_on_yeh_as_Lucene_does()
    {
        var options = new ArabicNewsLuceneAnalyzerOptions { Normalizer = ArabicNormalizer.Search };
        using var analyzer = new ArabicNewsLuceneAnalyzer(Version, options);
        using Directory directory = BuildIndex(analyzer);
        Assert.Equal([0], Search(directory, analyzer, "الرئيس"));
        Assert.Empty(Search(directory, analyzer, "الرييس"));
    }

    [Fact]
    public void Diacritized_stop_words_are_removed_after_normalization()
    {
        using var analyzer = new ArabicNewsLuceneAnalyzer(Version, new ArabicNewsLuceneAnalyzerOptions { RemoveStopWords = true });
        Assert.Equal(["قال", "المفاوضات", "مستمره"], Terms(analyzer, "قال إنَّ المفاوضات في مستمرة"));
    }

    [Fact]
    public void Highlighter_marks_the_original_diacritized_words()
    {
        using var analyzer = new ArabicNewsLuceneAnalyzer(Version);
        Query query = new QueryParser(Version, "body", analyzer).Parse("الرئيس اردوغان");
        var highlighter = new Highlighter(new SimpleHTMLFormatter("[", "]"), new QueryScorer(query, "body"))
        {
            TextFragmenter = new NullFragmenter(),
        };

        string fragment = highlighter.GetBestFragment(analyzer, "body", Documents[0]);

        Assert.Equal(Documents[0].Replace("الرئيسُ", "[الرئيسُ]", StringComparison.Ordinal).Replace("أردوغان", "[أردوغان]", StringComparison.Ordinal), fragment);
    }

    [Fact]
    public void Offsets_land_on_the_original_characters_of_every_document()
    {
        using var analyzer = new ArabicNewsLuceneAnalyzer(Version);
        foreach (string text in Documents)
        {
            foreach ((string term, int start, int end) in TermsWithOffsets(analyzer, text))
            {
                string original = text[start..end];
                Assert.Equal(ArabicNormalizer.Matching.NormalizeToString(original.ToLowerInvariant()), term);
            }
        }
    }

    internal static List<string> Terms(Analyzer analyzer, string text) => TermsWithOffsets(analyzer, text).Select(t => t.Term).ToList();

    internal static List<(string Term, int Start, int End)> TermsWithOffsets(Analyzer analyzer, string text)
    {
        var result = new List<(string, int, int)>();
        using TokenStream stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return result;
    }

    private static RAMDirectory BuildIndex(Analyzer analyzer)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer));
        for (int i = 0; i < Documents.Length; i++)
        {
            writer.AddDocument(new Document
            {
                new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                new TextField("body", Documents[i], Field.Store.YES),
            });
        }

        writer.Commit();
        return directory;
    }

    private static int[] Search(Directory directory, Analyzer analyzer, string queryText)
    {
        using DirectoryReader reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Query query = new QueryParser(Version, "body", analyzer).Parse(queryText);
        TopDocs hits = searcher.Search(query, 10);
        return hits.ScoreDocs
            .Select(hit => int.Parse(searcher.Doc(hit.Doc).Get("id"), System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToArray();
    }
}
