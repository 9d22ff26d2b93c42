using System.Collections.Frozen;

namespace ArabicNews.Nlp.Quotes;

/// <summary>
/// The reporting vocabulary: verbs generated from their roots and derived forms (past and present, person, gender,
/// number, attached object pronouns), their active participles (مضيفاً، مشيرة) and the relay words (بحسب، وفقاً).
/// Lookups take a normalized word (<see cref="QuoteWords.Normalize(ReadOnlySpan{char})"/>); a leading و or ف is stripped when the word
/// itself is not a form. Immutable and thread-safe.
/// </summary>
internal sealed class CueLexicon
{
    /// <summary>Forms that read as a reporting verb but are mostly the writer's voice or another word (يذكر أن، تبين أن، بين).</summary>
    private static readonly string[] Excluded = ["يذكر", "تذكر", "تبين", "بين", "تحدث", "متحدث", "متحدثه", "يزعم"];

    // Each surface form maps to its index in _table, so that a document can keep a cue per token as one int.
    private readonly FrozenDictionary<string, int> _forms;

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanForms;

    private readonly CueForm[] _table;

    // Which two letters (U+0620-U+065F) the forms start with, a bit each: most words (ال...، في، من ...) start with a
    // pair no form does and skip the dictionary. A word starting outside that block is looked up.
    private readonly ulong[] _starts = new ulong[64];

