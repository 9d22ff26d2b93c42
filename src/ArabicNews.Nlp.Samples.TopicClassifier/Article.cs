namespace ArabicNews.Nlp.Samples.TopicClassifier;

/// <summary>One labelled article, as ML.NET reads it.</summary>
public sealed class Article
{
    public string Label { get; set; } = "";

    public string Text { get; set; } = "";
}
