using System.Runtime.CompilerServices;
using ArabicNews.Nlp.TestSupport;
using ArabicNews.Nlp.Tokenization;
using CsCheck;

namespace ArabicNews.Nlp.Tests.Tokenization;

/// <summary>The optimized tokenizer gives exactly the tokens of the first implementation (<see cref="ReferenceTokenEnumerator"/>).</summary>
public sealed class TokenizerMatchesReferenceTests
{
    private static readonly Gen<string> Text =
        Gen.Frequency(
                (30, Gen.Char['\u0620', '\u065F']),
                (8, Gen.Char['\u0660', '\u06FF']),
                (3, Gen.Char['\u0750', '\u08FF']),
                (4, Gen.Char['\uFB50', '\uFEFF']),
                (6, Gen.Char["ـ\u200C\u200D\u200B\u200F\u061C\u202B\uFEFF\u0085\u00A0\u2028\u3000"]),
                (10, Gen.Char['a', 'z']),
                (3, Gen.Char["HhWwA0éßŁ'’_@#%٪.,:/-+٫٬"]),
                (6, Gen.Char['0', '9']),
                (3, Gen.Char['\u0660', '\u0669']),
                (15, Gen.Char[" \n\t\r،؛؟!«»()\"…$€"]),
                (3, Gen.Char["\uD83D\uDE00\uD83C\uDDF8\uDFFD\uFE0F\u20E3\u200D\u2764\u00A9\u0416\u05D0\u4E2D"]),
                (2, Gen.Char['\u0000', '\uFFFF']))
            .Array[0, 150]
            .Select(chars => new string(chars));

    private static readonly Gen<string> Fragments =
        Gen.OneOf(
                Gen.Const("https://www.example.com/path?q=1."),
                Gen.Const("www.aljazeera.net"),
                Gen.Const("info@example.org"),
                Gen.Const("a.b@c"),
                Gen.Const("#سوريا_اليوم"),
                Gen.Const("@UN_News"),
                Gen.Const("3.5%"),
                Gen.Const("١٬٠٠٠٫٥٪"),
                Gen.Const("👨‍👩‍👧"),
                Gen.Const("1️⃣"),
                Gen.Const("می\u200Cخواهم"),
                Text)
            .Array[0, 8]
            .Select(parts => string.Join(' ', parts));

    // Running Arabic text: letters and harakat, spaces and line breaks, now and then anything else.
    private static readonly Gen<string> RunningArabic =
        Gen.Frequency(
                (60, Gen.Char['\u0620', '\u065F']),
                (20, Gen.Char[" \n"]),
                (6, Gen.Char["،.\":"]),
                (3, Gen.Char["\u0670\u200C\u200D\u0640\u067E\u06CC.،:\"\t\r\u00A0a1٣"]))
            .Array[0, 400]
            .Select(chars => new string(chars));

    // Running Arabic text with numbers and hashtags in it: digits with '.', ',' and '%' around them, brackets, # and _, e-mail-like marks.
    private static readonly Gen<string> ArabicWithNumbers =
        Gen.Frequency(
                (40, Gen.Char['\u0620', '\u065F']),
                (15, Gen.Char[" \n"]),
                (15, Gen.Char['0', '9']),
                (8, Gen.Char[".,%()،:\""]),
                (4, Gen.Char["#_"]),
                (2, Gen.Char["@-+xh\u200C\uFE0F\u20E3٫٪"]))
            .Array[0, 400]
            .Select(chars => new string(chars));

    // Words of any length up to several 64-character blocks, one space, line break or mark between them, and now and
    // then a digit or a Latin letter: words and marks that cross block edges, and blocks that are one word.
    private static readonly Gen<string> LongWords =
        Gen.Select(
                Gen.Char['\u0620', '\u065F'].Array[1, 150].Select(chars => new string(chars)),
                Gen.Frequency((10, Gen.Char[" \n"]), (4, Gen.Char["،.\":()"]), (1, Gen.Char["1a\u00A0؟"])),
                (word, gap) => word + gap)
            .Array[0, 12]
            .Select(parts => string.Concat(parts));

    // Running Arabic text with digits and dots and nothing of hashtags: numbers, '.' between digits and after them,
    // now and then an e-mail-like character after a number, over several 64-character blocks.
    private static readonly Gen<string> ArabicWithDigitsAndDots =
        Gen.Frequency(
                (40, Gen.Char['\u0620', '\u065F']),
                (15, Gen.Char[" \n"]),
                (15, Gen.Char['0', '9']),
                (8, Gen.Char["."]),
                (4, Gen.Char["،\":()"]),
                (1, Gen.Char["@a,%-_"]))
            .Array[0, 600]
            .Select(chars => new string(chars));

