using System.Collections.Frozen;
using ArabicNews.Nlp.Text;

namespace ArabicNews.Nlp.Quotes;

/// <summary>
/// Word normalization and the small closed word classes the quote attributor needs (complementizers, prepositions,
/// titles, time words). General Arabic function vocabulary only; nothing here names a person or an event.
/// </summary>
internal static class QuoteWords
{
    /// <summary>Complementizers that open reported content: أن، إن، أنّ with a pronoun, ب or ف attached.</summary>
    private static readonly FrozenSet<string> Complementizers = Set(
        "ان", "انه", "انها", "انهم", "انهما", "انهن", "انني", "اننا", "انك", "انكم",
        "بان", "بانه", "بانها", "بانهم", "بانهما", "فان", "فانه", "فانها", "فانهم", "وان", "وانه", "وانها", "وانهم");

    /// <summary>Words before أن that make it a non-reporting أن (بعد أن، يجب أن).</summary>
    private static readonly FrozenSet<string> ComplementizerBlockers = Set(
        "بعد", "قبل", "منذ", "دون", "بدون", "لو", "يجب", "يمكن", "ينبغي", "يتعين", "بد", "حتى", "لان", "رغم", "برغم",
        "يفترض", "يعتقد", "يبدو", "يتوقع", "يشار", "يذكر", "تبين", "يقال", "يعني", "علما", "بما", "مجرد", "بمجرد");

    /// <summary>Nouns after which the reported content follows directly: قوله، بالقول، تأكيده.</summary>
    private static readonly FrozenSet<string> Introducers = Set(
        "قوله", "قولها", "قولهم", "قولهما", "بالقول", "القول", "تاكيده", "تاكيدها", "تاكيدهم",
        "اشارته", "اشارتها", "تصريحه", "تصريحها", "تصريحاته", "تحذيره", "تحذيرها");

    /// <summary>Prepositions and particles that end a subject noun phrase.</summary>
    private static readonly FrozenSet<string> PhraseStops = Set(
        "في", "على", "الى", "عن", "من", "مع", "خلال", "امام", "عبر", "لدى", "حول", "بعد", "قبل", "منذ", "ضد", "نحو",
        "وسط", "عقب", "اثناء", "بشان", "حيث", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "ان", "لكن", "بل",
        "او", "ثم", "اذا", "اذ", "لا", "لم", "لن", "ما", "قد", "وقد", "كما", "فيما", "بينما", "لقد", "انه", "هو", "هي",
        "بعدما", "عندما", "حين", "بالاضافه", "ردا", "تعليقا", "بان", "بانه", "فان", "بين", "الا", "اليه", "عليه", "امامه",
        "امامها", "امامهم", "لديه", "لديها", "عندهم", "عليهم", "اليهم", "منهم", "لنا", "لي", "معهم", "لكنه", "لكنها", "بهذا",
        "بذلك", "لذلك", "بهذه", "الصدد",
        "منه", "عنه", "له", "لها", "لهم", "فيه", "فيها", "به", "بها", "معه", "معها", "ان", "و", "ف", "اي", "كل",
        "عنها", "منها", "عليها", "عنهم", "فيهم", "بهم", "لهما", "عنهما");

    /// <summary>Adverbials that may stand between a cue and its subject or content: بدوره، من جهته، أيضاً.</summary>
    private static readonly FrozenSet<string> Adverbials = Set(
        "بدوره", "بدورها", "بدورهم", "ايضا", "كذلك", "مجددا", "مؤخرا", "موخرا", "اليوم", "امس", "الليله", "صباحا", "مساء",
        "مره", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "مبدييا", "رسميا", "لاحقا", "سابقا",
        "الماضي", "الماضيه", "الاسبوع", "الشهر", "صباح", "مساء", "ليل", "فجر", "ظهر", "جهته", "جهتها", "جانبه",
        "جانبها", "ناحيته", "ناحيتها");

