namespace ArabicNews.Nlp.Benchmarks;

/// <summary>
/// A <see cref="ICorpusBenchmark"/> that also knows the UTF-8 size of what one operation processes, for
/// <see cref="MegabytesPerSecondColumn"/>.
/// </summary>
public interface IUtf8CorpusBenchmark : ICorpusBenchmark
{
    /// <summary>The UTF-8 bytes of the text one operation processes (valid after the global setup).</summary>
    long InputUtf8Bytes { get; }
}
