using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.TestSupport;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Tests.Analysis;

public sealed class AnalyzerSegmentationTests
{
    [Fact]
    public void Segments_of_the_seed_article_tile_every_token_with_offsets_into_the_original_text()
    {
        string seed = SharedData.SeedText;
        AnalyzedDocument doc = ArabicNewsAnalyzer.Default.Analyze(seed);
        Span<Segment> expected = stackalloc Segment[ArabicSegmenter.MaxSegmentsPerWord];
        int total = 0;
        for (int i = 0; i < doc.Tokens.Count; i++)
        {
            Token t = doc.Tokens[i];
            ReadOnlySpan<Segment> segments = doc.GetSegments(i);
            Assert.InRange(segments.Length, 1, ArabicSegmenter.MaxSegmentsPerWord);
            int at = t.Start;
            foreach (Segment s in segments)
            {
                Assert.Equal(at, s.Start);
                Assert.True(s.Length > 0);
                at = s.End;
            }

            Assert.Equal(t.End, at);
            int count = ArabicSegmenter.Default.Segment(seed, t, expected);
            Assert.Equal(expected[..count].ToArray(), segments.ToArray());
            total += segments.Length;
        }

        Assert.Equal(total, doc.Segments.Count);
        Assert.Contains(doc.Segments, s => s.Role == SegmentRole.Proclitic);
        Assert.Contains(doc.Segments, s => s.Role == SegmentRole.Enclitic);
    }

    [Fact]
    public void A_document_of_many_clitics_gets_the_segmenter_s_segments_for_every_token_and_repeat()
    {
        // More than one and a half segments a token (the stage's first buffer), words repeated (copied, shifted) and a
        // repeat ending in a tatweel (segmented afresh): each token must still get what the segmenter gives it alone.
        string[] words = ["وبسوريا", "وبمدينتهم", "ولكتابها", "وسيكتبونها", "فبالمناطق", "وللمناطق", "وبيتهم", "كتابهم", "الـ", "وبسوريا،", "7%"];
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < 300; i++)
        {
            text.Append(words[i % words.Length]).Append(i % 7 == 0 ? "ـ " : " ");
        }

        string document = text.ToString();
        AnalyzedDocument doc = ArabicNewsAnalyzer.Default.Analyze(document);
        Span<Segment> expected = stackalloc Segment[ArabicSegmenter.MaxSegmentsPerWord];
        int total = 0;
        for (int i = 0; i < doc.Tokens.Count; i++)
        {
            int count = ArabicSegmenter.Default.Segment(document, doc.Tokens[i], expected);
            Assert.Equal(expected[..count].ToArray(), doc.GetSegments(i).ToArray());
            total += count;
        }

        Assert.Equal(total, doc.Segments.Count);
        Assert.True(total > doc.Tokens.Count * 3 / 2, $"{total} segments for {doc.Tokens.Count} tokens");
    }

    [Fact]
    public void A_word_with_clitics_is_split_at_its_offsets()
    {
        const string text = "قال إنه وصل وبسوريا.";
        AnalyzedDocument doc = ArabicNewsAnalyzer.Default.Analyze(text);
        int word = Enumerable.Range(0, doc.Tokens.Count).Single(i => doc.Tokens[i].Slice(text).SequenceEqual("وبسوريا"));
        string[] parts = [.. doc.GetSegments(word).ToArray().Select(s => s.GetText(text))];
        Assert.Equal(["و", "ب", "سوريا"], parts);
    }

    [Fact]
    public void Without_SegmentClitics_there_are_no_segments_and_the_rest_is_the_same()
    {
        string seed = SharedData.SeedText;
        var analyzer = new ArabicNewsAnalyzer(new AnalyzerOptions { SegmentClitics = false });
        AnalyzedDocument without = analyzer.Analyze(seed);
        AnalyzedDocument with = ArabicNewsAnalyzer.Default.Analyze(seed);
        Assert.Empty(without.Segments);
        Assert.True(without.GetSegments(0).IsEmpty);
        Assert.Equal(with.Tokens, without.Tokens);
        Assert.Equal(with.Entities, without.Entities);
        Assert.Equal(with.Quotes.Count, without.Quotes.Count);
    }

    [Fact]
    public void GetSegments_rejects_an_index_outside_the_tokens()
    {
        AnalyzedDocument doc = ArabicNewsAnalyzer.Default.Analyze("نص قصير");
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.GetSegments(-1).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.GetSegments(doc.Tokens.Count).Length);
    }

    [Fact]
    public void An_empty_document_has_no_segments()
    {
        AnalyzedDocument doc = ArabicNewsAnalyzer.Default.Analyze(string.Empty);
        Assert.Empty(doc.Segments);
    }
}
