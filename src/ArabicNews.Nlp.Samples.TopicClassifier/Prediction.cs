namespace ArabicNews.Nlp.Samples.TopicClassifier;

/// <summary>The classifier's answer.</summary>
public sealed class Prediction
{
    public string PredictedLabel { get; set; } = "";
}
