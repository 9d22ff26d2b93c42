using System.IO.Compression;
using System.Text.Json;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Training;

/// <summary>
/// Builds the sequence model's lexicon: corpus word frequencies (counts only, never text), gazetteer flags from
/// ../shared/data/ner/anercorp-gazet and ../shared/data/gazetteers, and word clusters.
/// </summary>
internal static class NerModelLexiconBuilder
{
    /// <summary>Counts the normalized Arabic words of the unlabelled corpus (titles and texts).</summary>
    public static Dictionary<string, int> CountWords(string corpusPath, int maxArticles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[512];
        int articles = 0;
        foreach ((string? title, string? body) in CorpusArticles.Read(corpusPath).Take(maxArticles))
        {
            articles++;
            foreach (string? text in (string?[])[title, body])
            {
                if (text is null)
                {
                    continue;
                }

                foreach (Token token in ArabicTokenizer.Default.Tokenize(text))
                {
                    if (token.Kind != TokenKind.ArabicWord || token.Length > 48)
                    {
                        continue;
                    }

                    if (!ArabicNormalizer.Matching.TryNormalize(token.Slice(text), buffer, out int written) || written == 0)
                    {
                        continue;
                    }

                    ReadOnlySpan<char> word = buffer[..written];
                    if (lookup.TryGetValue(word, out int count))
                    {
                        lookup[word] = count + 1;
                    }
                    else
                    {
                        lookup[word] = 1;
                    }
                }
            }
        }

        Console.WriteLine($"  corpus: {articles} articles, {counts.Count} distinct words");
        return counts;
    }

    /// <summary>The frequency table: words seen at least <paramref name="minCount"/> times, class 1 + log2(count).</summary>
    public static (uint[] Keys, byte[] Classes) FrequencyTable(Dictionary<string, int> counts, int minCount)
    {
        var keys = new List<uint>();
        var classes = new List<byte>();
        foreach ((string word, int count) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (count >= minCount)
            {
                keys.Add(ModelHash.Word(word));
                classes.Add((byte)Math.Min(255, 1 + (int)Math.Log2(count)));
            }
        }

        return (keys.ToArray(), classes.ToArray());
    }

    /// <summary>Gazetteer flags per normalized word, from the shared gazetteers.</summary>
    public static SortedDictionary<string, int> Gazetteers(TrainingPaths paths)
    {
        var flags = new SortedDictionary<string, int>(StringComparer.Ordinal);
        string anerGazet = paths.Data("ner", "anercorp-gazet");
        foreach (string entry in SourceFiles.GazetLines(Path.Combine(anerGazet, "AlignedPersGazetteer.txt"), 1))
        {
            AddEntry(flags, entry, ModelLexicon.GazPerson, ModelLexicon.GazPerson);
        }

        foreach (string entry in SourceFiles.GazetLines(Path.Combine(anerGazet, "AlignedLocGazetteer.txt"), 1))
        {
            AddEntry(flags, entry, ModelLexicon.GazLocation, ModelLexicon.GazLocationPart);
        }

        foreach (string entry in SourceFiles.GazetLines(Path.Combine(anerGazet, "AlignedOrgGazetteer.txt"), 1))
        {
            AddEntry(flags, entry, ModelLexicon.GazOrganization, ModelLexicon.GazOrganization);
        }

        string names = paths.Data("gazetteers", "akhateeb-arabic-names");
        foreach (string file in (string[])["male-first--names-in-arabic.txt", "female-first-names-in-arabic.txt"])
        {
            foreach (string entry in File.ReadLines(Path.Combine(names, file)))
            {
                AddEntry(flags, entry, ModelLexicon.GazFirstName | ModelLexicon.GazPerson, ModelLexicon.GazPerson);
            }
        }

        foreach (string entry in File.ReadLines(Path.Combine(names, "last-names-in-arabic.txt")))
        {
            AddEntry(flags, entry, ModelLexicon.GazLastName | ModelLexicon.GazPerson, ModelLexicon.GazPerson);
        }

        // Countries: i18n-iso-countries (MIT) and CLDR territories (Unicode-3.0), two-letter codes only.
        foreach ((_, string name) in SourceFiles.IsoCountryNames(paths.Data("gazetteers", "i18n-iso-countries-7.14.0", "ar.json")))
        {
            AddEntry(flags, name, ModelLexicon.GazCountry | ModelLexicon.GazLocation, ModelLexicon.GazCountry | ModelLexicon.GazLocationPart);
        }

        using (JsonDocument doc = JsonDocument.Parse(File.ReadAllText(paths.Data("gazetteers", "cldr-48.2.0", "ar.territories.json"))))
        {
            JsonElement territories = doc.RootElement.GetProperty("main").GetProperty("ar").GetProperty("localeDisplayNames").GetProperty("territories");
            foreach (JsonProperty territory in territories.EnumerateObject())
            {
                bool country = territory.Name.Length >= 2 && char.IsAsciiLetterUpper(territory.Name[0]) && char.IsAsciiLetterUpper(territory.Name[1]);
                int whole = country ? ModelLexicon.GazCountry | ModelLexicon.GazLocation : ModelLexicon.GazLocation;
                AddEntry(flags, territory.Value.GetString(), whole, ModelLexicon.GazLocationPart);
            }
        }

        // Cities: CLDR exemplar cities, world-cities-translations (CC BY 4.0), Arabic state names (dr5hn, ODbL).
        using (JsonDocument doc = JsonDocument.Parse(File.ReadAllText(paths.Data("gazetteers", "cldr-48.2.0", "ar.timeZoneNames.json"))))
        {
            foreach (string city in ExemplarCities(doc.RootElement))
            {
                AddEntry(flags, city, ModelLexicon.GazCity | ModelLexicon.GazLocation, ModelLexicon.GazLocationPart);
            }
        }

        foreach (string[] cells in SourceFiles.ReadCsv(paths.Data("gazetteers", "world-cities-translations", "world-cities.csv")).Skip(1))
        {
            if (cells.Length >= 3)
            {
                AddEntry(flags, cells[2], ModelLexicon.GazCity | ModelLexicon.GazLocation, ModelLexicon.GazLocationPart);
            }
        }

        foreach (string[] cells in SourceFiles.ReadCsv(paths.Data("gazetteers", "dr5hn-countries-states-cities", "states.csv")).Skip(1))
        {
            if (cells.Length > 11 && cells[11].Any(ArabicLetters.IsArabicLetter) && cells[3] is not ("AF" or "IR" or "PK"))
            {
                AddEntry(flags, cells[11], ModelLexicon.GazLocation, ModelLexicon.GazLocationPart);
            }
        }

        Console.WriteLine($"  gazetteers: {flags.Count} words");
        return flags;
    }

    private static IEnumerable<string> ExemplarCities(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (property.Name == "exemplarCity" && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }
                else
                {
                    foreach (string city in ExemplarCities(property.Value))
                    {
                        yield return city;
                    }
                }
            }
        }
    }

    private static void AddEntry(SortedDictionary<string, int> flags, string? entry, int wholeFlags, int partFlags)
    {
        if (string.IsNullOrWhiteSpace(entry))
        {
            return;
        }

        string normalized = ArabicNormalizer.Matching.NormalizeToString(entry.Trim());
        var words = ArabicTokenizer.Default.GetTokens(normalized).Where(t => t.Kind == TokenKind.ArabicWord).Select(t => t.GetText(normalized)).ToArray();
        foreach (string word in words)
        {
            int flag = words.Length == 1 ? wholeFlags : partFlags;
            flags[word] = flags.TryGetValue(word, out int existing) ? existing | flag : flag;
        }
    }
}
