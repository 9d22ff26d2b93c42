using System.Runtime.InteropServices;
using ArabicNews.Nlp.Entities;

namespace ArabicNews.Nlp.Quotes;

/// <summary>
/// Resolves who said a quote with ordered sieves that abstain rather than guess: a named entity in the subject phrase,
/// a role or anaphoric phrase (الرئيس التركي، المصدر نفسه، الوكالة) resolved to the person or source the document
/// introduced with it, an unnamed source kept as its noun phrase, and for a subjectless cue the most recent speaker
/// whose gender and number agree. One instance per document; not shared across threads.
/// </summary>
internal sealed class SpeakerResolver
{
    private const int HistoryLimit = 32;
    private const int IntroducedLimit = 64;

    private readonly QuoteDocument _doc;
    private readonly List<HistoryEntry> _history = [];
    private readonly List<HistoryEntry> _introduced = [];

    // Scratch lists reused from call to call (one resolver per document, one thread).
    private readonly List<string> _words = [];
    private readonly List<string> _nisbas = [];
    private readonly List<string> _stems = [];
    private int _nextEntity;

    // The definite family names of the persons named so far (الشاهد → يوسف الشاهد), built only when there is one.
    private Dictionary<string, string>? _familyNames;

    public SpeakerResolver(QuoteDocument doc) => _doc = doc;

