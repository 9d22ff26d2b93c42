using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Segmentation;

/// <summary>
/// Splits Arabic words into clitics and stem the way the Penn Arabic Treebank and Universal Dependencies do:
/// the conjunctions و ف, the prepositions ب ل ك and the future particle س before the stem, and a pronoun
/// (ه ها هما هم هن ك كما كم كن ي ني نا) after it; the article ال and noun suffixes stay in the stem.
/// وبسوريا = و + ب + سوريا, سيساهم = س + يساهم, قواتها = قوات + ها, للمناطق = ل + لمناطق (form المناطق).
/// </summary>
/// <remarks>
/// Each possible split is weighed with word-form frequencies counted in a news corpus (an embedded resource, loaded
/// lazily once): a clitic is split off when the rest of the word, as a word of its own, explains the word's frequency
/// (وقال: قال is frequent; وجود: جود is rare, so وجود stays whole). Deterministic, immutable and thread-safe; the
/// span API allocates nothing.
/// </remarks>
/// <example>
/// <code>
/// Segment[] parts = ArabicSegmenter.Default.SegmentWord("وبسوريا");     // و | ب | سوريا
/// string stem = parts[2].GetForm("وبسوريا");                          // سوريا
/// </code>
/// </example>
public sealed class ArabicSegmenter
{
    /// <summary>The most segments a word can have (conjunction, preposition or future particle, stem, pronoun).</summary>
    public const int MaxSegmentsPerWord = 4;

    private const int MaxLetters = 40;
    private const double DefiniteBeta = 0.0001;
    private const char Waw = 'و';
    private const char Fa = 'ف';
    private const char Ba = 'ب';
    private const char Lam = 'ل';
    private const char Kaf = 'ك';
    private const char Sin = 'س';
    private const char Alef = 'ا';

