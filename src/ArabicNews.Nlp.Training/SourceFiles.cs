namespace ArabicNews.Nlp.Training;

/// <summary>Reads the plain-text source lists of ../shared/data that the gazetteer and model-lexicon builders both use.</summary>
internal static class SourceFiles
{
    /// <summary>
    /// The country names of an i18n-iso-countries language file (ar.json, en.json): each two-letter code with each of
    /// its names (the file gives one name or several).
    /// </summary>
    /// <param name="path">The language file.</param>
    public static List<(string Code, string Name)> IsoCountryNames(string path)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var names = new List<(string Code, string Name)>();
        foreach (System.Text.Json.JsonProperty country in doc.RootElement.GetProperty("countries").EnumerateObject())
        {
            IEnumerable<string?> values = country.Value.ValueKind == System.Text.Json.JsonValueKind.Array
                ? country.Value.EnumerateArray().Select(v => v.GetString())
                : [country.Value.GetString()];
            names.AddRange(values.OfType<string>().Select(v => (country.Name, v)));
        }

        return names;
    }

    /// <summary>The rows of a CSV file (see <see cref="SplitCsv"/>), the header row included.</summary>
    /// <param name="path">The file.</param>
    public static IEnumerable<string[]> ReadCsv(string path) => File.ReadLines(path).Select(SplitCsv);

    /// <summary>
    /// The cells of one CSV line: commas inside double quotes do not split, the quotes themselves are dropped, and a
    /// leading byte order mark is removed.
    /// </summary>
    /// <param name="line">The line.</param>
    public static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line.TrimStart('\uFEFF'))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells.ToArray();
    }

    /// <summary>
    /// The entries of an ANERcorp gazetteer file (../shared/data/ner/anercorp-gazet): trimmed lines without the ====
    /// and **** separator lines, of at least <paramref name="minLength"/> characters.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="minLength">The shortest entry kept.</param>
    public static IEnumerable<string> GazetLines(string path, int minLength) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length >= minLength && !l.StartsWith("====", StringComparison.Ordinal) && !l.StartsWith("****", StringComparison.Ordinal));
}