    /// <summary>The speaker named by the noun phrase [first, last], or null when the phrase names nobody.</summary>
    public Speaker? FromPhrase(int first, int last, Agreement agreement, int anchor, out float confidence)
    {
        confidence = 0;
        if (first < 0 || last < first)
        {
            return null;
        }

        AdvanceIntroduced(anchor);
        string head = _doc.Norm[first];
        if (head is "مصدر" or "مصادر" or "المصدر" or "المصادر")
        {
            // مصدر أمني لرويترز، مصادر لبي بي سي: the organization after ل is whom the source spoke to
            for (int i = first + 1; i <= last; i++)
            {
                if (_doc.EntityAt[i] is int e && e >= 0 && _doc.Entities[e].Type == EntityType.Organization && _doc.Entities[e].Start > _doc.Tokens[i].Start &&
                    _doc.Text[_doc.Tokens[i].Start] == 'ل')
                {
                    last = i - 1;
                    break;
                }
            }
        }

        TextSpan mention = new(_doc.Tokens[first].Start, _doc.Tokens[last].End);

        // Sieve 1: a named person or organization in the phrase.
        Entity? person = null, organization = null, country = null;
        for (int i = first; i <= last; i++)
        {
            int e = _doc.EntityAt[i];
            if (e < 0)
            {
                continue;
            }

            Entity entity = _doc.Entities[e];
            switch (entity.Type)
            {
                case EntityType.Person when person is null && !QuoteWords.IsCommonNounMention(entity.Text):
                    person = entity;
                    break;
                case EntityType.Organization when organization is null:
                    organization = entity;
                    break;
                case EntityType.Country or EntityType.Place when country is null && i == first:
                    country = entity;
                    break;
            }
        }

        bool documentHead = QuoteWords.IsDocumentNoun(head);
        if (person is not null && !documentHead)
        {
            confidence = 0.95f;
            return new Speaker(person.Canonical, EntityType.Person, mention);
        }

        // A name the recognizer missed before the organization (فلانة الفلانية المتحدثة باسم الهيئة) wins over it.
        int earlyEnd = -1;
        int earlyName = organization is null || _doc.EntityAt[first] >= 0 ? -1 : NameRun(first, _doc.FirstTokenAt(organization.Start) - 1, out earlyEnd, firstRun: true);
        if (earlyName == first && !documentHead)
        {
            confidence = 0.7f;
            return new Speaker(_doc.PhraseText(earlyName, earlyEnd, stripLeadingConjunction: true), null, mention);
        }

        if (organization is not null && (documentHead || _doc.EntityAt[first] >= 0 || !QuoteWords.IsTitle(head)))
        {
            confidence = 0.9f;
            return new Speaker(organization.Canonical, EntityType.Organization, mention);
        }

        if (country is not null)
        {
            confidence = 0.85f;
            return new Speaker(country.Canonical, country.Type, mention);
        }

        // بيان صادر عن الحكومة: the issuer after عن.
        if (documentHead)
        {
            for (int i = first + 1; i < last; i++)
            {
                if (_doc.Norm[i] == "عن")
                {
                    confidence = 0.7f;
                    return new Speaker(_doc.PhraseText(i + 1, last, stripLeadingConjunction: false), null, mention);
                }
            }
        }

        // A definite family name alone, of a person the document has named in full (يوسف الشاهد … وقال الشاهد): before the
        // quote, or anywhere for a colon headline (read after the body: الفالح: … above خالد الفالح's article).
        if (first == last && _familyNames is not null && _doc.EntityAt[first] < 0 && _familyNames.TryGetValue(head, out string? fullName) &&
            !QuoteWords.IsTitle(head))
        {
            confidence = 0.8f;
            return new Speaker(fullName, EntityType.Person, mention);
        }

        // Sieve 2: a role or anaphoric phrase resolves to whom the document introduced with it.
        List<string> words = _words;
        words.Clear();
        bool anaphoric = false, definite = false;
        for (int i = first; i <= last; i++)
        {
            if (!_doc.IsWord(i))
            {
                continue;
            }

            string norm = _doc.Norm[i];
            if (QuoteWords.IsAnaphoric(norm))
            {
                anaphoric = true;
                continue;
            }

            definite |= words.Count == 0 && QuoteWords.IsDefinite(norm);
            words.Add(norm);
        }

        if (words.Count == 0)
        {
            if (anaphoric && CarryOver(agreement) is { } carried)
            {
                confidence = 0.6f;
                return carried with { Mention = mention };
            }

            return null;
        }

        int nameStart = NameRun(first, last, out int nameEnd);
        if (nameStart >= 0 && (AllNisbaLike(nameStart, nameEnd) || DescribesHead(first, nameStart, nameEnd)))
        {
            nameStart = -1; // مصادر عسكرية: an adjective alone is no name
        }
        if (nameStart < 0 && (definite || anaphoric) && words.Count <= 4)
        {
            if (ResolveRole(words) is { } role)
            {
                confidence = 0.8f;
                return role.Speaker with { Mention = mention };
            }

            if (anaphoric && CarryOver(agreement) is { } carried)
            {
                confidence = 0.6f;
                return carried with { Mention = mention };
            }
        }

        // Sieve 3: a name the recognizer did not know, or an unnamed source kept as its noun phrase.
        if (nameStart >= 0)
        {
            confidence = 0.7f;
            string name = _doc.PhraseText(nameStart, nameEnd, stripLeadingConjunction: true);
            EntityType? type = null;
            return new Speaker(name, type, mention);
        }

        confidence = 0.6f;
        return new Speaker(_doc.PhraseText(first, last, stripLeadingConjunction: true), null, mention);
    }

    /// <summary>The most recent speaker whose gender and number agree with the cue, or null.</summary>
    public Speaker? CarryOver(Agreement agreement)
    {
        for (int k = _history.Count - 1; k >= 0; k--)
        {
            HistoryEntry entry = _history[k];
            if (agreement == Agreement.Unknown || entry.Agreement == Agreement.Unknown || entry.Agreement == agreement)
            {
                return entry.Speaker with { Mention = null };
            }
        }

        return null;
    }

    /// <summary>
    /// One word the recognizer did not know, after the phrase's head, that describes it (مصدر مطلع، دراسة حديثة، شهود
    /// عيان، مسؤول كبير): after a title or a nationality (الوزير خليل، السوري خليل) one word is a name unless it is a
    /// word of rank or time (كبير، رفيع، بارز، سابق).
    /// </summary>
    private bool DescribesHead(int first, int nameStart, int nameEnd)
    {
        if (nameStart <= first || _doc.WordCount(nameStart, nameEnd) != 1)
        {
            return false;
        }

        int before = nameStart - 1;
        while (before > first && !_doc.IsWord(before))
        {
            before--;
        }

        string word = _doc.Norm[nameStart];
        return word is "كبير" or "كبيره" or "رفيع" or "رفيعه" or "بارز" or "بارزه" or "سابق" or "سابقه" or "ثان" or "ثاني" or "اخر" or "مطلع" or "مطلعه" ||
            !(QuoteWords.IsTitle(_doc.Norm[before]) || QuoteWords.IsNisbaLike(_doc.Norm[before]));
    }

