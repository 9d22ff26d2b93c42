using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.TestSupport;
using ArabicNews.Nlp.Tokenization;
using Microsoft.Extensions.DependencyInjection;

namespace ArabicNews.Nlp.DependencyInjection.Tests;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void Default_registration_resolves_the_shared_default_analyzer()
    {
        using ServiceProvider provider = new ServiceCollection().AddArabicNewsNlp().BuildServiceProvider(validateScopes: true);

        Assert.Same(ArabicNewsAnalyzer.Default, provider.GetRequiredService<ArabicNewsAnalyzer>());
        Assert.Same(ArabicTokenizer.Default, provider.GetRequiredService<ArabicTokenizer>());
        Assert.Same(SentenceSplitter.Default, provider.GetRequiredService<SentenceSplitter>());
        AnalyzedDocument doc = provider.GetRequiredService<ArabicNewsAnalyzer>().Analyze(SharedData.SeedText);
        Assert.NotEmpty(doc.Tokens);
        Assert.NotEmpty(doc.Sentences);
    }

    [Fact]
    public void Options_are_applied_and_the_analyzer_is_a_singleton()
    {
        var options = new AnalyzerOptions { AttributeQuotes = false, MaxDocumentLength = 1000 };
        using ServiceProvider provider = new ServiceCollection().AddArabicNewsNlp(options).BuildServiceProvider();

        var first = provider.GetRequiredService<ArabicNewsAnalyzer>();
        Assert.Same(first, provider.GetRequiredService<ArabicNewsAnalyzer>());
        Assert.Same(options, first.Options);
        Assert.Throws<ArgumentException>(() => first.Analyze(new string('ب', 1001)));
    }

    [Fact]
    public void Calling_twice_keeps_the_first_registration()
    {
        var services = new ServiceCollection();
        services.AddArabicNewsNlp(new AnalyzerOptions { RecognizeEntities = false });
        services.AddArabicNewsNlp();
        Assert.Single(services, d => d.ServiceType == typeof(ArabicNewsAnalyzer));
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.False(provider.GetRequiredService<ArabicNewsAnalyzer>().Options.RecognizeEntities);
    }

    /// <summary>Twin of README.md's "di" snippet (section "## NuGet packages" → "### Quick start").</summary>
    [Fact]
    public void Readme_snippet()
    {
        var services = new ServiceCollection();

        // snippet: di
        services.AddArabicNewsNlp(new AnalyzerOptions { AttributeQuotes = false });
        // then take an ArabicNewsAnalyzer in any constructor: a thread-safe singleton
        // end snippet

        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.False(provider.GetRequiredService<ArabicNewsAnalyzer>().Options.AttributeQuotes);
        ReadmeSnippets.AssertTwin("di");
    }
}
