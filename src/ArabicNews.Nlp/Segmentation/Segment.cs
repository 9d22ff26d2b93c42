namespace ArabicNews.Nlp.Segmentation;

/// <summary>
/// One segment of a word: a clitic, the stem or a symbol written against it (3 + %). Offsets are UTF-16 code units of the original text; the segments of
/// a word tile it exactly (a diacritic stays with the letter it follows).
/// </summary>
/// <param name="Start">Where the segment starts in the original text.</param>
/// <param name="Length">How many UTF-16 code units it covers.</param>
/// <param name="Role">Proclitic, stem, enclitic or symbol.</param>
public readonly record struct Segment(int Start, int Length, SegmentRole Role)
{
    /// <summary>The exclusive end of the segment.</summary>
    public int End => Start + Length;

    /// <summary>How the surface differs from the form written alone (see <see cref="GetForm(ReadOnlySpan{char})"/>).</summary>
    public SegmentFormChange Change { get; init; }

    /// <summary>The segment's span of the original text.</summary>
    public TextSpan Span => new(Start, Start + Length);

    /// <summary>The segment's surface characters in <paramref name="text"/>.</summary>
    /// <param name="text">The text the word was found in.</param>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>The segment's surface characters as a new string.</summary>
    /// <param name="text">The text the word was found in.</param>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <summary>
    /// The segment as it is written when it stands alone (its restored form): the alef of the article comes back
    /// after ل (للمناطق → ل + المناطق), a ta marbuta (مدينتها → مدينة + ها), an alef maksura (عليه → على + ه) or a
    /// hamza (أبناؤه → أبناء + ه) before a pronoun. Diacritics in the surface are kept.
    /// </summary>
    /// <param name="text">The text the word was found in.</param>
    public string GetForm(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> surface = text.Slice(Start, Length);
        switch (Change)
        {
            case SegmentFormChange.ArticleAlef:
                return string.Concat("ا", surface);
            case SegmentFormChange.PluralAlef:
                return string.Concat(surface, "ا");
            case SegmentFormChange.TaMarbuta:
            case SegmentFormChange.AlefMaksura:
            case SegmentFormChange.Hamza:
                int last = LastLetter(surface);
                if (last < 0)
                {
                    return surface.ToString();
                }

                char replacement = Change switch
                {
                    SegmentFormChange.TaMarbuta => 'ة',
                    SegmentFormChange.AlefMaksura => 'ى',
                    _ => 'ء',
                };
                Span<char> buffer = surface.Length <= 256 ? stackalloc char[surface.Length] : new char[surface.Length];
                surface.CopyTo(buffer);
                buffer[last] = replacement;
                return new string(buffer);
            default:
                return surface.ToString();
        }
    }

    /// <summary>The segment's restored form (see <see cref="GetForm(ReadOnlySpan{char})"/>).</summary>
    /// <param name="text">The text the word was found in.</param>
    public string GetForm(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return GetForm(text.AsSpan());
    }

    private static int LastLetter(ReadOnlySpan<char> surface)
    {
        for (int i = surface.Length - 1; i >= 0; i--)
        {
            if (Text.ArabicLetters.IsArabicLetter(surface[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
