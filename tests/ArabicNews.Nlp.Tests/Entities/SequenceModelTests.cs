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
    public void The_lexicon_answers_all_three_facts_of_a_word_with_the_first_occurrence_winning()
    {
        uint moscow = ModelHash.Word("موسكو"), putin = ModelHash.Word("بوتين"), unknown = ModelHash.Word("كلمة");
        var lexicon = new ModelLexicon(
            [moscow, moscow],
            [12, 3],
            [putin, moscow],
            [ModelLexicon.GazPerson | ModelLexicon.GazLastName, ModelLexicon.GazCity],
            [putin, moscow, putin],
            [8191, 0, 5]);
        lexicon.Describe(moscow, out int frequency, out int gazetteer, out int cluster);
        Assert.Equal((12, ModelLexicon.GazCity, 0), (frequency, gazetteer, cluster));
        lexicon.Describe(putin, out frequency, out gazetteer, out cluster);
        Assert.Equal((0, ModelLexicon.GazPerson | ModelLexicon.GazLastName, 8191), (frequency, gazetteer, cluster));
        lexicon.Describe(unknown, out frequency, out gazetteer, out cluster);
        Assert.Equal((0, 0, ModelLexicon.NoCluster), (frequency, gazetteer, cluster));
        Assert.Equal((12, ModelLexicon.GazCity, 0), (lexicon.Frequency(moscow), lexicon.Gazetteer(moscow), lexicon.Cluster(moscow)));
    }

    [Fact]
    public void Silver_codes_are_found_by_the_stem_and_survive_writing_and_reading()
    {
        uint putin = ModelHash.Word("بوتين"), moscow = ModelHash.Word("موسكو");
        var lexicon = new ModelLexicon([moscow], [12], [], [], [], [], [putin, moscow], [0b11, 0b1100]);
        using var stream = new MemoryStream();
        new SequenceModel(new float[SequenceModel.Labels.Length], [], [], lexicon).Write(stream);
        stream.Position = 0;
        ModelLexicon read = SequenceModel.Read(stream).Features.Lexicon;
        Assert.Equal((0b11, 0b1100, 0), (read.Silver(putin), read.Silver(moscow), read.Silver(ModelHash.Word("كلمة"))));

        const string text = "بوتين وموسكو كلمة";
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        var words = new ModelWord[tokens.Length];
        new FeatureExtractor(read).Describe(text, tokens, words);
        Assert.Equal([0b11, 0b1100, 0], words.Select(w => w.Silver));
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
    public void Decoding_matches_a_plain_MEMM_Viterbi_with_a_softmax_per_previous_label()
    {
        // Random weights on every feature the sentences have, observation and previous-label ones alike, chosen as
        // multiples of 1/64 with a largest weight of 127/64 per row, so that the 8-bit table holds them exactly.
        string[] vocabulary = ["موسكو", "فلاديمير", "بوتين", "وموسكو", "في", "،", "قال", "2019", "الرئيس", "بالعراق", "Reuters"];
        var random = new Random(20261129);
        var lexicon = new ModelLexicon(
            [ModelHash.Word("موسكو"), ModelHash.Word("العراق")],
            [10, 9],
            [ModelHash.Word("موسكو"), ModelHash.Word("بوتين")],
            [ModelLexicon.GazCity, ModelLexicon.GazPerson],
            [ModelHash.Word("موسكو"), ModelHash.Word("بوتين"), ModelHash.Word("الرئيس")],
            [3, 260, 7],
            [ModelHash.Word("بوتين"), ModelHash.Word("موسكو"), ModelHash.Word("الرئيس")],
            [0b11, 0b1100, 0b01_0001]);
        var extractor = new FeatureExtractor(lexicon);
        var sentences = new List<(string Text, ModelWord[] Words)>();
        var keys = new List<uint>();
        var stems = new HashSet<ulong>();
        uint[] buffer = new uint[FeatureExtractor.MaxObservationFeatures + FeatureExtractor.MaxPreviousLabelFeatures];
        for (int s = 0; s < 40; s++)
        {
            string text = string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
            Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
            var words = new ModelWord[tokens.Length];
            extractor.Describe(text, tokens, words);
            sentences.Add((text, words));
            for (int i = 0; i < words.Length; i++)
            {
                stems.Add(words[i].Stem);
                keys.AddRange(buffer.AsSpan(0, FeatureExtractor.ObservationFeatures(words, i, buffer)).ToArray());
                for (int previous = SequenceModel.StartLabel; previous < SequenceModel.Labels.Length; previous++)
                {
                    keys.AddRange(buffer.AsSpan(0, FeatureExtractor.PreviousLabelFeatures(words, i, previous, buffer)).ToArray());
                }
            }
        }

        uint[] distinct = keys.Distinct().ToArray();
        float[] weights = new float[distinct.Length * SequenceModel.Labels.Length];
        for (int k = 0; k < distinct.Length; k++)
        {
            for (int c = 0; c < SequenceModel.Labels.Length; c++)
            {
                weights[(k * SequenceModel.Labels.Length) + c] = random.Next(-127, 128) / 64f;
            }

            weights[(k * SequenceModel.Labels.Length) + random.Next(SequenceModel.Labels.Length)] = (random.Next(2) * 2 - 1) * 127 / 64f;
        }

        float[] biases = Enumerable.Range(0, SequenceModel.Labels.Length).Select(_ => random.Next(-64, 64) / 64f).ToArray();
        var model = new SequenceModel(biases, distinct, weights, lexicon, [.. stems]);
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        SequenceModel read = SequenceModel.Read(stream);
        SequenceModel memo = model.WithMemo(vocabulary);
        Assert.Equal(vocabulary.Length - 2, memo.MemoCount); // the comma and 2019 are not words: no memo rows
        foreach ((string text, ModelWord[] words) in sentences)
        {
            int[] again = new int[words.Length];
            read.Decode(words, again, new float[words.Length]);
            int[] memoLabels = new int[words.Length];
            float[] memoProbabilities = new float[words.Length];
            memo.Decode(words, memoLabels, memoProbabilities);
            int[] labels = new int[words.Length];
            float[] probabilities = new float[words.Length];
            model.Decode(words, labels, probabilities);
            (int[] expected, float[] expectedProbabilities) = PlainViterbi(model, words);
            Assert.Equal(expected, labels);
            Assert.Equal(expected, again);
            Assert.Equal(expected, memoLabels);
            for (int i = 0; i < words.Length; i++)
            {
                Assert.InRange(probabilities[i], expectedProbabilities[i] - 1e-4f, expectedProbabilities[i] + 1e-4f);
                Assert.InRange(memoProbabilities[i], expectedProbabilities[i] - 1e-4f, expectedProbabilities[i] + 1e-4f);
            }
        }
    }

    /// <summary>The textbook decoder: log-space Viterbi over a full softmax per token and previous label, exact weights.</summary>
    private static (int[] Labels, float[] Probabilities) PlainViterbi(SequenceModel model, ModelWord[] words)
    {
        int n = words.Length, c = SequenceModel.Labels.Length;
        double[,] delta = new double[n, c];
        int[,] back = new int[n, c];
        float[,] local = new float[n, c];
        uint[] buffer = new uint[FeatureExtractor.MaxObservationFeatures + FeatureExtractor.MaxPreviousLabelFeatures];
        float[] p = new float[c];
        for (int i = 0; i < n; i++)
        {
            for (int y = 0; y < c; y++)
            {
                delta[i, y] = double.NegativeInfinity;
            }

            for (int previous = i == 0 ? SequenceModel.StartLabel : 0; previous < (i == 0 ? 0 : c); previous++)
            {
                double before = i == 0 ? 0 : delta[i - 1, previous];
                if (double.IsNegativeInfinity(before))
                {
                    continue;
                }

                int count = FeatureExtractor.ObservationFeatures(words, i, buffer);
                count += FeatureExtractor.PreviousLabelFeatures(words, i, previous, buffer.AsSpan(count));
                model.Score(buffer.AsSpan(0, count), p);
                for (int y = 0; y < c; y++)
                {
                    double total = before + Math.Log(p[y]);
                    if (SequenceModel.Allowed(previous, y) && total > delta[i, y])
                    {
                        delta[i, y] = total;
                        back[i, y] = previous;
                        local[i, y] = p[y];
                    }
                }
            }
        }

        int[] labels = new int[n];
        float[] probabilities = new float[n];
        int label = 0;
        for (int y = 1; y < c; y++)
        {
            label = delta[n - 1, y] > delta[n - 1, label] ? y : label;
        }

        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = label;
            probabilities[i] = local[i, label];
            label = back[i, label];
        }

        return (labels, probabilities);
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
    public void The_context_features_split_by_what_they_depend_on_are_the_same_keys()
    {
        (_, _, Token[] tokens, ModelWord[] words) = DescribeSeed();
        Span<uint> keys = stackalloc uint[FeatureExtractor.MaxObservationFeatures];
        foreach (int length in new[] { 1, 2, 3, tokens.Length })
        {
            ReadOnlySpan<ModelWord> sentence = words.AsSpan(0, length);
            for (int i = 0; i < length; i++)
            {
                uint[] whole = keys[..FeatureExtractor.ContextFeatures(sentence, i, keys)].ToArray();
                var parts = new List<uint>();
                parts.AddRange(keys[..FeatureExtractor.PreviousWordFeatures(i > 0 ? sentence[i - 1] : FeatureExtractor.SentenceStart, keys)].ToArray());
                parts.AddRange(keys[..FeatureExtractor.NextWordFeatures(i + 1 < length ? sentence[i + 1] : FeatureExtractor.SentenceEnd, keys)].ToArray());
                parts.Add(FeatureExtractor.SecondPreviousWordFeature(i > 1 ? sentence[i - 2] : FeatureExtractor.SentenceStart));
                parts.Add(FeatureExtractor.SecondNextWordFeature(i + 2 < length ? sentence[i + 2] : FeatureExtractor.SentenceEnd));
                parts.AddRange(keys[..FeatureExtractor.PairFeatures(sentence, i, keys)].ToArray());
                Assert.Equal(whole.Order(), parts.Order());
            }
        }
    }

    [Fact]
    public void A_document_tagged_with_rows_shared_by_repeated_words_gets_the_same_mentions_as_sentence_by_sentence()
    {
        (SequenceModel model, string text, Token[] tokens, ModelWord[] words) = DescribeSeed();
        Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
        int[] first = TokenRepeats.FirstOccurrences(text, tokens);
        Assert.Contains(Enumerable.Range(0, tokens.Length), i => first[i] < i);
        int[] rowOf = new int[tokens.Length];
        float[] rows = new float[tokens.Length * SequenceModel.RowFloats];
        int distinct = model.DescribeRows(words, first, rowOf, rows);
        Assert.Equal(first.Where((f, i) => f == i).Count(), distinct);
        foreach (Sentence sentence in sentences)
        {
            Assert.Equal(model.Recognize(text, tokens, sentence), model.Recognize(tokens, words, rowOf, rows, sentence));
        }
    }

    [Fact]
    public void The_neighbour_rows_kept_for_memo_words_are_the_ones_summed_when_the_word_is_met()
    {
        (SequenceModel model, string text, Token[] tokens, _) = DescribeSeed();
        SequenceModel summedEachTime = model.WithoutMemoNeighbours();
        foreach (Sentence sentence in SentenceSplitter.Default.Split(text, tokens))
        {
            Assert.Equal(summedEachTime.Recognize(text, tokens, sentence), model.Recognize(text, tokens, sentence));
        }

        int[] labels = new int[tokens.Length], expectedLabels = new int[tokens.Length];
        float[] probabilities = new float[tokens.Length], expectedProbabilities = new float[tokens.Length];
        var words = new ModelWord[tokens.Length];
        model.Features.Describe(text, tokens, words);
        model.Decode(words, labels, probabilities);
        summedEachTime.Decode(words, expectedLabels, expectedProbabilities);
        Assert.Equal(expectedLabels, labels);
        Assert.Equal(expectedProbabilities, probabilities);
    }

    /// <summary>The embedded model and the seed article's tokens, each described.</summary>
    private static (SequenceModel Model, string Text, Token[] Tokens, ModelWord[] Words) DescribeSeed()
    {
        SequenceModel? model = SequenceModel.Default;
        Assert.NotNull(model);
        string text = SharedData.SeedText;
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        var words = new ModelWord[tokens.Length];
        model.Features.Describe(text, tokens, words);
        return (model, text, tokens, words);
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
