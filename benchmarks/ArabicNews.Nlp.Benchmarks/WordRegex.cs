using System.Text.RegularExpressions;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// The source-generated regex word splitter a user might write instead: a word or one non-space character.
/// Backtracking is harmless on this pattern and on trusted benchmark text; NonBacktracking cannot be source-generated.
/// </summary>
public static partial class WordRegex
{
    [GeneratedRegex(@"\w+|[^\w\s]", RegexOptions.CultureInvariant)]
    public static partial Regex Words();
}
