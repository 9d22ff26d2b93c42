using System.Globalization;
using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.ML.Mapping;

/// <summary>The row functions behind the factories. Stateless, so ML.NET may call them from several threads.</summary>
internal static class Mappings
{
    private static readonly ArabicNewsAnalyzer EntityAnalyzer = new(new AnalyzerOptions { AttributeQuotes = false });

    public static ArabicNormalizer? GetNormalizer(ArabicTextNormalization normalization) => normalization switch
    {
        ArabicTextNormalization.None => null,
        ArabicTextNormalization.Minimal => ArabicNormalizer.Minimal,
        ArabicTextNormalization.Search => ArabicNormalizer.Search,
        ArabicTextNormalization.Matching => ArabicNormalizer.Matching,
        _ => throw new ArgumentOutOfRangeException(nameof(normalization), normalization, "Unknown normalization."),
    };

    public static void Normalize(ArabicNormalizer normalizer, TextRow input, NormalizedTextRow output)
        => output.Normalized = input.Text is null ? string.Empty : normalizer.NormalizeToString(input.Text);

    /// <summary>
    /// Words, numbers, hashtags, mentions, URLs, e-mails and emoji; punctuation and symbols are dropped. Latin is
    /// lower-cased. With <paramref name="segment"/>, each Arabic word is split into its clitics and stem, written
    /// <c>و+</c> <c>قال</c>, <c>مدينة</c> <c>+ها</c> (each segment in its stand-alone form).
    /// </summary>
    public static void Tokenize(ArabicNormalizer? normalizer, bool segment, TextRow input, WordsRow output)
    {
        string text = input.Text ?? string.Empty;
        var words = new List<string>();
        Span<Segment> parts = stackalloc Segment[ArabicSegmenter.MaxSegmentsPerWord];
        foreach (Token token in ArabicTokenizer.Default.Tokenize(text))
        {
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                continue;
            }

            if (segment && token.Kind == TokenKind.ArabicWord)
            {
                int n = ArabicSegmenter.Default.Segment(text, token, parts);
                foreach (Segment part in parts[..n])
                {
                    string form = part.GetForm(text);
                    form = normalizer is null ? form : normalizer.NormalizeToString(form);
                    if (form.Length > 0)
                    {
                        words.Add(part.Role switch
                        {
                            SegmentRole.Proclitic => form + "+",
                            SegmentRole.Enclitic => "+" + form,
                            _ => form,
                        });
                    }
                }

                continue;
            }

            string word = token.GetText(text);
            if (token.Kind == TokenKind.LatinWord)
            {
                word = word.ToLowerInvariant();
            }
            else if (normalizer is not null)
            {
                word = normalizer.NormalizeToString(word);
            }

            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        output.Words = [.. words];
    }

    /// <summary>For each entity, its type (<c>Person</c>) and its type with its canonical name (<c>Person=فلاديمير_بوتين</c>), spaces as underscores so each feature stays one word for FeaturizeText.</summary>
    public static void Entities(TextRow input, WordsRow output)
    {
        string text = input.Text ?? string.Empty;
        if (text.Length == 0)
        {
            output.Words = [];
            return;
        }

        IReadOnlyList<Entity> entities = EntityAnalyzer.Analyze(text).Entities;
        var features = new string[entities.Count * 2];
        for (int i = 0; i < entities.Count; i++)
        {
            string type = entities[i].Type.ToString();
            features[2 * i] = type;
            features[(2 * i) + 1] = string.Create(CultureInfo.InvariantCulture, $"{type}={entities[i].Canonical.Replace(' ', '_')}");
        }

        output.Words = features;
    }
}
