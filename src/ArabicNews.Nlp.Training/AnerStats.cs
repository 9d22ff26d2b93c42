using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tooling;

namespace ArabicNews.Nlp.Training;

/// <summary>Per-word tag counts and entity span counts of an ANERcorp-style file (read by <see cref="ConllNerFile"/>).</summary>
internal sealed class AnerStats
{
    public Dictionary<string, TokenStats> Tokens { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Dictionary<string, int>> Spans { get; } = new(StringComparer.Ordinal)
    {
        ["PERS"] = new(StringComparer.Ordinal), ["LOC"] = new(StringComparer.Ordinal), ["ORG"] = new(StringComparer.Ordinal), ["MISC"] = new(StringComparer.Ordinal),
    };

    /// <summary>
    /// Reads the file; with <paramref name="holdout"/>, only its first 90% of sentences (the tenth `ner-model --holdout`
    /// leaves out); with a <paramref name="fold"/> of 0 or more, all but that fold (what `ner-model --fold K` trains on).
    /// </summary>
    public static AnerStats Load(string path, bool holdout = false, int fold = -1)
    {
        var s = new AnerStats();
        var span = new List<string>();
        string? type = null;
        void Flush()
        {
            if (type is not null && span.Count > 0)
            {
                string text = string.Join(' ', span);
                var d = s.Spans[type];
                d[text] = d.GetValueOrDefault(text) + 1;
                if (type == "PERS" && span.Count > 1)
                {
                    string k0 = GazetteerKey.Of(span[0]);
                    var st0 = s.Tokens.GetValueOrDefault(k0);
                    st0.BeginMulti++;
                    s.Tokens[k0] = st0;
                }

                if (type == "PERS" && span.Count == 1)
                {
                    string k = GazetteerKey.Of(span[0]);
                    var st = s.Tokens.GetValueOrDefault(k);
                    st.AlonePers++;
                    s.Tokens[k] = st;
                }
            }

            span.Clear();
            type = null;
        }

        List<ConllSentence> sentences = ConllNerFile.Read(path);
        foreach (ConllSentence sentence in ConllNerFile.TrainingPart(sentences, holdout, fold))
        {
            for (int i = 0; i < sentence.Tokens.Length; i++)
            {
                Count(sentence.Tokens[i], sentence.Tags[i]);
            }

            Flush();
        }

        return s;

        void Count(string word, string tag)
        {
            string key = GazetteerKey.Of(word);
            if (key.Length == 0)
            {
                Flush();
                return;
            }

            var t = s.Tokens.GetValueOrDefault(key);
            t.Total++;
            if (tag.EndsWith("PERS", StringComparison.Ordinal))
            {
                t.Pers++;
                if (tag[0] == 'B')
                {
                    t.BeginPers++;
                }
            }
            else if (tag.EndsWith("LOC", StringComparison.Ordinal))
            {
                t.Loc++;
            }
            else if (tag.EndsWith("ORG", StringComparison.Ordinal))
            {
                t.Org++;
            }

            s.Tokens[key] = t;
            if (tag.StartsWith("B-", StringComparison.Ordinal) || tag == "O" || (tag.StartsWith("I-", StringComparison.Ordinal) && type != tag[2..]))
            {
                Flush();
            }

            if (tag.Length > 2 && tag[1] == '-')
            {
                type = tag[2..];
                span.Add(word);
            }
        }
    }

    private Dictionary<(string Tag, string Key), int>? _aloneByKey;

    /// <summary>How often a word (by its gazetteer key, so every spelling counts) is a whole one-word span of <paramref name="tag"/>.</summary>
    public int AloneCount(string tag, string key)
    {
        if (_aloneByKey is null)
        {
            _aloneByKey = [];
            foreach (var (t, spans) in Spans)
            {
                foreach (var (span, count) in spans)
                {
                    if (!span.Contains(' ', StringComparison.Ordinal))
                    {
                        var k = (t, GazetteerKey.Of(span));
                        _aloneByKey[k] = _aloneByKey.GetValueOrDefault(k) + count;
                    }
                }
            }
        }

        return _aloneByKey.GetValueOrDefault((tag, key));
    }

    public struct TokenStats
    {
        public int Total;
        public int Pers;
        public int BeginPers;
        public int AlonePers;
        public int BeginMulti;
        public int Loc;
        public int Org;
    }
}
