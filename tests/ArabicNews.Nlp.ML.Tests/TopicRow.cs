namespace ArabicNews.Nlp.ML.Tests;

public sealed class TopicRow
{
    public string Label { get; set; } = "";

    public string Text { get; set; } = "";
}
