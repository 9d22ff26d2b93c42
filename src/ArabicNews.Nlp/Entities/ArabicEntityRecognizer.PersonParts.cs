using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Entities;

public sealed partial class ArabicEntityRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// Joins into one person the parts of a name that the rules and the model found apart or cut short, where the
        /// way the name is written says it is one: a surname after a particle (جاك إيف لو بران), a given name whose
        /// syllables a hyphen joins (كيم هيون -جو), a quoted nickname before the surname (مروان "أبو صخر" الحلبي), a
        /// surname built with الله (سعيد الفضل الله) or written as a hashtag (كريم #الشناوي), a one-word person and the
        /// person that touches it (صالح + بركات), the particle of a surname found alone (فان بيرسي), a given name that
        /// normalizes to an ordinary word (آلان جوبيه). A part that is not a person (a place, an organization) stops the
        /// join. A person right after رأس is the cape's name, a place (<see cref="CapeName"/>). First a person gets back a first letter read as a proclitic (<see cref="FirstLetterIsTheName"/>), one
        /// that starts with a word in tanween is dropped (<see cref="Indefinite"/>) and a verb at the end of a person is
        /// left out (<see cref="WithoutVerbs"/>).
        /// </summary>
        private void JoinPersonParts(List<Candidate> chosen)
        {
            GivenNamesThatAreNisbas(chosen);
            SaintPlaces(chosen);
            HashSet<string>? wholeWords = null; // the words the document's persons hold whole (بايدن in جو بايدن), built when needed
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                if (c.Type != EntityType.Person || c.End != _tokens[c.TokEnd - 1].End)
                {
                    continue;
                }

                if (c.TokEnd - c.TokStart >= 2)
                {
                    c = WithoutVerbs(c);
                    chosen[n] = c;
                }

                if (FirstLetterIsTheName(c) || WholeWordOfAnotherPerson(c, chosen, ref wholeWords))
                {
                    c = c with { Start = c.Start - 1, Canonical = OriginalText(c.Start - 1, c.End) };
                    chosen[n] = c;
                }

                if (CapeName(c, n == 0 ? -1 : chosen[n - 1].TokEnd))
                {
                    int s = _tokens[c.TokStart - 1].Start;
                    chosen[n] = c with { TokStart = c.TokStart - 1, Start = s, Type = EntityType.Place, Canonical = OriginalText(s, c.End) };
                    continue;
                }

                if (Indefinite(c.TokStart) || TitleBeforePerson(c, n + 1 < chosen.Count ? chosen[n + 1] : default))
                {
                    chosen.RemoveAt(n--); // كان والده مهندساً معمارياً: a noun phrase, no name; البابا فرنسيس: the title of the name after it
                    continue;
                }

                int previousEnd = n == 0 ? -1 : chosen[n - 1].TokEnd;
                if (ParticleBefore(c, previousEnd) || OrdinaryGivenNameBefore(c, previousEnd))
                {
                    c = c with { TokStart = c.TokStart - 1, Start = _tokens[c.TokStart - 1].Start, Canonical = OriginalText(_tokens[c.TokStart - 1].Start, c.End) };
                    chosen[n] = c;
                }

                int end = Math.Max(HyphenatedEnd(c), ParticleEnd(c, chosen, n));
                end = Math.Max(end, Math.Max(NicknameEnd(c, chosen, n), AllahEnd(c)));
                end = Math.Max(end, Math.Max(TouchingEnd(c, chosen, n), HashtagSurnameEnd(c)));
                if (end <= c.TokEnd)
                {
                    continue;
                }

                int m = n + 1, charEnd = _tokens[end - 1].End;
                float confidence = c.Confidence;
                bool other = false;
                for (; m < chosen.Count && chosen[m].TokStart < end; m++)
                {
                    other |= chosen[m].Type != EntityType.Person;
                    charEnd = Math.Max(charEnd, chosen[m].End);
                    confidence = Math.Max(confidence, chosen[m].Confidence);
                    end = Math.Max(end, chosen[m].TokEnd);
                }

                if (other)
                {
                    continue;
                }

                chosen[n] = c with { TokEnd = end, End = charEnd, Canonical = OriginalText(c.Start, charEnd), Confidence = confidence };
                chosen.RemoveRange(n + 1, m - n - 1);
            }
        }

        /// <summary>
        /// البابا فرنسيس: a word that is a title and a name known alone (the Pope, found alone as a person) is the title
        /// where a person follows it; the guidelines leave titles out of persons.
        /// </summary>
        private bool TitleBeforePerson(Candidate c, Candidate next) =>
            c.Type == EntityType.Person && c.Priority < UserPriority && c.TokEnd - c.TokStart == 1 && c.Start == _tokens[c.TokStart].Start &&
            next.Type == EntityType.Person && next.TokStart == c.TokEnd && Joined(next.TokStart) && _rules.Titles.Root.Child(_norm[c.TokStart])?.Entry is not null;

        /// <summary>
        /// العقيد تركي العتيبي، وقال تركي العتيبي: an indefinite nationality adjective that the lists also know as a name
        /// (تركي) is the given name of the person right after it when nothing before it could be what it describes: it
        /// opens the text or a clause, or follows a title, a reporting verb or a definite word. After an indefinite noun
        /// (مسؤول تركي، ضابط تركي) it stays the adjective.
        /// </summary>
        private void GivenNamesThatAreNisbas(List<Candidate> chosen)
        {
            int kept = 0; // compacted in place: a long document may join many (no RemoveAt per join)
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate nisba = chosen[n];
                if (n + 1 < chosen.Count && OpensPerson(nisba, chosen[n + 1]))
                {
                    Candidate person = chosen[n + 1];
                    chosen[kept++] = person with { TokStart = nisba.TokStart, Start = nisba.Start, Canonical = OriginalText(nisba.Start, person.End) };
                    n++;
                    continue;
                }

                if (FamilyAfterGivenNisba(nisba))
                {
                    // the family's name alone may be a person already (حمدان): the person then starts with the given name
                    int t = nisba.TokStart;
                    bool family = n + 1 < chosen.Count && chosen[n + 1] is { Type: EntityType.Person } p && p.TokStart > t && p.TokStart <= t + 2;
                    if (family || n + 1 == chosen.Count || chosen[n + 1].Start >= _tokens[t + 2].End)
                    {
                        int tokEnd = family ? Math.Max(t + 3, chosen[n + 1].TokEnd) : t + 3;
                        int end = family ? Math.Max(_tokens[t + 2].End, chosen[n + 1].End) : _tokens[t + 2].End;
                        chosen[kept++] = new Candidate(t, tokEnd, nisba.Start, end, EntityType.Person, OriginalText(nisba.Start, end), null, 0.85f, 3);
                        n += family ? 1 : 0;
                        continue;
                    }
                }

                chosen[kept++] = nisba;
            }

            chosen.RemoveRange(kept, chosen.Count - kept);
        }

        /// <summary>
        /// سيدي بوسعيد، ساقية سيدي يوسف، بمعتمدية سيدي علوان: سيدي ("my lord", a saint's title) opens many place names of
        /// the Maghreb. A person the rules read from سيدي + a name is the place where ب, a place word or في introduces it,
        /// and so is every other mention of that name in the document; after a title (الجنرال سيدي الحسن) it stays a person.
        /// </summary>
        private void SaintPlaces(List<Candidate> chosen)
        {
            HashSet<string>? places = null;
            foreach (Candidate c in chosen)
            {
                if (SaintName(c) && SaintPlaceContext(c))
                {
                    (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(KeyOf(c));
                }
            }

            if (places is null)
            {
                return;
            }

            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                if (SaintName(c) && !AfterTitle(c.TokStart) && places.Contains(KeyOf(c)))
                {
                    chosen[n] = c with { Type = EntityType.Place, Canonical = OriginalText(c.Start, c.End), Code = null, Confidence = 0.7f };
                }
            }
        }

        /// <summary>A person the rules read (not the user's) of سيدي and one to three more words.</summary>
        private bool SaintName(Candidate c)
        {
            int t = c.TokStart;
            return c.Type == EntityType.Person && c.Priority < UserPriority && c.TokEnd - t is >= 2 and <= 4 &&
                _text.AsSpan(c.Start, _tokens[t].End - c.Start).SequenceEqual("سيدي");
        }

        /// <summary>ب (in), في or a place word (معتمدية، ساقية، سد، طريق …) right before the name.</summary>
        private bool SaintPlaceContext(Candidate c)
        {
            int t = c.TokStart;
            if (c.Start > _tokens[t].Start)
            {
                return _text[c.Start - 1] == 'ب';
            }

            if (PlaceContextBefore(t))
            {
                return true;
            }

            if (t == 0 || !Joined(t) || _tokens[t - 1].Kind != TokenKind.ArabicWord)
            {
                return false;
            }

            ReadOnlySpan<char> w = _norm[t - 1];
            w = w.Length > 3 && w[0] is 'ب' or 'و' or 'ل' ? w[1..] : w;
            return _rules.PlaceDescriptors.Root.Child(w)?.Entry is not null ||
                w is "معتمديه" or "بلديه" or "سد" or "ساقيه" or "طريق" or "محطه" or "شاطئ" or "ضريح" or "مسجد" or "جامع" or "زاويه" or "ساحه" or "سواحل" or "دائره";
        }

        /// <summary>
        /// تركي آل الشيخ: an indefinite nationality adjective that the lists know as a given name, followed by آل and a word,
        /// is a person's given name and family name (no adjective stands before آل).
        /// </summary>
        private bool FamilyAfterGivenNisba(Candidate nisba)
        {
            int t = nisba.TokStart;
            return nisba.Type == EntityType.Nationality && nisba.TokEnd == t + 1 && nisba.Start == _tokens[t].Start && nisba.Priority < UserPriority &&
                !_norm[t].StartsWith("ال", StringComparison.Ordinal) && _norm[t][^1] == 'ي' && (_flags[t] & (WordFlags.FirstName | WordFlags.NamePart)) != 0 && t + 2 < Count &&
                Joined(t + 1) && Joined(t + 2) && _text.AsSpan(_tokens[t + 1].Start, _tokens[t + 1].End - _tokens[t + 1].Start).SequenceEqual("آل") &&
                _tokens[t + 2].Kind == TokenKind.ArabicWord && !_function[t + 2];
        }

        /// <summary>The nationality candidate is a given name that opens the person candidate right after it.</summary>
        private bool OpensPerson(Candidate nisba, Candidate person)
        {
            int t = nisba.TokStart;
            if (nisba.Type != EntityType.Nationality || person.Type != EntityType.Person || nisba.TokEnd != t + 1 || person.TokStart != t + 1 ||
                person.Start != _tokens[t + 1].Start || !Joined(t + 1) || nisba.Start != _tokens[t].Start || _norm[t].StartsWith("ال", StringComparison.Ordinal) ||
                _norm[t][^1] != 'ي' || (_flags[t] & (WordFlags.FirstName | WordFlags.NamePart)) == 0)
            {
                return false;
            }

            string before = t > 0 ? _norm[t - 1] : "";
            bool definite = before.StartsWith("ال", StringComparison.Ordinal) || before.StartsWith("لل", StringComparison.Ordinal) ||
                (before.Length > 4 && before[0] is 'ب' or 'و' or 'ف' or 'ك' && before.AsSpan(1).StartsWith("ال", StringComparison.Ordinal));
            return t == 0 || !Joined(t) || _tokens[t - 1].Kind == TokenKind.Punctuation || definite ||
                StartsTitle(before) || _rules.CueVerbs.Root.Child(before) is not null;
        }

        /// <summary>
        /// لي جون-سوك، بارك جي -سونغ: a person of two short words or more followed by a hyphen that hugs one more short word
        /// (a Korean or Chinese given name's last syllable) ends after that word. The hyphen must touch the syllable, so a
        /// dash between a name and what follows (كيم فولر - مؤلف) is left alone, and one-word persons (بوتين-ترمب) too.
        /// </summary>
        private int HyphenatedEnd(Candidate c)
        {
            int h = c.TokEnd;
            if (c.TokEnd - c.TokStart < 2 || h + 1 >= Count || _norm[h] != "-" || !Joined(h) || _tokens[h + 1].Kind != TokenKind.ArabicWord ||
                _tokens[h + 1].Start != _tokens[h].End || _norm[h - 1].Length > 4 || _norm[h + 1].Length > 4)
            {
                return -1;
            }

            // a chain of hyphens (2018-2019-2020, أ-ب-ج) is no name
            return h + 2 < Count && _norm[h + 2] == "-" && _tokens[h + 2].Start == _tokens[h + 1].End ? -1 : h + 2;
        }

        /// <summary>
        /// جان ماري لو بان، بيتر فان دير: a person followed by a surname that starts with a particle (لو، دي، دو، دا،
        /// فان، فون، ديل، لا), perhaps after one more given name the lists know as an ordinary word (إيف), is one person.
        /// The surname after the particle is a person the model found there, or a word no list knows as ordinary.
        /// </summary>
        private int ParticleEnd(Candidate c, List<Candidate> chosen, int n)
        {
            int p = c.TokEnd;
            if (p + 1 < Count && !IsParticle(p) && IsParticle(p + 1) && _tokens[p].Kind == TokenKind.ArabicWord && Joined(p) && !_function[p] &&
                (_flags[c.TokEnd - 1] & WordFlags.FirstName) != 0 && !StartsTitle(p) && _rules.CueVerbs.Root.Child(_norm[p]) is null &&
                (n + 1 >= chosen.Count || chosen[n + 1].TokStart > p))
            {
                p++; // the second given name
            }

            if (p + 1 >= Count || !IsParticle(p) || !Joined(p) || !Joined(p + 1) || _tokens[p + 1].Kind != TokenKind.ArabicWord)
            {
                return -1;
            }

            if (n + 1 < chosen.Count && chosen[n + 1].Type == EntityType.Person && chosen[n + 1].TokStart is var s && (s == p || s == p + 1) &&
                chosen[n + 1].Start == _tokens[s].Start)
            {
                return s + 1;
            }

            // no person after the particle: the word must look like a surname, لو (if) must follow a given name, and لا (no)
            // is too common to go alone
            bool surname = _norm[p] != "لا" && (_norm[p] != "لو" || (_flags[c.TokEnd - 1] & WordFlags.FirstName) != 0) && !_function[p + 1] &&
                _norm[p + 1].Length >= 3 && (_flags[p + 1] & WordFlags.Common) == 0 && _rootNode[p + 1] is not { Entry: not null } &&
                (n + 1 >= chosen.Count || chosen[n + 1].TokStart > p + 1);
            return surname ? p + 2 : -1;
        }

        /// <summary>
        /// سامي "أبو علي" الخطيب: a given name (one or two words), a nickname of one or two name-like words in quotation
        /// marks that hug it, then a surname: a person found there, or a word that looks like a name and no list knows as
        /// ordinary. A quoted phrase after a name (قال سامي "نعم" ثم) is left alone.
        /// </summary>
        private int NicknameEnd(Candidate c, List<Candidate> chosen, int n)
        {
            int q = c.TokEnd;
            if (c.TokEnd - c.TokStart > 2 || q + 3 >= Count || _norm[q] is not ("\"" or "«" or "“") || !Joined(q) || _tokens[q + 1].Start != _tokens[q].End)
            {
                return -1;
            }

            int k = q + 1;
            while (k < Count && k - q <= 3 && _tokens[k].Kind == TokenKind.ArabicWord && Joined(k) &&
                (_rules.NameConnectors.Contains(_norm[k]) || (!_function[k] && ((_flags[k] & (WordFlags.FirstName | WordFlags.NamePart)) != 0 || (_flags[k] & WordFlags.Common) == 0))))
            {
                k++;
            }

            int s = k + 1;
            if (k == q + 1 || k - q > 3 || s >= Count || _norm[k] is not ("\"" or "»" or "”") || _tokens[k].Start != _tokens[k - 1].End || !Joined(s) ||
                _tokens[s].Kind != TokenKind.ArabicWord)
            {
                return -1;
            }

            int m = n + 1;
            if (m < chosen.Count && chosen[m].TokStart <= k)
            {
                if (chosen[m].Type != EntityType.Person || chosen[m].TokEnd > k)
                {
                    return -1; // the quoted words are an entity of their own
                }

                m++; // the nickname alone is a person (أبو علي)
            }

            bool person = m < chosen.Count && chosen[m].TokStart == s && chosen[m].Type == EntityType.Person && chosen[m].Start == _tokens[s].Start;
            return person || ((_flags[s] & WordFlags.Common) == 0 && IsNameToken(s, first: false)) ? s + 1 : -1;
        }

        /// <summary>
        /// خالد جار الله، حسن نصر الله، عبد الرحيم الفضل الله: a surname of a word (with or without the article) and الله; the
        /// word is one of those such names are built with, so a phrase (رحمه الله، حزب الله) does not join a person.
        /// </summary>
        private int AllahEnd(Candidate c)
        {
            int e = c.TokEnd;
            if (e + 1 < Count && _norm[e + 1] == "الله" && Joined(e) && Joined(e + 1) && AllahCompound(_norm[e]))
            {
                return e + 2;
            }

            return e < Count && c.TokEnd - c.TokStart >= 2 && _norm[e] == "الله" && Joined(e) && AllahCompound(_norm[e - 1]) ? e + 1 : -1;
        }

        /// <summary>A word that makes a name with الله after it: عبد, a word of <see cref="AllahCompound"/>, or a name word of the lists.</summary>
        private bool AllahNamePart(int k) =>
            _tokens[k].Kind == TokenKind.ArabicWord && (_norm[k] is "عبد" or "وعبد" || AllahCompound(_norm[k]) || !NoNameFlag(k));

        private static bool AllahCompound(string w) =>
            (w.StartsWith("ال", StringComparison.Ordinal) ? w.AsSpan(2) : w.AsSpan()) is "جار" or "فضل" or "نصر" or "عطا" or "حسب" or "خير" or "ضيف" or "سعد" or "عوض" or
                "فتح" or "رزق" or "جاد" or "نعمه" or "هبه" or "سيف" or "حمد" or "مال" or "عبيد";

        /// <summary>
        /// آلان جوبيه: the given name آلان normalizes to الان, which the lists know as an ordinary word (now), so a person
        /// found after it leaves it out. It is the name when written with a hamza or madda on its first alef, or after a
        /// title (الجنرال الفرنسي الان، وزير الخارجية الكندي، الان); الآن (now) is never.
        /// </summary>
        private bool OrdinaryGivenNameBefore(Candidate c, int previousEnd)
        {
            int s = c.TokStart - 1;
            if (s < 0 || s < previousEnd || _norm[s] != "الان" || _tokens[s].Kind != TokenKind.ArabicWord || c.Start != _tokens[c.TokStart].Start || !Joined(c.TokStart))
            {
                return false;
            }

            ReadOnlySpan<char> written = _text.AsSpan(_tokens[s].Start, _tokens[s].End - _tokens[s].Start);
            if (written.Contains('آ') && written[0] != 'آ')
            {
                return false; // الآن
            }

            return written[0] is 'آ' or 'أ' || AfterTitle(s) || (s > 1 && _norm[s - 1] is "،" or "," && Joined(s) && AfterTitle(s - 1));
        }

        /// <summary>
        /// A person of the rules or the model that ends with a verb (شيرين تعاقدت، ليلى يلمس، إيمي واعتبرا) leaves the verb
        /// out. A verb here is a word no list knows as a name word whose shape and stem say verb: ت...ت with an ordinary
        /// stem (تعاقدت), an ordinary word in ي or س + one in ي، ت، ن (سيجسد), a word with tanween (متعجباً), or و + a word with no name flag that is
        /// ordinary, ends in ا (a dual or plural verb) or is an ordinary word with a possessive pronoun (ستولمان ورفاقه). Foreign names are often
        /// ordinary words for the lists (تورو، براين), so nothing looser.
        /// </summary>
        private Candidate WithoutVerbs(Candidate c)
        {
            int e = c.TokEnd - 1;
            if (e > c.TokStart && c.End == _tokens[e].End && NoNameFlag(e) && _tokens[e].Kind == TokenKind.ArabicWord && _norm[e].Length > 0)
            {
                string w = _norm[e];
                bool imperfect = (w.Length >= 4 && w[0] == 'ي' && (_flags[e] & WordFlags.Common) != 0) ||
                    (w.Length >= 5 && w[0] == 'س' && w[1] is 'ي' or 'ت' or 'ن' && (_gaz.FlagsOf(w.AsSpan(1)) & WordFlags.Common) != 0) || // سيجسد: the future
                    (w.Length >= 6 && w[0] is 'ي' or 'ت' && (w.EndsWith("ان", StringComparison.Ordinal) || w.EndsWith("ون", StringComparison.Ordinal)) &&
                     (_gaz.FlagsOf(w.AsSpan(0, w.Length - 2)) & (WordFlags.Common | WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) == WordFlags.Common); // يلتقيان، يسعون: dual and plural
                bool conjoined = w.Length >= 4 && w[0] == 'و' && (_gaz.FlagsOf(w.AsSpan(1)) & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) == 0 &&
                    ((_gaz.FlagsOf(w.AsSpan(1)) & WordFlags.Common) != 0 || w[^1] == 'ا' || Possessed(w.AsSpan(1)));
                if (imperfect || conjoined || Indefinite(e) || (w[0] == 'ت' && w.Length >= 5 && PerfectInT(w)))
                {
                    c = c with { TokEnd = e, End = _tokens[e - 1].End, Canonical = OriginalText(c.Start, _tokens[e - 1].End) };
                }
            }

            return c;
        }

        /// <summary>رفاقه، زملاؤهم: an ordinary word with a possessive pronoun.</summary>
        private bool Possessed(ReadOnlySpan<char> w)
        {
            int suffix = w.EndsWith("هما") ? 3 : w.EndsWith("ها") || w.EndsWith("هم") ? 2 : w.EndsWith("ه") ? 1 : 0;
            return suffix > 0 && w.Length - suffix >= 3 && (_gaz.FlagsOf(w[..^suffix]) & WordFlags.Common) != 0;
        }

        /// <summary>
        /// متعجباً، مغنٍ: a word written with tanween is indefinite, an ordinary word, unless the lists know it or it
        /// without its accusative alef as a name word (محمداً).
        /// </summary>
        private bool Indefinite(int k) =>
            _text.AsSpan(_tokens[k].Start, _tokens[k].End - _tokens[k].Start).IndexOfAny('\u064B', '\u064C', '\u064D') >= 0 && NoNameFlag(k) &&
            (_norm[k] is not [.., 'ا'] || (_gaz.FlagsOf(_norm[k].AsSpan(0, _norm[k].Length - 1)) & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) == 0);

        /// <summary>
        /// ليلى، براد، كيلي: a person that starts after a first ل، ب or ك (perhaps after و or ف) read as a proclitic, where
        /// the rest is no name word the lists know and is three letters or fewer after ب or ك (براد) or the whole word is
        /// a name word (ليلى): the letter is the name's. A rest the lists know as a name word (لترامب), a longer one
        /// (لجنكينز، لتامر, which the lists hold as an ordinary word) or a short one after ل, the commonest proclitic before
        /// a name (لبان كي مون), keeps the proclitic out. A first ف before an ordinary word and a surname is the name's too
        /// (فانسان كومباني: إنسان is a noun).
        /// </summary>
        private bool FirstLetterIsTheName(Candidate c)
        {
            int t = c.TokStart, skip = c.Start - _tokens[t].Start;
            const WordFlags NameFlags = WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone;
            if (skip == 1 && _text[c.Start - 1] == 'ف' && c.TokEnd - t >= 2 && _tokens[t].Kind == TokenKind.ArabicWord)
            {
                // فانسان كومباني، فراس السواح: a rest that is an ordinary word (إنسان، رأس) before a surname is no name; ف is the name's
                WordFlags f = _gaz.FlagsOf(GazetteerKey.Of(_text[c.Start.._tokens[t].End]));
                return (f & NameFlags) == 0 && (f & WordFlags.Common) != 0;
            }

            if (skip is < 1 or > 2 || _tokens[t].Kind != TokenKind.ArabicWord || _text[c.Start - 1] is not ('ل' or 'ب' or 'ك') || (skip == 2 && _text[_tokens[t].Start] is not ('و' or 'ف')))
            {
                return false;
            }

            string rest = GazetteerKey.Of(_text[c.Start.._tokens[t].End]);
            WordFlags r = _gaz.FlagsOf(rest);
            return (r & NameFlags) == 0 && ((rest.Length <= 3 && _text[c.Start - 1] != 'ل') || (_gaz.FlagsOf(GazetteerKey.Of(_text[(c.Start - 1).._tokens[t].End])) & NameFlags) != 0);
        }

        /// <summary>
        /// بايدن read as ب + a name word (أيدن) where another person of the document holds the whole word (جو بايدن): the
        /// letter is the name's.
        /// </summary>
        private bool WholeWordOfAnotherPerson(Candidate c, List<Candidate> chosen, ref HashSet<string>? wholeWords)
        {
            int t = c.TokStart;
            if (c.Start - _tokens[t].Start != 1 || _tokens[t].Kind != TokenKind.ArabicWord || _text[_tokens[t].Start] is not ('ب' or 'ك' or 'ل'))
            {
                return false;
            }

            if (wholeWords is null)
            {
                wholeWords = new HashSet<string>(StringComparer.Ordinal);
                foreach (Candidate p in chosen)
                {
                    if (p.Type == EntityType.Person)
                    {
                        for (int k = p.Start == _tokens[p.TokStart].Start ? p.TokStart : p.TokStart + 1; k < p.TokEnd; k++)
                        {
                            wholeWords.Add(_norm[k]);
                        }
                    }
                }
            }

            return wholeWords.Contains(_norm[t]);
        }

        /// <summary>
        /// رأس تنورة، رأس محمد: a name right after رأس (cape, headland) names a place, a port or a cape, not the person
        /// the model sees in it.
        /// </summary>
        private bool CapeName(Candidate c, int previousEnd)
        {
            int r = c.TokStart - 1;
            return r >= 0 && r >= previousEnd && _norm[r] == "راس" && c.Start == _tokens[c.TokStart].Start && Joined(c.TokStart) && c.TokEnd - c.TokStart <= 2;
        }

        private bool NoNameFlag(int k) => (_flags[k] & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) == 0;

        /// <summary>ردت، بحثت، تعاقدت: a word of four letters or more in ت whose stem is an ordinary word (a perfect verb).</summary>
        private bool PerfectInT(string w) => w.Length >= 4 && w[^1] == 'ت' && (_gaz.FlagsOf(w.AsSpan(0, w.Length - 1)) & WordFlags.Common) != 0;

        /// <summary>
        /// فان بيرسي، دي ميستورا: a person found without the particle that starts the surname takes it (فان as written,
        /// not فإن; not لا or لو, which are ordinary words before a name far more often).
        /// </summary>
        private bool ParticleBefore(Candidate c, int previousEnd)
        {
            int p = c.TokStart - 1;
            return p >= 0 && p >= previousEnd && c.Start == _tokens[c.TokStart].Start && Joined(c.TokStart) && IsParticle(p) && _norm[p] is not ("لا" or "لو");
        }

        /// <summary>
        /// غسان + الإمام، صالح + بركات: a one-word person and a person right after it, nothing but a space between, are one
        /// person, unless either is a name the lists know as a whole person (قمة بوتين إردوغان) or the second starts
        /// after a conjunction (فهمي ويحيى).
        /// </summary>
        private int TouchingEnd(Candidate c, List<Candidate> chosen, int n)
        {
            if (c.TokEnd - c.TokStart != 1 || n + 1 >= chosen.Count || chosen[n + 1] is not { Type: EntityType.Person } next || next.TokStart != c.TokEnd ||
                next.Start != _tokens[next.TokStart].Start || !Joined(next.TokStart) || _rootNode[c.TokStart] is { Entry: not null } || _rootNode[next.TokStart] is { Entry: not null })
            {
                return -1;
            }

            return next.TokEnd;
        }

        /// <summary>
        /// الرئيس أنور #السادات: a person of words followed by a one-word hashtag (no _) that looks like a name is one
        /// person, the # inside it; a hashtag of several words (#وكيل_النقابة) is a topic, not the surname.
        /// </summary>
        private int HashtagSurnameEnd(Candidate c)
        {
            int h = c.TokEnd;
            if (h >= Count || _tokens[h].Kind != TokenKind.Hashtag || !Joined(h) || _tokens[c.TokStart].Kind != TokenKind.ArabicWord)
            {
                return -1;
            }

            string w = _norm[h].TrimStart('#');
            WordFlags f = _gaz.FlagsOf(w);
            bool name = (f & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) != 0 || (f & WordFlags.Common) == 0;
            return w.Length >= 3 && !w.Contains('_') && name && !_rules.Function.Contains(w) && _gaz.Root.Child(w) is not { Entry.Kind: not GazetteerKind.Person } ? h + 1 : -1;
        }

        /// <summary>A particle that starts a European surname; فان as written, not فإن (then) that normalizes to it.</summary>
        private bool IsParticle(int k) =>
            _tokens[k].Kind == TokenKind.ArabicWord && _norm[k] is "لو" or "دي" or "دو" or "دا" or "فان" or "فون" or "ديل" or "لا" &&
            _text.AsSpan(_tokens[k].Start, _tokens[k].End - _tokens[k].Start).IndexOfAny('إ', 'أ') < 0;
    }
}
