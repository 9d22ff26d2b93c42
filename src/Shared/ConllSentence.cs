using System.Text;

namespace ArabicNews.Nlp.Tooling;

/// <summary>
/// One sentence of a CoNLL-style NER file as <see cref="ConllNerFile.Read"/> returns it: its tokens and their BIO
/// tags, already mapped to PERS/LOC/ORG/MISC.
/// </summary>
/// <param name="Tokens">The gold tokens.</param>
/// <param name="Tags">One tag a token: O, B-TYPE or I-TYPE.</param>
internal sealed record ConllSentence(string[] Tokens, string[] Tags)
{
    /// <summary>
    /// The tokens joined by single spaces (how the tools hand a gold sentence to the library's own tokenizer), with
    /// where each token starts in that text (for <see cref="ConllNerFile.TokenAt"/>).
    /// </summary>
    /// <param name="starts">The offset of each token in the returned text.</param>
    public string Join(out int[] starts)
    {
        starts = new int[Tokens.Length];
        var builder = new StringBuilder();
        for (int i = 0; i < Tokens.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            starts[i] = builder.Length;
            builder.Append(Tokens[i]);
        }

        return builder.ToString();
    }
}
