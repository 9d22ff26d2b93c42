namespace ArabicNews.Nlp.Evaluation;

internal static class SegmentationEvaluation
{
    public static int Run(string shared, string[] args)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(args);
        Console.WriteLine("SegmentationEvaluation: not implemented yet");
        return 0;
    }
}
