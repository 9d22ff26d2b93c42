using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace ArabicNews.Nlp.Benchmarks;

/// <summary>ML.NET text transforms over the benchmark documents, consumed through a row cursor.</summary>
public sealed class MlNetPipelines
{
    private readonly IDataView _data;
    private readonly WordTokenizingTransformer _tokenize;
    private readonly TextNormalizingTransformer _normalize;
    private readonly TransformerChain<WordTokenizingTransformer> _normalizeTokenize;

    public MlNetPipelines(string[] documents)
    {
        var ml = new MLContext(seed: 0);
        _data = ml.Data.LoadFromEnumerable(documents.Select(d => new TextRow { Text = d }).ToArray());
        _tokenize = ml.Transforms.Text.TokenizeIntoWords("Tokens", "Text").Fit(_data);
        var normalize = ml.Transforms.Text.NormalizeText("Normalized", "Text", TextNormalizingEstimator.CaseMode.None, keepDiacritics: false, keepPunctuations: true, keepNumbers: true);
        _normalize = normalize.Fit(_data);
        _normalizeTokenize = normalize.Append(ml.Transforms.Text.TokenizeIntoWords("Tokens", "Normalized")).Fit(_data);
    }

    /// <summary>TokenizeIntoWords; returns the token count.</summary>
    public long Tokenize() => CountTokens(_tokenize.Transform(_data));

    /// <summary>NormalizeText (diacritics removed); returns the normalized characters.</summary>
    public long Normalize()
    {
        IDataView output = _normalize.Transform(_data);
        DataViewSchema.Column column = output.Schema["Normalized"];
        using DataViewRowCursor cursor = output.GetRowCursor([column]);
        ValueGetter<ReadOnlyMemory<char>> getter = cursor.GetGetter<ReadOnlyMemory<char>>(column);
        ReadOnlyMemory<char> value = default;
        long chars = 0;
        while (cursor.MoveNext())
        {
            getter(ref value);
            chars += value.Length;
        }

        return chars;
    }

    /// <summary>NormalizeText then TokenizeIntoWords; returns the token count.</summary>
    public long NormalizeAndTokenize() => CountTokens(_normalizeTokenize.Transform(_data));

    private static long CountTokens(IDataView output)
    {
        DataViewSchema.Column column = output.Schema["Tokens"];
        using DataViewRowCursor cursor = output.GetRowCursor([column]);
        ValueGetter<VBuffer<ReadOnlyMemory<char>>> getter = cursor.GetGetter<VBuffer<ReadOnlyMemory<char>>>(column);
        VBuffer<ReadOnlyMemory<char>> tokens = default;
        long count = 0;
        while (cursor.MoveNext())
        {
            getter(ref tokens);
            count += tokens.Length;
        }

        return count;
    }

    /// <summary>One ML.NET input row.</summary>
    public sealed class TextRow
    {
        public string Text { get; set; } = "";
    }
}
