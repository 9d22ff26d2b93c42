using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Entities;

/// <summary>The matching key of a phrase: its tokens normalized with <see cref="ArabicNormalizer.Matching"/>, joined by one space.</summary>
internal static class GazetteerKey
{
    public static string Of(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        Token[] tokens = ArabicTokenizer.Default.GetTokens(phrase);
        var parts = new List<string>(tokens.Length);
        foreach (Token t in tokens)
        {
            string word = ArabicNormalizer.Matching.NormalizeToString(t.GetText(phrase));
            if (word.Length > 0)
            {
                parts.Add(word);
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>Splits a key into its words.</summary>
    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>How many words <see cref="Words"/> gives, without splitting.</summary>
    public static int CountWords(string key)
    {
        int count = 0;
        for (int i = 0; i < key.Length; i++)
        {
            count += key[i] != ' ' && (i == 0 || key[i - 1] == ' ') ? 1 : 0;
        }

        return count;
    }
}
