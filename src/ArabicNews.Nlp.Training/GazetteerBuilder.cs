namespace ArabicNews.Nlp.Training;

/// <summary>Builds the entity gazetteers.</summary>
internal static class GazetteerBuilder
{
    public static int Run(TrainingPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        Console.WriteLine("GazetteerBuilder: nothing to build yet");
        return 0;
    }
}
