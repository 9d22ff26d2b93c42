using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Quotes;

/// <summary>
/// One attribution run over one document: finds each cue's content (quotation marks, complementizer clause, relay)
/// and asks <see cref="SpeakerResolver"/> for its speaker. Every scan is bounded by a window or by the precomputed
/// clause stops, so the run is linear in the number of tokens.
/// </summary>
internal sealed class QuoteFinder
{
    private const int WindowWords = 18;
    private const int PhraseWords = 12;
    private const int ClauseLookBack = 120;

    private readonly QuoteDocument _doc;
    private readonly SpeakerResolver _resolver;
    private readonly List<Quote> _quotes = [];
    private readonly List<int> _quoteCueTokens = [];
    private readonly bool[] _usedSpans;
    private readonly Dictionary<int, Speaker> _viaFor = [];
    private readonly HashSet<int> _consumedCues = [];
    private int _subjectSentence = -1;
    private int _emptyCueSentence = -1;
    private Speaker? _subject;

    public QuoteFinder(QuoteDocument doc)
    {
        _doc = doc;
        _resolver = new SpeakerResolver(doc);
        _usedSpans = new bool[doc.Spans.Count];
    }

    public List<Quote> Run()
    {
        for (int i = 0; i < _doc.Count; i++)
        {
            if (_doc.Cue(i) is not { } cue || _consumedCues.Contains(i))
            {
                continue;
            }

            if (cue.Kind == CueKind.Relay)
            {
                HandleRelay(i);
            }
            else
            {
                HandleCue(i, cue);
            }
        }

        FindColonHeadlines();
        _quotes.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return _quotes;
    }

