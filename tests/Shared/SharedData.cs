namespace ArabicNews.Nlp.TestSupport;

/// <summary>
/// Finds the repository root and the read-only <c>../shared</c> folder beside it. Tests that need shared data call
/// <see cref="TryGetShared"/> and return early (skip) when it is absent, so the suite runs without it.
/// </summary>
internal static class SharedData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedPath => Path.Combine(RepositoryRoot, "seeds", "putin-erdogan-moscow-summit.txt");

    public static string SeedText => File.ReadAllText(SeedPath);

    /// <summary>The shared folder (ARABICNEWS_SHARED, else ../shared beside the repository), or null when absent.</summary>
    public static string? TryGetShared(params string[] parts)
    {
        string? root = Environment.GetEnvironmentVariable("ARABICNEWS_SHARED");
        if (string.IsNullOrEmpty(root))
        {
            root = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        }

        string path = Path.Combine([root, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArabicNews.Nlp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with ArabicNews.Nlp.sln) was not found above " + AppContext.BaseDirectory);
    }
}