    private static readonly Lazy<ArabicSegmenter> DefaultInstance = new(
        () => new ArabicSegmenter(SegmentationLexicon.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    // Function words that UD/ATB keep whole although they start or end like a clitic.
    private static readonly FrozenSet<string> Unsplittable = FrozenSet.Create(StringComparer.Ordinal,
    [
        "لكن", "لكي", "كما", "كذلك", "بينما", "عندما", "فيما", "مما", "عما", "ممن", "لذا", "هكذا", "كلما", "حينما",
        "طالما", "ريثما", "لماذا", "كيف", "كيفما", "لدي", "لدى", "بل", "لم", "لن", "لا", "لو", "لولا", "ليس", "ليست",
        "فقط", "كي", "كلا", "كأنما", "إنما", "انما", "لعل", "بلى", "فوق", "لأجل", "ذلك", "تلك", "هنا", "هناك", "هنالك",
        "لهذا", "كهذا", "بعض", "كل", "كلها", "لكنما", "ولو", "فلا", "ولا", "ولم", "ولن", "بي",
    ]);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _unsplittable;
    private readonly SegmentationLexicon _lexicon;
    private readonly double _betaPrefix;
    private readonly double _betaSuffix;
    private readonly double _rateWaw;
    private readonly double _rateFa;
    private readonly double _rateBa;
    private readonly double _rateLam;
    private readonly double _rateKaf;
    private readonly double _rateBaDef;
    private readonly double _rateLamDef;
    private readonly double _rateKafDef;
    private readonly double _rateSin;
    private readonly double _rateHu;
    private readonly double _rateHa;
    private readonly double _rateHum;
    private readonly double _rateHuma;
    private readonly double _rateHunna;
    private readonly double _rateKa;
    private readonly double _rateKum;
    private readonly double _rateNa;
    private readonly double _rateNi;
    private readonly double _rateYa;

    internal ArabicSegmenter(SegmentationLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _unsplittable = Unsplittable.GetAlternateLookup<ReadOnlySpan<char>>();
        _betaPrefix = lexicon.GetParameter("beta.prefix", 0.1);
        _betaSuffix = lexicon.GetParameter("beta.suffix", 0.1);
        _rateWaw = lexicon.GetParameter("rate.و", 0.1);
        _rateFa = lexicon.GetParameter("rate.ف", 0.01);
        _rateBa = lexicon.GetParameter("rate.ب", 0.02);
        _rateLam = lexicon.GetParameter("rate.ل", 0.02);
        _rateKaf = lexicon.GetParameter("rate.ك", 0.002);
        _rateBaDef = lexicon.GetParameter("rate.بال", 0.1);
        _rateLamDef = lexicon.GetParameter("rate.لل", 0.1);
        _rateKafDef = lexicon.GetParameter("rate.كال", 0.01);
        _rateSin = lexicon.GetParameter("rate.س", 0.02);
        _rateHu = lexicon.GetParameter("rate.+ه", 0.03);
        _rateHa = lexicon.GetParameter("rate.+ها", 0.03);
        _rateHum = lexicon.GetParameter("rate.+هم", 0.01);
        _rateHuma = lexicon.GetParameter("rate.+هما", 0.002);
        _rateHunna = lexicon.GetParameter("rate.+هن", 0.001);
        _rateKa = lexicon.GetParameter("rate.+ك", 0.001);
        _rateKum = lexicon.GetParameter("rate.+كم", 0.001);
        _rateNa = lexicon.GetParameter("rate.+نا", 0.005);
        _rateNi = lexicon.GetParameter("rate.+ني", 0.002);
        _rateYa = lexicon.GetParameter("rate.+ي", 0.003);
    }

    /// <summary>The segmenter with the embedded lexicon (loaded on first use).</summary>
    public static ArabicSegmenter Default => DefaultInstance.Value;

    /// <summary>
    /// Segments one token of <paramref name="text"/> into <paramref name="destination"/> without allocating and
    /// returns how many segments were written. They tile [<see cref="Token.Start"/>, <see cref="Token.End"/>) in
    /// order. A token that is not an Arabic word is one stem.
    /// </summary>
    /// <param name="text">The text the token was found in.</param>
    /// <param name="token">The token.</param>
    /// <param name="destination">Room for at least <see cref="MaxSegmentsPerWord"/> segments.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="MaxSegmentsPerWord"/>.</exception>
    public int Segment(ReadOnlySpan<char> text, Token token, Span<Segment> destination)
    {
        if (destination.Length < MaxSegmentsPerWord)
        {
            throw new ArgumentException($"The destination needs room for {MaxSegmentsPerWord} segments.", nameof(destination));
        }

        if ((uint)token.Start > (uint)text.Length || (uint)token.Length > (uint)(text.Length - token.Start))
        {
            throw new ArgumentOutOfRangeException(nameof(token), "The token lies outside the text.");
        }

        if (token.Kind != TokenKind.ArabicWord || token.Length < 2)
        {
            destination[0] = new Segment(token.Start, token.Length, SegmentRole.Stem);
            return 1;
        }

        ReadOnlySpan<char> word = token.Slice(text);
        Span<char> key = stackalloc char[MaxLetters];
        Span<int> pos = stackalloc int[MaxLetters + 1];
        int n = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char k = SegmentationLexicon.KeyChar(word[i]);
            if (k == '\0')
            {
                continue;
            }

            if (k == '\uFFFF' || n == MaxLetters)
            {
                n = -1;
                break;
            }

            key[n] = k;
            pos[n] = token.Start + i;
            n++;
        }

        if (n < 2)
        {
            destination[0] = new Segment(token.Start, token.Length, SegmentRole.Stem);
            return 1;
        }

        pos[n] = token.End;
        pos[0] = token.Start;
        Analysis a = Analyze(key[..n]);
        int count = 0;
        int b = 0;
        if (a.Conjunction)
        {
            destination[count++] = new Segment(pos[0], pos[1] - pos[0], SegmentRole.Proclitic);
            b = 1;
        }

        if (a.Preposition)
        {
            destination[count++] = new Segment(pos[b], pos[b + 1] - pos[b], SegmentRole.Proclitic);
            b++;
        }

        int stemEnd = n - a.Suffix;
        destination[count++] = new Segment(pos[b], pos[stemEnd] - pos[b], SegmentRole.Stem) { Change = a.StemChange };
        if (a.Suffix > 0)
        {
            destination[count++] = new Segment(pos[stemEnd], pos[n] - pos[stemEnd], SegmentRole.Enclitic);
        }

        return count;
    }

    /// <summary>Segments one token of <paramref name="text"/> (see <see cref="Segment"/>).</summary>
    /// <param name="text">The text the token was found in.</param>
    /// <param name="token">The token.</param>
    public Segment[] SegmentWord(string text, Token token)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<Segment> buffer = stackalloc Segment[MaxSegmentsPerWord];
        int count = Segment(text, token, buffer);
        return buffer[..count].ToArray();
    }