    private CueLexicon(Dictionary<string, CueForm> forms)
    {
        _table = [.. forms.Values];
        var indexes = new Dictionary<string, int>(forms.Count, StringComparer.Ordinal);
        foreach (string surface in forms.Keys)
        {
            indexes[surface] = indexes.Count;
            if (surface.Length >= 2 && StartIndex(surface, out uint first, out uint second))
            {
                _starts[first] |= 1UL << (int)second;
            }
        }

        _forms = indexes.ToFrozenDictionary(StringComparer.Ordinal);
        _spanForms = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in lexicon of general Arabic reporting vocabulary.</summary>
    public static CueLexicon Default { get; } = Build();

    /// <summary>How many surface forms the lexicon holds.</summary>
    public int Count => _forms.Count;

    /// <summary>Looks up a normalized word, stripping one attached و or ف when the whole word is not a form.</summary>
    public bool TryGet(string norm, out CueForm form)
    {
        int index = IndexOf(norm);
        form = index >= 0 ? _table[index] : default;
        return index >= 0;
    }

    /// <summary>As <see cref="TryGet"/>: the index of the word's form (for <see cref="FormAt"/>), or -1.</summary>
    public int IndexOf(string norm)
    {
        if (MayStart(norm) && _forms.TryGetValue(norm, out int index))
        {
            return index;
        }

        if (norm.Length > 3 && norm[0] is 'و' or 'ف' && MayStart(norm.AsSpan(1)) && _spanForms.TryGetValue(norm.AsSpan(1), out index))
        {
            return index;
        }

        return -1;
    }

    /// <summary>False when no form starts with the word's first two letters (then the word is no form).</summary>
    private bool MayStart(ReadOnlySpan<char> word) =>
        word.Length < 2 || !StartIndex(word, out uint first, out uint second) || (_starts[first] & (1UL << (int)second)) != 0;

    private static bool StartIndex(ReadOnlySpan<char> word, out uint first, out uint second)
    {
        first = (uint)(word[0] - 0x0620);
        second = (uint)(word[1] - 0x0620);
        return first < 64 && second < 64;
    }

    /// <summary>The form at an index <see cref="IndexOf"/> returned.</summary>
    public CueForm FormAt(int index) => _table[index];

    private static CueLexicon Build()
    {
        var forms = new Dictionary<string, CueForm>(StringComparer.Ordinal);

        // Regular roots with their derived form: the morphology is generated.
        Root(forms, "ذكر", VerbForm.I);
        Root(forms, "كشف", VerbForm.I);
        Root(forms, "لفت", VerbForm.I);
        Root(forms, "كتب", VerbForm.I, participle: false);
        Root(forms, "نقل", VerbForm.I, relay: true);
        Root(forms, "زعم", VerbForm.I);
        Root(forms, "شرح", VerbForm.I);
        Root(forms, "اكد", VerbForm.II);
        Root(forms, "شدد", VerbForm.II);
        Root(forms, "بين", VerbForm.II);
        Root(forms, "صرح", VerbForm.II);
        Root(forms, "حذر", VerbForm.II);
        Root(forms, "نوه", VerbForm.II);
        Root(forms, "رجح", VerbForm.II);
        Root(forms, "غرد", VerbForm.II, participle: false);
        Root(forms, "تبع", VerbForm.III);
        Root(forms, "لحظ", VerbForm.III);
        Root(forms, "علن", VerbForm.IV);
        Root(forms, "وضح", VerbForm.IV);
        Root(forms, "بلغ", VerbForm.IV, present: false, participle: false, objects: true);
        Root(forms, "خبر", VerbForm.IV, participle: false, objects: true);
        Root(forms, "ردف", VerbForm.IV);
        Root(forms, "ورد", VerbForm.IV, participle: false);
        Root(forms, "ضيف", VerbForm.IV);
        Root(forms, "شور", VerbForm.IV);
        Root(forms, "جوب", VerbForm.IV);
        Root(forms, "فيد", VerbForm.IV, participle: false);
        Root(forms, "حدث", VerbForm.V, participle: false);
        Root(forms, "عبر", VerbForm.VIII);
        Root(forms, "عرف", VerbForm.VIII);
        Root(forms, "درك", VerbForm.X);

        // Weak verbs whose forms are irregular: listed by hand, still every person, gender and number that reports.
        Irregular(forms, "قال", past: ["قال", "قالت", "قالوا", "قالا", "قالتا"], present: ["قول"], participle: "قايل");
        Irregular(forms, "راي", past: ["راي", "رات", "راوا"], present: ["ري"], participle: null);
        Irregular(forms, "روي", past: ["روي", "روت", "رووا"], present: ["روي"], participle: null);
        Irregular(forms, "نفي", past: ["نفي", "نفت", "نفوا"], present: ["نفي"], participle: "نافي");
        Irregular(forms, "دعا", past: [], present: [], participle: "داعي");
        Root(forms, "عهد", VerbForm.V);
        Irregular(forms, "ادعي", past: ["ادعي", "ادعت", "ادعوا"], present: ["دعي"], participle: null);
        Irregular(forms, "اقر", past: ["اقر", "اقرت", "اقروا"], present: ["قر"], participle: null);
        Irregular(forms, "اصر", past: ["اصر", "اصرت", "اصروا"], present: ["صر"], participle: null);
        Irregular(forms, "تسايل", past: ["تسايل", "تسايلت", "تسايلوا"], present: ["تسايل"], participle: "متسايل");

        foreach (string relay in (ReadOnlySpan<string>)["بحسب", "حسب", "حسبما", "بحسبما", "وفق", "وفقا", "طبقا", "نقلا", "وفقما"])
        {
            forms[relay] = new CueForm(CueKind.Relay, Agreement.Unknown, relay, false, false);
        }

        foreach (string excluded in Excluded)
        {
            forms.Remove(excluded);
        }

        return new CueLexicon(forms);
    }

    /// <summary>Generates the forms of a triliteral root in a derived form (roots written normalized: hamza as ا).</summary>
    private static void Root(Dictionary<string, CueForm> forms, string root, VerbForm form, bool present = true, bool participle = true, bool relay = false, bool objects = false)
    {
        char c1 = root[0], c2 = root[1], c3 = root[2];
        bool hollow = c2 is 'و' or 'ي';
        string past, presentStem, participleStem;
        switch (form)
        {
            case VerbForm.I:
                past = root;
                presentStem = root;
                participleStem = $"{c1}ا{c2}{c3}";
                break;
            case VerbForm.II:
                past = root;
                presentStem = c1 == 'ا' ? $"و{c2}{c3}" : root;
                participleStem = c1 == 'ا' ? $"مو{c2}{c3}" : "م" + root;
                break;
            case VerbForm.III:
                past = $"{c1}ا{c2}{c3}";
                presentStem = past;
                participleStem = "م" + past;
                break;
            case VerbForm.IV when hollow:
                past = $"ا{c1}ا{c3}";
                presentStem = $"{c1}ي{c3}";
                participleStem = $"م{c1}ي{c3}";
                break;
            case VerbForm.IV:
                past = "ا" + root;
                presentStem = root;
                participleStem = "م" + root;
                break;
            case VerbForm.V:
                past = "ت" + root;
                presentStem = past;
                participleStem = "مت" + root;
                break;
            case VerbForm.VIII:
                past = $"ا{c1}ت{c2}{c3}";
                presentStem = $"{c1}ت{c2}{c3}";
                participleStem = $"م{c1}ت{c2}{c3}";
                break;
            case VerbForm.X:
                past = "است" + root;
                presentStem = "ست" + root;
                participleStem = "مست" + root;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(form));
        }

        string lemma = past;
        AddPast(forms, lemma, past, relay, objects);
        if (present)
        {
            AddPresent(forms, lemma, presentStem, relay);
        }

        if (participle)
        {
            AddParticiple(forms, lemma, participleStem, relay);
        }
    }

