using System.Globalization;
using System.Text;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;

namespace ArabicNews.Nlp.Cli.Output;

/// <summary>
/// The self-contained right-to-left HTML page of a document (inline CSS, no script, no external asset): the article
/// with entities highlighted by type (hover shows the canonical name), quotes and cues marked and numbered, a legend,
/// the list of quotes with speaker, cue and kind, and the entities grouped by canonical name.
/// </summary>
internal static class HtmlRenderer
{
    private const string Style = """
        :root{--person:#fde68a;--country:#bbf7d0;--place:#bae6fd;--organization:#f5d0fe;--nationality:#c7d2fe;--ink:#1f2937;--muted:#6b7280}
        *{box-sizing:border-box}
        body{font-family:"Amiri","Noto Naskh Arabic","Noto Sans Arabic","KacstOne","Segoe UI",Tahoma,"DejaVu Sans",sans-serif;max-width:62rem;margin:1.5rem auto;padding:0 1rem;line-height:2;color:var(--ink);background:#f5f5f4}
        header h1{font-size:1.4rem;margin:0}
        .stats{color:var(--muted);margin:.2rem 0 .8rem}
        .legend{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center;background:#fff;border-radius:.5rem;padding:.4rem .8rem;margin-bottom:1rem;box-shadow:0 1px 2px rgba(0,0,0,.08)}
        .legend .label{color:var(--muted)}
        .article{white-space:pre-wrap;font-size:1.2rem;background:#fff;padding:1.2rem 1.5rem;border-radius:.5rem;box-shadow:0 1px 3px rgba(0,0,0,.1)}
        .ent{border-radius:.3rem;padding:0 .12em;cursor:help}
        .ent-person{background:var(--person)}.ent-country{background:var(--country)}.ent-place{background:var(--place)}
        .ent-organization{background:var(--organization)}.ent-nationality{background:var(--nationality)}
        .quote{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:.5em}
        .quote-direct{text-decoration-color:#dc2626;text-decoration-style:solid}
        .quote-indirect{text-decoration-color:#ea580c;text-decoration-style:dashed}
        .quote-mixed{text-decoration-color:#7c3aed;text-decoration-style:dotted}
        .cue{font-weight:700;outline:1px dashed var(--muted);outline-offset:1px;border-radius:.2rem}
        .speaker-mention{border-bottom:3px solid #0f766e}
        .qref{font-size:.7rem;vertical-align:super;background:#374151;color:#fff;border-radius:1rem;padding:0 .4em;margin:0 .1em;text-decoration:none;font-family:sans-serif}
        section{background:#fff;border-radius:.5rem;padding:.6rem 1.2rem;margin-top:1rem;box-shadow:0 1px 3px rgba(0,0,0,.1)}
        h2{font-size:1.15rem;margin:.3rem 0}
        ol.quote-list{padding-inline-start:1.6rem}
        .quote-item{margin:.5rem 0}
        .kind{display:inline-block;font-size:.8rem;border-radius:.3rem;padding:0 .4em;color:#fff;background:#6b7280}
        .kind-direct{background:#dc2626}.kind-indirect{background:#ea580c}.kind-mixed{background:#7c3aed}
        .speaker{font-weight:700}
        .meta{color:var(--muted);font-size:.9rem}
        blockquote.content{margin:.1rem 0 .1rem 0;padding-inline-start:.8rem;border-inline-start:3px solid #d6d3d1}
        table{border-collapse:collapse;width:100%}
        td,th{text-align:start;padding:.1rem .5rem;border-bottom:1px solid #e7e5e4;vertical-align:top}
        th{color:var(--muted);font-weight:400}
        .empty{color:var(--muted)}
        footer{color:var(--muted);font-size:.8rem;margin:1rem 0;text-align:center;direction:ltr}
        """;

    public static string Render(AnalysisView view)
    {
        var sb = new StringBuilder(view.Text.Length * 3 + 8192);
        sb.Append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"arabic-news\">\n")
          .Append("<title>").Append(Encode(view.Name)).Append(" — تحليل</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");

        sb.Append("<header>\n<h1 dir=\"auto\">").Append(Encode(view.Name)).Append("</h1>\n")
          .Append(CultureInfo.InvariantCulture, $"<p class=\"stats\"><span data-count=\"sentences\">{view.Sentences.Count}</span> جملة · <span data-count=\"tokens\">{view.Tokens.Count}</span> وحدة · <span data-count=\"entities\">{view.Entities.Count}</span> كيان · <span data-count=\"quotes\">{view.Quotes.Count}</span> اقتباس</p>\n")
          .Append("</header>\n");

