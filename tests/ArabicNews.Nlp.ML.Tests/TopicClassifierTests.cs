using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using Xunit.Abstractions;

namespace ArabicNews.Nlp.ML.Tests;

public sealed class TopicClassifierTests(ITestOutputHelper output)
{
    private sealed class Prediction
    {
        public string PredictedLabel { get; set; } = "";
    }

    private enum Features
    {
        /// <summary>FeaturizeText on the raw text (ML.NET's own normalization only: lower case, diacritics).</summary>
        Baseline,

        /// <summary>NormalizeArabicText, then FeaturizeText.</summary>
        Normalized,

        /// <summary>TokenizeArabicWords (normalized words) and ExtractArabicEntities, then FeaturizeText on both vectors.</summary>
        NormalizedWords,

        /// <summary>The same with clitics split off (segmentClitics: true).</summary>
        SegmentedWords,
    }

    private static IEstimator<ITransformer> Pipeline(MLContext ml, Features features)
    {
        IEstimator<ITransformer> featurize = features switch
        {
            Features.Baseline => ml.Transforms.Text.FeaturizeText("Features", "Text"),
            Features.Normalized => ml.Transforms.NormalizeArabicText("Normalized", "Text")
                .Append(ml.Transforms.Text.FeaturizeText("Features", "Normalized")),
            Features.SegmentedWords => ml.Transforms.TokenizeArabicWords("Words", "Text", segmentClitics: true)
                .Append(ml.Transforms.ExtractArabicEntities("Entities", "Text"))
                .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "Words", "Entities")),
            _ => ml.Transforms.TokenizeArabicWords("Words", "Text")
                .Append(ml.Transforms.ExtractArabicEntities("Entities", "Text"))
                .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "Words", "Entities")),
        };
        return featurize
            .Append(ml.Transforms.Conversion.MapValueToKey("Label"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }

    private static int Correct(MLContext ml, ITransformer model, TopicRow[] test)
        => ml.Data.CreateEnumerable<Prediction>(model.Transform(ml.Data.LoadFromEnumerable(test)), reuseRowObject: false)
            .Zip(test, (p, r) => p.PredictedLabel == r.Label ? 1 : 0).Sum();

    [Fact]
    public void Topic_classifier_with_and_without_normalization()
    {
        // 4-fold cross-validation over the 112 sentences: train on the edited spelling of three folds, test the fourth
        // as written and in informal spelling (TopicData.Informal).
        var results = new Dictionary<Features, (double Clean, double Informal)>();
        foreach (Features features in Enum.GetValues<Features>())
        {
            int clean = 0, informal = 0, total = 0;
            for (int k = 0; k < TopicData.Folds; k++)
            {
                var ml = new MLContext(seed: 1);
                ITransformer model = Pipeline(ml, features).Fit(ml.Data.LoadFromEnumerable(TopicData.TrainFold(k)));
                TopicRow[] test = TopicData.TestFold(k);
                clean += Correct(ml, model, test);
                informal += Correct(ml, model, TopicData.Noisy(test));
                total += test.Length;
            }

            results[features] = ((double)clean / total, (double)informal / total);
            output.WriteLine($"{features,-16} accuracy: edited spelling {results[features].Clean:P1}, informal spelling {results[features].Informal:P1} ({total} sentences, 4-fold, 4 classes)");
        }

        // Far above chance (25 %) on the edited sentences, whatever the features.
        Assert.All(results.Values, r => Assert.True(r.Clean >= 0.5, $"accuracy {r.Clean}"));
        // Normalization makes the model robust to spelling it was not trained on.
        Assert.True(results[Features.Normalized].Informal >= results[Features.Baseline].Informal);
        Assert.True(results[Features.Normalized].Informal >= results[Features.Normalized].Clean - 0.1);
    }

    [Fact]
    public void A_pipeline_with_our_transforms_saves_and_loads()
    {
        var ml = new MLContext(seed: 1);
        IDataView train = ml.Data.LoadFromEnumerable(TopicData.Train);
        IEstimator<ITransformer> pipeline = ml.Transforms.NormalizeArabicText("Normalized", "Text", ArabicTextNormalization.Search)
            .Append(ml.Transforms.TokenizeArabicWords("Words", "Text", ArabicTextNormalization.Minimal))
            .Append(ml.Transforms.ExtractArabicEntities("Entities", "Text"))
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "Normalized", "Words", "Entities"))
            .Append(ml.Transforms.Conversion.MapValueToKey("Label"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        ITransformer model = pipeline.Fit(train);

        using var stream = new MemoryStream();
        ml.Model.Save(model, train.Schema, stream);
        stream.Position = 0;

        // A fresh context, as in another process: register the factories, then load.
        var loading = new MLContext(seed: 2).RegisterArabicNewsTransforms();
        ITransformer loaded = loading.Model.Load(stream, out DataViewSchema inputSchema);
        Assert.NotNull(inputSchema.GetColumnOrNull("Text"));

        TopicRow[] test = TopicData.NoisyTest;
        string[] before = [.. ml.Data.CreateEnumerable<Prediction>(model.Transform(ml.Data.LoadFromEnumerable(test)), false).Select(p => p.PredictedLabel)];
        string[] after = [.. loading.Data.CreateEnumerable<Prediction>(loaded.Transform(loading.Data.LoadFromEnumerable(test)), false).Select(p => p.PredictedLabel)];
        Assert.Equal(before, after);

        var engine = loading.Model.CreatePredictionEngine<TopicRow, Prediction>(loaded);
        Assert.Equal(before[0], engine.Predict(test[0]).PredictedLabel);
    }

    /// <summary>Twin of README.md's "ml" snippet (section "## ML.NET").</summary>
    [Fact]
    public void Readme_snippet()
    {
        IDataView trainingData = new MLContext().Data.LoadFromEnumerable(TopicData.Train);
        string modelPath = Path.Combine(Path.GetTempPath(), $"topics-{Guid.NewGuid():N}.zip");
        try
        {
            // snippet: ml
            var ml = new MLContext(seed: 1);
            var pipeline = ml.Transforms.NormalizeArabicText("Normalized", "Text")
                .Append(ml.Transforms.TokenizeArabicWords("Words", "Text"))
                .Append(ml.Transforms.ExtractArabicEntities("Entities", "Text"))
                .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options(), "Normalized", "Words", "Entities"))
                .Append(ml.Transforms.Conversion.MapValueToKey("Label"))
                .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy())
                .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
            ITransformer model = pipeline.Fit(trainingData);   // an IDataView with string columns Text and Label
            ml.Model.Save(model, trainingData.Schema, modelPath);

            // later, in another process
            var loading = new MLContext().RegisterArabicNewsTransforms();
            ITransformer loaded = loading.Model.Load(modelPath, out DataViewSchema inputSchema);
            // end snippet

            Assert.NotNull(inputSchema.GetColumnOrNull("Text"));
            Assert.Equal(TopicData.Train.Length, loaded.Transform(trainingData).GetColumn<string>("PredictedLabel").Count());
        }
        finally
        {
            File.Delete(modelPath);
        }

        TestSupport.ReadmeSnippets.AssertTwin("ml");
    }
}