    /// <summary>Clause-initial particles that end a backward subject scan: وكان، لكن، إلا أن، بينما.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = Set(
        "كان", "كانت", "وكان", "وكانت", "لكن", "ولكن", "الا", "بينما", "فيما", "حيث", "كما", "ثم", "اذا", "واذا", "اذ",
        "عندما", "بعدما", "حين", "بدوره", "بدورها", "جهته", "جهتها", "جانبه", "جانبها", "وفي", "في", "ان", "انه", "انها",
        "وان", "بان", "لقد", "وقد", "قد", "ومن", "من", "كذلك", "ايضا", "وايضا", "اما", "واما", "لما", "ولما", "بل", "و", "ف",
        "لكنه", "لكنها", "ولكنه", "ولكنها", "فانه", "فانها", "وانه", "بينما", "وبينما", "فيما", "وفيما", "حيث", "وحيث");

    /// <summary>Titles and role nouns (normalized, without ال) that precede a name: الرئيس، وزير، المتحدث.</summary>
    private static readonly FrozenSet<string> Titles = Set(
        "رييس", "الرييس", "وزير", "الوزير", "وزيره", "نايب", "مساعد", "وكيل", "مستشار", "متحدث", "المتحدث", "متحدثه",
        "المتحدثه", "ناطق", "الناطق", "ناطقه", "الناطقه", "سفير", "السفير", "عميد", "العميد", "مشير", "المشير", "لواء",
        "اللواء", "عقيد", "العقيد", "دكتور", "الدكتور", "مهندس", "المهندس", "شيخ", "الشيخ", "امير", "الامير", "ملك",
        "الملك", "مدير", "المدير", "مديره", "المديره", "امين", "الامين", "عام", "العام", "قايد", "القايد", "زعيم",
        "الزعيم", "مسوول", "المسوول", "مسووله", "المسووله", "نظير", "نظيره", "نظيرته", "القاضي", "قاضي", "النايب",
        "المستشار", "الجنرال", "جنرال", "العقيد", "رييسه", "الرييسه", "المبعوث", "مبعوث", "المندوب", "مندوب",
        "الصحافي", "الصحافيه", "الصحفي", "الصحفيه", "الكاتب", "الكاتبه", "المحلل", "محلل", "الخبير", "خبير",
        "المتظاهر", "المتظاهره", "المواطن", "المواطنه", "الناشط", "الناشطه", "البروفيسور", "الاستاذ", "الاستاذه",
        "الحاخام", "البابا", "الشيخه", "السيده", "السيد", "المهندسه", "الدكتوره", "المتحدثه", "عضو", "العضو", "بروفيسور");

    /// <summary>Nouns after which a quoted phrase is a name or title, not a quote: منظمة "..."، صحيفة «...».</summary>
    private static readonly FrozenSet<string> NameNouns = Set(
        "منظمه", "صحيفه", "موقع", "بموقع", "وكاله", "شركه", "حزب", "حركه", "جماعه", "تنظيم", "قناه", "مجله", "برنامج",
        "عمليه", "مبادره", "مؤتمر", "موتمر", "كتاب", "فيلم", "مسلسل", "تطبيق", "هييه", "جمعيه", "مجموعه", "حساب", "شبكه",
        "اذاعه", "تلفزيون", "مركز", "معهد", "مؤسسه", "موسسه", "مجلس", "جبهه", "ائتلاف", "اييتلاف", "تحالف", "اتفاق",
        "اتفاقيه", "خطه", "مشروع", "مبني", "سفينه", "قانون", "شعار", "وسم", "هاشتاغ", "اسم", "باسم", "لقب", "كتيبه",
        "لواء", "فصيل", "جريده", "مدونه", "نادي", "فريق", "مهرجان", "جايزه", "حمله");

    /// <summary>Prefixed prepositional words that end a subject noun phrase: لوكالة، للصحفيين.</summary>
    private static readonly FrozenSet<string> LamObjects = Set(
        "وكاله", "صحيفه", "قناه", "موقع", "تلفزيون", "راديو", "اذاعه", "مجله", "رويترز", "فرانس", "الصحفيين",
        "الصحافيين", "الصحافه", "الاعلام", "وسايل", "شبكه", "محطه", "جريده", "تلفزيونه", "مراسل", "التلفزيون", "الاذاعه",
        "الوكاله", "الصحيفه", "القناه", "الموقع", "العملاء", "المراسلين", "الحضور");

    /// <summary>Demonstratives and نفسه that mark an anaphoric noun phrase (المصدر نفسه، تلك المصادر).</summary>
    private static readonly FrozenSet<string> Anaphoric = Set(
        "نفسه", "نفسها", "نفسهم", "ذاته", "ذاتها", "هذا", "هذه", "ذلك", "تلك", "هولاء", "اولييك", "هؤلاء", "أولئك", "اوليك", "ذات", "نفس");

    /// <summary>Document nouns whose named issuer is the speaker: بيان صادر عن الحكومة.</summary>
    private static readonly FrozenSet<string> DocumentNouns = Set(
        "بيان", "تقرير", "وثيقه", "رساله", "مذكره", "تصريح", "تصريحات", "تعليقات", "اعلان", "بلاغ", "تغريده");

    /// <summary>Nouns (without ال) that name a source after a relay word: بحسب مصادر، وفق الشرطة، حسب بيان.</summary>
    private static readonly FrozenSet<string> SourceNouns = Set(
        "مصدر", "مصادر", "مسوول", "مسوولين", "مسوولون", "شرطه", "جيش", "وزاره", "وكاله", "صحيفه", "تقرير", "تقارير", "بيان",
        "تصريح", "تصريحات", "شهود", "شاهد", "سلطات", "حكومه", "مسعفين", "مسعفون", "ناشطين", "ناشطون", "مرصد", "دفاع", "مكتب",
        "هييه", "لجنه", "منظمه", "جمعيه", "مجلس", "اعلام", "وسايل", "مراسل", "مراقبين", "خبراء", "ارقام", "احصاءات", "احصاييات",
        "بيانات", "معلومات", "وثيقه", "استطلاع", "دراسه", "تقديرات", "موقع", "قناه", "تلفزيون", "اذاعه", "متحدث", "ناطق",
        "سكان", "اطباء", "مستشفي", "امم", "مفوضيه", "محكمه", "نيابه", "ادعاء", "رواية", "روايه", "اعتراف", "اعترافات",
        "حصيله", "سجلات", "مسح", "نتايج", "وزير", "رييس", "قايد", "مدير", "صحف", "وكالات", "مواقع", "حساب", "تغريده",
        "لجان", "خارجيه", "داخليه", "رياسه", "وزارات", "حكومات", "سفاره", "قياده", "اداره", "محافظه", "بلديه", "شركه", "مصرف", "بنك");

    /// <summary>A word that can be part of a person's name: not a title, function word, adverbial or descriptor noun.</summary>
    public static bool IsNameLike(string norm, Tokenization.TokenKind kind) =>
        kind is Tokenization.TokenKind.ArabicWord or Tokenization.TokenKind.LatinWord or Tokenization.TokenKind.Hashtag &&
        !IsTitle(norm) && !IsPhraseStop(norm) && !IsNameNoun(norm) && !IsAnaphoric(norm) && !IsDocumentNoun(norm) &&
        !IsAdverbial(norm) && !IsSourceNoun(norm) && !IsLamObject(norm) && norm is not ("اخر" or "اخري" or "اخرون" or "اخرين" or "بعض" or "احد" or "احدي");

    /// <summary>An adjective-looking word ending in ي/يه (عسكري، محلية): not evidence of a name on its own.</summary>
    public static bool IsNisbaLike(string norm) => norm.Length > 3 && (norm.EndsWith('ي') || norm.EndsWith("يه", StringComparison.Ordinal));

    /// <summary>A one-word definite descriptor (الوكالة، الوزير) that cannot itself be a person's name.</summary>
    public static bool IsCommonNounMention(string mention)
    {
        string norm = Normalize(mention);
        return !norm.Contains(' ', StringComparison.Ordinal) && IsDefinite(norm) && (IsSourceNoun(norm) || IsTitle(norm) || IsNameNoun(norm));
    }

    public static bool IsSourceNoun(string norm) => SourceNounsBySpan.Contains(StripArticle(norm.AsSpan()));

    /// <summary>The speaker's own coordinated acts (وتمنى، وأعرب عن، ودعا، وطالب): a reported clause ends before them.</summary>
    private static readonly FrozenSet<string> CoordinatedActs = Set(
        "وتمني", "وتمنت", "ودعا", "ودعت", "وطالب", "وطالبت", "واشاد", "واشادت", "واعرب", "واعربت", "ورحب", "ورحبت", "وحث",
        "وحثت", "وناشد", "وناشدت", "وشكر", "وشكرت", "واختتم", "واختتمت", "وختم", "وختمت", "واعتذر", "واعتذرت", "وتعهد",
        "وتعهدت", "وهدد", "وهددت", "واتهم", "واتهمت", "وانتقد", "وانتقدت");

    // Every act starts with و: other words (most of them; this runs once per token) skip the lookup.
    public static bool IsCoordinatedAct(string norm) => norm.Length > 2 && norm[0] == 'و' && CoordinatedActs.Contains(norm);

    /// <summary>Normalizes a word for lookups: no diacritics or tatweel, أإآٱ→ا، ى→ي، ة→ه، ؤ→و، ئ→ي.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        // One pass into a stack buffer, one string out.
        char[]? rented = null;
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(word.Length));
        int n = Normalize(word, buffer);
        string result = n == 0 ? string.Empty : new string(buffer[..n]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Writes <see cref="Normalize(ReadOnlySpan{char})"/> of a word into <paramref name="destination"/> (as long as the word) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination)
    {
        int n = 0;
        foreach (char c in word)
        {
            if (ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel || ArabicLetters.IsFormatControl(c))
            {
                continue;
            }

            destination[n++] = c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                'ؤ' => 'و',
                'ئ' => 'ي',
                _ => c,
            };
        }

        return n;
    }

    public static bool IsComplementizer(string norm) => Complementizers.Contains(norm);

    // The word without its first letter is looked up as a span: these run for every word a scan passes.
    public static bool IsComplementizerBlocker(string norm) =>
        ComplementizerBlockers.Contains(norm) || (norm.Length > 2 && norm[0] is 'و' or 'ف' && ComplementizerBlockersBySpan.Contains(norm.AsSpan(1)));

    public static bool IsIntroducer(string norm) => Introducers.Contains(norm) || (norm.Length > 3 && norm[0] is 'و' && IntroducersBySpan.Contains(norm.AsSpan(1)));

    public static bool IsPhraseStop(string norm) => PhraseStops.Contains(norm) || (norm.Length > 2 && norm[0] is 'و' or 'ف' && PhraseStopsBySpan.Contains(norm.AsSpan(1)));

    public static bool IsAdverbial(string norm) => Adverbials.Contains(norm) || (norm.Length > 3 && norm[0] is 'و' && AdverbialsBySpan.Contains(norm.AsSpan(1)));

    public static bool IsClauseOpener(string norm) => ClauseOpeners.Contains(norm);

    public static bool IsTitle(string norm) => Titles.Contains(norm) || (norm.Length > 3 && norm[0] is 'و' && TitlesBySpan.Contains(norm.AsSpan(1)));

    /// <summary><see cref="IsTitle(string)"/> of a word's tail (بنظيره → نظيره).</summary>
    public static bool IsTitle(ReadOnlySpan<char> norm) => TitlesBySpan.Contains(norm) || (norm.Length > 3 && norm[0] is 'و' && TitlesBySpan.Contains(norm[1..]));

    public static bool IsNameNoun(string norm) => NameNounsBySpan.Contains(StripArticle(norm.AsSpan())) || NameNouns.Contains(norm) ||
        norm is "مراسل" or "مراسله" or "موفد" or "موفده" or "ضيف" or "ضيفه" or "محطه" or "راديو"; // مراسل "العربية": indefinite, in construct with the name

    public static bool IsAnaphoric(string norm) => Anaphoric.Contains(norm);

    /// <summary>اسمه، هويتها: the name or identity a source withholds (رفض ذكر اسمه، طلب عدم كشف هويته).</summary>
    public static bool IsWithheldName(string norm) =>
        norm is "اسمه" or "اسمها" or "اسمهم" or "اسمهما" or "اسماءهم" or "اسمايهم" or "اسمائهم" or "هويته" or "هويتها" or "هويتهم" or "هويتهما";

    /// <summary>Nouns of speech (without ال) that take the speaker's pronoun in حسب تعبيره، بحسب رأيها، وفق أقوالهم.</summary>
    private static readonly FrozenSet<string> SpeechNouns = Set(
        "تعبير", "قول", "اقوال", "كلام", "وصف", "راي", "زعم", "روايه", "حديث", "تقدير", "تقديرات", "ادعاء", "ادعاءات", "تلميحات");

    private static readonly (string Suffix, Agreement Agreement)[] Pronouns =
        [("هما", Agreement.Plural), ("هم", Agreement.Plural), ("ها", Agreement.Feminine), ("ه", Agreement.Masculine)];

    /// <summary>
    /// The gender and number of the pronoun on a noun of speech (تعبيره: masculine, رأيها: feminine, أقوالهم: plural),
    /// or null when the word is no such noun.
    /// </summary>
    public static Agreement? SpeechNounAgreement(string norm)
    {
        foreach (var (suffix, agreement) in Pronouns)
        {
            if (norm.Length > suffix.Length + 2 && norm.EndsWith(suffix, StringComparison.Ordinal))
            {
                ReadOnlySpan<char> stem = norm.AsSpan(0, norm.Length - suffix.Length);
                if (SpeechNounsBySpan.Contains(stem) || (stem[^1] == 'ت' && SpeechNounsBySpan.Contains(string.Concat(stem[..^1], "ه"))))
                {
                    return agreement; // روايته: رواية with its ة written ت before the pronoun
                }
            }
        }

        return null;
    }

    /// <summary>Verbs that issue a document (أصدر بيانا، نشرت تقريرا، وزعوا رسالة), with و or ف before them.</summary>
    public static bool IsIssuingVerb(string norm)
    {
        ReadOnlySpan<char> w = norm.Length > 3 && norm[0] is 'و' or 'ف' ? norm.AsSpan(1) : norm.AsSpan();
        return w is "اصدر" or "اصدرت" or "اصدروا" or "نشر" or "نشرت" or "نشروا" or "وزع" or "وزعت" or "وجه" or "وجهت" or "بعث" or "بعثت";
    }

    public static bool IsDocumentNoun(string norm) => DocumentNounsBySpan.Contains(StripArticle(norm.AsSpan()));

    /// <summary>True for a word like لوكالة or للصحفيين: ل + a medium or audience, which ends a subject phrase.</summary>
    public static bool IsLamObject(string norm)
    {
        if (norm.Length < 3 || norm[0] != 'ل')
        {
            return false;
        }

        if (norm.StartsWith("لل", StringComparison.Ordinal))
        {
            // لل + noun is ل + ال + noun: the set holds the noun with its article.
            return ContainsWithAlef(LamObjectsBySpan, norm.AsSpan(1), stripArticle: false);
        }

        return LamObjectsBySpan.Contains(norm.AsSpan(1));
    }

    /// <summary><see cref="IsSourceNoun"/> of ا + <paramref name="rest"/> (لوكالة: الوكالة), without building the string.</summary>
    public static bool IsSourceNounWithAlef(ReadOnlySpan<char> rest) => ContainsWithAlef(SourceNounsBySpan, rest, stripArticle: true);

    private static bool ContainsWithAlef(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> rest, bool stripArticle)
    {
        Span<char> word = rest.Length < 64 ? stackalloc char[rest.Length + 1] : new char[rest.Length + 1];
        word[0] = 'ا';
        rest.CopyTo(word[1..]);
        return set.Contains(stripArticle ? StripArticle(word) : word);
    }

    /// <summary>The word without a leading ال (or لل/بال/وال/فال/كال).</summary>
    public static string StripArticle(string norm)
    {
        int article = ArticleLength(norm);
        return article == 0 ? norm : norm[article..];
    }

    /// <summary>The word without a leading ال (or لل/بال/وال/فال/كال), as a slice of it.</summary>
    public static ReadOnlySpan<char> StripArticle(ReadOnlySpan<char> norm) => norm[ArticleLength(norm)..];

    /// <summary>How many leading characters <see cref="StripArticle(string)"/> removes: 0 for a word without the article.</summary>
    private static int ArticleLength(ReadOnlySpan<char> norm)
    {
        foreach (string prefix in (ReadOnlySpan<string>)["وال", "فال", "بال", "كال", "ال"])
        {
            if (norm.Length > prefix.Length + 1 && norm.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }

        return norm.Length > 3 && norm.StartsWith("لل", StringComparison.Ordinal) ? 2 : 0;
    }

    /// <summary>True when the word carries the definite article (ال، وال، بال ...).</summary>
    public static bool IsDefinite(string norm) => ArticleLength(norm) > 0;

    /// <summary>A nisba adjective: definite and ending in ي/يه (الروسي، التركية).</summary>
    public static bool IsNisba(string norm) => IsNisba(norm.AsSpan());

    /// <summary><see cref="IsNisba(string)"/> of a span.</summary>
    public static bool IsNisba(ReadOnlySpan<char> norm)
    {
        ReadOnlySpan<char> bare = StripArticle(norm);
        return bare.Length != norm.Length && bare.Length >= 3 && (bare.EndsWith('ي') || bare.EndsWith("يه", StringComparison.Ordinal));
    }

    /// <summary>A comparable stem: article stripped, nisba ending folded (التركية → تركي).</summary>
    public static string Stem(string norm)
    {
        ReadOnlySpan<char> stem = StemOf(norm);
        return stem.Length == norm.Length ? norm : stem.ToString();
    }

    /// <summary><see cref="Stem(string)"/> of a span, as a new string.</summary>
    public static string Stem(ReadOnlySpan<char> norm) => StemOf(norm).ToString();

    private static ReadOnlySpan<char> StemOf(ReadOnlySpan<char> norm)
    {
        ReadOnlySpan<char> bare = StripArticle(norm);
        if (bare.Length > 3 && (bare.EndsWith("يه", StringComparison.Ordinal) || bare.EndsWith('ه')))
        {
            return bare[..^1];
        }

        return bare;
    }

    /// <summary>
    /// Adds the stem (<see cref="Stem(string)"/>) of each word of <paramref name="text"/>, normalized (<see cref="Normalize(ReadOnlySpan{char})"/>)
    /// and split at <paramref name="separators"/> with empty parts skipped: Normalize(text).Split(separators) without
    /// the intermediate strings.
    /// </summary>
    public static void AddStems(List<string> stems, ReadOnlySpan<char> text, ReadOnlySpan<char> separators) =>
        AddWords(stems, text, separators, stem: true, max: int.MaxValue);

    /// <summary>Adds the first <paramref name="max"/> words of Normalize(text).Split(separators) (empty parts skipped), or their stems.</summary>
    public static void AddWords(List<string> words, ReadOnlySpan<char> text, ReadOnlySpan<char> separators, bool stem, int max)
    {
        char[]? rented = null;
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        ReadOnlySpan<char> normalized = buffer[..Normalize(text, buffer)];
        int added = 0;
        foreach (Range range in normalized.SplitAny(separators))
        {
            ReadOnlySpan<char> part = normalized[range];
            if (!part.IsEmpty && added++ < max)
            {
                words.Add(stem ? Stem(part) : part.ToString());
            }
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    // Span views of the sets looked up with a slice of a word (no substring per lookup).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ComplementizerBlockersBySpan = ComplementizerBlockers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntroducersBySpan = Introducers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseStopsBySpan = PhraseStops.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbialsBySpan = Adverbials.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitlesBySpan = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameNounsBySpan = NameNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LamObjectsBySpan = LamObjects.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentNounsBySpan = DocumentNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechNounsBySpan = SpeechNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SourceNounsBySpan = SourceNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string> Set(params string[] words) => words.Select(w => Normalize(w)).ToFrozenSet(StringComparer.Ordinal);
}
