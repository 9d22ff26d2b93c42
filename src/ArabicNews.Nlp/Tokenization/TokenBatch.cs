using System.Runtime.CompilerServices;

namespace ArabicNews.Nlp.Tokenization;

/// <summary>The tokens <see cref="TokenEnumerator"/> hands out one by one: a batch written by its scanner.</summary>
[InlineArray(Capacity)]
internal struct TokenBatch
{
    /// <summary>How many tokens a batch holds.</summary>
    public const int Capacity = 64;

    private Token _element;
}
