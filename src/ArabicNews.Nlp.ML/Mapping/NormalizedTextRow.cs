namespace ArabicNews.Nlp.ML.Mapping;

/// <summary>The output row of the normalization mappings.</summary>
internal sealed class NormalizedTextRow
{
    /// <summary>The column the mapping writes; the catalog methods copy it to the caller's output column.</summary>
    public const string ColumnName = "__ArabicNews_Normalized";

    /// <summary>The normalized text.</summary>
    [Microsoft.ML.Data.ColumnName(ColumnName)]
    public string Normalized { get; set; } = string.Empty;
}
