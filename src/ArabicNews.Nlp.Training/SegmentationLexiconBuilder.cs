namespace ArabicNews.Nlp.Training;

/// <summary>Builds the clitic segmenter's stem lexicon and word statistics.</summary>
internal static class SegmentationLexiconBuilder
{
    public static int Run(TrainingPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        Console.WriteLine("SegmentationLexiconBuilder: nothing to build yet");
        return 0;
    }
}
