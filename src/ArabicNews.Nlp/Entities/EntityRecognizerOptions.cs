namespace ArabicNews.Nlp.Entities;

/// <summary>Settings of an <see cref="ArabicEntityRecognizer"/>.</summary>
public sealed class EntityRecognizerOptions
{
    /// <summary>The default settings: the embedded gazetteers only.</summary>
    public static EntityRecognizerOptions Default { get; } = new();

    /// <summary>Names to add to the gazetteers; they take precedence over the embedded entries with the same spelling.</summary>
    public IReadOnlyList<UserGazetteerEntry> UserEntries { get; init; } = [];

    /// <summary>
    /// Whether the embedded statistical sequence model (when the library carries one) may propose people and
    /// organizations that the gazetteers and rules miss. On by default.
    /// </summary>
    public bool UseStatisticalModel { get; init; } = true;

    /// <summary>Entities with a lower confidence are dropped (0 keeps everything).</summary>
    public float MinimumConfidence { get; init; }
}
