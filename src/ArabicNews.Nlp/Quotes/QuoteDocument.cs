using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Quotes;

/// <summary>
/// The per-call view of a document the attributor works on: normalized words, sentence and paragraph of each token,
/// the entity on each token, the quotation-mark spans and the cue on each token. Built in linear time.
/// </summary>
internal sealed class QuoteDocument
{
    private const int MaxWordLength = 40;

    private readonly int[] _wordPrefix;

    public QuoteDocument(string text, IReadOnlyList<Token> tokenList, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities, CueLexicon lexicon, string[]? forms = null)
    {
        Token[] tokens = tokenList as Token[] ?? [.. tokenList];
        Text = text;
        Tokens = tokens;
        Entities = entities;
        int n = tokens.Length;
        forms ??= TokenForms.Matching(text, tokens);
        Norm = new string[n];
        for (int i = 0; i < n; i++)
        {
            Token t = tokens[i];
            if (t.Length > MaxWordLength)
            {
                Norm[i] = ""; // no reporting or function word is this long
                continue;
            }

            Norm[i] = t.Kind switch
            {
                TokenKind.ArabicWord => forms[i],
                TokenKind.Hashtag => QuoteWords.Normalize(text.AsSpan(t.Start + 1, t.Length - 1)),

                // Other tokens are compared as written (digits stay in their script).
                _ => text.AsSpan(t.Start, t.Length).SequenceEqual(forms[i]) ? forms[i] : text.Substring(t.Start, t.Length),
            };
        }

        _wordPrefix = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            _wordPrefix[i + 1] = _wordPrefix[i] + (IsWord(i) ? 1 : 0);
        }

        // Sentences: the token range of each, and the sentence of each token.
        SentenceOf = new int[n];
        var starts = new List<int>();
        var ends = new List<int>();
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            while (s + 1 < sentences.Count && tokens[i].Start >= sentences[s].End)
            {
                s++;
            }

            if (starts.Count <= s || starts.Count == 0)
            {
                while (starts.Count <= s)
                {
                    starts.Add(i);
                    ends.Add(i);
                }
            }

