namespace ArabicNews.Nlp.ML.Mapping;

/// <summary>The output row of the tokenization and entity mappings: a variable-length vector of text.</summary>
internal sealed class WordsRow
{
    /// <summary>The column the mapping writes; the catalog methods copy it to the caller's output column.</summary>
    public const string ColumnName = "__ArabicNews_Words";

    /// <summary>The words (or entity features), in text order.</summary>
    [Microsoft.ML.Data.ColumnName(ColumnName)]
    [Microsoft.ML.Data.VectorType]
#pragma warning disable CA1819 // ML.NET maps variable-length vector columns to arrays
    public string[] Words { get; set; } = [];
#pragma warning restore CA1819
}
