using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.TestSupport;
using ArabicNews.Nlp.Tokenization;
using CsCheck;

namespace ArabicNews.Nlp.Tests.Entities;

public sealed class SequenceModelTests
{
    private const int B_PERS = 1, I_PERS = 2, B_LOC = 3;

    /// <summary>A hand-made model: موسكو is a location, بوتين a person (also after فلاديمير), I- labels tempting everywhere.</summary>
    private static SequenceModel ToyModel()
    {
        var lexicon = new ModelLexicon(
            [ModelHash.Word("موسكو"), ModelHash.Word("وموسكو")],
            [10, 1],
            [],
            [],
            [],
            []);
        var keys = new List<uint>();
        var weights = new List<float>();
        void Add(uint key, int label, float weight)
        {
            float[] row = new float[SequenceModel.Labels.Length];
            row[label] = weight;
            row[4] = 1.5f; // I-LOC everywhere: Viterbi must never start an entity with it.
            keys.Add(key);
            weights.AddRange(row);
        }

        Add(ModelHash.Feature(2, ModelHash.Of("موسكو")), B_LOC, 6f);
        Add(ModelHash.Feature(2, ModelHash.Of("فلاديمير")), B_PERS, 6f);
        Add(ModelHash.Feature(2, ModelHash.Of("بوتين")), I_PERS, 6f);
        float[] biases = new float[SequenceModel.Labels.Length];
        biases[0] = 2f;
        return new SequenceModel(biases, keys.ToArray(), weights.ToArray(), lexicon);
    }

    private static ModelMention[] Recognize(SequenceModel model, string text)
    {
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        return model.Recognize(text, tokens, new Sentence(0, text.Length));
    }

    [Fact]
    public void Proclitics_are_left_out_of_the_span()
    {
        const string text = "وصل فلاديمير بوتين وموسكو";
        ModelMention[] mentions = Recognize(ToyModel(), text);
        Assert.Equal(2, mentions.Length);
        Assert.Equal("فلاديمير بوتين", text[mentions[0].Start..mentions[0].End]);
        Assert.Equal(ModelEntityType.Person, mentions[0].Type);
        Assert.Equal("موسكو", text[mentions[1].Start..mentions[1].End]);
        Assert.Equal(ModelEntityType.Location, mentions[1].Type);
        Assert.All(mentions, m => Assert.InRange(m.Confidence, 0.01f, 1f));
    }

    [Theory]
    [InlineData("بموسكو", 1)]
    [InlineData("وبموسكو", 2)]
    [InlineData("بغداد", 0)]
    [InlineData("لبنان", 0)]
    [InlineData("ولبنان", 1)]
    [InlineData("بالعراق", 1)]
    [InlineData("للامم", 0)]
    [InlineData("وكريستيانو", 1)]
    [InlineData("فلاديمير", 0)]
    public void Proclitics_are_stripped_by_corpus_frequency(string word, int expected)
    {
        var lexicon = new ModelLexicon(
            [ModelHash.Word("موسكو"), ModelHash.Word("بغداد"), ModelHash.Word("غداد"), ModelHash.Word("لبنان"), ModelHash.Word("بنان")],
            [12, 12, 1, 14, 2],
            [],
            [],
            [],
            []);
        Assert.Equal(expected, lexicon.ProcliticLength(word));
    }

    [Fact]
    public void Offsets_are_in_the_original_text_with_diacritics()
    {
        const string text = "وَمُوسْكُو";
        ModelMention mention = Assert.Single(Recognize(ToyModel(), text));
        Assert.Equal("مُوسْكُو", text[mention.Start..mention.End]);
    }

    [Fact]
    public void Only_the_requested_sentence_is_tagged()
    {
        const string text = "وصل بوتين إلى موسكو. ثم غادر موسكو.";
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
        Assert.Equal(2, sentences.Length);
        ModelMention[] mentions = ToyModel().Recognize(text, tokens, sentences[1]);
        ModelMention mention = Assert.Single(mentions);
        Assert.Equal(text.LastIndexOf("موسكو", StringComparison.Ordinal), mention.Start);
    }

    [Fact]
    public void Decoding_is_always_BIO_consistent()
    {
        SequenceModel model = ToyModel();
        string[] words = ["موسكو", "فلاديمير", "بوتين", "وموسكو", "في", "،", "قال", "2019"];
        Gen.Int[0, words.Length - 1].Array[1, 30].Sample(indexes =>
        {
            string text = string.Join(' ', indexes.Select(i => words[i]));
            Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
            var described = new ModelWord[tokens.Length];
            model.Features.Describe(text, tokens, described);
            int[] labels = new int[tokens.Length];
            float[] probabilities = new float[tokens.Length];
            model.Decode(described, labels, probabilities);
            for (int i = 0; i < labels.Length; i++)
            {
                Assert.True(SequenceModel.Allowed(i == 0 ? SequenceModel.StartLabel : labels[i - 1], labels[i]));
                Assert.InRange(probabilities[i], 0f, 1.0001f);
            }
        });
    }

    [Fact]
    public void Written_models_read_back_with_the_same_predictions()
    {
        SequenceModel model = ToyModel();
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        SequenceModel read = SequenceModel.Read(stream);
        const string text = "وصل فلاديمير بوتين وموسكو في 2019";
        Assert.Equal(Recognize(model, text).Select(m => (m.Start, m.End, m.Type)), Recognize(read, text).Select(m => (m.Start, m.End, m.Type)));
    }

    [Fact]
    public void The_embedded_model_finds_entities_in_the_seed_article()
    {
        SequenceModel? model = SequenceModel.Default;
        Assert.NotNull(model);
        string text = SharedData.SeedText;
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        var mentions = new List<ModelMention>();
        foreach (Sentence sentence in SentenceSplitter.Default.Split(text, tokens))
        {
            ModelMention[] found = model.Recognize(text, tokens, sentence);
            Assert.All(found, m => Assert.True(m.Start >= sentence.Start && m.End <= sentence.End && m.Start < m.End));
            mentions.AddRange(found);
        }

        for (int i = 1; i < mentions.Count; i++)
        {
            Assert.True(mentions[i - 1].End <= mentions[i].Start);
        }

        string[] texts = mentions.Select(m => text[m.Start..m.End]).ToArray();
        Assert.Contains(texts, t => t.Contains("بوتين", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("موسكو", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith('و') && t.Length > 1 && t[1..].StartsWith("موسكو", StringComparison.Ordinal));
    }

    [Fact]
    public void The_embedded_model_gives_the_same_results_on_many_threads()
    {
        SequenceModel? model = SequenceModel.Default;
        Assert.NotNull(model);
        string text = SharedData.SeedText;
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
        ModelMention[][] expected = sentences.Select(s => model.Recognize(text, tokens, s)).ToArray();
        var results = new ModelMention[16][][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, r =>
        {
            results[r] = sentences.Select(s => model.Recognize(text, tokens, s)).ToArray();
        });
        foreach (ModelMention[][] result in results)
        {
            Assert.Equal(expected.Length, result.Length);
            for (int s = 0; s < expected.Length; s++)
            {
                Assert.Equal(expected[s], result[s]);
            }
        }
    }
}