        sb.Append("<nav class=\"legend\" id=\"legend\" aria-label=\"legend\">\n<span class=\"label\">المفتاح:</span>\n");
        foreach (EntityType type in Names.EntityTypes)
        {
            string name = Names.Of(type);
            sb.Append("<span class=\"ent ent-").Append(name.ToLowerInvariant()).Append("\" data-type=\"").Append(name).Append("\" title=\"").Append(name).Append("\">")
              .Append(Names.Arabic(type)).Append("</span>\n");
        }

        foreach (QuoteKind kind in new[] { QuoteKind.Direct, QuoteKind.Indirect, QuoteKind.Mixed })
        {
            sb.Append("<span class=\"quote quote-").Append(Names.Of(kind)).Append("\" data-kind=\"").Append(Names.Of(kind)).Append("\">اقتباس ").Append(Names.Arabic(kind)).Append("</span>\n");
        }

        sb.Append("<span class=\"cue\">فعل القول</span>\n<span class=\"speaker-mention\">القائل</span>\n</nav>\n");

        sb.Append("<main>\n<article id=\"article\" class=\"article\" dir=\"rtl\">");
        AppendArticle(sb, view);
        sb.Append("</article>\n");

        AppendQuotes(sb, view);
        AppendEntities(sb, view);
        sb.Append("</main>\n<footer>arabic-news · ArabicNews.Nlp</footer>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void AppendArticle(StringBuilder sb, AnalysisView view)
    {
        // Mark ids: entities 0..E-1, then three per quote (content, cue, speaker mention).
        var marks = new List<Mark>();
        int e = view.Entities.Count;
        for (int i = 0; i < e; i++)
        {
            marks.Add(new Mark(view.Entities[i].Start, view.Entities[i].End, 3, i));
        }

        for (int i = 0; i < view.Quotes.Count; i++)
        {
            Quote q = view.Quotes[i];
            marks.Add(new Mark(q.Content.Start, q.Content.End, 0, e + (3 * i)));
            if (q.Cue is TextSpan cue)
            {
                marks.Add(new Mark(cue.Start, cue.End, 1, e + (3 * i) + 1));
            }

            if (q.Speaker?.Mention is TextSpan mention)
            {
                marks.Add(new Mark(mention.Start, mention.End, 2, e + (3 * i) + 2));
            }
        }

        string text = view.Text;
        var open = new List<Mark>();
        var numbered = new HashSet<int>();
        foreach (var (start, end, active) in Layering.Segments(text.Length, marks))
        {
            int common = 0;
            while (common < open.Count && common < active.Length && open[common] == active[common])
            {
                common++;
            }

            for (int j = open.Count - 1; j >= common; j--)
            {
                sb.Append("</span>");
            }

            open.RemoveRange(common, open.Count - common);
            for (int j = common; j < active.Length; j++)
            {
                Mark m = active[j];
                open.Add(m);
                if (m.Id < e)
                {
                    Entity entity = view.Entities[m.Id];
                    string type = Names.Of(entity.Type);
                    sb.Append("<span class=\"ent ent-").Append(type.ToLowerInvariant()).Append("\" data-type=\"").Append(type)
                      .Append(CultureInfo.InvariantCulture, $"\" data-entity=\"{m.Id}\" data-canonical=\"").Append(Encode(entity.Canonical))
                      .Append("\" title=\"").Append(Encode(EntityTitle(entity))).Append("\">");
                    continue;
                }

                int quote = (m.Id - e) / 3;
                int part = (m.Id - e) % 3;
                Quote q = view.Quotes[quote];
                string number = (quote + 1).ToString(CultureInfo.InvariantCulture);
                if (part == 0)
                {
                    sb.Append("<span class=\"quote quote-").Append(Names.Of(q.Kind)).Append("\" data-quote=\"").Append(number)
                      .Append("\" title=\"").Append(Encode($"{number}. {Names.Arabic(q.Kind)} ({Names.Of(q.Kind)}): {q.Speaker?.Canonical ?? "?"}")).Append("\">");
                    if (numbered.Add(quote))
                    {
                        sb.Append("<a class=\"qref\" href=\"#quote-").Append(number).Append("\">").Append(number).Append("</a>");
                    }
                }
                else if (part == 1)
                {
                    sb.Append("<span class=\"cue\" data-quote=\"").Append(number).Append("\" title=\"").Append(Encode($"{number}. cue")).Append("\">");
                }
                else
                {
                    sb.Append("<span class=\"speaker-mention\" data-quote=\"").Append(number).Append("\" title=\"").Append(Encode($"{number}. {q.Speaker!.Canonical}")).Append("\">");
                }
            }

            sb.Append(Encode(text.AsSpan(start, end - start)));
        }

        for (int j = 0; j < open.Count; j++)
        {
            sb.Append("</span>");
        }
    }

    private static void AppendQuotes(StringBuilder sb, AnalysisView view)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<section id=\"quotes\">\n<h2>الاقتباسات ({view.Quotes.Count})</h2>\n");
        if (view.Quotes.Count == 0)
        {
            sb.Append("<p class=\"empty\">لا اقتباسات.</p>\n</section>\n");
            return;
        }

