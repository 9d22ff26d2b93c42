namespace ArabicNews.Nlp.Benchmarks;

/// <summary>Marks a benchmark method whose return value is the number of tokens it produced.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReturnsTokenCountAttribute : Attribute;
