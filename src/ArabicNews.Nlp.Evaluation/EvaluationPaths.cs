namespace ArabicNews.Nlp.Evaluation;

internal static class EvaluationPaths
{
    /// <summary>The shared data folder: --shared DIR, else ../shared beside the repository.</summary>
    public static string Shared(string[] args)
    {
        for (int i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--shared")
            {
                return Path.GetFullPath(args[i + 1]);
            }
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArabicNews.Nlp.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        return Path.GetFullPath("../shared");
    }
}
