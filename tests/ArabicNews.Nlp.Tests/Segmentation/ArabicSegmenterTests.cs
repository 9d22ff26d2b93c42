using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.Tokenization;
using CsCheck;
using Xunit;

namespace ArabicNews.Nlp.Tests.Segmentation;

public sealed class ArabicSegmenterTests
{
    private static string Show(string word) =>
        string.Join("+", ArabicSegmenter.Default.SegmentWord(word).Select(s => s.GetText(word)));

    private static string Forms(string word) =>
        string.Join("+", ArabicSegmenter.Default.SegmentWord(word).Select(s => s.GetForm(word)));

    [Theory]
    [InlineData("وبسوريا", "و+ب+سوريا")]
    [InlineData("سيساهم", "س+يساهم")]
    [InlineData("قواتها", "قوات+ها")]
    [InlineData("للمناطق", "ل+لمناطق")]
    [InlineData("وقال", "و+قال")]
    [InlineData("بالنسبة", "ب+النسبة")]
    [InlineData("لها", "ل+ها")]
    [InlineData("فيها", "في+ها")]
    [InlineData("مدينتها", "مدينت+ها")]
    [InlineData("وقواتها", "و+قوات+ها")]
    [InlineData("بموسكو", "ب+موسكو")]
    [InlineData("وإردوغان", "و+إردوغان")]
    [InlineData("للأمريكيين", "ل+لأمريكيين")]
    [InlineData("بلاده", "بلاد+ه")]
    [InlineData("عليها", "علي+ها")]
    [InlineData("منه", "من+ه")]
    [InlineData("وهو", "و+هو")]
    [InlineData("بذلك", "ب+ذلك")]
    [InlineData("والمعارضة", "و+المعارضة")]
    [InlineData("بشكل", "ب+شكل")]
    [InlineData("ستكون", "س+تكون")]
    [InlineData("بان", "ب+ان")]
    [InlineData("ودون", "و+دون")]
    public void SplitsClitics(string word, string expected) => Assert.Equal(expected, Show(word));

    [Theory]
    [InlineData("بوتين")]
    [InlineData("بيروت")]
    [InlineData("واشنطن")]
    [InlineData("لبنان")]
    [InlineData("فلسطين")]
    [InlineData("وجود")]
    [InlineData("بين")]
    [InlineData("كتاب")]
    [InlineData("ولد")]
    [InlineData("لكن")]
    [InlineData("كما")]
    [InlineData("وزير")]
    [InlineData("ولاية")]
    [InlineData("بيان")]
    [InlineData("سياسة")]
    [InlineData("الله")]
    [InlineData("اتجاه")]
    [InlineData("عربي")]
    [InlineData("كانت")]
    [InlineData("فقط")]
    [InlineData("سوريا")]
    [InlineData("موسكو")]
    public void KeepsWordsWhole(string word) => Assert.Equal(word, Show(word));

    // First- and second-person pronouns come off when the stem's third-person forms are in use (زوجته، يساعده);
    // a final ي or ك that belongs to the word stays (nisba adjectives, names, words in ك).
    [Theory]
    [InlineData("زوجتي", "زوجت+ي")]
    [InlineData("زملائي", "زملائ+ي")]
    [InlineData("يساعدك", "يساعد+ك")]
    [InlineData("حسابك", "حساب+ك")]
    [InlineData("يمنحني", "يمنح+ني")]
    [InlineData("مشترك", "مشترك")]
    [InlineData("يدرك", "يدرك")]
    [InlineData("مبارك", "مبارك")]
    [InlineData("سياسي", "سياسي")]
    [InlineData("شرقي", "شرقي")]
    public void SplitsFirstAndSecondPersonByParadigm(string word, string expected) => Assert.Equal(expected, Show(word));

