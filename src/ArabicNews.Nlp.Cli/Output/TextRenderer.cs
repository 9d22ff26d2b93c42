using System.Globalization;
using System.Text;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;

namespace ArabicNews.Nlp.Cli.Output;

/// <summary>
/// The readable terminal rendering: a header, the article (entities coloured by type and quotes underlined when
/// colour is on), the entities grouped by canonical name, and the quotes as speaker → content.
/// </summary>
internal static class TextRenderer
{
    private const string Reset = "\u001b[0m";

    /// <summary>The ANSI colour of each entity type.</summary>
    public static string ColorOf(EntityType type) => type switch
    {
        EntityType.Person => "1;33",
        EntityType.Country => "1;32",
        EntityType.Place => "1;36",
        EntityType.Organization => "1;35",
        EntityType.Nationality => "1;34",
        _ => "1",
    };

    public static string Render(AnalysisView view, bool color)
    {
        var sb = new StringBuilder(view.Text.Length * 2 + 1024);
        string Paint(string text, string sgr) => color ? $"\u001b[{sgr}m{text}{Reset}" : text;

        sb.Append(Paint($"━━ {view.Name} ━━", "1")).Append(' ')
          .Append(Count(view.Sentences.Count, "sentence")).Append(" · ").Append(Count(view.Tokens.Count, "token")).Append(" · ")
          .Append(Count(view.Entities.Count, "entity", "entities")).Append(" · ").Append(Count(view.Quotes.Count, "quote"))
          .Append('\n');
        if (color)
        {
            sb.Append("legend: ");
            foreach (EntityType t in Names.EntityTypes)
            {
                sb.Append(Paint(Names.Of(t), ColorOf(t))).Append(' ');
            }

            sb.Append(Paint("quote", "4")).Append(' ').Append(Paint("cue", "7")).Append('\n');
        }

        sb.Append('\n');
        AppendArticle(sb, view, color);
        if (sb[^1] != '\n')
        {
            sb.Append('\n');
        }

        sb.Append('\n').Append(Paint($"Entities ({view.Entities.Count})", "1")).Append('\n');
        if (view.Entities.Count == 0)
        {
            sb.Append("  (none)\n");
        }

        foreach (var group in view.Entities
                     .Select((e, i) => (e, i))
                     .GroupBy(x => (x.e.Type, x.e.Canonical))
                     .OrderBy(g => g.Min(x => x.i)))
        {
            Entity first = group.First().e;
            var forms = group.Select(x => x.e.Text).Distinct(StringComparer.Ordinal).ToList();
            sb.Append("  ").Append(Paint(Names.Of(first.Type).PadRight(13), ColorOf(first.Type))).Append(' ')
              .Append(first.Canonical);
            if (group.Count() > 1)
            {
                sb.Append(CultureInfo.InvariantCulture, $" ×{group.Count()}");
            }

            if (forms.Count > 1 || forms[0] != first.Canonical)
            {
                sb.Append("  (").Append(string.Join("، ", forms)).Append(')');
            }

            if (first.CountryCode is not null)
            {
                sb.Append("  [").Append(first.CountryCode).Append(']');
            }

            sb.Append('\n');
        }

        sb.Append('\n').Append(Paint($"Quotes ({view.Quotes.Count})", "1")).Append('\n');
        if (view.Quotes.Count == 0)
        {
            sb.Append("  (none)\n");
        }

        int n = 0;
        foreach (Quote q in view.Quotes)
        {
            n++;
            string speaker = q.Speaker is null ? "(unknown speaker)" : q.Speaker.Canonical;
            string content = OneLine(JsonOutput.SafeSlice(view.Text, q.Content));
            sb.Append(CultureInfo.InvariantCulture, $"  {n,2}. ")
              .Append(q.Speaker?.Type is { } st ? Paint(speaker, ColorOf(st)) : Paint(speaker, "1"))
              .Append(" → «").Append(content).Append("»\n");
            sb.Append("      ").Append(Names.Of(q.Kind));
            if (q.Cue is TextSpan cue)
            {
                sb.Append(" · cue «").Append(OneLine(JsonOutput.SafeSlice(view.Text, cue))).Append('»');
            }

            if (q.Via.Count > 0)
            {
                sb.Append(" · via ").Append(string.Join(" ← ", q.Via.Select(v => v.Canonical)));
            }

            sb.Append(CultureInfo.InvariantCulture, $" · {q.Confidence:0.00}\n");
        }

        return sb.ToString();
    }

    private static void AppendArticle(StringBuilder sb, AnalysisView view, bool color)
    {
        string text = view.Text;
        if (!color)
        {
            sb.Append(text);
            return;
        }

        var marks = new List<Mark>();
        for (int i = 0; i < view.Entities.Count; i++)
        {
            marks.Add(new Mark(view.Entities[i].Start, view.Entities[i].End, 2, i));
        }

        int quoteBase = view.Entities.Count;
        for (int i = 0; i < view.Quotes.Count; i++)
        {
            Quote q = view.Quotes[i];
            marks.Add(new Mark(q.Content.Start, q.Content.End, 0, quoteBase + (2 * i)));
            if (q.Cue is TextSpan cue)
            {
                marks.Add(new Mark(cue.Start, cue.End, 1, quoteBase + (2 * i) + 1));
            }
        }

        string current = string.Empty;
        foreach (var (start, end, active) in Layering.Segments(text.Length, marks))
        {
            bool underline = false, reverse = false;
            string? entityColor = null;
            foreach (Mark m in active)
            {
                if (m.Id < quoteBase)
                {
                    entityColor = ColorOf(view.Entities[m.Id].Type);
                }
                else if ((m.Id - quoteBase) % 2 == 0)
                {
                    underline = true;
                }
                else
                {
                    reverse = true;
                }
            }

            var codes = new List<string>();
            if (entityColor is not null)
            {
                codes.Add(entityColor);
            }

            if (underline)
            {
                codes.Add("4");
            }

            if (reverse)
            {
                codes.Add("7");
            }

            string sgr = string.Join(';', codes);
            if (sgr != current)
            {
                sb.Append(Reset);
                if (sgr.Length > 0)
                {
                    sb.Append("\u001b[").Append(sgr).Append('m');
                }

                current = sgr;
            }

            // Styles stop at line ends so that a terminal never carries them into the margin.
            ReadOnlySpan<char> piece = text.AsSpan(start, end - start);
            if (sgr.Length > 0 && piece.Contains('\n'))
            {
                sb.Append(piece.ToString().Replace("\n", Reset + "\n\u001b[" + sgr + "m", StringComparison.Ordinal));
            }
            else
            {
                sb.Append(piece);
            }
        }

        if (current.Length > 0)
        {
            sb.Append(Reset);
        }
    }

    private static string Count(int n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    private static string OneLine(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
