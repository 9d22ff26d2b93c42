using System.Buffers.Binary;
using ArabicNews.Nlp.Entities;

namespace ArabicNews.Nlp.Tests.Entities;

/// <summary>The compiled resource formats: round trips and a clear error for another version.</summary>
public sealed class ResourceFormatTests
{
    private static byte[] WrittenGazetteer()
    {
        using var stream = new MemoryStream();
        Gazetteer.Write(
            stream,
            [("فلاديمير بوتين", new GazetteerEntry(GazetteerKind.Person, "فلاديمير بوتين", "RU", 0.95f)), ("موسكو", new GazetteerEntry(GazetteerKind.Place, "موسكو", "RU", 0.9f)), ("موسكو", new GazetteerEntry(GazetteerKind.Country, "x", null, 0.1f))],
            [("بوتين", WordFlags.NamePart), ("قال", WordFlags.Common), ("بوتين", WordFlags.PersonAlone)]);
        return stream.ToArray();
    }

    [Fact]
    public void GazetteerRoundTrips()
    {
        Gazetteer g = Gazetteer.Read(new MemoryStream(WrittenGazetteer()));
        Assert.Equal(2, g.PhraseCount);
        Assert.Equal(2, g.MaxWords);
        Assert.Equal(new GazetteerEntry(GazetteerKind.Person, "فلاديمير بوتين", "RU", 0.95f), g.Find("فلاديمير بوتين"));
        Assert.Equal(GazetteerKind.Place, g.Find("موسكو")?.Kind); // the first meaning of a key wins
        Assert.Null(g.Find("فلاديمير"));
        Assert.Null(g.Find("بوتين"));
        Assert.True(g.Root.Child("فلاديمير")!.HasChildren);
        Assert.False(g.Root.Child("موسكو")!.HasChildren);
        Assert.Equal(WordFlags.NamePart | WordFlags.PersonAlone, g.FlagsOf("بوتين"));
        Assert.Equal(WordFlags.Common, g.FlagsOf("قال".AsSpan()));
        Assert.Equal(WordFlags.None, g.FlagsOf("لندن"));
        Assert.Equal(["فلاديمير", "موسكو"], g.FirstWords().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BuiltGazetteerFindsItsPhrasesAndWordsWithEitherHash(bool randomizedHash)
    {
        var b = new Gazetteer.Builder(randomizedHash);
        for (int i = 0; i < 300; i++)
        {
            b.Add($"اسم{i} لقب{i % 7}", new GazetteerEntry(GazetteerKind.Person, $"اسم{i}", null, 0.5f));
        }

        b.AddWord("قال", WordFlags.Common);
        Gazetteer g = b.Build();
        Assert.Equal(300, g.PhraseCount);
        Assert.Equal("اسم123", g.Find("اسم123 لقب4")?.Canonical);
        Assert.Null(g.Find("اسم123 لقب5"));
        Assert.True(g.Root.Child("اسم7")!.HasChildren);
        Assert.Equal(WordFlags.Common, g.FlagsOf("قال"));
        Assert.Equal(WordFlags.None, g.FlagsOf("قالت"));
    }

    [Fact]
    public void GazetteerOfAnotherVersionIsRefusedClearly()
    {
        byte[] data = WrittenGazetteer();
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(4), Gazetteer.FormatVersion + 1);
        var e = Assert.Throws<InvalidDataException>(() => Gazetteer.Read(new MemoryStream(data)));
        Assert.Contains("version", e.Message, StringComparison.Ordinal);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(4), Gazetteer.FormatVersion);
        Assert.Throws<InvalidDataException>(() => Gazetteer.Read(new MemoryStream(data.AsSpan(0, 40).ToArray()))); // truncated
    }

    [Fact]
    public void SequenceModelOfAnotherVersionIsRefusedClearly()
    {
        var model = new SequenceModel(new float[SequenceModel.Labels.Length], [], [], ModelLexicon.Empty);
        using var stream = new MemoryStream();
        model.Write(stream);
        byte[] data = stream.ToArray();
        Assert.Equal(0, SequenceModel.Read(new MemoryStream(data)).FeatureCount);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(4), 3);
        var e = Assert.Throws<InvalidDataException>(() => SequenceModel.Read(new MemoryStream(data)));
        Assert.Contains("version 3", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => SequenceModel.Read(new MemoryStream(data.AsSpan(0, 20).ToArray())));
    }

    [Fact]
    public void EmbeddedResourcesLoad()
    {
        Assert.True(Gazetteer.Default.PhraseCount > 10_000);
        Assert.NotNull(SequenceModel.Default);
    }
}