    [Theory]
    [InlineData("للمناطق", "ل+المناطق")]
    [InlineData("مدينتها", "مدينة+ها")]
    [InlineData("قواتها", "قوات+ها")]
    [InlineData("عليه", "على+ه")]
    [InlineData("وبسوريا", "و+ب+سوريا")]
    [InlineData("للبنان", "ل+لبنان")]
    [InlineData("أبناؤه", "أبناء+ه")]
    [InlineData("وأضاف", "و+أضاف")]
    [InlineData("ساعدوه", "ساعدوا+ه")]
    [InlineData("يحاربوها", "يحاربوا+ها")]
    [InlineData("عدوهم", "عدو+هم")]
    public void RestoresForms(string word, string expected) => Assert.Equal(expected, Forms(word));

    [Theory]
    [InlineData("وإردوغان", "إردوغان")]
    [InlineData("بموسكو", "موسكو")]
    [InlineData("للأمريكيين", "لأمريكيين")]
    public void GetStemStripsProclitics(string word, string expected)
    {
        TextSpan stem = ArabicSegmenter.Default.GetStem(word, new Token(0, word.Length, TokenKind.ArabicWord));
        Assert.Equal(expected, stem.GetText(word));
    }

    [Fact]
    public void OffsetsAreIntoTheOriginalText()
    {
        const string text = "قال إنّ وبسوريا، ولِلمناطق";
        var tokens = ArabicTokenizer.Default.GetTokens(text);
        Segment[] parts = ArabicSegmenter.Default.SegmentWord(text, tokens[^1]);
        Assert.Equal(["و", "لِ", "لمناطق"], parts.Select(p => p.GetText(text)));
        Assert.Equal("المناطق", parts[^1].GetForm(text));
        Assert.Equal([SegmentRole.Proclitic, SegmentRole.Proclitic, SegmentRole.Stem], parts.Select(p => p.Role));
    }

    // A verb whose root starts with و keeps it (يوجد، يعد); س comes off before an imperfect verb whose paradigm is in
    // use, even when the word itself was never seen, and stays in names.
    [Theory]
    [InlineData("وجدها", "وجد+ها")]
    [InlineData("وعدهم", "وعد+هم")]
    [InlineData("سيستقبلون", "س+يستقبلون")]
    [InlineData("ستنخفض", "س+تنخفض")]
    [InlineData("سيغادرونها", "س+يغادرون+ها")]
    [InlineData("ستوكهولم", "ستوكهولم")]
    [InlineData("سيدني", "سيدني")]
    [InlineData("سيلفا", "سيلفا")]
    [InlineData("ليتمكن", "ل+يتمكن")]
    [InlineData("ليونيل", "ليونيل")]
    [InlineData("وزارتها", "وزارت+ها")]
    [InlineData("وحدتهم", "وحدت+هم")]
    public void DecidesWawAndSinByTheVerbParadigm(string word, string expected) => Assert.Equal(expected, Show(word));

    // A lexicalized preposition + noun: the noun is seen alone and the whole takes a possessive pronoun.
    [Theory]
    [InlineData("بصحبة", "ب+صحبة")]
    [InlineData("بحسبها", "ب+حسب+ها")]
    [InlineData("كطباخ", "ك+طباخ")]
    public void SplitsLexicalizedPrepositionalPhrases(string word, string expected) => Assert.Equal(expected, Show(word));

    [Theory]
    [InlineData("ارتفع بنسبة 7% أمس", "7+%")]
    [InlineData("ارتفع بنسبة 2.5٪ أمس", "2.5+٪")]
    [InlineData("عام 2024", "2024")]
    public void SplitsThePercentSignOffANumber(string text, string expected)
    {
        Token number = ArabicTokenizer.Default.GetTokens(text).First(t => t.Kind == TokenKind.Number);
        Segment[] parts = ArabicSegmenter.Default.SegmentWord(text, number);
        Assert.Equal(expected, string.Join("+", parts.Select(p => p.GetText(text))));
        Assert.Equal(SegmentRole.Stem, parts[0].Role);
        Assert.All(parts.Skip(1), p => Assert.Equal(SegmentRole.Symbol, p.Role));
    }