        sb.Append("<ol class=\"quote-list\">\n");
        for (int i = 0; i < view.Quotes.Count; i++)
        {
            Quote q = view.Quotes[i];
            string kind = Names.Of(q.Kind);
            sb.Append(CultureInfo.InvariantCulture, $"<li id=\"quote-{i + 1}\" class=\"quote-item\" data-kind=\"{kind}\">")
              .Append("<span class=\"kind kind-").Append(kind).Append("\">").Append(Names.Arabic(q.Kind)).Append(" · ").Append(kind).Append("</span> ");
            if (q.Speaker is null)
            {
                sb.Append("<span class=\"speaker unknown\">قائل غير معروف</span>");
            }
            else
            {
                sb.Append("<span class=\"speaker\"");
                if (q.Speaker.Type is { } type)
                {
                    sb.Append(" data-type=\"").Append(Names.Of(type)).Append('"');
                }

                sb.Append('>').Append(Encode(q.Speaker.Canonical)).Append("</span>");
            }

            sb.Append(" ←");
            sb.Append("<blockquote class=\"content\">").Append(Encode(JsonOutput.SafeSlice(view.Text, q.Content))).Append("</blockquote>");
            sb.Append("<span class=\"meta\">");
            if (q.Cue is TextSpan cue)
            {
                sb.Append("فعل القول: <span class=\"cue-text\">").Append(Encode(JsonOutput.SafeSlice(view.Text, cue))).Append("</span> · ");
            }

            if (q.Via.Count > 0)
            {
                sb.Append("عبر: <span class=\"via\">").Append(Encode(string.Join(" ← ", q.Via.Select(v => v.Canonical)))).Append("</span> · ");
            }

            sb.Append(CultureInfo.InvariantCulture, $"الثقة {q.Confidence:0.00}</span></li>\n");
        }

        sb.Append("</ol>\n</section>\n");
    }

    private static void AppendEntities(StringBuilder sb, AnalysisView view)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<section id=\"entities\">\n<h2>الكيانات ({view.Entities.Count})</h2>\n");
        if (view.Entities.Count == 0)
        {
            sb.Append("<p class=\"empty\">لا كيانات.</p>\n</section>\n");
            return;
        }

        sb.Append("<table>\n<thead><tr><th>النوع</th><th>الاسم الموحد</th><th>المرات</th><th>الصيغ في النص</th><th>البلد</th></tr></thead>\n<tbody>\n");
        foreach (var group in view.Entities
                     .Select((entity, i) => (entity, i))
                     .GroupBy(x => (x.entity.Type, x.entity.Canonical))
                     .OrderBy(g => g.Min(x => x.i)))
        {
            Entity first = group.First().entity;
            string type = Names.Of(first.Type);
            sb.Append("<tr data-type=\"").Append(type).Append("\"><td><span class=\"ent ent-").Append(type.ToLowerInvariant()).Append("\">")
              .Append(Names.Arabic(first.Type)).Append("</span></td><td>").Append(Encode(first.Canonical)).Append("</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{group.Count()}</td><td>")
              .Append(Encode(string.Join("، ", group.Select(x => x.entity.Text).Distinct(StringComparer.Ordinal)))).Append("</td><td>")
              .Append(Encode(first.CountryCode ?? string.Empty)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string EntityTitle(Entity entity)
    {
        var title = new StringBuilder(entity.Canonical).Append(" — ").Append(Names.Arabic(entity.Type)).Append(" (").Append(Names.Of(entity.Type)).Append(')');
        if (entity.CountryCode is not null)
        {
            title.Append(" · ").Append(entity.CountryCode);
        }

        return title.ToString();
    }

    /// <summary>Escapes text for HTML content and attribute values.</summary>
    public static string Encode(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    public static string Encode(string text) => Encode(text.AsSpan());
}
