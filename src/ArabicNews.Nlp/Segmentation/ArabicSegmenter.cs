using System.Buffers;
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
/// (وقال: قال is frequent; وجود: جود is rare, so وجود stays whole). The same counts give a word's paradigm: a
/// first- or second-person pronoun comes off when the stem's third-person forms are in use (زوجتي: زوجته), س only
/// before an imperfect verb seen in another person, and a word in و whose imperfect in ي is in use keeps its و (وجد).
/// A percent sign after a number (7% = 7 + %) and a tatweel used as a dash at a word's edge are
/// <see cref="SegmentRole.Symbol"/> segments. Deterministic, immutable and thread-safe; the span API allocates nothing.
/// </remarks>
/// <example>
/// <code>
/// Segment[] parts = ArabicSegmenter.Default.SegmentWord("وبسوريا");     // و | ب | سوريا
/// string stem = parts[2].GetForm("وبسوريا");                          // سوريا
/// </code>
/// </example>
public sealed class ArabicSegmenter
{
    /// <summary>
    /// The most segments a word can have (conjunction, preposition or future particle, stem, pronoun; an edge tatweel
    /// comes off as a symbol only when there is room).
    /// </summary>
    public const int MaxSegmentsPerWord = 4;

    private const int MaxLetters = 40;
    private const double DefiniteBeta = 0.0001;
    private const int LexicalMinCount = 3;
    private const int UnseenFutureRest = 10;
    private const int UnseenNounRest = 10;
    private const int VowelRestMinCount = 20;
    private const double NominalBeta = 0.001;
    private const double MinEvidence = 0.1;
    private const int PersonMinCount = 10;
    private const double ConstructShare = 0.3;
    private const char Waw = 'و';
    private const char Fa = 'ف';
    private const char Ba = 'ب';
    private const char Lam = 'ل';
    private const char Kaf = 'ك';
    private const char Sin = 'س';
    private const char Alef = 'ا';
    private const char Tatweel = 'ـ';

