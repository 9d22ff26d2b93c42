namespace ArabicNews.Nlp.ML.Mapping;

/// <summary>The input row of every mapping: one text column under a name that cannot collide with the caller's.</summary>
internal sealed class TextRow
{
    /// <summary>The column the mappings read; the catalog methods copy the caller's column into it.</summary>
    public const string ColumnName = "__ArabicNews_Input";

    /// <summary>The text.</summary>
    [Microsoft.ML.Data.ColumnName(ColumnName)]
    public string? Text { get; set; }
}