    /// <summary>Headlines "X: statement" (وزير المالية: لا ضرائب جديدة) in a one-line, unterminated paragraph with no other quote.</summary>
    private void FindColonHeadlines()
    {
        var covered = new HashSet<int>();
        foreach (Quote q in _quotes)
        {
            covered.Add(_doc.SentenceOf[_doc.FirstTokenAt(q.Content.Start)]);
        }

        int i = 0;
        while (i < _doc.Count)
        {
            int end = _doc.ParagraphEnd[i];
            int start = i;
            i = end;
            int sentence = _doc.SentenceOf[start];
            if (_doc.SentenceEnd[sentence] != end || covered.Contains(sentence) || _doc.WordCount(start, end - 1) > 15)
            {
                continue;
            }

            Token last = _doc.Tokens[end - 1];
            if (last.Kind == TokenKind.Punctuation && _doc.Text[last.Start] is '.' or '!' or '؟' or '?')
            {
                continue;
            }

            for (int k = start + 1; k < end - 1; k++)
            {
                if (_doc.IsPunct(k, ':'))
                {
                    int before = _doc.WordCount(start, k - 1);
                    if (before is >= 1 and <= 5 && _doc.WordCount(k + 1, end - 1) >= 2)
                    {
                        var (npFirst, npLast, _) = ParsePhrase(start, k, allowLamFirst: false);
                        float confidence = 0;
                        Speaker? speaker = npFirst >= 0 ? _resolver.FromPhrase(npFirst, npLast, Agreement.Unknown, start, out confidence) : null;
                        bool source = speaker is not null && (speaker.Type is not null || QuoteWords.IsTitle(_doc.Norm[npFirst]) || QuoteWords.IsSourceNoun(_doc.Norm[npFirst]));

                        // A place or country before the colon is a dateline or a topic (المهدية: القبض على …، اليابان:
                        // ارتفاع حصيلة …) unless what follows reads as what a government said.
                        if (source && speaker!.Type is Entities.EntityType.Place or Entities.EntityType.Country && !ReadsAsStatement(k + 1, end - 1))
                        {
                            source = false;
                        }

                        if (speaker is not null && source)
                        {
                            var content = new TextSpan(_doc.Tokens[k + 1].Start, _doc.Tokens[end - 1].End);
                            _quotes.Add(new Quote(QuoteKind.Direct, content, null, speaker, [], 0.4f * confidence));
                            _quoteCueTokens.Add(k);
                        }
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// True when a headline's words after the colon read as speech: in the first person (لن نسمح، لا علاقة لنا، سنرد،
    /// نحن)، an obligation (على بريطانيا سحب …، يجب), or quotation marks around all of it.
    /// </summary>
    private bool ReadsAsStatement(int first, int last)
    {
        bool quoted = true;
        for (int k = first; k <= last; k++)
        {
            if (!_doc.IsWord(k))
            {
                continue;
            }

            quoted &= _doc.InsideMarks[k] > 0;
            string w = _doc.Norm[k];
            if (w is "نحن" or "اننا" or "لن" or "ولن" or "يجب" or "لابد" or "لنا" or "علينا" or "عندنا" or "بنا" or "منا" or "معنا" or "الينا" ||
                (k == first && w is "علي" or "لا") ||
                (w.Length >= 5 && w.EndsWith("نا", StringComparison.Ordinal) && !w.EndsWith("انا", StringComparison.Ordinal)) || // بلادنا، أرضنا (not سجنا)
                (w.Length >= 4 && w.StartsWith("سن", StringComparison.Ordinal) && w[2] is not ('و' or 'ت' or 'ه' or 'ي' or 'ا') && _doc.EntityAt[k] < 0)) // سنرد، سنكشف (not سنوات، سنتين، سنين، سنغافورة)
            {
                return true;
            }
        }

        return quoted;
    }

    private void HandleCue(int c, CueForm cue)
    {
        int sentence = _doc.SentenceOf[c];
        int sentenceEnd = _doc.SentenceEnd[sentence];
        if (cue.Kind == CueKind.Participle && cue.Lemma == "لفت" && cue.Agreement != Agreement.Masculine &&
            !(c + 1 < sentenceEnd && _doc.Norm[c + 1] is "الي" or "علي" or "في" or "ان" or "انه" or "انها"))
        {
            return; // لافتة، لافتات: a sign or a banner (رفعوا لافتات تحمل "…"); the participle goes on with إلى
        }

        if (cue.Lemma == "كتب" && c + 1 < sentenceEnd && _doc.Norm[c + 1] is "عليها" or "عليه" or "عليهم" or "علي")
        {
            return; // لافتات كتب عليها "…": what is written on a thing, no statement
        }

        // The subject right after the cue (verb-first), and for نقل the source after عن.
        int j = SkipAdverbials(c + 1, sentenceEnd);
        // A participle has no subject of its own: a phrase after it is its object (داعياً الحكومة إلى ...).
        var (npFirst, npLast, after) = cue.HasObject || (cue.Kind == CueKind.Participle && !cue.IsRelayVerb) ? (-1, -1, j) : ParsePhrase(j, sentenceEnd, allowLamFirst: false);
        if (npFirst == j && !cue.IsRelayVerb && AddresseeEnd(npFirst) is int addressed && addressed > npFirst)
        {
            // وقال لبي بي سي، قالت للصحفيين، وقال لأنصاره: whom the words were said to; a subject after it is a name or a title
            int s = SkipAdverbials(addressed, sentenceEnd);
            (npFirst, npLast, after) = s < sentenceEnd && _doc.IsWord(s) &&
                ((_doc.EntityAt[s] is int e && e >= 0 && _doc.Entities[e].Type is Entities.EntityType.Person or Entities.EntityType.Organization) || QuoteWords.IsTitle(_doc.Norm[s]))
                ? ParsePhrase(s, sentenceEnd, allowLamFirst: false) : (-1, -1, addressed);
        }

        if (npFirst < 0 && !cue.HasObject && cue.Kind == CueKind.Verb && j < sentenceEnd && _doc.SpanAt[j] is int named && named >= 0 &&
            _doc.Spans[named] is { IsClosed: true, Depth: 0 } subject && subject.LastToken >= subject.FirstToken &&
            _doc.WordCount(subject.FirstToken, subject.LastToken) is > 0 and <= 3 && subject.CloseToken + 1 < sentenceEnd &&
            _doc.IsWord(subject.CloseToken + 1) && QuoteWords.IsComplementizer(_doc.Norm[subject.CloseToken + 1]))
        {
            // قالت "مكدونالدز" إنها …: a short quoted name right after the verb and before إن is its subject, not the content
            (npFirst, npLast, after) = (subject.FirstToken, subject.LastToken, subject.CloseToken + 1);
        }

        int sourceFirst = -1, sourceLast = -1;
        if (cue.IsRelayVerb)
        {
            int k = after;
            while (k < sentenceEnd && _doc.IsComma(k))
            {
                k++;
            }

            if (k < sentenceEnd && _doc.Norm[k] == "عن")
            {
                (sourceFirst, sourceLast, after) = ParsePhrase(k + 1, sentenceEnd, allowLamFirst: false);
            }
        }

        // The content: quotation marks, a complementizer clause, or an introducer noun (قوله، بالقول).
        int spanIndex = -1, contentStart = -1;
        int words = 0;
        for (int k = after; k < sentenceEnd && words <= WindowWords; k++)
        {
            if (_doc.SpanAt[k] is int si && si >= 0)
            {
                MarkSpan span = _doc.Spans[si];
                if (span.Depth == 0 && !_usedSpans[si] && !_doc.IsNameSpan(span) && !IsShortTerm(span))
                {
                    spanIndex = si;
                    break;
                }

                k = span.IsClosed ? span.CloseToken : span.LastToken;
                continue;
            }

            if (!_doc.IsWord(k))
            {
                if (_doc.IsComma(k) && k + 1 < sentenceEnd && _doc.Cue(k + 1) is not null)
                {
                    break;
                }

                if (_doc.IsPunct(k, ':') && k + 1 < sentenceEnd && _doc.SpanAt[k + 1] < 0 && _doc.IsWord(k + 1))
                {
                    contentStart = k + 1;
                    break;
                }

                continue;
            }

            words++;
            string norm = _doc.Norm[k];
            if (QuoteWords.IsIntroducer(norm))
            {
                int s = k + 1;
                if (s < sentenceEnd && _doc.Norm[s] is "علي" or "الي" or "عن" or "ان" or "بان" or "انه" or "انها")
                {
                    s++;
                }

                contentStart = s;
                break;
            }

            if (QuoteWords.IsComplementizer(norm) && !(k > 0 && QuoteWords.IsComplementizerBlocker(_doc.Norm[k - 1])))
            {
                contentStart = k + 1;
                break;
            }

            if (_doc.Cue(k) is not null)
            {
                break;
            }
        }

        // A named person in apposition further on (خبير في شركة "X"، هانس كولبر، إن) when the phrase names nobody.
        if (npFirst >= 0 && !HasNamedEntity(npFirst, npLast))
        {
            int limit = contentStart >= 0 ? contentStart : spanIndex >= 0 ? _doc.Spans[spanIndex].OpenToken : after;
            if (AppositionPerson(npLast + 1, limit) is var (pf, pl) && pf >= 0)
            {
                (npFirst, npLast) = (pf, pl);
            }
            else if (QuoteWords.IsTitle(_doc.Norm[npFirst]) && !HasNameWord(npFirst, npLast) && AppositionName(npLast + 1, limit) is var (nf, nl) && nf >= 0)
            {
                (npFirst, npLast) = (nf, nl);
            }
        }

        // The subject before the cue (subject-first), used when none follows it.
        var (svoFirst, svoLast) = npFirst < 0 && cue.Kind == CueKind.Verb ? (DocumentIssuer(c) is var (df, dl) && df >= 0 ? (df, dl) : ParseBackward(c)) : (-1, -1);
        Speaker? via = _viaFor.GetValueOrDefault(c);
        if (cue.IsRelayVerb && sourceFirst >= 0)
        {
            // نقلت رويترز عن أوغلو قوله: the channel is the via, the source after عن the speaker.
            Speaker? channel = npFirst >= 0 ? _resolver.FromPhrase(npFirst, npLast, cue.Agreement, c, out _)
                : svoFirst >= 0 ? _resolver.FromPhrase(svoFirst, svoLast, cue.Agreement, c, out _) : null;
            if (channel is not null)
            {
                via = channel;
                _resolver.Remember(channel, cue.Agreement);
            }

            npFirst = sourceFirst;
            npLast = sourceLast;
            svoFirst = -1;
            cue = cue with { Agreement = Agreement.Unknown };
        }

        if (spanIndex < 0 && contentStart < 0)
        {
            HandleCueWithoutContent(c, cue, npFirst, npLast, svoFirst, svoLast, via);
            return;
        }

        // Decide the content span and the kind.
        QuoteKind kind;
        int first, last;
        bool closed = true;
        if (spanIndex < 0 && contentStart < sentenceEnd && _doc.SpanAt[contentStart] is int sj && sj >= 0 && _doc.Spans[sj].Depth == 0 && !_usedSpans[sj] && CoversClause(_doc.Spans[sj], contentStart))
        {
            spanIndex = sj;
        }

        if (spanIndex >= 0)
        {
            MarkSpan span = _doc.Spans[spanIndex];
            _usedSpans[spanIndex] = true;
            kind = QuoteKind.Direct;
            first = span.FirstToken;
            last = span.LastToken;
            closed = span.IsClosed;
        }
        else
        {
            if (contentStart >= sentenceEnd)
            {
                HandleCueWithoutContent(c, cue, npFirst, npLast, svoFirst, svoLast, via);
                return;
            }

            first = contentStart;
            int stop = Math.Max(_doc.NextStop[contentStart], contentStart + 1);
            last = stop - 1;
            // An embedded report (قالت الرئاسة إن إردوغان قال "..."): the inner cue is the quote, this source its via.
            for (int k = first, w = 0; k <= last && w < 5; k++)
            {
                if (_doc.IsComma(k))
                {
                    break;
                }

                if (_doc.IsCue(k, CueKind.Verb) && k > first && HasOpener(k))
                {
                    Speaker? outer = ResolveSpeaker(c, cue, npFirst, npLast, svoFirst, svoLast, out _);
                    if (outer is not null)
                    {
                        _viaFor[k] = outer with { Mention = null };
                        _resolver.Remember(outer, cue.Agreement);
                    }

                    return;
                }

                if (_doc.IsWord(k))
                {
                    w++;
                }
            }

            kind = QuoteKind.Indirect;
            for (int k = first; k <= last; k++)
            {
                if (_doc.SpanAt[k] is int sk && sk >= 0 && _doc.Spans[sk].Depth == 0)
                {
                    if (!_doc.IsNameSpan(_doc.Spans[sk]))
                    {
                        kind = QuoteKind.Mixed;
                    }

                    _usedSpans[sk] = true;
                }
            }
        }

        Speaker? speaker = ResolveSpeaker(c, cue, npFirst, npLast, svoFirst, svoLast, out float confidence);
        float kindFactor = kind == QuoteKind.Direct ? (closed ? 1f : 0.75f) : 0.9f;
        Emit(kind, first, last, c, speaker, via, confidence * kindFactor, cue.Agreement, trimPunctuation: kind != QuoteKind.Direct || !closed);
    }

    /// <summary>A cue with no content after it: a post-posed cue (كما كتب، "..." قال), a headline, or only a subject to remember.</summary>
    private void HandleCueWithoutContent(int c, CueForm cue, int npFirst, int npLast, int svoFirst, int svoLast, Speaker? via)
    {
        int sentence = _doc.SentenceOf[c];
        int sentenceStart = _doc.SentenceStart[sentence];
        int prev = c - 1;
        while (prev >= sentenceStart && _doc.IsComma(prev))
        {
            prev--;
        }

        // "..."، قال الوزير: the quotation before the cue.
        if (prev >= sentenceStart && _doc.CloseSpanAt[prev] is int si && si >= 0 && _doc.Spans[si].Depth == 0 && !_usedSpans[si] && !_doc.IsNameSpan(_doc.Spans[si]))
        {
            MarkSpan span = _doc.Spans[si];
            _usedSpans[si] = true;
            Speaker? speaker = ResolveSpeaker(c, cue, npFirst, npLast, -1, -1, out float confidence);
            Emit(QuoteKind.Direct, span.FirstToken, span.LastToken, c, speaker, via, confidence * 0.9f, cue.Agreement, trimPunctuation: false);
            return;
        }

        // ...، كما كتب في مدونته: the clause before it.
        if (prev >= sentenceStart && _doc.Norm[prev] is "كما" && cue.Kind == CueKind.Verb)
        {
            int end = prev - 1;
            while (end >= sentenceStart && !_doc.IsWord(end) && !_doc.IsMark(end))
            {
                end--;
            }

            int start = ClauseStartBefore(sentenceStart, end);
            if (_doc.WordCount(start, end) >= 3)
            {
                Speaker? speaker = ResolveSpeaker(c, cue, npFirst, npLast, -1, -1, out float confidence);
                Emit(QuoteKind.Indirect, start, end, c, speaker, via, confidence * 0.8f, cue.Agreement, trimPunctuation: true);
                return;
            }
        }

        // A headline: أوغلو يؤكد وجود اتصال ... (one line, no final stop).
        int paragraphEnd = _doc.ParagraphEnd[c];
        if (cue.Kind == CueKind.Verb && IsHeadline(c) && c + 1 < paragraphEnd && _doc.WordCount(c + 1, paragraphEnd - 1) >= 2 &&
            (svoFirst >= 0 ? (svoFirst, svoLast) : ParseBackward(c)) is var (hf, hl) && hf >= 0)
        {
            (svoFirst, svoLast) = (hf, hl);
            Speaker? speaker = _resolver.FromPhrase(svoFirst, svoLast, cue.Agreement, c, out float confidence);
            Emit(QuoteKind.Indirect, c + 1, paragraphEnd - 1, c, speaker, via, confidence * 0.5f, cue.Agreement, trimPunctuation: true);
            return;
        }

        // Nothing reported here; still, the subject is a source later cues may carry over.
        Speaker? subject = npFirst >= 0 ? _resolver.FromPhrase(npFirst, npLast, cue.Agreement, c, out _)
            : svoFirst >= 0 ? _resolver.FromPhrase(svoFirst, svoLast, cue.Agreement, c, out _) : null;
        if (subject is not null)
        {
            _resolver.Remember(subject, cue.Agreement);
            _subject = subject;
            _subjectSentence = sentence;
            _emptyCueSentence = sentence;
        }
    }

    private void HandleRelay(int r)
    {
        if (!_doc.IsRelayOfSource(r))
        {
            return;
        }

        int sentence = _doc.SentenceOf[r];
        int sentenceStart = _doc.SentenceStart[sentence];
        int sentenceEnd = _doc.SentenceEnd[sentence];
        int k = r + 1;
        // وفقاً لما ذكره X، حسبما أكده X: the relayed verb and its subject follow
        bool relative = _doc.Norm[r].EndsWith("ما", StringComparison.Ordinal);
        if (k < sentenceEnd && _doc.Norm[k] is "ما" or "لما")
        {
            relative = true;
            k++;
        }

        int relayedCue = -1;
        if (k < sentenceEnd && _doc.IsCue(k, CueKind.Verb))
        {
            relayedCue = k;
            _consumedCues.Add(k);
            k++;
        }
        else if (relative && k + 1 < sentenceEnd && _doc.Tokens[k].Kind == TokenKind.ArabicWord && _doc.EntityAt[k] < 0)
        {
            k++; // لما نقلته، لما أعلنه: the verb of the relative clause (a cue or not) comes before its subject
        }

        for (int p = 0; relative && p < 2 && k < sentenceEnd && _doc.Norm[k] is "في" or "عن" or "عنه" or "عنها" or "به" or "بها" or "عليه" or "عليها" or "فيه" or "فيها"; p++)
        {
            k++; // لما كشفت عنه لجنة المسابقات، لما جاء في بيان الوزارة
        }

        bool afterDocument = false;
        if (k < sentenceEnd && QuoteWords.IsDocumentNoun(_doc.Norm[k]))
        {
            k++;
            afterDocument = true;
            if (k + 1 < sentenceEnd && IsVerbWithObjectPronoun(k))
            {
                k = SkipAdverbials(k + 1, sentenceEnd); // بحسب بيان أصدرته (اليوم) وزارة الدفاع: the issuer is the source
            }
            else if (k + 1 < sentenceEnd && _doc.Norm[k] is "صادر" or "صادره" or "الصادر" or "الصادره")
            {
                int from = SkipAdverbials(k + 1, sentenceEnd); // بلاغ صادر (اليوم) عن وزارة الداخلية: the issuer after عن
                if (from + 1 < sentenceEnd && _doc.Norm[from] == "عن")
                {
                    k = from + 1;
                }
            }
        }

        bool reprint = false;
        if (k < sentenceEnd && _doc.Norm[k] == "عن" && _doc.Norm[r] is "نقلا" or "ونقلا")
        {
            k++; // نقلاً عن الأهرام: the source after عن (at an article's end, the paper it was reprinted from: no content)
            reprint = k + 6 >= sentenceEnd;
        }

        if (k < sentenceEnd && _doc.Norm[k] == "ل")
        {
            k++; // وفقاً لـ "رويترز": ل written apart
        }

        var (npFirst, npLast, after) = ParsePhrase(k, sentenceEnd, allowLamFirst: true);
        if (npFirst < 0 && k < sentenceEnd && _doc.SpanAt[k] is int quoted && quoted >= 0 && _doc.Spans[quoted] is { IsClosed: true } named &&
            named.LastToken >= named.FirstToken && _doc.WordCount(named.FirstToken, named.LastToken) is > 0 and <= 4)
        {
            // وفقاً لـ"يوروسبورت عربية": a short quoted name is the source
            (npFirst, npLast, after) = (named.FirstToken, named.LastToken, named.CloseToken + 1);
        }

        if (npFirst < 0 && r + 1 < sentenceEnd && _doc.Norm[r + 1] == "لما")
        {
            // no subject after the relative clause's verb (وفقاً لما ورد، ...): the phrase from لما, as before
            (npFirst, npLast, after) = ParsePhrase(r + 1, sentenceEnd, allowLamFirst: true);
        }

        if (npFirst >= 0 && !HasNamedEntity(npFirst, npLast) && AppositionPerson(npLast + 1, Math.Min(sentenceEnd, npLast + 12)) is var (pf, pl) && pf >= 0)
        {
            (npFirst, npLast) = (pf, pl); // وفق تصريح مدير المصنع في المدينة، فلان الفلاني
        }
        else if (npFirst >= 0 && QuoteWords.IsTitle(_doc.Norm[npFirst]) && !HasPerson(npFirst, npLast))
        {
            int limit = Math.Min(sentenceEnd, npLast + 12);
            int comma = npLast + 1;
            while (comma < limit && !_doc.IsComma(comma))
            {
                comma++;
            }

            int last = comma + 1;
            while (last < limit && _doc.IsWord(last) && QuoteWords.IsNameLike(_doc.Norm[last], _doc.Tokens[last].Kind) && last - comma <= 4)
            {
                last++;
            }

            if (comma + 1 < last && !QuoteWords.IsDefinite(_doc.Norm[comma + 1]))
            {
                (npFirst, npLast) = (comma + 1, last - 1);
            }
        }

        Agreement agreement = relayedCue >= 0 ? _doc.Cue(relayedCue)!.Value.Agreement : Agreement.Unknown;
        Speaker? source;
        bool speechNoun = false;
        if (npFirst >= 0 && npFirst == npLast && _doc.EntityAt[npFirst] < 0 && QuoteWords.SpeechNounAgreement(_doc.Norm[npFirst]) is Agreement owner)
        {
            speechNoun = true; // someone's words even when nobody is found to own them
            // حسب تعبيره، بحسب رأيها: whose words they are (the sentence's subject, else the latest speaker), not the noun
            source = SentenceSubject(r, owner, entitiesOnly: true, out _) ?? _resolver.CarryOver(owner);
        }
        else
        {
            source = npFirst >= 0 ? _resolver.FromPhrase(npFirst, npLast, agreement, r, out _) : null;
        }

        float confidence = source is null ? 0.3f : 0.7f;
        if (source is not null && _doc.Tokens[npFirst].Kind == TokenKind.ArabicWord && QuoteWords.IsLamObject(_doc.Norm[npFirst]) && source.Mention is { } m)
        {
            source = source with { Canonical = StripLam(source.Canonical), Mention = new TextSpan(m.Start + 1, m.End) };
        }
        else if (source is { Type: null, Mention: { } lm } && npFirst == k && (TakesLam(_doc.Norm[r]) || afterDocument) && _doc.Tokens[npFirst].Kind == TokenKind.ArabicWord &&
                 _doc.Norm[npFirst].Length > 2 && _doc.Norm[npFirst][0] == 'ل' && _doc.EntityAt[npFirst] < 0 && lm.Start == _doc.Tokens[npFirst].Start)
        {
            // وفقاً لمصادر محلية، طبقاً للبيانات، بحسب بيان للوزارة: the source is the noun phrase without the preposition (للبيانات: البيانات)
            source = source with { Canonical = StripLamArticle(source.Canonical), Mention = new TextSpan(lm.Start + 1, lm.End) };
        }

        int firstWord = sentenceStart;
        while (firstWord < r && !_doc.IsWord(firstWord))
        {
            firstWord++;
        }

        if (firstWord == r || (firstWord + 1 == r && _doc.Norm[firstWord] is "و"))
        {
            if (reprint)
            {
                return; // *نقلاً عن اليوم السابع: a line naming the paper, with nothing relayed after it
            }

            // وبحسب الوزير، "..." / ووفقاً لـ X، فإن ...: the content follows.
            int s = after;
            for (int c = after; relative && c < sentenceEnd && c <= after + 15 && _doc.SpanAt[c] < 0; c++)
            {
                if (_doc.IsComma(c))
                {
                    s = c; // ووفقاً لما جاء في كتاب عن مسيرتها، ...: the relative clause runs to its comma
                    break;
                }
            }

            while (s < sentenceEnd && _doc.IsComma(s))
            {
                s++;
            }

            if (s < sentenceEnd && QuoteWords.IsComplementizer(_doc.Norm[s]))
            {
                s++;
            }

            if (s >= sentenceEnd)
            {
                return;
            }

            if (_doc.SpanAt[s] is int si && si >= 0 && _doc.Spans[si].Depth == 0 && !_usedSpans[si])
            {
                MarkSpan span = _doc.Spans[si];
                _usedSpans[si] = true;
                Emit(QuoteKind.Direct, span.FirstToken, span.LastToken, r, source, null, confidence, agreement, trimPunctuation: !span.IsClosed);
                return;
            }

            int stop = Math.Max(_doc.NextStop[s], s + 1);
            if (_doc.WordCount(s, stop - 1) >= 3)
            {
                Emit(QuoteKind.Indirect, s, stop - 1, r, source, null, confidence * 0.9f, agreement, trimPunctuation: true);
            }

            return;
        }

        // Post-posed: "...، بحسب الشرطة". A quote of this sentence that ends here gets the relay as its via.
        if (_quotes.Count > 0 && _doc.SentenceOf[_quoteCueTokens[^1]] == sentence && _quoteCueTokens[^1] < r && _quotes[^1].Content.End <= _doc.Tokens[r].Start)
        {
            if (source is not null)
            {
                Quote last = _quotes[^1];
                _quotes[^1] = last with { Via = [.. last.Via, source with { Mention = null }] };
            }

            return;
        }

        if (_subjectSentence == sentence && _emptyCueSentence == sentence)
        {
            return;
        }

        int end = r - 1;
        while (end >= sentenceStart && ((!_doc.IsWord(end) && !_doc.IsMark(end)) || _doc.Norm[end] is "وذلك" or "ذلك" or "و"))
        {
            end--;
        }

        int start = ClauseStartBefore(sentenceStart, end);
        if ((source is not null || speechNoun) && end >= start && _doc.WordCount(start, end) >= 3)
        {
            Emit(QuoteKind.Indirect, start, end, relayedCue >= 0 ? relayedCue : r, source, null, confidence * 0.85f, agreement, trimPunctuation: true);
        }
    }

    /// <summary>Where the clause ending at <paramref name="end"/> starts: after a على/إلى أن inside it, else the sentence start.</summary>
    private int ClauseStartBefore(int sentenceStart, int end)
    {
        int start = Math.Max(sentenceStart, end - ClauseLookBack);
        if (_quotes.Count > 0 && _doc.SentenceOf[_quoteCueTokens[^1]] == _doc.SentenceOf[sentenceStart])
        {
            return end + 1; // this sentence already reported something: do not reuse its words
        }

        for (int k = Math.Max(sentenceStart + 1, end - ClauseLookBack); k < end; k++)
        {
            if (QuoteWords.IsComplementizer(_doc.Norm[k]) && (_doc.Norm[k - 1] is "علي" or "الي" || (k - 1 <= sentenceStart + 1 && QuoteWords.IsComplementizerBlocker(_doc.Norm[k - 1]))))
            {
                start = k + 1;
            }
        }

        while (start <= end && (!_doc.IsWord(start) || _doc.Norm[start] is "و" or "ف"))
        {
            if (_doc.IsMark(start))
            {
                break;
            }

            start++;
        }

        return start;
    }

    private Speaker? ResolveSpeaker(int c, CueForm cue, int npFirst, int npLast, int svoFirst, int svoLast, out float confidence)
    {
        confidence = 0.3f;
        int sentence = _doc.SentenceOf[c];
        Speaker? speaker = null;

        // Sieve 1: the subject after the cue; sieve 2: the subject before it.
        if (npFirst >= 0)
        {
            speaker = _resolver.FromPhrase(npFirst, npLast, cue.Agreement, c, out confidence);
        }

        if (speaker is null && svoFirst >= 0)
        {
            speaker = _resolver.FromPhrase(svoFirst, svoLast, cue.Agreement, c, out confidence);
            confidence *= 0.95f;
        }

        // Sieve 3: a subjectless cue or participle in a sentence whose subject is already known.
        if (speaker is null && _subjectSentence == sentence && _subject is not null && Agrees(_subject, cue.Agreement))
        {
            speaker = _subject with { Mention = null };
            confidence = 0.85f;
        }

        // Sieve 4: a participle, or a verb inside a sentence, takes the subject of the sentence's main verb.
        if (speaker is null && (cue.Kind == CueKind.Participle || !IsSentenceInitial(c)))
        {
            speaker = SentenceSubject(c, cue.Agreement, entitiesOnly: cue.Kind != CueKind.Participle, out confidence);
        }

        // Sieve 5: the latest speaker whose gender and number agree.
        if (speaker is null)
        {
            speaker = _resolver.CarryOver(cue.Agreement);
            confidence = speaker is null ? 0.3f : 0.7f;
        }

        // Sieve 6 (weak): a masculine cue with no earlier speaker takes the latest person the document named.
        if (speaker is null && cue.Agreement == Agreement.Masculine)
        {
            speaker = _resolver.LatestPerson(c);
            confidence = 0.45f;
        }

        if (speaker is not null)
        {
            _resolver.Remember(speaker, cue.Agreement);
            _subject = speaker;
            _subjectSentence = sentence;
        }

        return speaker;
    }

    /// <summary>A person named after a comma in [from, limit): the apposition that names a described subject.</summary>
    private (int First, int Last) AppositionPerson(int from, int limit)
    {
        for (int k = from; k < limit; k++)
        {
            int e = _doc.EntityAt[k];
            if (e >= 0 && _doc.Entities[e].Type == Entities.EntityType.Person && k > 0 && (_doc.IsComma(k - 1) || QuoteWords.IsTitle(_doc.Norm[k - 1])))
            {
                int last = k;
                while (last + 1 < limit && _doc.EntityAt[last + 1] == e)
                {
                    last++;
                }

                return (k, last);
            }
        }

        return (-1, -1);
    }

    /// <summary>Name-like words between two commas in [from, limit) (no entity known): خبير في شركة "X"، فلان الفلاني، إن.</summary>
    private (int First, int Last) AppositionName(int from, int limit)
    {
        for (int k = from; k < limit; k++)
        {
            if (!_doc.IsComma(k) || k + 1 >= limit || !_doc.IsWord(k + 1) || QuoteWords.IsDefinite(_doc.Norm[k + 1]) ||
                !QuoteWords.IsNameLike(_doc.Norm[k + 1], _doc.Tokens[k + 1].Kind))
            {
                continue;
            }

            int last = k + 1;
            while (last + 1 < limit && last - k < 4 && _doc.IsWord(last + 1) && QuoteWords.IsNameLike(_doc.Norm[last + 1], _doc.Tokens[last + 1].Kind))
            {
                last++;
            }

            if (last + 1 < limit && _doc.IsComma(last + 1))
            {
                return (k + 1, last);
            }
        }

        return (-1, -1);
    }

    /// <summary>True when a quotation or a complementizer follows the cue within its window.</summary>
    private bool HasOpener(int c)
    {
        int sentenceEnd = _doc.SentenceEnd[_doc.SentenceOf[c]];
        for (int k = c + 1, words = 0; k < sentenceEnd && words <= WindowWords; k++)
        {
            if (_doc.SpanAt[k] is int si && si >= 0 && _doc.Spans[si].Depth == 0 && !_doc.IsNameSpan(_doc.Spans[si]))
            {
                return true;
            }

            if (!_doc.IsWord(k))
            {
                continue;
            }

            words++;
            if ((QuoteWords.IsComplementizer(_doc.Norm[k]) && !QuoteWords.IsComplementizerBlocker(_doc.Norm[k - 1])) || QuoteWords.IsIntroducer(_doc.Norm[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the phrase has a name-like word that is not definite (سلمى نادر in المتحدثة باسم الوزارة، سلمى نادر).</summary>
    private bool HasNameWord(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (_doc.IsWord(k) && !QuoteWords.IsDefinite(_doc.Norm[k]) && QuoteWords.IsNameLike(_doc.Norm[k], _doc.Tokens[k].Kind) && !QuoteWords.IsNisbaLike(_doc.Norm[k]))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPerson(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (_doc.EntityAt[k] is int e && e >= 0 && _doc.Entities[e].Type == Entities.EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasNamedEntity(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (_doc.EntityAt[k] is int e && e >= 0 && _doc.Entities[e].Type is Entities.EntityType.Person or Entities.EntityType.Organization)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSentenceInitial(int c)
    {
        int start = _doc.SentenceStart[_doc.SentenceOf[c]];
        for (int k = start; k < c; k++)
        {
            if (_doc.IsWord(k) && _doc.Norm[k] is not ("و" or "ف" or "كما" or "وكما" or "ثم" or "قد" or "وقد" or "لقد"))
            {
                return false;
            }
        }

        return true;
    }

    private bool Agrees(Speaker speaker, Agreement agreement) =>
        agreement == Agreement.Unknown || _resolver.CarryOver(agreement) is { } latest && latest.Canonical == speaker.Canonical || agreement == Agreement.Masculine;

    /// <summary>The subject of the sentence's main verb: its first person or organization not governed by a preposition, else its opening noun phrase.</summary>
    private Speaker? SentenceSubject(int c, Agreement agreement, bool entitiesOnly, out float confidence)
    {
        confidence = 0.75f;
        int sentence = _doc.SentenceOf[c];
        int start = _doc.SentenceStart[sentence];
        int firstWord = start;
        while (firstWord < c && (!_doc.IsWord(firstWord) || _doc.Norm[firstWord] is "و" or "قد" or "وقد" or "لقد"))
        {
            firstWord++;
        }

        // A verb's subject must open the sentence (subject-first) or follow its first verb (verb-first).
        int entityLimit = entitiesOnly ? Math.Min(c, firstWord + 3) : Math.Min(c, start + 40);
        for (int k = start; k < entityLimit; k++)
        {
            int e = _doc.EntityAt[k];
            if (e < 0)
            {
                continue;
            }

            var entity = _doc.Entities[e];
            bool opening = k <= start + 1;
            if (entity.Type is not (Entities.EntityType.Person or Entities.EntityType.Organization) &&
                !(opening && entity.Type is Entities.EntityType.Country or Entities.EntityType.Place))
            {
                continue;
            }

            Token token = _doc.Tokens[k];
            bool governed = (entity.Start > token.Start && _doc.Text[token.Start] is 'ب' or 'ل' or 'ك') ||
                (k > start && _doc.IsWord(k - 1) && _doc.Norm[k - 1] is "مع" or "عن" or "في" or "من" or "علي" or "الي" or "بين" or "لدي" or "حول" or "ضد");
            if (governed || QuoteWords.IsCommonNounMention(entity.Text))
            {
                continue;
            }

            int last = k;
            while (last + 1 < c && _doc.EntityAt[last + 1] == e)
            {
                last++;
            }

            return _resolver.FromPhrase(k, last, agreement, c, out confidence);
        }

        int first = start;
        while (first < c && !_doc.IsWord(first))
        {
            first++;
        }

        if (first >= c || entitiesOnly)
        {
            return null;
        }

        // No entity: the nearest title-headed phrase before the participle (قرر الرئيس الأميركي، فلان، ...، قائلاً).
        for (int k = c - 1; k > first && k > c - 40; k--)
        {
            if (_doc.IsWord(k) && QuoteWords.IsTitle(_doc.Norm[k]) && QuoteWords.IsDefinite(_doc.Norm[k]) &&
                !(_doc.IsWord(k - 1) && _doc.Norm[k - 1] is "مع" or "عن" or "في" or "من" or "علي" or "الي" or "بين" or "لدي" or "حول" or "ضد"))
            {
                var (tf, tl, _) = ParsePhrase(k, c, allowLamFirst: false);
                if (tf >= 0 && HasNameWord(tf, tl))
                {
                    return _resolver.FromPhrase(tf, tl, agreement, c, out confidence);
                }
            }
        }

        if (QuoteWords.IsDefinite(_doc.Norm[first]))
        {
            int last = first;
            while (last + 1 < c && last - first < 3 && _doc.IsWord(last + 1) && QuoteWords.IsDefinite(_doc.Norm[last + 1]))
            {
                last++;
            }

            return _resolver.FromPhrase(first, last, agreement, c, out confidence);
        }

        var (npFirst, npLast, _) = ParsePhrase(SkipAdverbials(first + 1, c), c, allowLamFirst: false);
        return npFirst >= 0 ? _resolver.FromPhrase(npFirst, npLast, agreement, c, out confidence) : null;
    }

    private void Emit(QuoteKind kind, int first, int last, int cueToken, Speaker? speaker, Speaker? via, float confidence, Agreement agreement, bool trimPunctuation)
    {
        while (first <= last && !_doc.IsWord(first) && !(_doc.IsMark(first) && !trimPunctuation))
        {
            if (_doc.IsMark(first) && _doc.SpanAt[first] >= 0)
            {
                break;
            }

            first++;
        }

        while (last >= first && !_doc.IsWord(last) && (trimPunctuation ? !(_doc.IsMark(last) && _doc.CloseSpanAt[last] >= 0) : true))
        {
            last--;
        }

        if (last < first)
        {
            return;
        }

        var content = new TextSpan(_doc.Tokens[first].Start, _doc.Tokens[last].End);
        var cue = new TextSpan(_doc.Tokens[cueToken].Start, _doc.Tokens[cueToken].End);
        IReadOnlyList<Speaker> viaList = via is null ? [] : [via with { Mention = null }];
        _quotes.Add(new Quote(kind, content, cue, speaker, viaList, Math.Clamp(confidence, 0f, 1f)));
        _quoteCueTokens.Add(cueToken);
        _ = agreement;
    }

    /// <summary>True when the quotation starting the content runs to the clause's end: then the quote is direct.</summary>
    private bool CoversClause(MarkSpan span, int contentStart)
    {
        if (!span.IsClosed)
        {
            return true;
        }

        int after = span.CloseToken + 1;
        int sentenceEnd = _doc.SentenceEnd[_doc.SentenceOf[contentStart]];
        while (after < sentenceEnd && !_doc.IsWord(after) && _doc.SpanAt[after] < 0 && !_doc.IsComma(after))
        {
            after++;
        }

        return after >= sentenceEnd || _doc.NextStop[after] == after;
    }

    /// <summary>A short quotation (three words at most) that the sentence goes on after: a term or name, not a quote.</summary>
    private bool IsShortTerm(MarkSpan span)
    {
        if (!span.IsClosed || _doc.WordCount(span.FirstToken, span.LastToken) > 3)
        {
            return false;
        }

        int after = span.CloseToken + 1;
        int sentenceEnd = _doc.SentenceEnd[_doc.SentenceOf[span.OpenToken]];
        while (after < sentenceEnd && _doc.IsComma(after))
        {
            after++;
        }

        return after < sentenceEnd && _doc.IsWord(after) && _doc.NextStop[after] != after;
    }

    /// <summary>
    /// Who issued the document a cue speaks in (أصدر البيت الأبيض بيانا قال فيه …، نشرت الوزارة الاثنين بياناً أكدت فيه …،
    /// إلا أن النادي أصدر بيانا أكد فيه …): the phrase between the issuing verb and the document, or the subject before
    /// the verb; (-1, -1) when the cue is not followed by فيه / فيها after a document.
    /// </summary>
    private (int First, int Last) DocumentIssuer(int c)
    {
        int sentenceStart = _doc.SentenceStart[_doc.SentenceOf[c]];
        if (c + 1 >= _doc.Count || _doc.Norm[c + 1] is not ("فيه" or "فيها") || !_doc.SameSentence(c, c + 1))
        {
            return (-1, -1);
        }

        int d = c - 1;
        while (d > sentenceStart && _doc.IsComma(d))
        {
            d--;
        }

        if (d <= sentenceStart || !_doc.IsWord(d) || !QuoteWords.IsDocumentNoun(_doc.Norm[d].EndsWith('ا') ? _doc.Norm[d][..^1] : _doc.Norm[d]))
        {
            return (-1, -1);
        }

        for (int v = d - 1; v >= sentenceStart && v >= d - 10; v--)
        {
            if (!_doc.IsWord(v) || !QuoteWords.IsIssuingVerb(_doc.Norm[v]))
            {
                continue;
            }

            int last = d - 1;
            while (last > v && (_doc.IsComma(last) || QuoteWords.IsAdverbial(_doc.Norm[last]) || _doc.Norm[last] is "عقب" or "ذلك" or "بعد"))
            {
                last--;
            }

            return last > v ? (v + 1, last) : ParseBackward(v);
        }

        return (-1, -1);
    }

    /// <summary>
    /// A verb with its object pronoun after a document noun (بيان أصدرته، تقرير نشره، رسالة تلقتها): indefinite, not an
    /// entity, and ending in ه or ها as written (ة is a noun's ending: بيان صادرة is no such verb).
    /// </summary>
    private bool IsVerbWithObjectPronoun(int k)
    {
        Token token = _doc.Tokens[k];
        if (token.Kind != TokenKind.ArabicWord || _doc.EntityAt[k] >= 0 || token.Length < 4 || QuoteWords.IsDefinite(_doc.Norm[k]) || _doc.Norm[k][0] == 'ل')
        {
            return false;
        }

        ReadOnlySpan<char> word = _doc.Text.AsSpan(token.Start, token.Length);
        return word[^1] == 'ه' || (word[^1] == 'ا' && word[^2] == 'ه');
    }

    private int SkipAdverbials(int k, int limit)
    {
        while (k < limit)
        {
            if (_doc.IsComma(k))
            {
                k++;
                continue;
            }

            if (!_doc.IsWord(k))
            {
                break;
            }

            string norm = _doc.Norm[k];
            if (QuoteWords.IsAdverbial(norm))
            {
                k++;
            }
            else if (norm == "يوم" && k + 1 < limit && (QuoteWords.IsAdverbial(_doc.Norm[k + 1]) || _doc.Tokens[k + 1].Kind == TokenKind.Number))
            {
                k += 2; // قال يوم الثلاثاء، يوم 12 …
            }
            else if (norm is "من" or "ومن" && k + 1 < limit && QuoteWords.IsAdverbial(_doc.Norm[k + 1]))
            {
                k += 2;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    /// <summary>A noun phrase from <paramref name="k"/>: words up to a preposition, complementizer, quotation, adverbial or cue; up to two appositions after commas.</summary>
    private (int First, int Last, int After) ParsePhrase(int k, int limit, bool allowLamFirst)
    {
        int first = -1, last = -1, count = 0, appositions = 0;
        while (k < limit && count < PhraseWords)
        {
            if (_doc.SpanAt[k] is int si && si >= 0)
            {
                MarkSpan span = _doc.Spans[si];
                if (first >= 0 && span.IsClosed && _doc.IsNameSpan(span))
                {
                    last = span.CloseToken;
                    k = span.CloseToken + 1;
                    continue;
                }

                break;
            }

            if (!_doc.IsWord(k))
            {
                if (_doc.IsComma(k) && first >= 0 && appositions < 2 && k + 1 < limit && IsPhraseWord(k + 1, false) && !HasPronounSuffix(_doc.Norm[k + 1]) &&
                    !WithheldName(k + 1, limit) &&
                    !(_doc.Norm[k + 1].Length > 3 && _doc.Norm[k + 1][0] == 'و' && !QuoteWords.IsTitle(_doc.Norm[k + 1])))
                {
                    appositions++;
                    k++;
                    continue;
                }

                break;
            }

            if (first >= 0 && _doc.Norm[k] is "عن" && QuoteWords.IsDocumentNoun(_doc.Norm[first]))
            {
                k++;
                continue; // بيان صادر عن الحكومة
            }

            if (!IsPhraseWord(k, allowLamFirst && first < 0))
            {
                break;
            }

            if (first < 0)
            {
                first = k;
            }

            last = k;
            count++;
            k++;
        }

        return (first, last, k);
    }

    /// <summary>
    /// The token after an addressee that opens the phrase after a verb of saying, else -1: ل + a name the recognizer
    /// found after the ل (لبوتين، لبي بي سي), ل + the article (للصحفيين، للشرطة), or ل + a noun with a pronoun written
    /// with ه (لأنصاره، لزوجها). A name that starts with ل (لافروف، لطيفة) is the speaker.
    /// </summary>
    private int AddresseeEnd(int k)
    {
        Token token = _doc.Tokens[k];
        if (token.Kind != TokenKind.ArabicWord || token.Length < 3 || _doc.Text[token.Start] != 'ل')
        {
            return -1;
        }

        if (_doc.EntityAt[k] is int e && e >= 0)
        {
            Entities.Entity entity = _doc.Entities[e];
            if (entity.Start != token.Start + 1)
            {
                return -1;
            }

            int end = k + 1;
            while (end < _doc.Tokens.Length && _doc.EntityAt[end] == e)
            {
                end++;
            }

            return end;
        }

        string norm = _doc.Norm[k];
        ReadOnlySpan<char> written = _doc.Text.AsSpan(token.Start, token.Length);
        return (norm.Length > 4 && norm.StartsWith("لل", StringComparison.Ordinal)) ||
            (norm.Length > 4 && !written.StartsWith("لا") && // لاعبوه: the ل is the word's (لأنصاره is ل + أنصار)
             (written.EndsWith("ه") || written.EndsWith("ها") || written.EndsWith("هم") || written.EndsWith("هما"))) ? k + 1 : -1;
    }

    /// <summary>رفض ذكر اسمه، طلب عدم كشف هويته: the clause after a comma says the source's name is withheld; no apposition.</summary>
    private bool WithheldName(int k, int limit)
    {
        for (int i = k; i < limit && i < k + 5; i++)
        {
            if (QuoteWords.IsWithheldName(_doc.Norm[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPronounSuffix(string norm) => norm.Length > 4 && (norm.EndsWith("ها", StringComparison.Ordinal) || norm.EndsWith("هم", StringComparison.Ordinal));

    private bool IsPhraseWord(int k, bool allowLam)
    {
        if (!_doc.IsWord(k) || _doc.Tokens[k].Kind == TokenKind.Number || _doc.Cue(k) is not null)
        {
            return false;
        }

        if (_doc.EntityAt[k] is int e && e >= 0 && _doc.Entities[e].Type is Entities.EntityType.Person or Entities.EntityType.Organization)
        {
            return true; // a name the recognizer found, even if it reads as a function word (علي)
        }

        string norm = _doc.Norm[k];
        return norm.Length > 1 && // لـ written apart (قال لـ CNN، لـ"العربية"): a preposition, no word of a name
            !QuoteWords.IsPhraseStop(norm) && !QuoteWords.IsComplementizer(norm) && !QuoteWords.IsIntroducer(norm) &&
            !QuoteWords.IsAdverbial(norm) && (allowLam || !QuoteWords.IsLamObject(norm));
    }

    /// <summary>The subject phrase right before a cue (وإردوغان يقول، الرئاسة التركية قد قالت), stopping at the clause's opening particle.</summary>
    private (int First, int Last) ParseBackward(int c)
    {
        int sentenceStart = _doc.SentenceStart[_doc.SentenceOf[c]];
        int k = c - 1;
        if (k >= sentenceStart && _doc.IsWord(k) && _doc.Norm[k] is "قد" or "لقد")
        {
            k--;
        }

        if (k < sentenceStart || !_doc.IsWord(k))
        {
            return KanaSubject(c, sentenceStart);
        }

        if (_doc.Norm[k] is "الذي" or "التي" or "الذين")
        {
            // الرئيس فلان الذي قال: only a named antecedent.
            int e = k > sentenceStart ? _doc.EntityAt[k - 1] : -1;
            bool named = e >= 0 ? _doc.Entities[e].Type is Entities.EntityType.Person or Entities.EntityType.Organization
                : k > sentenceStart && _doc.IsWord(k - 1) && !QuoteWords.IsDefinite(_doc.Norm[k - 1]) && QuoteWords.IsNameLike(_doc.Norm[k - 1], _doc.Tokens[k - 1].Kind);
            if (!named)
            {
                return (-1, -1);
            }

            k--;
        }

        int last = k, first = -1, count = 0;
        while (k >= sentenceStart && count < 8)
        {
            if (_doc.CloseSpanAt[k] is int si && si >= 0 && first >= 0 && _doc.IsNameSpan(_doc.Spans[si]))
            {
                first = _doc.Spans[si].OpenToken;
                k = first - 1;
                continue;
            }

            if (!_doc.IsWord(k))
            {
                break;
            }

            string norm = _doc.Norm[k];
            if (QuoteWords.IsClauseOpener(norm) || QuoteWords.IsPhraseStop(norm) || QuoteWords.IsComplementizer(norm) || _doc.Cue(k) is not null ||
                _doc.Tokens[k].Kind == TokenKind.Number || QuoteWords.IsAdverbial(norm))
            {
                break;
            }

            first = k;
            count++;
            if (norm.Length > 2 && norm[0] == 'و' && norm[1] == 'ا' && !QuoteWords.IsTitle(norm))
            {
                break; // و + a noun opens the clause: وإردوغان يقول
            }

            k--;
        }

        // للاعتذار وقال، بالسيارات قائلة: a phrase governed by a preposition is no subject
        if (first >= 0 && _doc.EntityAt[first] < 0 && (_doc.Norm[first].StartsWith("لل", StringComparison.Ordinal) || _doc.Norm[first].StartsWith("بال", StringComparison.Ordinal)))
        {
            return (-1, -1);
        }

        return first < 0 ? (-1, -1) : (first, last);
    }

    /// <summary>وكانت رسالة رسمية، نشرها موقع، كشفت ...: the subject right after a sentence-opening كان.</summary>
    private (int First, int Last) KanaSubject(int c, int sentenceStart)
    {
        int first = sentenceStart;
        while (first < c && !_doc.IsWord(first))
        {
            first++;
        }

        if (first >= c || c - first > 25 || _doc.Norm[first] is not ("كان" or "كانت" or "وكان" or "وكانت" or "فكان" or "فكانت"))
        {
            return (-1, -1);
        }

        var (npFirst, npLast, _) = ParsePhrase(first + 1, c, allowLamFirst: false);
        return (npFirst, npLast);
    }

    private bool IsHeadline(int c)
    {
        int end = _doc.ParagraphEnd[c];
        int sentence = _doc.SentenceOf[c];
        if (_doc.SentenceEnd[sentence] != end)
        {
            return false;
        }

        int start = _doc.SentenceStart[sentence];
        if (start > 0 && _doc.ParagraphEnd[start - 1] != start)
        {
            return false;
        }

        Token lastToken = _doc.Tokens[end - 1];
        bool terminated = lastToken.Kind == TokenKind.Punctuation && _doc.Text[lastToken.Start] is '.' or '!' or '؟' or '?';
        return !terminated && _doc.WordCount(start, end - 1) <= 15;
    }

    private static string StripLam(string canonical) => canonical.Length > 2 && canonical[0] == 'ل' ? canonical[1..] : canonical;

    /// <summary>لمصادر → مصادر, للبيانات → البيانات (ل + ال written لل).</summary>
    private static string StripLamArticle(string canonical) =>
        canonical.StartsWith("لل", StringComparison.Ordinal) && canonical.Length > 3 ? string.Concat("ا", canonical.AsSpan(1)) : StripLam(canonical);

    /// <summary>The relay words that take their source with ل (وفقاً لـ، طبقاً لـ), with or without و before them.</summary>
    private static bool TakesLam(string norm) => norm is "وفق" or "وفقا" or "طبقا" or "ووفق" or "ووفقا" or "وطبقا";
}