    [Fact]
    public void Tokens_equal_the_reference_on_Arabic_text_with_digits_and_dots()
    {
        ArabicWithDigitsAndDots.Sample(text => Assert.Equal(Reference(text), ArabicTokenizer.Default.GetTokens(text)), iter: 10_000);
    }

    [Fact]
    public void Tokens_equal_the_reference_on_long_words_across_blocks()
    {
        LongWords.Sample(text => Assert.Equal(Reference(text), ArabicTokenizer.Default.GetTokens(text)), iter: 10_000);
    }

    [Fact]
    public void Token_fields_are_laid_out_as_the_streaming_writes_expect()
    {
        var token = new Token(0x01020304, 0x05060708, TokenKind.Hashtag);
        ref int fields = ref Unsafe.As<Token, int>(ref token);
        Assert.Equal(0x01020304, fields);
        Assert.Equal(0x05060708, Unsafe.Add(ref fields, 1));
    }

    [Fact]
    public void Tokens_equal_the_reference_on_Arabic_text_with_numbers()
    {
        ArabicWithNumbers.Sample(text => Assert.Equal(Reference(text), ArabicTokenizer.Default.GetTokens(text)), iter: 20_000);
    }

    [Fact]
    public void Tokens_equal_the_reference_on_running_Arabic_text()
    {
        RunningArabic.Sample(text => Assert.Equal(Reference(text), ArabicTokenizer.Default.GetTokens(text)), iter: 20_000);
    }

    [Fact]
    public void Tokens_equal_the_reference_on_random_text()
    {
        Text.Sample(text => Assert.Equal(Reference(text), ArabicTokenizer.Default.GetTokens(text)), iter: 20_000);
    }

    [Fact]
    public void Tokens_equal_the_reference_on_mixed_fragments()
    {
        Fragments.Sample(text => Assert.Equal(Reference(text), ArabicTokenizer.Default.GetTokens(text)), iter: 10_000);
    }

    [Fact]
    public void Tokens_equal_the_reference_on_the_seed_article()
    {
        string seed = SharedData.SeedText;
        Assert.Equal(Reference(seed), ArabicTokenizer.Default.GetTokens(seed));
    }

    [Fact]
    public void Tokens_equal_the_reference_on_real_news_when_the_shared_corpus_is_present()
    {
        string? path = SharedData.TryGetShared("data", "corpus", "ant-news.jsonl.gz");
        if (path is null)
        {
            return;
        }

        using var file = File.OpenRead(path);
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        for (int n = 0; n < 300 && reader.ReadLine() is { } line; n++)
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            string text = json.RootElement.GetProperty("text").GetString() ?? "";
            Assert.Equal(Reference(text), ArabicTokenizer.Default.GetTokens(text));
        }
    }

    [Fact]
    public void Foreach_and_batches_of_any_size_give_the_reference_tokens()
    {
        Gen.Select(Gen.OneOf(RunningArabic, ArabicWithNumbers, Fragments, Text), Gen.Int[1, 80], Gen.Int[0, 3]).Sample(
            (text, size, mode) =>
            {
                Token[] expected = Reference(text);
                var actual = new List<Token>();
                TokenEnumerator tokens = ArabicTokenizer.Default.Tokenize(text);
                var batch = new Token[size];
                switch (mode)
                {
                    case 0:
                        foreach (Token token in ArabicTokenizer.Default.Tokenize(text))
                        {
                            actual.Add(token);
                        }

                        break;
                    case 1:
                        for (int n; (n = tokens.Read(batch)) > 0;)
                        {
                            actual.AddRange(batch[..n]);
                            Assert.True(n == size || tokens.Read(batch) == 0, "a batch was short before the end");
                        }

                        break;
                    default:
                        // One token by MoveNext, then a batch, and so on: no token is lost or repeated.
                        while (true)
                        {
                            if (!tokens.MoveNext())
                            {
                                break;
                            }

                            actual.Add(tokens.Current);
                            int n = tokens.Read(batch);
                            actual.AddRange(batch[..n]);
                        }

                        break;
                }

                Assert.Equal(expected, actual);
                Assert.Equal(expected.Length, ArabicTokenizer.Default.CountTokens(text));
            },
            iter: 10_000);
    }

    private static Token[] Reference(string text)
    {
        var tokens = new List<Token>();
        foreach (Token token in new ReferenceTokenEnumerator(text))
        {
            tokens.Add(token);
        }

        return tokens.ToArray();
    }
}
