using ArabicNews.Nlp.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArabicNews.Nlp.Lucene;

/// <summary>
/// A Lucene.Net 4.8 <see cref="TokenFilter"/> that rewrites each term with an <see cref="ArabicNormalizer"/> (any preset
/// or option set). Offsets are left alone, so they keep pointing at the original text. A term that needs no change is
/// detected with a vectorized scan and not copied; a term that normalizes to nothing (a lone tatweel or mark) is
/// dropped and its position increment passed on to the next token.
/// </summary>
public sealed class ArabicNewsNormalizationFilter : TokenFilter
{
    private readonly ArabicNormalizer _normalizer;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private char[] _scratch = new char[64];

    /// <summary>Creates a filter normalizing with <see cref="ArabicNormalizer.Search"/> (what Lucene.Net's own Arabic normalization does).</summary>
    /// <param name="input">The token stream to filter.</param>
    public ArabicNewsNormalizationFilter(TokenStream input)
        : this(input, ArabicNormalizer.Search)
    {
    }

    /// <summary>Creates a filter normalizing with <paramref name="normalizer"/>.</summary>
    /// <param name="input">The token stream to filter.</param>
    /// <param name="normalizer">The normalizer, e.g. <see cref="ArabicNormalizer.Matching"/> or one built from <see cref="NormalizationOptions"/>.</param>
    public ArabicNewsNormalizationFilter(TokenStream input, ArabicNormalizer normalizer)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        _normalizer = normalizer;
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        int droppedIncrement = 0;
        while (m_input.IncrementToken())
        {
            ReadOnlySpan<char> term = _term.Buffer.AsSpan(0, _term.Length);
            if (!_normalizer.IsNormalized(term))
            {
                int needed = _normalizer.GetMaxNormalizedLength(term.Length);
                if (_scratch.Length < needed)
                {
                    _scratch = new char[Math.Max(needed, _scratch.Length * 2)];
                }

                _normalizer.TryNormalize(term, _scratch, out int written);
                if (written == 0)
                {
                    droppedIncrement += _positionIncrement.PositionIncrement;
                    continue;
                }

                _term.CopyBuffer(_scratch, 0, written);
            }

            if (droppedIncrement > 0)
            {
                _positionIncrement.PositionIncrement += droppedIncrement;
            }

            return true;
        }

        return false;
    }
}
