namespace ArabicNews.Nlp.Training;

/// <summary>
/// Exchange clustering (Martin, Liermann and Ney 1998; the predictive form of Uszkoreit and Brants 2008): items are
/// moved one at a time to the class that most raises the likelihood of a class-based model predicting each item from
/// its context words (one slot per side and distance), until no item moves or the passes run out. Deterministic: items
/// are visited in a fixed order and ties keep the current class.
/// </summary>
internal static class NerModelExchangeClustering
{
    private const int TableSize = 1 << 16;

    /// <summary>
    /// Clusters the items (rows of a sparse count matrix: <paramref name="start"/>, <paramref name="columns"/>,
    /// <paramref name="counts"/> in compressed-row form) into <paramref name="k"/> classes.
    /// </summary>
    /// <remarks><paramref name="slotOf"/> gives the slot (side and distance) of each column, of <paramref name="slots"/>; <paramref name="passes"/> bounds the passes over the items; <paramref name="passesRun"/> says how many ran.</remarks>
    public static int[] Cluster(int[] start, int[] columns, int[] counts, int[] slotOf, int slots, int k, int passes, out int passesRun)
    {
        int items = start.Length - 1;
        int columnCount = slotOf.Length;

        // x ln x for small counts, which most cells of the count table hold.
        double[] xLogX = Enumerable.Range(0, TableSize).Select(x => x == 0 ? 0 : x * Math.Log(x)).ToArray();
        long[] itemSlot = new long[items * slots];
        for (int i = 0; i < items; i++)
        {
            for (int e = start[i]; e < start[i + 1]; e++)
            {
                itemSlot[(i * slots) + slotOf[columns[e]]] += counts[e];
            }
        }

        // Frequent items first, dealt round-robin over the classes.
        int[] order = Enumerable.Range(0, items).OrderByDescending(i => itemSlot.AsSpan(i * slots, slots).ToArray().Sum()).ThenBy(i => i).ToArray();
        int[] classOf = new int[items];
        for (int r = 0; r < order.Length; r++)
        {
            classOf[order[r]] = r % k;
        }

        // N(column, class) and the class totals per slot.
        int[] table = new int[columnCount * k];
        long[] classSlot = new long[k * slots];
        for (int i = 0; i < items; i++)
        {
            Move(i, classOf[i], 1, start, columns, counts, itemSlot, table, classSlot, slots, k);
        }

        double[] gain = new double[k];
        passesRun = 0;
        for (int pass = 0; pass < passes; pass++)
        {
            passesRun++;
            int moves = 0;
            foreach (int i in order)
            {
                int from = classOf[i];
                Move(i, from, -1, start, columns, counts, itemSlot, table, classSlot, slots, k);
                Array.Clear(gain);
                for (int e = start[i]; e < start[i + 1]; e++)
                {
                    int n = counts[e];
                    ReadOnlySpan<int> row = table.AsSpan(columns[e] * k, k);
                    for (int c = 0; c < k; c++)
                    {
                        gain[c] += XLogX(xLogX, row[c] + (long)n) - XLogX(xLogX, row[c]);
                    }
                }

                for (int s = 0; s < slots; s++)
                {
                    long total = itemSlot[(i * slots) + s];
                    if (total == 0)
                    {
                        continue;
                    }

                    for (int c = 0; c < k; c++)
                    {
                        long classTotal = classSlot[(c * slots) + s];
                        gain[c] -= XLogX(xLogX, classTotal + total) - XLogX(xLogX, classTotal);
                    }
                }

                int best = from;
                for (int c = 0; c < k; c++)
                {
                    if (gain[c] > gain[best] + 1e-9)
                    {
                        best = c;
                    }
                }

                Move(i, best, 1, start, columns, counts, itemSlot, table, classSlot, slots, k);
                classOf[i] = best;
                moves += best != from ? 1 : 0;
            }

            if (moves == 0)
            {
                break;
            }
        }

        return classOf;
    }

    /// <summary>The count table of classes: row c holds class c's counts per column.</summary>
    public static (int[] Start, int[] Columns, int[] Counts) ClassRows(int[] start, int[] columns, int[] counts, int[] classOf, int k)
    {
        var rows = new SortedDictionary<int, int>[k];
        for (int c = 0; c < k; c++)
        {
            rows[c] = [];
        }

        for (int i = 0; i < classOf.Length; i++)
        {
            SortedDictionary<int, int> row = rows[classOf[i]];
            for (int e = start[i]; e < start[i + 1]; e++)
            {
                row[columns[e]] = row.GetValueOrDefault(columns[e]) + counts[e];
            }
        }

        int[] classStart = new int[k + 1];
        var classColumns = new List<int>();
        var classCounts = new List<int>();
        for (int c = 0; c < k; c++)
        {
            foreach ((int column, int count) in rows[c])
            {
                classColumns.Add(column);
                classCounts.Add(count);
            }

            classStart[c + 1] = classColumns.Count;
        }

        return (classStart, classColumns.ToArray(), classCounts.ToArray());
    }

    private static void Move(int item, int c, int sign, int[] start, int[] columns, int[] counts, long[] itemSlot, int[] table, long[] classSlot, int slots, int k)
    {
        for (int e = start[item]; e < start[item + 1]; e++)
        {
            table[(columns[e] * k) + c] += sign * counts[e];
        }

        for (int s = 0; s < slots; s++)
        {
            classSlot[(c * slots) + s] += sign * itemSlot[(item * slots) + s];
        }
    }

    private static double XLogX(double[] table, long x) => x < TableSize ? table[x] : x * Math.Log(x);
}
