using ArabicNews.Nlp.ML.Mapping;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace ArabicNews.Nlp.ML;

/// <summary>
/// ML.NET transforms for Arabic news text: normalization, word tokenization and entity features. Each returns an
/// estimator that reads one text column and writes one new column, so it chains with <c>Text.FeaturizeText</c> and the
/// rest of a pipeline. They are built on <c>CustomMapping</c> with registered factories: a fitted pipeline saves with
/// <c>mlContext.Model.Save</c> and loads with <c>mlContext.Model.Load</c> once
/// <see cref="ArabicNewsMLContextExtensions.RegisterArabicNewsTransforms"/> has been called on the loading context.
/// </summary>
/// <example>
/// <code>
/// var ml = new MLContext(seed: 1);
/// var pipeline = ml.Transforms.NormalizeArabicText("Normalized", "Text")
///     .Append(ml.Transforms.Text.FeaturizeText("Features", "Normalized"))
///     .Append(ml.Transforms.Conversion.MapValueToKey("Label"))
///     .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy())
///     .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
/// </code>
/// </example>
public static class ArabicNewsTransformsCatalogExtensions
{
    /// <summary>
    /// Normalizes Arabic text (diacritics, tatweel, hamza seats, ta marbuta, alef maksura, digits, … depending on
    /// <paramref name="normalization"/>), so spelling variants of a word become one feature.
    /// </summary>
    /// <param name="catalog">The transforms catalog (<c>mlContext.Transforms</c>).</param>
    /// <param name="outputColumnName">The column to write: text.</param>
    /// <param name="inputColumnName">The text column to read; null for <paramref name="outputColumnName"/>.</param>
    /// <param name="normalization">Which preset to apply (default <see cref="ArabicTextNormalization.Matching"/>).</param>
    /// <returns>An estimator to append to a pipeline.</returns>
    public static IEstimator<ITransformer> NormalizeArabicText(this TransformsCatalog catalog, string outputColumnName, string? inputColumnName = null, ArabicTextNormalization normalization = ArabicTextNormalization.Matching)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        IEstimator<ITransformer> mapping = normalization switch
        {
            ArabicTextNormalization.None => catalog.CopyColumns(NormalizedTextRow.ColumnName, TextRow.ColumnName),
            ArabicTextNormalization.Minimal => catalog.CustomMapping(new NormalizeMinimalFactory().GetMapping(), NormalizeMinimalFactory.ContractName),
            ArabicTextNormalization.Search => catalog.CustomMapping(new NormalizeSearchFactory().GetMapping(), NormalizeSearchFactory.ContractName),
            ArabicTextNormalization.Matching => catalog.CustomMapping(new NormalizeMatchingFactory().GetMapping(), NormalizeMatchingFactory.ContractName),
            _ => throw new ArgumentOutOfRangeException(nameof(normalization), normalization, "Unknown normalization."),
        };
        return Wrap(catalog, mapping, outputColumnName, inputColumnName, NormalizedTextRow.ColumnName);
    }

    /// <summary>
    /// Splits text into words with <see cref="Tokenization.ArabicTokenizer"/> (words, numbers, hashtags, mentions, URLs,
    /// e-mails, emoji; punctuation dropped), normalizing each Arabic word with <paramref name="normalization"/> and
    /// lower-casing Latin words. Unlike ML.NET's <c>TokenizeIntoWords</c> it splits punctuation glued to words
    /// (<c>"قال:"</c>, <c>«روسيا»</c>).
    /// </summary>
    /// <param name="catalog">The transforms catalog (<c>mlContext.Transforms</c>).</param>
    /// <param name="outputColumnName">The column to write: a variable-length vector of text, usable by
    /// <c>Text.FeaturizeText</c>, <c>Conversion.MapValueToKey</c> + <c>Text.ProduceNgrams</c>, or <c>Text.RemoveDefaultStopWords</c>.</param>
    /// <param name="inputColumnName">The text column to read; null for <paramref name="outputColumnName"/>.</param>
    /// <param name="normalization">How each word is normalized (default <see cref="ArabicTextNormalization.Matching"/>).</param>
    /// <param name="segmentClitics">
    /// Whether each Arabic word is split by <see cref="Segmentation.ArabicSegmenter"/> into proclitics, stem and enclitic,
    /// written <c>و+ قال</c>, <c>مدينة +ها</c>: the stem then counts as the same feature whatever is attached to it.
    /// </param>
    /// <returns>An estimator to append to a pipeline.</returns>
    public static IEstimator<ITransformer> TokenizeArabicWords(this TransformsCatalog catalog, string outputColumnName, string? inputColumnName = null, ArabicTextNormalization normalization = ArabicTextNormalization.Matching, bool segmentClitics = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        IEstimator<ITransformer> mapping = (normalization, segmentClitics) switch
        {
            (ArabicTextNormalization.None, false) => catalog.CustomMapping(new TokenizeFactory().GetMapping(), TokenizeFactory.ContractName),
            (ArabicTextNormalization.Minimal, false) => catalog.CustomMapping(new TokenizeMinimalFactory().GetMapping(), TokenizeMinimalFactory.ContractName),
            (ArabicTextNormalization.Search, false) => catalog.CustomMapping(new TokenizeSearchFactory().GetMapping(), TokenizeSearchFactory.ContractName),
            (ArabicTextNormalization.Matching, false) => catalog.CustomMapping(new TokenizeMatchingFactory().GetMapping(), TokenizeMatchingFactory.ContractName),
            (ArabicTextNormalization.None, true) => catalog.CustomMapping(new TokenizeSegmentedFactory().GetMapping(), TokenizeSegmentedFactory.ContractName),
            (ArabicTextNormalization.Minimal, true) => catalog.CustomMapping(new TokenizeSegmentedMinimalFactory().GetMapping(), TokenizeSegmentedMinimalFactory.ContractName),
            (ArabicTextNormalization.Search, true) => catalog.CustomMapping(new TokenizeSegmentedSearchFactory().GetMapping(), TokenizeSegmentedSearchFactory.ContractName),
            (ArabicTextNormalization.Matching, true) => catalog.CustomMapping(new TokenizeSegmentedMatchingFactory().GetMapping(), TokenizeSegmentedMatchingFactory.ContractName),
            _ => throw new ArgumentOutOfRangeException(nameof(normalization), normalization, "Unknown normalization."),
        };
        return Wrap(catalog, mapping, outputColumnName, inputColumnName, WordsRow.ColumnName);
    }

    /// <summary>
    /// Runs <see cref="Analysis.ArabicNewsAnalyzer"/> and writes, for each entity found, two features: its type
    /// (<c>Person</c>, <c>Country</c>, …) and its type with its canonical name (<c>Country=روسيا</c>, spaces written as
    /// <c>_</c> so each feature is one word). Feed it to <c>Text.FeaturizeText</c> or <c>Conversion.MapValueToKey</c> +
    /// <c>Text.ProduceNgrams</c> next to the word features.
    /// </summary>
    /// <param name="catalog">The transforms catalog (<c>mlContext.Transforms</c>).</param>
    /// <param name="outputColumnName">The column to write: a variable-length vector of text (empty when no entity is found).</param>
    /// <param name="inputColumnName">The text column to read; null for <paramref name="outputColumnName"/>.</param>
    /// <returns>An estimator to append to a pipeline.</returns>
    public static IEstimator<ITransformer> ExtractArabicEntities(this TransformsCatalog catalog, string outputColumnName, string? inputColumnName = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Wrap(catalog, catalog.CustomMapping(new EntitiesFactory().GetMapping(), EntitiesFactory.ContractName), outputColumnName, inputColumnName, WordsRow.ColumnName);
    }

    // CustomMapping reads and writes the fixed column names of its row classes, and only the contract name is saved
    // with the model; renaming through copies keeps the caller's column names in a pipeline that saves and loads.
    private static EstimatorChain<ColumnSelectingTransformer> Wrap(TransformsCatalog catalog, IEstimator<ITransformer> mapping, string outputColumnName, string? inputColumnName, string mappedColumn)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputColumnName);
        return catalog.CopyColumns(TextRow.ColumnName, inputColumnName ?? outputColumnName)
            .Append(mapping)
            .Append(catalog.CopyColumns(outputColumnName, mappedColumn))
            .Append(catalog.DropColumns(TextRow.ColumnName, mappedColumn));
    }
}
