namespace ArabicNews.Nlp.Cli.Output;

/// <summary>A layer of markup over a span of the text: an entity, a quote's content, a cue.</summary>
/// <param name="Start">Where it starts.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Rank">Which of two marks on the same span nests outside (lower is outer).</param>
/// <param name="Id">The mark's index in the list it came from (the renderers look it up).</param>
internal readonly record struct Mark(int Start, int End, int Rank, int Id);

/// <summary>
/// Cuts a text into segments at every mark boundary, with the marks over each segment ordered outer to inner, so
/// that overlapping and crossing marks can be rendered as properly nested markup (a crossing mark is closed and
/// reopened).
/// </summary>
internal static class Layering
{
    /// <summary>The segments of [0, <paramref name="length"/>) with the marks covering each, outer first.</summary>
    public static IEnumerable<(int Start, int End, Mark[] Active)> Segments(int length, IEnumerable<Mark> marks)
    {
        var list = marks
            .Select(m => m with { Start = Math.Clamp(m.Start, 0, length), End = Math.Clamp(m.End, 0, length) })
            .Where(m => m.End > m.Start)
            .OrderBy(m => m.Start)
            .ToList();
        var bounds = new SortedSet<int> { 0, length };
        foreach (Mark m in list)
        {
            bounds.Add(m.Start);
            bounds.Add(m.End);
        }

        int[] points = [.. bounds];
        var active = new List<Mark>();
        int next = 0;
        for (int i = 0; i + 1 < points.Length; i++)
        {
            int at = points[i];
            active.RemoveAll(m => m.End <= at);
            while (next < list.Count && list[next].Start <= at)
            {
                if (list[next].End > at)
                {
                    active.Add(list[next]);
                }

                next++;
            }

            Mark[] ordered = [.. active.OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Rank).ThenBy(m => m.Id)];
            yield return (at, points[i + 1], ordered);
        }
    }
}