    /// <summary>Segments <paramref name="word"/>, taken as one Arabic word (offsets are into <paramref name="word"/>).</summary>
    /// <param name="word">An Arabic word.</param>
    public Segment[] SegmentWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return SegmentWord(word, new Token(0, word.Length, TokenKind.ArabicWord));
    }

    /// <summary>
    /// The span of the token's stem: the token without its proclitics and enclitic (وإردوغان → إردوغان,
    /// بموسكو → موسكو, للأمريكيين → لأمريكيين, the first ل only). A token that is not an Arabic word is returned whole.
    /// </summary>
    /// <param name="text">The text the token was found in.</param>
    /// <param name="token">The token.</param>
    public TextSpan GetStem(ReadOnlySpan<char> text, Token token)
    {
        Span<Segment> buffer = stackalloc Segment[MaxSegmentsPerWord];
        int count = Segment(text, token, buffer);
        foreach (Segment s in buffer[..count])
        {
            if (s.Role == SegmentRole.Stem)
            {
                return s.Span;
            }
        }

        return new TextSpan(token.Start, token.End);
    }

    /// <summary>The span of the token without its proclitics (the stem and any pronoun after it).</summary>
    /// <param name="text">The text the token was found in.</param>
    /// <param name="token">The token.</param>
    public TextSpan GetWithoutProclitics(ReadOnlySpan<char> text, Token token)
    {
        Span<Segment> buffer = stackalloc Segment[MaxSegmentsPerWord];
        int count = Segment(text, token, buffer);
        foreach (Segment s in buffer[..count])
        {
            if (s.Role != SegmentRole.Proclitic)
            {
                return new TextSpan(s.Start, token.End);
            }
        }

        return new TextSpan(token.Start, token.End);
    }

    private Analysis Analyze(ReadOnlySpan<char> k)
    {
        var a = default(Analysis);
        if (_unsplittable.Contains(k))
        {
            return a;
        }

        // Layer 0: the conjunctions و and ف.
        if (k.Length >= 3 && (k[0] == Waw || k[0] == Fa))
        {
            ReadOnlySpan<char> rest = k[1..];
            double split = (k[0] == Waw ? _rateWaw : _rateFa) * Evidence(rest, 1);
            if (split > _betaPrefix * Count(k))
            {
                a.Conjunction = true;
                k = rest;
                if (_unsplittable.Contains(k))
                {
                    return a;
                }
            }
        }

        // Layer 1: a preposition + pronoun (له، بها), else the prepositions ب ل ك and the future particle س.
        if (k.Length >= 2 && (k[0] == Lam || k[0] == Ba) && IsPronoun(k[1..]))
        {
            a.Suffix = k.Length - 1;
            return a;
        }

        if (k.Length >= 3 && PrefixRate(k) > 0)
        {
            ReadOnlySpan<char> rest = k[1..];
            double best = PrefixRate(k) * Evidence(rest, 2);
            bool article = false;
            if (k[0] == Lam && rest[0] == Lam && rest.Length >= 3)
            {
                Span<char> restored = stackalloc char[rest.Length + 1];
                restored[0] = Alef;
                rest.CopyTo(restored[1..]);
                double e = _rateLamDef * Evidence(restored, 2);
                if (e > best)
                {
                    best = e;
                    article = true;
                }
            }

            // A preposition before the article is a clitic whenever the definite rest is a word (بالنسبة، للمناطق).
            bool definite = article || IsDefinite(rest);
            if (best > (definite ? DefiniteBeta : _betaPrefix) * Count(k))
            {
                a.Preposition = true;
                if (article)
                {
                    a.StemChange = SegmentFormChange.ArticleAlef;
                    return a;
                }

                k = rest;
            }
        }

        // Layer 2: a pronoun after the stem (never after the article).
        if (k.Length >= 3 && !IsDefinite(k))
        {
            double best = 0;
            int bestLength = 0;
            SegmentFormChange bestChange = SegmentFormChange.None;
            for (int length = 1; length <= 3 && length <= k.Length - 2; length++)
            {
                double rate = SuffixRate(k[^length..]);
                if (rate > 0)
                {
                    double e = rate * StemCount(k[..^length], out SegmentFormChange change);
                    if (e > best)
                    {
                        best = e;
                        bestLength = length;
                        bestChange = change;
                    }
                }
            }

            if (bestLength > 0 && best > _betaSuffix * Count(k))
            {
                a.Suffix = bestLength;
                a.StemChange = bestChange;
            }
        }

        return a;
    }

    // How well a word form is explained: its own count, or the best reading with clitics from the given layer on.
    private double Evidence(ReadOnlySpan<char> x, int layer)
    {
        double e = Count(x);
        if (layer <= 1 && x.Length >= 3)
        {
            double rate = PrefixRate(x);
            if (rate > 0)
            {
                ReadOnlySpan<char> rest = x[1..];
                e = Math.Max(e, rate * Evidence(rest, 2));
                if (x[0] == Lam && rest[0] == Lam && rest.Length >= 3)
                {
                    Span<char> restored = stackalloc char[rest.Length + 1];
                    restored[0] = Alef;
                    rest.CopyTo(restored[1..]);
                    e = Math.Max(e, _rateLamDef * Count(restored));
                }
            }
        }

        if (x.Length >= 3 && !IsDefinite(x))
        {
            for (int length = 1; length <= 3 && length <= x.Length - 2; length++)
            {
                double rate = SuffixRate(x[^length..]);
                if (rate > 0)
                {
                    e = Math.Max(e, rate * StemCount(x[..^length], out _));
                }
            }
        }

        return e;
    }

    private double StemCount(ReadOnlySpan<char> stem, out SegmentFormChange change)
    {
        change = SegmentFormChange.None;
        double c = Count(stem);
        char last = stem[^1];
        char restored = last switch
        {
            'ت' => 'ة',
            Alef or 'ي' => 'ى',
            'ؤ' or 'ئ' => 'ء',
            _ => '\0',
        };
        if (restored != '\0')
        {
            Span<char> buffer = stackalloc char[stem.Length];
            stem.CopyTo(buffer);
            buffer[^1] = restored;
            double r = Count(buffer);
            if (r > c)
            {
                c = r;
                change = restored switch
                {
                    'ة' => SegmentFormChange.TaMarbuta,
                    'ى' => SegmentFormChange.AlefMaksura,
                    _ => SegmentFormChange.Hamza,
                };
            }
        }

        return c;
    }

    private double PrefixRate(ReadOnlySpan<char> x)
    {
        bool definite = x.Length >= 3 && x[1] == Alef && x[2] == Lam;
        return x[0] switch
        {
            Ba => definite ? _rateBaDef : _rateBa,
            Lam => definite ? 0 : _rateLam,
            Kaf => definite ? _rateKafDef : _rateKaf,
            Sin => x[1] is 'ي' or 'ت' or 'ن' or Alef ? _rateSin : 0,
            _ => 0,
        };
    }

    private double SuffixRate(ReadOnlySpan<char> suffix) => suffix switch
    {
        "ه" => _rateHu,
        "ها" => _rateHa,
        "هم" => _rateHum,
        "هما" => _rateHuma,
        "هن" => _rateHunna,
        "ك" => _rateKa,
        "كم" or "كما" or "كن" => _rateKum,
        "نا" => _rateNa,
        "ني" => _rateNi,
        "ي" => _rateYa,
        _ => 0,
    };

    private static bool IsPronoun(ReadOnlySpan<char> x) =>
        x is "ه" or "ها" or "هم" or "هما" or "هن" or "ك" or "كم" or "كما" or "كن" or "ي" or "نا";

    private static bool IsDefinite(ReadOnlySpan<char> x) => x.Length >= 3 && x[0] == Alef && x[1] == Lam;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Count(ReadOnlySpan<char> x) => _lexicon.GetCount(x);

    private struct Analysis
    {
        public bool Conjunction;
        public bool Preposition;
        public int Suffix;
        public SegmentFormChange StemChange;
    }
}
