namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// A benchmark class whose methods each process the characters of <see cref="InputChars"/> once per operation;
/// <see cref="ThroughputColumn"/> turns that into characters per second. Methods marked
/// <see cref="ReturnsTokenCountAttribute"/> return the number of tokens they produced, for tokens per second.
/// </summary>
public interface ICorpusBenchmark
{
    /// <summary>The characters one operation processes (valid after the global setup).</summary>
    long InputChars { get; }
}
