using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ArabicNews.Nlp.TestSupport;

/// <summary>
/// Keeps README.md's C# snippets and their compiled twins in the tests identical. In README.md a snippet is the
/// ```csharp block after a line <c>&lt;!-- snippet: NAME --&gt;</c>; in a test file its twin is the code between the
/// lines <c>// snippet: NAME</c> and <c>// end snippet</c>. Lines are compared trimmed, <c>using</c> lines and blank
/// lines ignored (the test file has its usings at the top).
/// </summary>
internal static class ReadmeSnippets
{
    public static void AssertTwin(string name, [CallerFilePath] string testFile = "")
    {
        string readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));
        Match block = Regex.Match(readme, $@"<!-- snippet: {Regex.Escape(name)} -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        Assert.True(block.Success, $"README.md has no snippet '{name}'");

        // A CI build (ContinuousIntegrationBuild) maps source paths to /_/ (deterministic paths): map them back.
        if (!File.Exists(testFile) && testFile.StartsWith("/_/", StringComparison.Ordinal))
        {
            testFile = Path.Combine(SharedData.RepositoryRoot, testFile[3..]);
        }

        string source = File.ReadAllText(testFile);
        Match twin = Regex.Match(source, $@"// snippet: {Regex.Escape(name)}\n(?<code>.*?)// end snippet", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        Assert.True(twin.Success, $"{testFile} has no twin of snippet '{name}'");

        Assert.Equal(Lines(block.Groups["code"].Value), Lines(twin.Groups["code"].Value));
    }

    private static string[] Lines(string code) =>
        [.. code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal))];
}
