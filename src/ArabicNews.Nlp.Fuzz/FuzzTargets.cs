using System.Text.Json;
using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.Cli.Output;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Fuzz;

/// <summary>
/// The fuzzed entry points. Each runs one component on an input and checks the invariants the library promises (for the
/// analyzer also that the command line's JSON of the result parses);
/// a broken invariant throws <see cref="InvariantViolationException"/>, which the fuzzer reports as a crash.
/// </summary>
internal static class FuzzTargets
{
    public static readonly string[] Names = ["normalizer", "tokenizer", "analyzer"];

    private static readonly ArabicNormalizer[] Normalizers =
        [ArabicNormalizer.Search, ArabicNormalizer.Matching, ArabicNormalizer.Minimal, new(NormalizationPresets.All)];

    public static void Run(string target, string text)
    {
        switch (target)
        {
            case "normalizer":
                Normalizer(text);
                break;
            case "tokenizer":
                Tokenizer(text);
                break;
            case "analyzer":
                Analyzer(text);
                break;
            default:
                throw new ArgumentException($"unknown target '{target}'; expected one of {string.Join(", ", Names)}", nameof(target));
        }
    }

    private static void Normalizer(string text)
    {
        foreach (ArabicNormalizer normalizer in Normalizers)
        {
            NormalizedText n = normalizer.Normalize(text);
            Require(normalizer.Normalize(n.Text).Text == n.Text, "normalization is not idempotent");
            int previous = 0;
            for (int i = 0; i < n.Text.Length; i++)
            {
                (int s, int e) = n.ToOriginal(i, i + 1);
                Require(s >= previous && s < e && e <= text.Length, $"offset map out of order or range at {i}");
                previous = s;
            }
        }
    }

    private static Token[] Tokenizer(string text)
    {
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        int previousEnd = 0;
        foreach (Token token in tokens)
        {
            Require(token.Length > 0 && token.Start >= previousEnd && token.End <= text.Length, $"token {token} out of order or range");
            for (int i = previousEnd; i < token.Start; i++)
            {
                char c = text[i];
                Require(char.IsWhiteSpace(c) || char.IsControl(c) || ArabicLetters.IsFormatControl(c), $"U+{(int)c:X4} at {i} is in no token");
            }

            previousEnd = token.End;
        }

        Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
        previousEnd = 0;
        foreach (Sentence s in sentences)
        {
            Require(s.Start >= previousEnd && s.End > s.Start && s.End <= text.Length, $"sentence {s} out of order or range");
            previousEnd = s.End;
        }

        return tokens;
    }

    private static void Analyzer(string text)
    {
        AnalyzedDocument doc = ArabicNewsAnalyzer.Default.Analyze(text);
        int previousEnd = 0;
        foreach (var entity in doc.Entities)
        {
            Require(entity.Start >= previousEnd && entity.End > entity.Start && entity.End <= text.Length, $"entity {entity} out of order or range");
            Require(entity.Text == text[entity.Start..entity.End], $"entity text differs from its span: {entity}");
            Require(!string.IsNullOrEmpty(entity.Canonical), $"entity without canonical name: {entity}");
            Require(entity.Confidence is >= 0 and <= 1, $"entity confidence out of [0, 1]: {entity}");
            previousEnd = entity.End;
        }

        foreach (var quote in doc.Quotes)
        {
            InRange(quote.Content, text, "quote content");
            if (quote.Cue is TextSpan cue)
            {
                InRange(cue, text, "quote cue");
            }

            if (quote.Speaker?.Mention is TextSpan mention)
            {
                InRange(mention, text, "speaker mention");
            }

            Require(quote.Confidence is >= 0 and <= 1, "quote confidence out of [0, 1]");
        }

        // The command line's JSON of the document must parse and keep every token's text.
        byte[] json = JsonOutput.Serialize(AnalysisView.From("fuzz", doc), ArabicNormalizer.Matching, indented: false);
        using JsonDocument parsed = JsonDocument.Parse(json);
        Require(parsed.RootElement.GetProperty("tokens").GetArrayLength() == doc.Tokens.Count, "JSON lost tokens");
    }

    private static void InRange(TextSpan span, string text, string what) =>
        Require(span.Start >= 0 && span.End >= span.Start && span.End <= text.Length, $"{what} {span} out of range");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }
}