            SentenceOf[i] = s;
            ends[s] = i + 1;
        }

        SentenceStart = [.. starts];
        SentenceEnd = [.. ends];

        // Paragraphs: a line break between two tokens ends one.
        ParagraphEnd = new int[n];
        int paragraphStartToken = 0;
        for (int i = 0; i < n; i++)
        {
            bool last = i + 1 == n || HasLineBreak(text, tokens[i].End, tokens[i + 1].Start);
            if (last)
            {
                for (int k = paragraphStartToken; k <= i; k++)
                {
                    ParagraphEnd[k] = i + 1;
                }

                paragraphStartToken = i + 1;
            }
        }

        // Entities on tokens (an entity may start after an attached proclitic inside its token).
        EntityAt = new int[n];
        Array.Fill(EntityAt, -1);
        int e = 0;
        for (int i = 0; i < n && e < entities.Count; i++)
        {
            while (e < entities.Count && entities[e].End <= tokens[i].Start)
            {
                e++;
            }

            if (e < entities.Count && entities[e].Start < tokens[i].End)
            {
                EntityAt[i] = e;
            }
        }

        // Quotation marks: spans, the span each opening token starts, and how deep inside marks each token is.
        Spans = QuoteMarkScanner.Scan(text, tokens, ParagraphEnd);
        SpanAt = new int[n];
        Array.Fill(SpanAt, -1);
        CloseSpanAt = new int[n];
        Array.Fill(CloseSpanAt, -1);
        var depth = new int[n + 1];
        for (int k = 0; k < Spans.Count; k++)
        {
            MarkSpan span = Spans[k];
            SpanAt[span.OpenToken] = k;
            if (span.IsClosed)
            {
                CloseSpanAt[span.CloseToken] = k;
            }

            depth[span.FirstToken]++;
            depth[span.LastToken + 1]--;
        }

        InsideMarks = new int[n];
        int running = 0;
        for (int i = 0; i < n; i++)
        {
            running += depth[i];
            InsideMarks[i] = running;
        }

        // Cues, outside quotation marks only.
        Cues = new CueForm?[n];
        for (int i = 0; i < n; i++)
        {
            if (InsideMarks[i] == 0 && tokens[i].Kind == TokenKind.ArabicWord && lexicon.TryGet(Norm[i], out CueForm form) &&
                !(i > 0 && Norm[i - 1] is "تم" or "جري" or "يتم" or "يجري" or "سيتم" or "وتم" or "ويتم" or "وجري" or "بعد" or "قبل" or "عند" or "خلال"))
            {
                Cues[i] = form;
            }
        }

        // Where reported content must stop: before a comma that introduces the next cue or the writer's framing,
        // before a relay word, and at the end of the sentence. NextStop[i] is the first such token at or after i.
        NextStop = new int[n + 1];
        NextStop[n] = n;
        for (int i = n - 1; i >= 0; i--)
        {
            int sentenceEnd = SentenceEnd[SentenceOf[i]];
            NextStop[i] = IsStop(i) ? i : Math.Min(i + 1 < sentenceEnd ? NextStop[i + 1] : sentenceEnd, sentenceEnd);
        }
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public IReadOnlyList<Entity> Entities { get; }

    public string[] Norm { get; }

    public int[] SentenceOf { get; }

    public int[] SentenceStart { get; }

    public int[] SentenceEnd { get; }

    public int[] ParagraphEnd { get; }

    public int[] EntityAt { get; }

    public List<MarkSpan> Spans { get; }

    public int[] SpanAt { get; }

    public int[] CloseSpanAt { get; }

    public int[] InsideMarks { get; }

    public CueForm?[] Cues { get; }

    public int[] NextStop { get; }

    public int Count => Tokens.Length;

    /// <summary>The first token that ends after <paramref name="offset"/> (binary search over the ordered tokens).</summary>
    public int FirstTokenAt(int offset)
    {
        int lo = 0, hi = Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public bool IsWord(int i) => Tokens[i].IsWord || Tokens[i].Kind is TokenKind.Hashtag or TokenKind.Number;

    public bool IsComma(int i) => Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] is '،' or ',' or '؛' or ';';

    public bool IsPunct(int i, char c) => Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol && Tokens[i].Length == 1 && Text[Tokens[i].Start] == c;

    public bool IsMark(int i) => SpanAt[i] >= 0 || CloseSpanAt[i] >= 0 ||
        (Tokens[i].Length == 1 && Text[Tokens[i].Start] is '"' or '«' or '»' or '“' or '”' or '‹' or '›' or '„');

    public bool IsCue(int i, CueKind kind) => Cues[i] is { } c && c.Kind == kind;

    /// <summary>A token of the same sentence and paragraph as <paramref name="anchor"/>.</summary>
    public bool SameSentence(int anchor, int i) => i >= 0 && i < Count && SentenceOf[i] == SentenceOf[anchor];

    /// <summary>True when the span is a name or title in marks (منظمة "القبعات البيضاء"): a name noun precedes it, or it is short and the sentence goes on.</summary>
    public bool IsNameSpan(MarkSpan span)
    {
        int before = span.OpenToken - 1;
        if (before >= 0 && IsWord(before) && (QuoteWords.IsNameNoun(Norm[before]) || (before > 0 && QuoteWords.IsNameNoun(Norm[before - 1]) && !IsCue(before, CueKind.Verb))))
        {
            return !IsLongSpan(span);
        }

        return false;
    }

    /// <summary>How many word tokens lie in [first, lastInclusive]; constant time.</summary>
    public int WordCount(int first, int lastInclusive)
    {
        first = Math.Max(first, 0);
        lastInclusive = Math.Min(lastInclusive, Count - 1);
        return lastInclusive < first ? 0 : _wordPrefix[lastInclusive + 1] - _wordPrefix[first];
    }

    /// <summary>The text of tokens [first, last] without quotation marks, as one spaced string.</summary>
    public string PhraseText(int first, int lastInclusive, bool stripLeadingConjunction)
    {
        var parts = new List<string>();
        for (int i = first; i <= lastInclusive; i++)
        {
            if (!IsWord(i))
            {
                continue;
            }

            Token t = Tokens[i];
            string word = Text.Substring(t.Start, t.Length);
            if (t.Kind == TokenKind.Hashtag)
            {
                word = word[1..].Replace('_', ' ');
            }

            // The normalized form can be shorter than the word (ligatures, marks), so check its length too (found by fuzzing).
            if (parts.Count == 0 && stripLeadingConjunction && word.Length > 3 && word[0] is 'و' or 'ف' && Norm[i].Length > 1)
            {
                string rest = Norm[i][1..];
                if (rest.StartsWith('ا'))
                {
                    word = word[1..];
                }
            }

            parts.Add(word);
        }

        return string.Join(' ', parts);
    }

    /// <summary>True when a relay word is followed by a source (بحسب الشرطة، حسبما أفادت، وفق مصادر), not by a measure (حسب الخطة).</summary>
    public bool IsRelayOfSource(int r)
    {
        int k = r + 1;
        if (k < Count && Norm[k] is "ما")
        {
            return true;
        }

        int first = SentenceStart[SentenceOf[r]];
        while (first < r && (!IsWord(first) || Norm[first] is "و"))
        {
            first++;
        }

        if (first == r)
        {
            return true; // وبحسب الوزير، ...: a relay opening its sentence introduces a source
        }

        if (k >= Count || !IsWord(k))
        {
            return false;
        }

        if (EntityAt[k] is int e && e >= 0)
        {
            return Entities[e].Type != EntityType.Nationality;
        }

        string word = Norm[k];
        if (word.Length > 2 && word[0] == 'ل' && !QuoteWords.IsDefinite(word))
        {
            word = "ا" + word; // وفقاً لوكالة → الوكالة-like lookups below
        }

        return Cues[k] is { Kind: CueKind.Verb } || QuoteWords.IsTitle(Norm[k]) || QuoteWords.IsDocumentNoun(Norm[k]) ||
            QuoteWords.IsSourceNoun(Norm[k]) || QuoteWords.IsSourceNoun(word) || QuoteWords.IsLamObject(Norm[k]) ||
            (Tokens[k].Kind is TokenKind.ArabicWord or TokenKind.Hashtag && !QuoteWords.IsDefinite(Norm[k]) && !QuoteWords.IsPhraseStop(Norm[k]) && !QuoteWords.IsAdverbial(Norm[k]));
    }

    private bool IsLongSpan(MarkSpan span) => WordCount(span.FirstToken, span.LastToken) > 4;

    private bool IsStop(int i)
    {
        if (InsideMarks[i] > 0 && !IsMark(i))
        {
            return false;
        }

        string norm = Norm[i];
        if (Cues[i] is { Kind: CueKind.Relay })
        {
            return IsRelayOfSource(i);
        }

        if (QuoteWords.IsCoordinatedAct(norm) || (Cues[i] is { Kind: CueKind.Verb } && norm.Length > 3 && norm[0] == 'و'))
        {
            return true; // ... وتمنى التوفيق / ... وأضاف أن: the speaker's next act, not the reported clause
        }

        if (!IsComma(i) || i + 1 >= Count)
        {
            return false;
        }

        int next = i + 1;
        if (Cues[next] is { } nextCue)
        {
            return nextCue.Kind != CueKind.Relay || IsRelayOfSource(next);
        }

        string word = Norm[next];
        if (word is "في" && next + 1 < Count && Norm[next + 1] is "اشاره" or "ظل" or "وقت" or "حين")
        {
            return true;
        }

        if (word is "مع" or "وسط" or "عقب" or "فيما" or "بينما")
        {
            return true;
        }

        if (word is "حيث" or "فيما" or "بينما" or "لكنه" or "لكنها" or "ولكنه" or "كما" or "وذلك" or "وهو" or "وهي" or "ثم" or "الا" or "لكن" or "وكان" or "وكانت")
        {
            for (int k = next + 1; k < Math.Min(Count, next + 4); k++)
            {
                if (Cues[k] is not null)
                {
                    return true;
                }
            }

            return false;
        }

        _ = norm;
        return false;
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (text[i] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }
}
