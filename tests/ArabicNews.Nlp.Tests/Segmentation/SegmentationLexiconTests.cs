using ArabicNews.Nlp.Segmentation;
using Xunit;

namespace ArabicNews.Nlp.Tests.Segmentation;

public sealed class SegmentationLexiconTests
{
    [Fact]
    public void RoundTripsThroughTheBinaryFormat()
    {
        var entries = new[]
        {
            new KeyValuePair<string, int>("قال", 1000),
            new KeyValuePair<string, int>("قالت", 700),
            new KeyValuePair<string, int>("سوريا", 300_000),
        };
        var parameters = new Dictionary<string, double> { ["rate.و"] = 0.07 };
        using var stream = new MemoryStream();
        SegmentationLexicon.Write(stream, entries, parameters);
        stream.Position = 0;
        SegmentationLexicon read = SegmentationLexicon.Read(stream);
        Assert.Equal(3, read.Count);
        Assert.Equal(1000, read.GetCount("قال"));
        Assert.Equal(700, read.GetCount("قالت"));
        Assert.Equal(300_000, read.GetCount("سوريا"));
        Assert.Equal(0, read.GetCount("قا"));
        Assert.Equal(0.07, read.GetParameter("rate.و", 0));
    }

    [Fact]
    public void EmbeddedLexiconIsPresent()
    {
        SegmentationLexicon lexicon = SegmentationLexicon.LoadEmbedded();
        Assert.True(lexicon.Count > 10_000);
        Assert.True(lexicon.GetCount("سوريا") > 0);
        Assert.True(lexicon.GetCount("وجود") > 10 * lexicon.GetCount("جود"));
    }

    [Theory]
    [InlineData("أَإِآ", "ااا")]
    [InlineData("قالـت", "قالت")]
    [InlineData("abc", null)]
    public void KeysFoldHamzaAlefAndDropMarks(string word, string? expected) => Assert.Equal(expected, SegmentationLexicon.ToKey(word));
}