    private static readonly Lazy<ArabicSegmenter> DefaultInstance = new(
        () => new ArabicSegmenter(SegmentationLexicon.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    // Function words that UD/ATB keep whole although they start or end like a clitic.
    private static readonly SegmentationLexicon Unsplittable = WordSet(new string[]
    {
        "لكن", "لكي", "كما", "كذلك", "بينما", "عندما", "فيما", "مما", "عما", "ممن", "لذا", "هكذا", "كلما", "حينما",
        "طالما", "ريثما", "لماذا", "كيف", "كيفما", "لدي", "لدى", "بل", "لم", "لن", "لا", "لو", "لولا", "ليس", "ليست",
        "فقط", "كي", "كلا", "كأنما", "إنما", "انما", "لعل", "بلى", "فوق", "لأجل", "ذلك", "تلك", "هنا", "هناك", "هنالك",
        "بعض", "كل", "لكنما", "لقد", "بي",
    });

    // Particles and prepositions a pronoun attaches to (منه، عليها، لدينا، إنني); the first the hosts of ي، ني، ك.
    private static readonly SegmentationLexicon ParticleHosts = WordSet(new string[]
    {
        "من", "عن", "إن", "أن", "إلي", "إلى", "علي", "على", "لدي", "لدى", "عند", "لكن", "ليت", "لعل", "مع", "بين",
    });

    private static readonly SegmentationLexicon Hosts = WordSet(new string[]
    {
        "من", "عن", "إن", "أن", "إلي", "إلى", "علي", "على", "لدي", "لدى", "عند", "لكن", "ليت", "لعل", "مع", "بين",
        "في", "حول", "ضد", "دون", "نحو", "أمام", "وراء", "تحت", "فوق", "مثل", "كل", "بعض", "غير", "نفس", "ذات", "جميع",
        "لأن", "كأن", "أنفس", "وحد",
    });

    // Function words after which و and ف are always conjunctions (وهو، فقد، ولم) and ب ل ك always prepositions (بذلك).
    private static readonly SegmentationLexicon ConjunctionRests = WordSet(new string[]
    {
        "هو", "هي", "هم", "هن", "هما", "نحن", "أنا", "قد", "لا", "لم", "لن", "إن", "أن", "ما", "إذا", "في", "من", "على",
        "عن", "إلى", "كان", "كانت", "ليس", "هذا", "هذه", "ذلك", "تلك", "هناك", "هنا", "لكن", "ثم", "كل", "بعد", "قبل",
        "مع", "عند", "حتى", "لقد", "كما", "بين", "منذ", "إذ", "لو", "لما", "بينما", "عندما",
    });

    private static readonly SegmentationLexicon PrepositionRests = WordSet(new string[]
    {
        "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "كل",
    });

    private readonly SegmentationLexicon _lexicon;
    private readonly double _betaPrefix;
    private readonly double _betaSuffix;
    private readonly double _lexicalShare;
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

    internal ArabicSegmenter(SegmentationLexicon lexicon, IReadOnlyDictionary<string, double>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        if (overrides is { Count: > 0 })
        {
            var merged = new Dictionary<string, double>(lexicon.Parameters, StringComparer.Ordinal);
            foreach (var (name, value) in overrides)
            {
                merged[name] = value;
            }

            lexicon = lexicon.WithParameters(merged);
        }

        _lexicon = lexicon;
        _betaPrefix = lexicon.GetParameter("beta.prefix", 0.03);
        _betaSuffix = lexicon.GetParameter("beta.suffix", 0.01);
        _lexicalShare = lexicon.GetParameter("lexical.share", 0.05);
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
    /// order. A token that is not an Arabic word is one stem, except a number with a percent sign (stem + symbol).
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

        if (token.Kind == TokenKind.Number && token.Length >= 2 && text[token.End - 1] is '%' or '٪')
        {
            // UD counts the percent sign as a word of its own (3% = 3 + %).
            destination[0] = new Segment(token.Start, token.Length - 1, SegmentRole.Stem);
            destination[1] = new Segment(token.End - 1, 1, SegmentRole.Symbol);
            return 2;
        }

        if (token.Kind != TokenKind.ArabicWord || token.Length < 2)
        {
            destination[0] = new Segment(token.Start, token.Length, SegmentRole.Stem);
            return 1;
        }

        ReadOnlySpan<char> word = token.Slice(text);
        Span<char> key = stackalloc char[MaxLetters];
        Span<int> pos = stackalloc int[MaxLetters + 1];
        Span<bool> bare = stackalloc bool[MaxLetters];
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
            bare[n] = word[i] == Alef;
            pos[n] = token.Start + i;
            n++;
        }

        if (n < 2)
        {
            destination[0] = new Segment(token.Start, token.Length, SegmentRole.Stem);
            return 1;
        }

        bool tanween = word.IndexOfAnyInRange('\u064B', '\u064D') >= 0;

        Analysis a = Analyze(key[..n], bare[..n], tanween);

        // A tatweel at the word's edge joins no letter: it is a dash written against the word (ـربما، الأهمـ), a word
        // of its own as UD counts it. At the end it is a dash only when no letter or digit follows (الـ84 keeps its
        // tatweel as the article's link to the number).
        int room = MaxSegmentsPerWord - 1 - (a.Conjunction ? 1 : 0) - (a.Preposition ? 1 : 0) - (a.Suffix > 0 ? 1 : 0);
        int lead = word[0] == Tatweel && room > 0 ? word.IndexOfAnyExcept(Tatweel) : 0;
        room -= lead > 0 ? 1 : 0;
        int trail = 0;
        if (word[^1] == Tatweel && room > 0 && n >= 3 && (token.End == text.Length || !char.IsLetterOrDigit(text[token.End])))
        {
            trail = word.Length - 1 - word.LastIndexOfAnyExcept(Tatweel);
        }

        int count = 0;
        if (lead > 0)
        {
            destination[count++] = new Segment(token.Start, lead, SegmentRole.Symbol);
        }

        pos[n] = token.End - trail;
        pos[0] = token.Start + lead;
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

        if (trail > 0)
        {
            destination[count++] = new Segment(token.End - trail, trail, SegmentRole.Symbol);
        }

        return count;
    }

    /// <summary>
    /// The segments of every token of a document in one array (the analyzer's segmentation stage): token i's are
    /// [<paramref name="starts"/>[i], <paramref name="starts"/>[i + 1]). Two allocations per document, none per token.
    /// </summary>
    /// <param name="text">The document's text.</param>
    /// <param name="tokens">Its tokens, in order.</param>
    /// <param name="first">
    /// Optional: for each token, the first token with the same kind and text (<see cref="TokenRepeats"/>); a repeat
    /// copies that token's segments, shifted.
    /// </param>
    /// <param name="starts">Receives where each token's segments start, and their total count last.</param>
    internal Segment[] SegmentAll(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> first, out int[] starts)
    {
        starts = new int[tokens.Length + 1];

        // Written into a pooled buffer with room for one and a half segments a token (grown when a word could overflow
        // it), then copied out at its exact size: the document allocates only the array it keeps.
        Segment[] segments = ArrayPool<Segment>.Shared.Rent(tokens.Length + (tokens.Length / 2) + MaxSegmentsPerWord);
        try
        {
            int count = 0;
            for (int i = 0; i < tokens.Length; i++)
            {
                starts[i] = count;
                if (segments.Length - count < MaxSegmentsPerWord)
                {
                    Grow(ref segments, count);
                }

                Token t = tokens[i];
                if (t.Kind is not (TokenKind.ArabicWord or TokenKind.Number))
                {
                    // Punctuation, Latin words, symbols: one stem, as Segment writes it, without its checks.
                    segments[count++] = new Segment(t.Start, t.Length, SegmentRole.Stem);
                    continue;
                }

                // A word that ends in a tatweel depends on the character after it (see Segment): it is segmented afresh.
                int earlier = first.IsEmpty ? i : first[i];
                if (earlier < i && text[t.End - 1] != Tatweel)
                {
                    int shift = t.Start - tokens[earlier].Start;
                    for (int k = starts[earlier]; k < starts[earlier + 1]; k++)
                    {
                        Segment s = segments[k];
                        segments[count++] = s with { Start = s.Start + shift };
                    }

                    continue;
                }

                count += Segment(text, t, segments.AsSpan(count));
            }

            starts[tokens.Length] = count;
            return segments.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<Segment>.Shared.Return(segments);
        }
    }

    private static void Grow(ref Segment[] segments, int count)
    {
        Segment[] larger = ArrayPool<Segment>.Shared.Rent(segments.Length * 2);
        segments.AsSpan(0, count).CopyTo(larger);
        ArrayPool<Segment>.Shared.Return(segments);
        segments = larger;
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

    // k is the word's skeleton; bare[i] says whether an alef of k was written bare (ا), not أ إ آ, so that أل and
    // إل (ألبوم، إليها) are not taken for the article.
    private Analysis Analyze(ReadOnlySpan<char> k, ReadOnlySpan<bool> bare, bool noSuffix)
    {
        var a = default(Analysis);
        if (Contains(Unsplittable, k))
        {
            return a;
        }

        // Layer 0: the conjunctions و and ف.
        // A host with its pronoun (وحده، فيه) has no conjunction to split off.
        // Whether the word is lexical is asked only of a word a layer could split (the lookups are the costly part);
        // null until then. Every condition here is a pure lookup, so their order does not change the answer.
        bool? lexical = null;
        if (k.Length >= 3 && (k[0] == Waw || k[0] == Fa) && !IsLexical(k, noSuffix, ref lexical) && !IsHostWithPronoun(k) && !IsNounWithPronoun(k, noSuffix))
        {
            ReadOnlySpan<char> rest = k[1..];
            double split = Contains(ConjunctionRests, rest) || IsHostWithPronoun(rest)
                ? double.MaxValue
                : (k[0] == Waw ? _rateWaw : _rateFa) * Evidence(rest, 1);
            int whole = Count(k);
            // An unseen word in و is almost always و + word (words that start with و are frequent and seen), as is
            // an unseen conjunction + article + noun.
            bool unseen = whole == 0 && (k[0] == Waw ? rest.Length >= 3 : rest.Length >= 4 && IsDefinite(rest, bare[1..]));

            // A two-letter rest in و or ي that is no function word is a name's syllable (the و of فيو), not a word.
            if (split != double.MaxValue && rest.Length == 2 && rest[0] is Waw or 'ي')
            {
                split = 0;
                unseen = false;
            }

            // A verb whose root starts with و (وجد: يوجد; وافق: يوافق), with its ending or pronoun (وجدته، وصفته).
            if (split != double.MaxValue && k[0] == Waw && IsRootWawVerb(k))
            {
                split = 0;
                unseen = false;
            }

            if (unseen || (split >= MinEvidence && split > Beta(k[0], rest, _betaPrefix) * whole))
            {
                a.Conjunction = true;
                k = rest;
                bare = bare[1..];
                if (Contains(Unsplittable, k))
                {
                    return a;
                }

                lexical = null;
            }
        }

        // Layer 1: a preposition + pronoun (له، بها), else the prepositions ب ل ك and the future particle س.
        if (k.Length >= 2 && (k[0] == Lam || k[0] == Ba) && IsPronoun(k[1..]))
        {
            a.Suffix = k.Length - 1;
            return a;
        }

        if (k.Length >= 3 && PrefixRate(k) > 0 && !IsLexical(k, noSuffix, ref lexical) && !IsNounWithPronoun(k, noSuffix))
        {
            ReadOnlySpan<char> rest = k[1..];
            bool definite = IsDefinite(rest, bare[1..]);
            double best = PrefixRate(k) * Evidence(rest, 2);
            double beta = definite ? DefiniteBeta : Beta(k[0], rest, _betaPrefix);
            bool article = false;
            if (k[0] == Lam && rest[0] == Lam && rest.Length >= 3)
            {
                // لل is ل + a word in ل: the article (للمناطق) or a word of its own (للبنان); either way a split.
                beta = DefiniteBeta;
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

            // An unseen word of preposition + article + unseen noun is still split (بالوميض، للبستنة), as is an
            // unseen future particle + imperfect verb (سيستغرقون).
            int whole = Count(k);
            if (whole == 0 && k[0] == Sin && rest.Length >= 3 && rest[0] != Alef && Count(rest) >= UnseenFutureRest)
            {
                best = Math.Max(best, MinEvidence);
            }

            if (whole == 0 && best == 0 && k.Length >= 5 && (definite || (k[0] == Lam && rest[0] == Lam)))
            {
                best = MinEvidence;
                article = !definite;
            }

            // An unseen preposition + a noun that takes the article and is seen alone (كرئيس where the noun is rarer
            // than رئيس); not before و ي ا, where a folded hamza makes names look like nouns (اليشا is إليشا).
            if (whole == 0 && k[0] != Sin && best < MinEvidence && rest[0] is not (Waw or 'ي' or Alef) &&
                Count(rest) >= UnseenNounRest && NominalRest(rest))
            {
                best = MinEvidence;
            }

            // A preposition before a demonstrative or كل (بذلك، لهذه، ككل) is always split.
            if (k[0] != Sin && Contains(PrepositionRests, rest))
            {
                best = double.MaxValue;
            }

            // ك only ever stands before a noun: ask for one that takes the article (كرئيس، كجزء).
            bool construct = k[0] != Sin && !definite && IsConstruct(k, rest);
            bool nominal = definite || best == double.MaxValue || NominalRest(rest) || construct;
            if (construct)
            {
                beta = Math.Min(beta, NominalBeta);
            }

            bool allowed = k[0] != Kaf || nominal;

            // A transliterated name often starts with a consonant + long vowel (بوتين، بيروت، لوكاس): before a rest in
            // و ي ا that is no known noun, ask for an imperfect verb after ل (ليكون: تكون), else for the rest to be a
            // word seen on its own (a folded hamza makes names look like words: وكاس is also وكأس, اين أين).
            if (!nominal && k[0] != Sin && (rest[0] is Waw or 'ي' || (rest[0] == Alef && bare[1])))
            {
                bool verb = k[0] == Lam && rest[0] == 'ي' && rest.Length >= 4 && IsImperfect(rest);
                bool syllable = rest.Length == 2 && !Contains(ConjunctionRests, rest);
                if (!verb && (syllable || Count(rest) < VowelRestMinCount))
                {
                    allowed = false;
                }
            }

            // س only ever stands before an imperfect verb: ask for its paradigm (the other persons, the stem without a
            // plural ending or a pronoun: سيبطئ: تبطئ; سينجحون: ينجح), which also explains an unseen word.
            if (k[0] == Sin)
            {
                int paradigm = ImperfectParadigm(rest, out int own);
                allowed = IsImperfect(rest) || Count(rest) >= UnseenFutureRest;
                if (whole <= LexicalMinCount)
                {
                    best = Math.Max(best, _rateSin * (own + paradigm));
                }
            }

            if (definite && Count(rest) > 0 && k[0] != Sin)
            {
                best = Math.Max(best, MinEvidence);
            }

            if (allowed && best >= MinEvidence && best > beta * whole)
            {
                a.Preposition = true;
                if (article)
                {
                    a.StemChange = SegmentFormChange.ArticleAlef;
                    return a;
                }

                k = rest;
                bare = bare[1..];
                lexical = null;
            }
        }

        // Layer 2: a pronoun after the stem (never after the article).
        // A pronoun never follows tanween (موجهاً is موجه + اً, not موج + ها). After a particle or preposition
        // (منه، عليها، إنني، لدينا) a pronoun is always split; ي، ني and ك are split only there, since after other
        // stems a final ي is far more often a nisba, a construct plural or a name (عامي، مستهلكي، سوني) than "my".
        if (!noSuffix && k.Length >= 3 && HasSuffixRate(k) && !IsLexical(k, noSuffix, ref lexical) && !IsDefinite(k, bare))
        {
            double best = 0;
            int bestLength = 0;
            SegmentFormChange bestChange = SegmentFormChange.None;
            bool nisba = IsNisba(k);
            for (int length = 1; length <= 3 && length <= k.Length - 2; length++)
            {
                ReadOnlySpan<char> suffix = k[^length..];
                double rate = SuffixRate(suffix);
                if (rate == 0)
                {
                    continue;
                }

                ReadOnlySpan<char> stem = k[..^length];
                bool firstOrSecond = suffix is "ي" or "ني" or "ك";
                if (Contains(firstOrSecond ? ParticleHosts : Hosts, stem))
                {
                    a.Suffix = length;
                    a.StemChange = stem[^1] is 'ي' && stem.Length == 3 ? SegmentFormChange.AlefMaksura : SegmentFormChange.None;
                    return a;
                }

                // ي، ني، ك after another stem: split when the stem's third-person forms explain the word (see
                // IsFirstOrSecondPerson): زوجتي (زوجته، زوجتها), يساعدك (يساعده), not عربي، شكري، مشترك.
                if (firstOrSecond && !nisba && IsFirstOrSecondPerson(k, stem, suffix, out SegmentFormChange personChange))
                {
                    a.Suffix = length;
                    a.StemChange = personChange;
                    return a;
                }

                // نا after a past verb is its subject (طلبنا، انطلقنا): the stem is a past verb when its form in ت is common.
                if (suffix is "نا" && IsPastVerb(stem))
                {
                    continue;
                }

                if (!firstOrSecond && !nisba && stem.Length >= 3)
                {
                    double e = rate * StemCount(k[..^length], out SegmentFormChange change, out bool nominal);

                    // A third-person pronoun after a noun that takes the article (بلاده، قوله، أعمارهم).
                    if (nominal && k[^length] == 'ه')
                    {
                        e *= _betaSuffix / NominalBeta;
                    }

                    if (e > best)
                    {
                        best = e;
                        bestLength = length;
                        bestChange = change;
                    }
                }
            }

            if (bestLength > 0 && best >= MinEvidence * _rateYa && best > _betaSuffix * Count(k))
            {
                a.Suffix = bestLength;
                a.StemChange = bestChange;
            }
        }

        return a;
    }

    // The threshold for splitting a proclitic off: lenient when the rest is of the kind the clitic attaches to
    // (a noun that takes the article; an imperfect verb after س), strict otherwise.
    private double Beta(char clitic, ReadOnlySpan<char> rest, double strict) => clitic switch
    {
        Sin => TakesArticle(rest) ? strict : NominalBeta,
        Waw or Fa => NominalRest(rest) || VerbalRest(rest) ? NominalBeta : strict,
        _ => NominalRest(rest) ? NominalBeta : strict,
    };

    // A rest that is a past verb with its feminine in ت in use (وأضاف: أضافت; وأوضح: أوضحت): و and ف go before verbs.
    private bool VerbalRest(ReadOnlySpan<char> rest)
    {
        if (rest.Length < 3 || rest[^1] == 'ة' || rest.Length + 1 > MaxLetters)
        {
            return false;
        }

        if (rest[^1] == 'ت')
        {
            // The feminine itself (وأضافت: أضافت beside أضاف).
            return rest.Length >= 4 && rest[^2] != Alef && Count(rest[..^1]) >= LexicalMinCount && VerbalRest(rest[..^1]);
        }

        Span<char> buffer = stackalloc char[rest.Length + 1];
        rest.CopyTo(buffer);
        buffer[^1] = 'ت';
        int feminine = Count(buffer);
        return feminine >= LexicalMinCount && feminine >= _lexicalShare * Count(rest);
    }

    // A rest that is a noun taking the article, alone or before a third-person pronoun (شكل؛ دورها، اعتباره).
    private bool NominalRest(ReadOnlySpan<char> rest)
    {
        // A noun that takes the article, or a preposition + article (وبالتالي، وللمرة).
        if ((TakesArticle(rest) && Count(rest) >= LexicalMinCount) || (rest.Length >= 5 && rest[0] is Ba or Kaf && IsDefinite(rest[1..])) ||
            (rest.Length >= 4 && rest[0] == Lam && rest[1] == Lam))
        {
            return true;
        }

        for (int length = 1; length <= 3 && length <= rest.Length - 3; length++)
        {
            ReadOnlySpan<char> suffix = rest[^length..];
            if (suffix is "ه" or "ها" or "هم" or "هما" or "هن")
            {
                StemCount(rest[..^length], out _, out bool nominal);
                if (nominal)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsDefinite(ReadOnlySpan<char> k, ReadOnlySpan<bool> bare) => IsDefinite(k) && bare[0];

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
            for (int length = 1; length <= 3 && length <= x.Length - 3; length++)
            {
                ReadOnlySpan<char> suffix = x[^length..];
                double rate = SuffixRate(suffix);
                if (rate > 0 && suffix is not ("ي" or "ني" or "ك"))
                {
                    e = Math.Max(e, rate * StemCount(x[..^length], out _));
                }
            }
        }

        return e;
    }

    private double StemCount(ReadOnlySpan<char> stem, out SegmentFormChange change) => StemCount(stem, out change, out _);

    // The count of a stem before a pronoun, its restored ending tried (مدينت → مدينة), with its article form added
    // when it is a noun that takes the article (بلاد + البلاد); nominal says so.
    private double StemCount(ReadOnlySpan<char> stem, out SegmentFormChange change, out bool nominal)
    {
        change = SegmentFormChange.None;
        nominal = false;
        double c = Count(stem);
        char last = stem[^1];
        char restored = last switch
        {
            'ت' => 'ة',
            Alef or 'ي' => 'ى',
            'ؤ' or 'ئ' => 'ء',
            _ => '\0',
        };
        Span<char> all = stackalloc char[MaxLetters + 1];
        Span<char> buffer = all[..stem.Length];
        scoped ReadOnlySpan<char> chosen = stem;
        if (last == Waw && stem.Length >= 3 && stem.Length < MaxLetters)
        {
            // A verb's plural ending وا drops its alef before a pronoun (يشاركوه: يشاركوا).
            stem.CopyTo(all);
            all[stem.Length] = Alef;
            // The verb in the singular counts too when the plural is seen or the stem is an imperfect (ينفقوها: ينفق),
            // not after a noun in و (أخوه is أخو + ه).
            double r = Count(all[..(stem.Length + 1)]);
            if (r > 0 || stem[0] is 'ي' or 'ت' or 'ن')
            {
                r += Count(stem[..^1]);
            }

            if (r > c)
            {
                c = r;
                change = SegmentFormChange.PluralAlef;
                chosen = all[..(stem.Length + 1)];
            }
        }
        else if (restored != '\0')
        {
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
                chosen = buffer;
            }
        }

        // The stem must be seen alone too: ال + stem can be a folded hamza (اليسا is إليسا, not ال + يسا).
        int definite = ArticleCount(chosen);
        if (c >= LexicalMinCount && definite >= LexicalMinCount && definite >= _lexicalShare * c)
        {
            nominal = true;
            c += definite;
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
            Sin => (x.Length >= 4 && x[1] is 'ي' or 'ت' or 'ن') || (x.Length >= 5 && x[1] == Alef) ? _rateSin : 0,
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

    // A word that takes the article is a noun or adjective of its own (الوجود، الوزير، الأساسي), so it is neither
    // clitic + word nor word + pronoun: ال never stands before a conjunction, a preposition or a pronoun suffix.
    private bool TakesArticle(ReadOnlySpan<char> k)
    {
        if (k.Length < 3 || k.Length + 2 > MaxLetters || IsDefinite(k))
        {
            return false;
        }

        int withArticle = ArticleCount(k);
        return withArticle >= LexicalMinCount && withArticle >= _lexicalShare * Count(k);
    }

    private int ArticleCount(ReadOnlySpan<char> k)
    {
        if (k.Length < 2 || k.Length + 2 > MaxLetters + 2)
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[k.Length + 2];
        buffer[0] = Alef;
        buffer[1] = Lam;
        k.CopyTo(buffer[2..]);
        return Count(buffer);
    }

    // A word in ي whose feminine in ية is in use is a nisba adjective (أساسي، قانوني), not noun + my.
    private bool IsNisba(ReadOnlySpan<char> k)
    {
        if (k[^1] != 'ي' || k.Length + 1 > MaxLetters)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[k.Length + 1];
        k.CopyTo(buffer);
        buffer[^1] = 'ة';
        int feminine = Count(buffer);
        return feminine >= LexicalMinCount && feminine >= _lexicalShare * Count(k);
    }

    // A word that is a lexical unit of its own: it takes the article (a noun or adjective), or it is a past verb in
    // ت whose imperfect in ي is in use (بحثت: يبحث; وصفت: يوصف), which no preposition or conjunction explains better.
    // With tanween, the alef after it (فرداً) is a case ending: the word without it is asked too.
    private bool IsLexical(ReadOnlySpan<char> k, bool tanween, ref bool? known) => known ??= IsLexical(k, tanween);

    // Whether the word ends in a pronoun the suffix layer weighs at all (without one, that layer leaves the word whole).
    private bool HasSuffixRate(ReadOnlySpan<char> k)
    {
        for (int length = 1; length <= 3 && length <= k.Length - 2; length++)
        {
            if (SuffixRate(k[^length..]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsLexical(ReadOnlySpan<char> k, bool tanween) =>
        IsLexical(k) || (tanween && k.Length > 3 && k[^1] == Alef && IsLexical(k[..^1]));

    private bool IsLexical(ReadOnlySpan<char> k)
    {
        if (TakesArticle(k))
        {
            return true;
        }

        if (k.Length < 4 || k[^1] != 'ت' || k[^2] == Alef || k.Length > MaxLetters)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[k.Length];
        buffer[0] = 'ي';
        k[..^1].CopyTo(buffer[1..]);
        int imperfect = Count(buffer);
        return imperfect >= LexicalMinCount && imperfect >= _lexicalShare * Count(k);
    }

    private bool IsPastVerb(ReadOnlySpan<char> stem)
    {
        if (stem.Length + 1 > MaxLetters)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[stem.Length + 1];
        stem.CopyTo(buffer);
        buffer[^1] = 'ت';
        int past = Count(buffer);
        return past >= LexicalMinCount && past >= _lexicalShare * Count(stem);
    }

    // A first- or second-person pronoun (ي، ني، ك) after a stem other than a particle. News text rarely says "my" or
    // "your", and a final ي or ك is more often part of the word (عربي، شكري، مشترك، يدرك), so the split asks for the
    // paradigm: the stem with a third-person pronoun (stem + ه، ها، هم) is in use, at least as often as the word
    // itself. ي and ك also ask for a stem of the right kind: ي a noun that takes the article (زوجة in زوجتي) and
    // whose form in ين/ان is rare (a construct plural or dual: مستهلكي); ني an imperfect verb (يمنحني); ك a
    // noun or an imperfect verb (حسابك، يساعدك). After a preposition (ضدي، معي) the paradigm is not needed.
    private bool IsFirstOrSecondPerson(ReadOnlySpan<char> k, ReadOnlySpan<char> stem, ReadOnlySpan<char> suffix, out SegmentFormChange change)
    {
        change = SegmentFormChange.None;
        if (suffix is "ي" && Contains(Hosts, stem))
        {
            return true;
        }

        if (stem.Length < 3 || stem.Length + 2 > MaxLetters)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[stem.Length + 2];
        stem.CopyTo(buffer);
        buffer[stem.Length] = 'ه';
        int third = Count(buffer[..(stem.Length + 1)]);
        buffer[stem.Length + 1] = Alef;
        third += Count(buffer);
        buffer[stem.Length + 1] = 'م';
        third += Count(buffer);
        if (third < PersonMinCount || Count(k) > third)
        {
            return false;
        }

        bool imperfect = stem[0] is 'ي' or 'ت' or 'ن' or Alef;
        StemCount(stem, out change, out bool nominal);
        if (suffix is "ني")
        {
            // An imperfect verb, not a noun in أ or ت (أول، تقني).
            change = SegmentFormChange.None;
            return imperfect && !nominal;
        }

        if (suffix is "ك")
        {
            return nominal || imperfect;
        }

        buffer[stem.Length] = 'ي';
        buffer[stem.Length + 1] = 'ن';
        int plural = Count(buffer);
        buffer[stem.Length] = Alef;
        plural += Count(buffer);
        return nominal && plural < LexicalMinCount;
    }

    // A preposition + noun that is a lexicalized phrase (بحسب، برفقة): the noun is seen alone, often enough against the
    // whole, and the whole takes a possessive pronoun (برفقته، بحسبها) as a noun in construct does, which a name
    // that starts with ب or ل does not (بوتين، لوكاس).
    private bool IsConstruct(ReadOnlySpan<char> k, ReadOnlySpan<char> rest)
    {
        // With its own pronoun (بوسعه): the phrase without it.
        for (int length = 1; length <= 2 && length <= k.Length - 4; length++)
        {
            if (k[^length..] is "ه" or "ها" or "هم" or "نا" or "كم" && IsConstructPhrase(k[..^length], rest[..^length]))
            {
                return true;
            }
        }

        return IsConstructPhrase(k, rest);
    }

    private bool IsConstructPhrase(ReadOnlySpan<char> k, ReadOnlySpan<char> rest)
    {
        if (k.Length < 4 || k.Length + 2 > MaxLetters)
        {
            return false;
        }

        int whole = Count(k);
        if (whole == 0 || Count(rest) < ConstructShare * whole)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[k.Length + 2];
        k.CopyTo(buffer);
        if (k[^1] == 'ة')
        {
            buffer[k.Length - 1] = 'ت';
        }

        buffer[k.Length] = 'ه';
        int forms = Count(buffer[..(k.Length + 1)]);
        buffer[k.Length + 1] = Alef;
        forms += Count(buffer);
        buffer[k.Length + 1] = 'م';
        forms += Count(buffer);
        return forms >= PersonMinCount;
    }

    // A noun that takes the article with a third-person pronoun (وفاتهم: الوفاة; بلاده: البلاد): its first letter is
    // the noun's, not a clitic (ال never stands before a conjunction or a preposition).
    private bool IsNounWithPronoun(ReadOnlySpan<char> k, bool tanween)
    {
        if (tanween)
        {
            return false;
        }

        for (int length = 1; length <= 2 && length <= k.Length - 3; length++)
        {
            if (k[^length..] is "ه" or "ها" or "هم")
            {
                StemCount(k[..^length], out _, out bool nominal);
                if (nominal)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A verb whose first root letter is و: the word, without a pronoun and a past ending, has an imperfect in ي in use
    // (وجد: يوجد; وافق: يوافق; وصفته: يوصف). A conjunction before a verb never makes one (وقال: يوقال is no word).
    private bool IsRootWawVerb(ReadOnlySpan<char> k)
    {
        for (int length = 0; length <= 2 && length <= k.Length - 3; length++)
        {
            ReadOnlySpan<char> stem = k[..^length];
            if (length > 0 && !(length == 1 ? k[^1] == 'ه' : k[^2] == 'ه' && k[^1] is Alef or 'م'))
            {
                continue;
            }

            // A plural in ون (ودون: يودون is "they wish") is no past verb.
            if (stem[^1] == 'ن' && stem[^2] is Waw or 'ي')
            {
                continue;
            }

            if (HasImperfect(stem) || (stem.Length >= 4 && stem[^1] == 'ت' && HasImperfect(stem[..^1])))
            {
                return true;
            }
        }

        return false;
    }

    // How often the other forms of an imperfect verb are seen: the verb in the other persons (يساهم: تساهم، نساهم),
    // without a plural ending (يستغرقون: يستغرق) or a pronoun (يأخذه: يأخذ, تأخذ). 0 for a word that is no imperfect.
    // An imperfect verb: the word or its stem is seen, and so is another person of it.
    private bool IsImperfect(ReadOnlySpan<char> verb)
    {
        int paradigm = ImperfectParadigm(verb, out int own);
        return own > 0 && paradigm > 0 && own + paradigm >= LexicalMinCount;
    }

    // own counts the word itself and its own person without the ending or pronoun.
    private int ImperfectParadigm(ReadOnlySpan<char> verb, out int own)
    {
        own = Count(verb);
        if (verb.Length < 3 || verb.Length > MaxLetters || verb[0] is not ('ي' or 'ت' or 'ن' or Alef))
        {
            return 0;
        }

        // Endings: a pronoun (ه، ها، هم) after any person, then the plural ون or the dual ان after ي and ت only.
        int total = 0;
        int pronoun = verb[^1] == 'ه' ? 1 : verb[^2] == 'ه' && verb[^1] is Alef or 'م' ? 2 : 0;
        for (int p = 0; p <= pronoun; p += Math.Max(1, pronoun))
        {
            ReadOnlySpan<char> stem = verb[..^p];
            if (stem.Length < 3)
            {
                continue;
            }

            total += Persons(stem, p > 0, ref own);
            if (stem.Length >= 5 && stem[^1] == 'ن' && stem[^2] is Waw or Alef && verb[0] is 'ي' or 'ت')
            {
                total += Persons(stem[..^2], true, ref own);
            }
        }

        return total;
    }

    // The counts of a verb stem in the other persons; with cut, its own person counts to own. The first person أ is
    // left out unless it is the word's own: a folded أ makes nouns of verbs (أطر).
    private int Persons(ReadOnlySpan<char> stem, bool cut, ref int own)
    {
        Span<char> buffer = stackalloc char[stem.Length];
        stem.CopyTo(buffer);
        int total = 0;
        foreach (char person in "يتنا")
        {
            buffer[0] = person;
            if (person == stem[0])
            {
                own += cut ? Count(buffer) : 0;
            }
            else if (person != Alef)
            {
                total += Count(buffer);
            }
        }

        return total;
    }

    private bool HasImperfect(ReadOnlySpan<char> past)
    {
        if (past.Length < 3 || past.Length + 1 > MaxLetters)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[past.Length + 1];
        buffer[0] = 'ي';
        past.CopyTo(buffer[1..]);
        int imperfect = Count(buffer);
        return imperfect >= LexicalMinCount && imperfect >= _lexicalShare * Count(past);
    }

    // A particle or preposition with a pronoun (غيرها، منه، عليهم).
    private bool IsHostWithPronoun(ReadOnlySpan<char> x)
    {
        for (int length = 1; length <= 3 && length < x.Length; length++)
        {
            if (IsPronoun(x[^length..]) && Contains(Hosts, x[..^length]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPronoun(ReadOnlySpan<char> x) =>
        x is "ه" or "ها" or "هم" or "هما" or "هن" or "ك" or "كم" or "كما" or "كن" or "ي" or "نا";

    private static bool IsDefinite(ReadOnlySpan<char> x) => x.Length >= 3 && x[0] == Alef && x[1] == Lam;

    private static SegmentationLexicon WordSet(string[] words) =>
        new([.. words.Select(w => new KeyValuePair<string, int>(SegmentationLexicon.ToKey(w)!, 1))], new Dictionary<string, double>());

    private static bool Contains(SegmentationLexicon set, ReadOnlySpan<char> key) => set.GetCount(key) > 0;

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