    private static void Irregular(Dictionary<string, CueForm> forms, string lemma, string[] past, string[] present, string? participle)
    {
        Agreement[] pastAgreement = [Agreement.Masculine, Agreement.Feminine, Agreement.Plural, Agreement.Plural, Agreement.Plural];
        for (int i = 0; i < past.Length; i++)
        {
            Add(forms, past[i], new CueForm(CueKind.Verb, pastAgreement[i], lemma, false, false));
        }

        foreach (string stem in present)
        {
            AddPresent(forms, lemma, stem, false);
        }

        if (participle is not null)
        {
            AddParticiple(forms, lemma, participle, false);
        }
    }

    private static void AddPast(Dictionary<string, CueForm> forms, string lemma, string stem, bool relay, bool objects)
    {
        (string Suffix, Agreement Agreement)[] suffixes =
            [("", Agreement.Masculine), ("ت", Agreement.Feminine), ("وا", Agreement.Plural), ("ا", Agreement.Plural), ("تا", Agreement.Plural), ("ن", Agreement.Plural)];
        foreach (var (suffix, agreement) in suffixes)
        {
            Add(forms, stem + suffix, new CueForm(CueKind.Verb, agreement, lemma, relay, false));
            if (objects && suffix.Length <= 1)
            {
                foreach (string pronoun in (ReadOnlySpan<string>)["ه", "ها", "هم", "هما"])
                {
                    Add(forms, stem + suffix + pronoun, new CueForm(CueKind.Verb, agreement, lemma, relay, true));
                }
            }
        }
    }

    private static void AddPresent(Dictionary<string, CueForm> forms, string lemma, string stem, bool relay)
    {
        Add(forms, "ي" + stem, new CueForm(CueKind.Verb, Agreement.Masculine, lemma, relay, false));
        Add(forms, "ت" + stem, new CueForm(CueKind.Verb, Agreement.Feminine, lemma, relay, false));
        Add(forms, "ي" + stem + "ون", new CueForm(CueKind.Verb, Agreement.Plural, lemma, relay, false));
        Add(forms, "ي" + stem + "ان", new CueForm(CueKind.Verb, Agreement.Plural, lemma, relay, false));
        Add(forms, "ت" + stem + "ان", new CueForm(CueKind.Verb, Agreement.Plural, lemma, relay, false));
        Add(forms, "ي" + stem + "ن", new CueForm(CueKind.Verb, Agreement.Plural, lemma, relay, false));
    }

    private static void AddParticiple(Dictionary<string, CueForm> forms, string lemma, string stem, bool relay)
    {
        Add(forms, stem + "ا", new CueForm(CueKind.Participle, Agreement.Masculine, lemma, relay, false));
        Add(forms, stem + "ه", new CueForm(CueKind.Participle, Agreement.Feminine, lemma, relay, false));
        Add(forms, stem + "ين", new CueForm(CueKind.Participle, Agreement.Plural, lemma, relay, false));
        Add(forms, stem + "ات", new CueForm(CueKind.Participle, Agreement.Plural, lemma, relay, false));
    }

    private static void Add(Dictionary<string, CueForm> forms, string surface, CueForm form) => forms.TryAdd(surface, form);
}
