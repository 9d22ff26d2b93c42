using System.Buffers;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Quotes;

/// <summary>
/// The per-call view of a document the attributor works on: normalized words, sentence and paragraph of each token,
/// the entity on each token, the quotation-mark spans and the cue on each token. Built in linear time. Its per-token
/// tables are rented from the shared array pool (longer than the document: index them below <see cref="Count"/>)
/// and go back on <see cref="Dispose"/>, so a document allocates no table per token.
/// </summary>
internal sealed class QuoteDocument : IDisposable
{
    private const int MaxWordLength = 40;

    private readonly CueLexicon _lexicon;
    private readonly int[] _wordPrefix;

    // The lexicon index of the cue on each token, -1 for none.
    private readonly int[] _cueAt;

    /// <summary>Builds the view.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="entities">Its entities, in text order.</param>
    /// <param name="lexicon">The cue lexicon.</param>
    /// <param name="forms">Each token's matching form (<see cref="TokenForms"/>).</param>
    /// <param name="first">Each token's first occurrence (<see cref="TokenRepeats"/>), or null: a repeat shares its word's facts.</param>
    public QuoteDocument(string text, Token[] tokens, ReadOnlySpan<Sentence> sentences, List<Entity> entities, CueLexicon lexicon, string[] forms, int[]? first)
    {
        Text = text;
        Tokens = tokens;
        Entities = entities;
        _lexicon = lexicon;
        int n = tokens.Length;
        Norm = ArrayPool<string>.Shared.Rent(n);
        for (int i = 0; i < n; i++)
        {
            Token t = tokens[i];
            if (first is not null && first[i] < i)
            {
                Norm[i] = Norm[first[i]]; // same kind and characters: the same word
                continue;
            }

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

        _wordPrefix = ArrayPool<int>.Shared.Rent(n + 1);
        _wordPrefix[0] = 0;
        for (int i = 0; i < n; i++)
        {
            _wordPrefix[i + 1] = _wordPrefix[i] + (IsWord(i) ? 1 : 0);
        }

        // Entities on tokens (an entity may start after an attached proclitic inside its token).
        EntityAt = ArrayPool<int>.Shared.Rent(n);
        EntityAt.AsSpan(0, n).Fill(-1);
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

        // Sentences: the token range of each, and the sentence of each token. A sentence without tokens before a
        // token's sentence gets the empty range at that token. A dateline is a sentence of its own here.
        sentences = Datelines.Split(text, tokens, sentences, entities, EntityAt);
        SentenceOf = ArrayPool<int>.Shared.Rent(n);
        int sentenceCount = Math.Max(1, sentences.Length);
        SentenceStart = ArrayPool<int>.Shared.Rent(sentenceCount);
        SentenceEnd = ArrayPool<int>.Shared.Rent(sentenceCount);
        int filled = 0;
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            while (s + 1 < sentences.Length && tokens[i].Start >= sentences[s].End)
            {
                s++;
            }

            while (filled <= s)
            {
                SentenceStart[filled] = i;
                SentenceEnd[filled] = i;
                filled++;
            }

            SentenceOf[i] = s;
            SentenceEnd[s] = i + 1;
        }

        // Paragraphs: a line break between two tokens ends one.
        ParagraphEnd = ArrayPool<int>.Shared.Rent(n);
        int paragraphStartToken = 0;
        for (int i = 0; i < n; i++)
        {
            bool last = i + 1 == n || HasLineBreak(text, tokens[i].End, tokens[i + 1].Start);
            if (last)
            {
                ParagraphEnd.AsSpan(paragraphStartToken, i + 1 - paragraphStartToken).Fill(i + 1);
                paragraphStartToken = i + 1;
            }
        }

        // Quotation marks: spans, the span each opening token starts, and how deep inside marks each token is.
        Spans = QuoteMarkScanner.Scan(text, tokens, ParagraphEnd);
        SpanAt = ArrayPool<int>.Shared.Rent(n);
        SpanAt.AsSpan(0, n).Fill(-1);
        CloseSpanAt = ArrayPool<int>.Shared.Rent(n);
        CloseSpanAt.AsSpan(0, n).Fill(-1);
        InsideMarks = ArrayPool<int>.Shared.Rent(n + 1);
        Span<int> depth = InsideMarks.AsSpan(0, n + 1);
        depth.Clear();
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

        // The running sum of the depth changes, in place.
        int running = 0;
        for (int i = 0; i < n; i++)
        {
            running += depth[i];
            InsideMarks[i] = running;
        }

        // Cues, outside quotation marks only. A word is looked up once: its repeats take the first one's answer.
        _cueAt = ArrayPool<int>.Shared.Rent(n);
        int[]? known = first is null ? null : ArrayPool<int>.Shared.Rent(n);
        known?.AsSpan(0, n).Fill(-2);
        for (int i = 0; i < n; i++)
        {
            _cueAt[i] = -1;
            if (InsideMarks[i] != 0 || tokens[i].Kind != TokenKind.ArabicWord)
            {
                continue;
            }

            int form;
            if (known is null)
            {
                form = lexicon.IndexOf(Norm[i]);
            }
            else
            {
                int f = first![i];
                if (known[f] == -2)
                {
                    known[f] = lexicon.IndexOf(Norm[f]);
                }

                form = known[f];
            }

            // ذكر اسمه، كشف هويتها (the source, who declined that his name be given): mentioning a name reports nothing
            if (form >= 0 && !(i > 0 && Norm[i - 1] is "تم" or "جري" or "يتم" or "يجري" or "سيتم" or "وتم" or "ويتم" or "وجري" or "بعد" or "قبل" or "عند" or "خلال") &&
                !(i + 1 < n && QuoteWords.IsWithheldName(Norm[i + 1])))
            {
                _cueAt[i] = form;
            }
        }

        if (known is not null)
        {
            ArrayPool<int>.Shared.Return(known);
        }

        // Where reported content must stop: before a comma that introduces the next cue or the writer's framing,
        // before a relay word, and at the end of the sentence. NextStop[i] is the first such token at or after i.
        NextStop = ArrayPool<int>.Shared.Rent(n + 1);
        NextStop[n] = n;
        for (int i = n - 1; i >= 0; i--)
        {
            int sentenceEnd = SentenceEnd[SentenceOf[i]];
            NextStop[i] = IsStop(i) ? i : Math.Min(i + 1 < sentenceEnd ? NextStop[i + 1] : sentenceEnd, sentenceEnd);
        }
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public List<Entity> Entities { get; }

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

    public int[] NextStop { get; }

    public int Count => Tokens.Length;

    /// <summary>The cue on token <paramref name="i"/> (outside quotation marks), or null.</summary>
    public CueForm? Cue(int i) => _cueAt[i] is int form and >= 0 ? _lexicon.FormAt(form) : null;

    /// <summary>Returns the per-token tables to the pool; the view must not be used after.</summary>
    public void Dispose()
    {
        ArrayPool<string>.Shared.Return(Norm, clearArray: true);
        foreach (int[] table in (ReadOnlySpan<int[]>)[_wordPrefix, SentenceOf, SentenceStart, SentenceEnd, ParagraphEnd, EntityAt, SpanAt, CloseSpanAt, InsideMarks, _cueAt, NextStop])
        {
            ArrayPool<int>.Shared.Return(table);
        }
    }

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

    public bool IsCue(int i, CueKind kind) => Cue(i) is { } c && c.Kind == kind;

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
        if (k < Count && Norm[k] is "ما" or "لما")
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

        // وفقاً لوكالة: ا + the word (الوكالة) is a source noun too.
        string word = Norm[k];
        return Cue(k) is { Kind: CueKind.Verb } || QuoteWords.IsTitle(Norm[k]) || QuoteWords.IsDocumentNoun(Norm[k]) || QuoteWords.IsSourceNoun(Norm[k]) ||
            (word.Length > 2 && word[0] == 'ل' && !QuoteWords.IsDefinite(word) && QuoteWords.IsSourceNounWithAlef(word)) || QuoteWords.IsLamObject(Norm[k]) ||
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
        if (Cue(i) is { Kind: CueKind.Relay })
        {
            return IsRelayOfSource(i);
        }

        if (QuoteWords.IsCoordinatedAct(norm) || (Cue(i) is { Kind: CueKind.Verb } && norm.Length > 3 && norm[0] == 'و'))
        {
            return true; // ... وتمنى التوفيق / ... وأضاف أن: the speaker's next act, not the reported clause
        }

        if (!IsComma(i) || i + 1 >= Count)
        {
            return false;
        }

        int next = i + 1;
        if (Cue(next) is { } nextCue)
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
                if (Cue(k) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        _ = norm;
        return false;
    }

    /// <summary>True when a line or paragraph break lies in [from, to).</summary>
    internal static bool HasLineBreak(string text, int from, int to)
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
