using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Tests.Tokenization;

public sealed class ArabicTokenizerTests
{
    private static (string Text, TokenKind Kind)[] Tokens(string text) =>
        ArabicTokenizer.Default.GetTokens(text).Select(t => (t.GetText(text), t.Kind)).ToArray();

    [Theory]
    [InlineData("وإردوغان", TokenKind.ArabicWord)]
    [InlineData("قَالَ", TokenKind.ArabicWord)]
    [InlineData("كـــبير", TokenKind.ArabicWord)]
    [InlineData("می\u200Cخواهم", TokenKind.ArabicWord)]
    [InlineData("Reuters", TokenKind.LatinWord)]
    [InlineData("G20", TokenKind.LatinWord)]
    [InlineData("Москва", TokenKind.OtherWord)]
    [InlineData("2019", TokenKind.Number)]
    [InlineData("3.5", TokenKind.Number)]
    [InlineData("٣٫٥", TokenKind.Number)]
    [InlineData("1,000,000", TokenKind.Number)]
    [InlineData("٪٥٠", TokenKind.Punctuation)]
    [InlineData("50%", TokenKind.Number)]
    [InlineData("٥٠٪", TokenKind.Number)]
    [InlineData("https://www.bbc.com/arabic/middleeast-46914123", TokenKind.Url)]
    [InlineData("www.aljazeera.net", TokenKind.Url)]
    [InlineData("info@example.org", TokenKind.Email)]
    [InlineData("#راوول_كاسترو", TokenKind.Hashtag)]
    [InlineData("@UN_News", TokenKind.Mention)]
    [InlineData("😀", TokenKind.Emoji)]
    [InlineData("👍🏽", TokenKind.Emoji)]
    [InlineData("👨‍👩‍👧", TokenKind.Emoji)]
    [InlineData("🇸🇾", TokenKind.Emoji)]
    [InlineData("❤️", TokenKind.Emoji)]
    [InlineData("1️⃣", TokenKind.Emoji)]
    [InlineData("$", TokenKind.Symbol)]
    [InlineData("«", TokenKind.Punctuation)]
    public void A_single_token_of_each_kind(string text, TokenKind kind)
    {
        var tokens = Tokens(text);
        Assert.Equal(kind, tokens[0].Kind);
        if (text != "٪٥٠")
        {
            Assert.Single(tokens);
            Assert.Equal(text, tokens[0].Text);
        }
    }

    [Fact]
    public void Punctuation_after_a_url_is_not_part_of_it()
    {
        var tokens = Tokens("انظر www.example.com.");
        Assert.Equal(("www.example.com", TokenKind.Url), tokens[1]);
        Assert.Equal((".", TokenKind.Punctuation), tokens[2]);
    }

    [Fact]
    public void A_quoted_arabic_sentence_splits_into_words_and_marks()
    {
        var tokens = Tokens("وقال بوتين \"اتفقنا مع الرئيس إردوغان\".");
        Assert.Equal(
            new[] { "وقال", "بوتين", "\"", "اتفقنا", "مع", "الرئيس", "إردوغان", "\"", "." },
            tokens.Select(t => t.Text).ToArray());
    }

    [Fact]
    public void Separators_and_bidi_controls_between_words_are_not_tokens()
    {
        var tokens = Tokens("\u200Fقال\t\u202B بوتين\u202C\r\n");
        Assert.Equal(new[] { "قال", "بوتين" }, tokens.Select(t => t.Text).ToArray());
    }

    [Fact]
    public void Enumeration_allocates_no_tokens_and_matches_the_array_api()
    {
        string text = TestSupport.SharedData.SeedText;
        var array = ArabicTokenizer.Default.GetTokens(text);
        int i = 0;
        foreach (Token token in ArabicTokenizer.Default.Tokenize(text))
        {
            Assert.Equal(array[i++], token);
        }

        Assert.Equal(array.Length, i);
        Assert.Equal(array.Length, ArabicTokenizer.Default.CountTokens(text));
    }
}
