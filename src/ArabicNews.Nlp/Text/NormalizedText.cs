namespace ArabicNews.Nlp.Text;

/// <summary>
/// The result of normalizing a text: the normalized string, the original it came from, and the
/// <see cref="OffsetMap"/> that takes any span of the normalized string back to exact original offsets.
/// </summary>
public sealed class NormalizedText
{
    internal NormalizedText(string original, string text, OffsetMap map)
    {
        Original = original;
        Text = text;
        Map = map;
    }

    /// <summary>The caller's original string.</summary>
    public string Original { get; }

    /// <summary>The normalized string; the same instance as <see cref="Original"/> when nothing changed.</summary>
    public string Text { get; }

    /// <summary>The map from positions of <see cref="Text"/> to positions of <see cref="Original"/>.</summary>
    public OffsetMap Map { get; }

    /// <summary>True when normalization changed nothing (and <see cref="Text"/> is <see cref="Original"/>).</summary>
    public bool IsUnchanged => ReferenceEquals(Original, Text);

    /// <summary>The original position of normalized position <paramref name="index"/>.</summary>
    /// <param name="index">A position in <see cref="Text"/>, from 0 to its length inclusive.</param>
    public int ToOriginal(int index) => Map.ToOriginalStart(index);

    /// <summary>Maps a normalized span to the original span it came from.</summary>
    /// <param name="start">The span's start in <see cref="Text"/>.</param>
    /// <param name="end">The span's exclusive end in <see cref="Text"/>.</param>
    public (int Start, int End) ToOriginal(int start, int end) => Map.ToOriginal(start, end);

    /// <inheritdoc />
    public override string ToString() => Text;
}
