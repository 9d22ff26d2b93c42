using ArabicNews.Nlp.Tokenization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Token = ArabicNews.Nlp.Tokenization.Token;

namespace ArabicNews.Nlp.Lucene;

/// <summary>
/// A Lucene.Net 4.8 <see cref="Tokenizer"/> over <see cref="ArabicTokenizer"/>: words, numbers, URLs, e-mail
/// addresses, hashtags, mentions and emoji, with offsets into the original text (through <see cref="Tokenizer.CorrectOffset"/>,
/// so char filters in front of it are honoured). Punctuation and symbols are dropped unless asked for, as
/// <c>StandardTokenizer</c> drops them. Reusable across documents: <see cref="Reset"/> reads the whole reader into a
/// buffer that is kept and grown between documents.
/// </summary>
/// <remarks>
/// The token type (<see cref="ITypeAttribute"/>) is the <see cref="TokenKind"/> in angle brackets, e.g.
/// <c>&lt;ArabicWord&gt;</c>, <c>&lt;Number&gt;</c>, <c>&lt;Url&gt;</c>.
/// </remarks>
public sealed class ArabicNewsTokenizer : Tokenizer
{
    /// <summary>The default longest token emitted: longer tokens are skipped (their position is kept), as in <c>StandardTokenizer</c>.</summary>
    public const int DefaultMaxTokenLength = 255;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly bool _keepPunctuation;
    private readonly int _maxTokenLength;

    private char[] _text = new char[1024];
    private int _length;
    private Token[] _tokens = new Token[256];
    private int _tokenCount;
    private int _next;
    private bool _reset;

    /// <summary>Creates a tokenizer reading <paramref name="input"/>.</summary>
    /// <param name="input">The text to tokenize; read on <see cref="Reset"/>.</param>
    /// <param name="keepPunctuation">True to emit punctuation and symbol tokens as well.</param>
    /// <param name="maxTokenLength">The longest token emitted, in UTF-16 code units; longer ones are skipped.</param>
    public ArabicNewsTokenizer(TextReader input, bool keepPunctuation = false, int maxTokenLength = DefaultMaxTokenLength)
        : this(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, input, keepPunctuation, maxTokenLength)
    {
    }

    /// <summary>Creates a tokenizer reading <paramref name="input"/>, with attributes from <paramref name="factory"/>.</summary>
    /// <param name="factory">The attribute factory.</param>
    /// <param name="input">The text to tokenize; read on <see cref="Reset"/>.</param>
    /// <param name="keepPunctuation">True to emit punctuation and symbol tokens as well.</param>
    /// <param name="maxTokenLength">The longest token emitted, in UTF-16 code units; longer ones are skipped.</param>
    public ArabicNewsTokenizer(AttributeFactory factory, TextReader input, bool keepPunctuation = false, int maxTokenLength = DefaultMaxTokenLength)
        : base(factory, input)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokenLength, 1);
        _keepPunctuation = keepPunctuation;
        _maxTokenLength = maxTokenLength;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The token type string of a token kind, as this tokenizer writes it into <see cref="ITypeAttribute"/>.</summary>
    /// <param name="kind">The token kind.</param>
    public static string GetTokenType(TokenKind kind) => kind switch
    {
        TokenKind.ArabicWord => "<ArabicWord>",
        TokenKind.LatinWord => "<LatinWord>",
        TokenKind.OtherWord => "<OtherWord>",
        TokenKind.Number => "<Number>",
        TokenKind.Punctuation => "<Punctuation>",
        TokenKind.Symbol => "<Symbol>",
        TokenKind.Url => "<Url>",
        TokenKind.Email => "<Email>",
        TokenKind.Hashtag => "<Hashtag>",
        TokenKind.Mention => "<Mention>",
        TokenKind.Emoji => "<Emoji>",
        _ => "<Unknown>",
    };

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!_reset)
        {
            throw new InvalidOperationException("TokenStream contract violation: Reset() was not called before IncrementToken().");
        }

        ClearAttributes();
        int skipped = 0;
        while (_next < _tokenCount)
        {
            Token token = _tokens[_next++];
            if (!_keepPunctuation && token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                continue;
            }

            if (token.Length > _maxTokenLength)
            {
                skipped++;
                continue;
            }

            _term.CopyBuffer(_text, token.Start, token.Length);
            _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
            _type.Type = GetTokenType(token.Kind);
            _positionIncrement.PositionIncrement = 1 + skipped;
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        ReadAll(m_input);
        Tokenize();
        _next = 0;
        _reset = true;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        int final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        // Lucene reuses a disposed (closed) tokenizer for the next document through SetReader: keep the buffers.
        _reset = false;
        _length = 0;
        _tokenCount = 0;
        _next = 0;
        base.Dispose(disposing);
    }

    private void ReadAll(TextReader reader)
    {
        _length = 0;
        while (true)
        {
            if (_length == _text.Length)
            {
                Array.Resize(ref _text, checked(_text.Length * 2));
            }

            int read = reader.Read(_text, _length, _text.Length - _length);
            if (read <= 0)
            {
                return;
            }

            _length += read;
        }
    }

    private void Tokenize()
    {
        int count = 0;
        TokenEnumerator tokens = ArabicTokenizer.Default.Tokenize(_text.AsSpan(0, _length));
        while (true)
        {
            if (count == _tokens.Length)
            {
                Array.Resize(ref _tokens, checked(_tokens.Length * 2));
            }

            int read = tokens.Read(_tokens.AsSpan(count));
            if (read == 0)
            {
                break;
            }

            count += read;
        }

        _tokenCount = count;
    }
}
