namespace ArabicNews.Nlp.Training;

/// <summary>Builds the entity sequence model (Microsoft.ML).</summary>
internal static class NerModelTrainer
{
    public static int Run(TrainingPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        Console.WriteLine("NerModelTrainer: nothing to build yet");
        return 0;
    }
}
