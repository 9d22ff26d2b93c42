using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Tokenization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ArabicNews.Nlp with a <see cref="IServiceCollection"/>.</summary>
public static class ArabicNewsNlpServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ArabicNewsAnalyzer"/> (built from <paramref name="options"/>), <see cref="AnalyzerOptions"/>,
    /// and the shared default components <see cref="ArabicTokenizer"/>, <see cref="SentenceSplitter"/>,
    /// <see cref="ArabicEntityRecognizer"/> and <see cref="ArabicQuoteAttributor"/> as singletons. All of them are
    /// immutable and thread-safe. Registrations already present are kept (TryAdd semantics), so calling it twice is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">The analyzer's settings; null for <see cref="AnalyzerOptions.Default"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <example>
    /// <code>
    /// services.AddArabicNewsNlp(new AnalyzerOptions { AttributeQuotes = false });
    /// // later, in a constructor: public NewsIndexer(ArabicNewsAnalyzer analyzer) { ... }
    /// </code>
    /// </example>
    public static IServiceCollection AddArabicNewsNlp(this IServiceCollection services, AnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AnalyzerOptions settings = options ?? AnalyzerOptions.Default;
        services.TryAddSingleton(settings);
        services.TryAddSingleton(static provider =>
        {
            AnalyzerOptions o = provider.GetRequiredService<AnalyzerOptions>();
            return ReferenceEquals(o, AnalyzerOptions.Default) ? ArabicNewsAnalyzer.Default : new ArabicNewsAnalyzer(o);
        });
        services.TryAddSingleton(ArabicTokenizer.Default);
        services.TryAddSingleton(SentenceSplitter.Default);
        services.TryAddSingleton(ArabicEntityRecognizer.Default);
        services.TryAddSingleton(ArabicQuoteAttributor.Default);
        return services;
    }
}
