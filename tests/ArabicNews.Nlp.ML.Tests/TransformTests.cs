using ArabicNews.Nlp.Text;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ArabicNews.Nlp.ML.Tests;

public sealed class TransformTests
{
    private sealed class Out
    {
        public string Text { get; set; } = "";

        public string Normalized { get; set; } = "";

        [VectorType]
        public string[] Words { get; set; } = [];

        [VectorType]
        public string[] Entities { get; set; } = [];
    }

    private static Out[] Run(IEstimator<ITransformer> pipeline, params string[] texts)
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(texts.Select(t => new TopicRow { Label = "x", Text = t }));
        IDataView transformed = pipeline.Fit(data).Transform(data);
        return [.. ml.Data.CreateEnumerable<Out>(transformed, reuseRowObject: false)];
    }

    private static IEstimator<ITransformer> All(MLContext ml, ArabicTextNormalization normalization = ArabicTextNormalization.Matching) =>
        ml.Transforms.NormalizeArabicText("Normalized", "Text", normalization)
            .Append(ml.Transforms.TokenizeArabicWords("Words", "Text", normalization))
            .Append(ml.Transforms.ExtractArabicEntities("Entities", "Text"));

    [Fact]
    public void NormalizeArabicText_matches_the_core_normalizer()
    {
        string text = "قالَ الرئيسُ إردوغان إنّ المحادثاتـــ مع بوتين كانت مثمرة";
        Out row = Run(All(new MLContext()), text).Single();
        Assert.Equal(ArabicNormalizer.Matching.NormalizeToString(text), row.Normalized);
        Assert.Equal(text, row.Text);
    }

    [Theory]
    [InlineData(ArabicTextNormalization.None)]
    [InlineData(ArabicTextNormalization.Minimal)]
    [InlineData(ArabicTextNormalization.Search)]
    [InlineData(ArabicTextNormalization.Matching)]
    public void Every_normalization_preset_maps_like_the_core(ArabicTextNormalization normalization)
    {
        string text = "أعلنَ الرئيسُ إلى مستشفىً في المدينة";
        Out row = Run(ml_All(normalization), text).Single();
        string expected = normalization switch
        {
            ArabicTextNormalization.None => text,
            ArabicTextNormalization.Minimal => ArabicNormalizer.Minimal.NormalizeToString(text),
            ArabicTextNormalization.Search => ArabicNormalizer.Search.NormalizeToString(text),
            _ => ArabicNormalizer.Matching.NormalizeToString(text),
        };
        Assert.Equal(expected, row.Normalized);
        Assert.Equal(expected.Split(' '), row.Words);

        static IEstimator<ITransformer> ml_All(ArabicTextNormalization n) => All(new MLContext(), n);
    }

    [Fact]
    public void TokenizeArabicWords_splits_punctuation_off_and_drops_it()
    {
        Out row = Run(All(new MLContext(), ArabicTextNormalization.None), "قال: «روسيا» ستشارك في قمة G20، و3.5% نمو!").Single();
        Assert.Equal(["قال", "روسيا", "ستشارك", "في", "قمة", "g20"], row.Words.Take(6));
        Assert.Equal("نمو", row.Words[^1]);
        Assert.DoesNotContain(row.Words, w => w.Any(c => c is ':' or '«' or '»' or '،' or '!'));
        Assert.Contains("g20", row.Words);
        Assert.Contains("روسيا", row.Words);
    }

    [Fact]
    public void Empty_and_missing_text_give_empty_outputs()
    {
        Out row = Run(All(new MLContext()), "").Single();
        Assert.Equal("", row.Normalized);
        Assert.Empty(row.Words);
        Assert.Empty(row.Entities);
    }

    [Fact]
    public void Entity_features_are_the_facade_entities()
    {
        string text = TestSupport.SharedData.SeedText;
        Out row = Run(All(new MLContext()), text).Single();
        var entities = Analysis.ArabicNewsAnalyzer.Default.Analyze(text).Entities;
        Assert.Equal(entities.Count * 2, row.Entities.Length);
        Assert.All(row.Entities, f => Assert.DoesNotContain(' ', f));
    }

    [Fact]
    public void The_output_column_may_replace_the_input_column()
    {
        var ml = new MLContext();
        IDataView data = ml.Data.LoadFromEnumerable([new TopicRow { Label = "x", Text = "إلى" }]);
        IDataView transformed = ml.Transforms.NormalizeArabicText("Text").Fit(data).Transform(data);
        Assert.Equal(["الي"], transformed.GetColumn<string>("Text"));
        Assert.Equal(["x"], transformed.GetColumn<string>("Label"));
        Assert.DoesNotContain(transformed.Schema, c => c.Name.StartsWith("__", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ArabicTextNormalization.None)]
    [InlineData(ArabicTextNormalization.Matching)]
    public void TokenizeArabicWords_can_split_clitics(ArabicTextNormalization normalization)
    {
        string text = "وقال إن قواتها ستنسحب للمناطق الحدودية";
        var ml = new MLContext();
        IDataView data = ml.Data.LoadFromEnumerable([new TopicRow { Label = "x", Text = text }]);
        string[] words = ml.Transforms.TokenizeArabicWords("Words", "Text", normalization, segmentClitics: true).Fit(data).Transform(data)
            .GetColumn<string[]>("Words").Single();

        // Exactly the segmenter's segments, marked and normalized.
        var expected = new List<string>();
        ArabicNormalizer? normalizer = normalization == ArabicTextNormalization.None ? null : ArabicNormalizer.Matching;
        foreach (Tokenization.Token token in Tokenization.ArabicTokenizer.Default.GetTokens(text))
        {
            foreach (Segmentation.Segment s in Segmentation.ArabicSegmenter.Default.SegmentWord(text, token))
            {
                string form = normalizer?.NormalizeToString(s.GetForm(text)) ?? s.GetForm(text);
                expected.Add(s.Role switch { Segmentation.SegmentRole.Proclitic => form + "+", Segmentation.SegmentRole.Enclitic => "+" + form, _ => form });
            }
        }

        Assert.Equal(expected, words);
        Assert.Contains("و+", words);
        Assert.True(words.Length > text.Split(' ').Length);
    }
}
