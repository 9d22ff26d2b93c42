using ArabicNews.Nlp.Entities;

namespace ArabicNews.Nlp.Training;

/// <summary>Per-word tag counts and entity span counts of an ANERcorp-style file (token TAG per line).</summary>
internal sealed class AnerStats
{
    public Dictionary<string, TokenStats> Tokens { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Dictionary<string, int>> Spans { get; } = new(StringComparer.Ordinal)
    {
        ["PERS"] = new(StringComparer.Ordinal), ["LOC"] = new(StringComparer.Ordinal), ["ORG"] = new(StringComparer.Ordinal), ["MISC"] = new(StringComparer.Ordinal),
    };

    /// <summary>The lines of the first 90% of the sentences (blank-line separated, as NerModelData reads them).</summary>
    private static IEnumerable<string> FirstNineTenths(string path)
    {
        string[] lines = File.ReadAllLines(path);
        int sentences = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            sentences += !string.IsNullOrWhiteSpace(lines[i]) && (i == 0 || string.IsNullOrWhiteSpace(lines[i - 1])) ? 1 : 0;
        }

        int keep = sentences * 9 / 10, seen = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]) && (i == 0 || string.IsNullOrWhiteSpace(lines[i - 1])) && ++seen > keep)
            {
                yield break;
            }

            yield return lines[i];
        }
    }

    /// <summary>Reads the file; with <paramref name="holdout"/>, only its first 90% of sentences (the tenth `ner-model --holdout` leaves out).</summary>
    public static AnerStats Load(string path, bool holdout = false)
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

        foreach (string line in holdout ? FirstNineTenths(path) : File.ReadLines(path))
        {
            int sp = line.LastIndexOf(' ');
            if (sp <= 0)
            {
                Flush();
                continue;
            }

            string word = line[..sp].Trim();
            string tag = line[(sp + 1)..].Trim();
            string key = GazetteerKey.Of(word);
            if (key.Length == 0)
            {
                Flush();
                continue;
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

        Flush();
        return s;
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