    // A tatweel at a word's edge joins no letter: a dash written against the word. Before a number it links the
    // article to it and stays.
    [Theory]
    [InlineData("قال ـوهو يبتسمـ إنه راض", "ـوهو", "ـ+و+هو")]
    [InlineData("قال ـوهو يبتسمـ إنه راض", "يبتسمـ", "يبتسم+ـ")]
    [InlineData("المدينةـ كما قال", "المدينةـ", "المدينة+ـ")]
    public void SplitsAnEdgeTatweel(string text, string word, string expected)
    {
        Token token = ArabicTokenizer.Default.GetTokens(text).First(t => t.GetText(text) == word);
        Segment[] parts = ArabicSegmenter.Default.SegmentWord(text, token);
        Assert.Equal(expected, string.Join("+", parts.Select(p => p.GetText(text))));
        Assert.Contains(parts, p => p.Role == SegmentRole.Symbol);
        Assert.Single(parts, p => p.Role == SegmentRole.Stem);
    }

    [Fact]
    public void KeepsTheArticleTatweelBeforeANumber()
    {
        const string text = "في الـ20 من عمره";
        foreach (Token token in ArabicTokenizer.Default.GetTokens(text))
        {
            Assert.DoesNotContain(ArabicSegmenter.Default.SegmentWord(text, token), p => p.Role == SegmentRole.Symbol);
        }
    }

    [Fact]
    public void NoPronounAfterTanween() => Assert.Equal("موجهاً", Show("موجهاً"));

    [Fact]
    public void DiacriticsStayWithTheirLetter()
    {
        const string word = "وَبِسُورِيَا";
        Assert.Equal("وَ+بِ+سُورِيَا", Show(word));
    }

    [Fact]
    public void IsDeterministicAcrossThreads()
    {
        string text = TestSupport.SharedData.SeedText;
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        Segment[][] expected = tokens.Select(t => ArabicSegmenter.Default.SegmentWord(text, t)).ToArray();
        Parallel.For(0, 8, _ =>
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                Assert.Equal(expected[i], ArabicSegmenter.Default.SegmentWord(text, tokens[i]));
            }
        });
    }

    [Fact]
    public void RejectsSmallDestinations()
    {
        var token = new Token(0, 5, TokenKind.ArabicWord);
        Assert.Throws<ArgumentException>(() => ArabicSegmenter.Default.Segment("وبسوريا", token, new Segment[2]));
    }

    [Fact]
    public void NonWordsAreOneStem()
    {
        const string text = "عام 2024";
        var tokens = ArabicTokenizer.Default.GetTokens(text);
        Segment[] parts = ArabicSegmenter.Default.SegmentWord(text, tokens[1]);
        Assert.Equal([new Segment(4, 4, SegmentRole.Stem)], parts);
    }

    [Fact]
    public void SegmentsTileEveryToken()
    {
        Gen.String[Gen.Char["وفبلكسيتنامهاكمدةىءؤئأإآـًٌٍَُِّْ abc1.%٪"], 0, 40].Sample(text =>
        {
            Span<Segment> buffer = stackalloc Segment[ArabicSegmenter.MaxSegmentsPerWord];
            foreach (Token token in ArabicTokenizer.Default.Tokenize(text))
            {
                int count = ArabicSegmenter.Default.Segment(text, token, buffer);
                Assert.InRange(count, 1, ArabicSegmenter.MaxSegmentsPerWord);
                int at = token.Start;
                int stems = 0;
                for (int i = 0; i < count; i++)
                {
                    Assert.Equal(at, buffer[i].Start);
                    Assert.True(buffer[i].Length > 0);
                    at = buffer[i].End;
                    stems += buffer[i].Role == SegmentRole.Stem ? 1 : 0;
                }

                Assert.Equal(token.End, at);
                Assert.Equal(1, stems);
            }
        });
    }

    [Fact]
    public void SeedArticleSegmentsTile()
    {
        string text = TestSupport.SharedData.SeedText;
        Span<Segment> buffer = stackalloc Segment[ArabicSegmenter.MaxSegmentsPerWord];
        foreach (Token token in ArabicTokenizer.Default.Tokenize(text))
        {
            int count = ArabicSegmenter.Default.Segment(text, token, buffer);
            Assert.Equal(token.Start, buffer[0].Start);
            Assert.Equal(token.End, buffer[count - 1].End);
        }
    }
}
