namespace ArabicNews.Nlp.Evaluation;

internal static class NerEvaluation
{
    public static int Run(string shared, string[] args)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(args);
        Console.WriteLine("NerEvaluation: not implemented yet");
        return 0;
    }
}
