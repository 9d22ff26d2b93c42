namespace ArabicNews.Nlp.Training;

/// <summary>Where the training data is read from and where the artifacts go.</summary>
internal sealed record TrainingPaths(string Shared, string Resources)
{
    public static TrainingPaths FromArgs(string[] args)
    {
        string root = FindRepositoryRoot();
        string shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        string resources = Path.Combine(root, "src", "ArabicNews.Nlp", "Resources");
        for (int i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--shared")
            {
                shared = Path.GetFullPath(args[i + 1]);
            }
            else if (args[i] == "--out")
            {
                resources = Path.GetFullPath(args[i + 1]);
            }
        }

        if (!Directory.Exists(Path.Combine(shared, "data")))
        {
            throw new DirectoryNotFoundException($"The shared data folder was not found at {shared}; pass --shared DIR.");
        }

        Directory.CreateDirectory(resources);
        return new TrainingPaths(shared, resources);
    }

    public string Data(params string[] parts) => Path.Combine([Shared, "data", .. parts]);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArabicNews.Nlp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (ArabicNews.Nlp.sln not found).");
    }
}
