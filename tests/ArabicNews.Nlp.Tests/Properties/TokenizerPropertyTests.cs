using ArabicNews.Nlp.Tokenization;
using CsCheck;

namespace ArabicNews.Nlp.Tests.Properties;

public sealed class TokenizerPropertyTests
{
    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u061C';

    [Fact]
    public void Tokens_are_ordered_disjoint_and_cover_every_non_separator_character()
    {
        Gen.OneOf(HostileText.Any, HostileText.CodeUnits).Sample(text =>
        {
            Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
            var covered = new bool[text.Length];
            int previousEnd = 0;
            foreach (Token token in tokens)
            {
                Assert.True(token.Length > 0);
                Assert.True(token.Start >= previousEnd, "tokens overlap or are out of order");
                Assert.True(token.End <= text.Length);
                for (int i = token.Start; i < token.End; i++)
                {
                    covered[i] = true;
                }

                Assert.False(IsSeparator(text[token.Start]), "a token starts with a separator");
                previousEnd = token.End;
            }

            for (int i = 0; i < text.Length; i++)
            {
                Assert.True(covered[i] || IsSeparator(text[i]), $"character U+{(int)text[i]:X4} at {i} is in no token");
            }
        });
    }

    [Fact]
    public void A_surrogate_pair_is_never_cut_by_a_token_boundary()
    {
        HostileText.Any.Sample(text =>
        {
            foreach (Token token in ArabicTokenizer.Default.GetTokens(text))
            {
                bool startsInsidePair = token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1]) && char.IsLowSurrogate(text[token.Start]);
                bool endsInsidePair = token.End < text.Length && char.IsHighSurrogate(text[token.End - 1]) && char.IsLowSurrogate(text[token.End]);
                Assert.False(startsInsidePair || endsInsidePair);
            }
        });
    }

    [Fact]
    public void Sentences_are_ordered_disjoint_and_start_and_end_on_tokens()
    {
        Gen.OneOf(HostileText.Any, HostileText.CodeUnits).Sample(text =>
        {
            Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
            Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
            var starts = tokens.Select(t => t.Start).ToHashSet();
            var ends = tokens.Select(t => t.End).ToHashSet();
            int previousEnd = 0;
            foreach (Sentence s in sentences)
            {
                Assert.True(s.Start >= previousEnd && s.End > s.Start);
                Assert.Contains(s.Start, starts);
                Assert.Contains(s.End, ends);
                previousEnd = s.End;
            }

            Assert.Equal(tokens.Length > 0, sentences.Length > 0);
        });
    }

    [Fact]
    public void The_empty_string_has_no_tokens_and_no_sentences()
    {
        Assert.Empty(ArabicTokenizer.Default.GetTokens(string.Empty));
        Assert.Empty(SentenceSplitter.Default.Split(string.Empty));
    }
}