    private bool AllNisbaLike(int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (_doc.IsWord(i) && !QuoteWords.IsNisbaLike(_doc.Norm[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The latest person named before <paramref name="anchor"/>, or null.</summary>
    public Speaker? LatestPerson(int anchor)
    {
        AdvanceIntroduced(anchor);
        for (int k = _introduced.Count - 1; k >= 0; k--)
        {
            if (_introduced[k].Speaker.Type == EntityType.Person)
            {
                return _introduced[k].Speaker with { Mention = null };
            }
        }

        return null;
    }

    /// <summary>Records a speaker as the most recent one, with the agreement of the cue that introduced it.</summary>
    public void Remember(Speaker speaker, Agreement agreement)
    {
        for (int k = _history.Count - 1; k >= 0; k--)
        {
            if (_history[k].Speaker.Canonical == speaker.Canonical)
            {
                if (agreement == Agreement.Unknown)
                {
                    agreement = _history[k].Agreement;
                }

                string[] context = _history[k].Context;
                string head = _history[k].Head;
                _history.RemoveAt(k);
                _history.Add(new HistoryEntry(speaker with { Mention = null }, agreement, Merge(context, MentionContext(speaker)), head.Length > 0 ? head : MentionHead(speaker)));
                return;
            }
        }

        _history.Add(new HistoryEntry(speaker with { Mention = null }, agreement, MentionContext(speaker), MentionHead(speaker)));
        if (_history.Count > HistoryLimit)
        {
            _history.RemoveAt(0);
        }
    }

    /// <summary>The first run of name-like words in the phrase (not titles, not definite, not function words), or -1.</summary>
    private int NameRun(int first, int last, out int end, bool firstRun = false)
    {
        end = -1;
        int start = -1, bestStart = -1;
        for (int i = first; i <= last; i++)
        {
            if (!_doc.IsWord(i))
            {
                if (!_doc.IsMark(i))
                {
                    start = -1;
                }

                continue;
            }

            string norm = _doc.Norm[i];
            bool plain = QuoteWords.IsNameLike(norm, _doc.Tokens[i].Kind);
            bool definite = QuoteWords.IsDefinite(norm);
            if (plain && (!definite || (start >= 0 && !QuoteWords.IsNisba(norm))))
            {
                if (start < 0)
                {
                    start = i;
                }

                bestStart = start;
                end = i;
            }
            else
            {
                if (firstRun && bestStart >= 0)
                {
                    break;
                }

                start = -1;
            }
        }

        return bestStart;
    }

    /// <summary>A role phrase (الرئيس التركي، الوزير، الوكالة) → the latest person or source introduced with that head and nisba.</summary>
    private HistoryEntry? ResolveRole(List<string> words)
    {
        string head = QuoteWords.Stem(words[0]);
        List<string> nisbas = _nisbas;
        nisbas.Clear();
        for (int i = 1; i < words.Count; i++)
        {
            if (QuoteWords.IsNisba(words[i]))
            {
                nisbas.Add(QuoteWords.Stem(words[i]));
            }
        }

        for (int pass = 0; pass < 2; pass++)
        {
            List<HistoryEntry> list = pass == 0 ? _history : _introduced;
            for (int k = list.Count - 1; k >= 0; k--)
            {
                string[] context = list[k].Context;
                bool headMatch = QuoteWords.IsTitle(words[0])
                    ? context.Contains(head) || (nisbas.Count > 0 && context.Contains("نظير"))
                    : list[k].Head == head; // الوكالة → وكالة الأنباء ...، الرسالة → رسالة رسمية
                if (headMatch && ContainsAll(context, nisbas))
                {
                    return list[k];
                }
            }
        }

        return null;
    }

    /// <summary>Takes in the persons and organizations named before <paramref name="anchor"/>, with the role words before them.</summary>
    private void AdvanceIntroduced(int anchor)
    {
        while (_nextEntity < _doc.Entities.Count && _doc.Entities[_nextEntity].End <= _doc.Tokens[Math.Min(anchor, _doc.Count - 1)].Start)
        {
            Entity entity = _doc.Entities[_nextEntity++];
            if (entity.Type is not (EntityType.Person or EntityType.Organization))
            {
                continue;
            }

            int space = entity.Canonical.LastIndexOf(' ');
            if (entity.Type == EntityType.Person && space > 0 && entity.Canonical.Length - space > 3 && entity.Canonical[space + 1] == 'ا')
            {
                // يوسف الشاهد: the family name alone (الشاهد) names him later, where the recognizer reads a noun
                (_familyNames ??= new Dictionary<string, string>(StringComparer.Ordinal))[QuoteWords.Normalize(entity.Canonical.AsSpan(space + 1))] = entity.Canonical;
            }

            List<string> context = _stems;
            context.Clear();
            QuoteWords.AddStems(context, entity.Text, " ");
            int token = _doc.FirstTokenAt(entity.Start);
            for (int i = token - 1, taken = 0; i >= 0 && taken < 5 && _doc.IsWord(i) && _doc.SameSentence(token, i); i--, taken++)
            {
                string norm = _doc.Norm[i];
                if (norm.Length > 3 && norm[0] is 'ب' or 'و' or 'ل' or 'ف' && QuoteWords.IsTitle(norm.AsSpan(1)))
                {
                    context.Add(QuoteWords.Stem(norm.AsSpan(1))); // بنظيره، والرئيس: a title
                    continue;
                }

                if (!(QuoteWords.IsTitle(norm) || QuoteWords.IsNisba(norm) || QuoteWords.IsDefinite(norm)))
                {
                    break;
                }

                context.Add(QuoteWords.Stem(norm));
            }

            _introduced.Add(new HistoryEntry(new Speaker(entity.Canonical, entity.Type, null), Agreement.Unknown, [.. context], ""));
            if (_introduced.Count > IntroducedLimit)
            {
                _introduced.RemoveAt(0);
            }
        }
    }

    private string[] MentionContext(Speaker speaker)
    {
        List<string> context = _stems;
        context.Clear();
        QuoteWords.AddStems(context, speaker.Canonical, " ");
        if (speaker.Mention is { } m)
        {
            QuoteWords.AddStems(context, _doc.Text.AsSpan(m.Start, m.Length), MentionSeparators);
        }

        return Distinct(CollectionsMarshal.AsSpan(context), []);
    }

    private static string[] Merge(string[] a, string[] b) => Distinct(a, b);

    /// <summary>The words of <paramref name="first"/> then <paramref name="second"/>, each once, in first-seen order (as LINQ's Distinct).</summary>
    private static string[] Distinct(ReadOnlySpan<string> first, ReadOnlySpan<string> second)
    {
        var distinct = new List<string>(first.Length + second.Length);
        foreach (string word in first)
        {
            if (!distinct.Contains(word))
            {
                distinct.Add(word);
            }
        }

        foreach (string word in second)
        {
            if (!distinct.Contains(word))
            {
                distinct.Add(word);
            }
        }

        return [.. distinct];
    }

    private static bool ContainsAll(string[] context, List<string> words)
    {
        foreach (string word in words)
        {
            if (Array.IndexOf(context, word) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private string MentionHead(Speaker speaker)
    {
        ReadOnlySpan<char> text = speaker.Mention is { } m ? _doc.Text.AsSpan(m.Start, m.Length) : speaker.Canonical;
        List<string> words = _stems;
        words.Clear();
        QuoteWords.AddWords(words, text, MentionSeparators, stem: false, max: 1);
        if (words.Count == 0)
        {
            return "";
        }

        string head = words[0];
        return QuoteWords.Stem(head.Length > 3 && head[0] == 'و' && head[1] == 'ا' ? head.AsSpan(1) : head);
    }

    private static ReadOnlySpan<char> MentionSeparators => [' ', '،', ','];

    /// <summary>A speaker remembered: its agreement, the stems of the words it was introduced with, and the stem of its head noun.</summary>
    private readonly record struct HistoryEntry(Speaker Speaker, Agreement Agreement, string[] Context, string Head);
}
