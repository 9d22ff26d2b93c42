using System.Text.Json;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;
using ArabicNews.Nlp.Tooling;

namespace ArabicNews.Nlp.Training;

/// <summary>
/// Builds the entity gazetteers (src/ArabicNews.Nlp/Resources/gazetteer.bin) from ../shared/data/gazetteers,
/// ../shared/data/ner/anercorp-gazet, name and span statistics of the ANERcorp train split, word frequencies of the
/// unlabelled news corpus (counts only, no text), and the hand-written general knowledge in <see cref="CuratedGazetteer"/>.
/// </summary>
internal static class GazetteerBuilder
{
    private const int PrioCountry = 100;
    private const int PrioNationality = 90;
    private const int PrioOrganization = 70;
    private const int PrioPlace = 50;
    private const int PrioPerson = 40;

    // an honorific after a city's name, which the name does not need
    private static readonly string[] HonorificEpithets = ["المكرمة"];

    private static readonly string[] PlaceDescriptors = ["ولاية", "محافظة", "مدينة", "مقاطعة", "إقليم", "منطقة", "بلدية", "قضاء", "لواء", "امارة", "إمارة"];

    /// <summary>How many corpus articles (from the first) the word and context counts read.</summary>
    private const int CountedArticles = 20000;

    public static int Run(TrainingPaths paths) => Run(paths, []);

    /// <summary>
    /// Builds the gazetteers and writes them; --holdout reads only the first 90% of ANERcorp train (for
    /// `recognizer-conll --split holdout --gazetteer FILE`), --fold K all of it but the K-th fifth (for
    /// `recognizer-conll --fold K --gazetteer FILE`), --no-anercorp-names none of it (see <see cref="Build"/>).
    /// </summary>
    public static int Run(TrainingPaths paths, string[] args)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(args);
        string output = Path.Combine(paths.Resources, "gazetteer.bin");
        int count;
        try
        {
            using var stream = File.Create(output);
            count = Build(paths, args, stream);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        Console.WriteLine($"gazetteers: {count} phrases -> {output} ({new FileInfo(output).Length / 1024} KB)");
        return 0;
    }

    /// <summary>
    /// Builds the gazetteers into <paramref name="stream"/> and returns the number of phrases. With --no-anercorp-names
    /// no name of ANERcorp train enters them: the sequence model's corpus statistics (<see cref="NerModelSilver"/>) are
    /// counted with such gazetteers, so that ANERcorp train's names look no more known to the model than unseen names.
    /// </summary>
    public static int Build(TrainingPaths paths, string[] args, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(args);
        var b = new Builder();
        if (!ConllNerFile.TryReadFoldOption(args, out int fold))
        {
            throw new ArgumentException($"gazetteers: --fold is 0 to {ConllNerFile.Folds - 1}");
        }

        var aner = args.Contains("--no-anercorp-names")
            ? new AnerStats()
            : AnerStats.Load(paths.Data("ner", "anercorp", "ANERCorp_CamelStyle_train.txt"), args.Contains("--holdout"), fold);
        var contexts = new CorpusContexts();
        Dictionary<string, int> counts = CorpusCounts(paths.Data("corpus", "ant-news.jsonl.gz"), CountedArticles, contexts);
        HashSet<string> frequent = CommonWords(counts, 40000, aner, 0.1);

        // اللاذقية، الديوانية: a city named like a nisba is one where the corpus writes it where places stand (في، إلى, a
        // descriptor) in a quarter of its occurrences; the adjectives it resembles seldom stand there (الشرقية 0.5 %, الحي 17 %)
        bool StandsAsPlace(string key) => contexts.InPlaceContext.GetValueOrDefault(key) is int placed && placed >= 2 && placed >= 0.25 * counts.GetValueOrDefault(key);

        // حلب، حمص، عدن، تعز: a three-letter town of the clean lists that ANERcorp never tags is kept where the corpus
        // writes it where places stand and seldom with the article (القصر، السوق، الجبل: nouns that also stand after في)
        bool WrittenBare(string key) => counts.GetValueOrDefault("ال" + key) < 0.1 * counts.GetValueOrDefault(key);
        HashSet<string> veryCommon = CommonWords(counts, 40000, aner, 0.5);
        HashSet<string> runtimeCommon = RuntimeCommonWords(counts, frequent, 40000);
        Console.WriteLine($"ANERcorp train: {aner.Tokens.Count} word types; corpus frequent words: {frequent.Count}");

        // 1. Countries.
        string gaz = paths.Data("gazetteers");
        var cldr = JsonDocument.Parse(File.ReadAllText(Path.Combine(gaz, "cldr-48.2.0", "ar.territories.json")))
            .RootElement.GetProperty("main").GetProperty("ar").GetProperty("localeDisplayNames").GetProperty("territories");
        var iso = JsonDocument.Parse(File.ReadAllText(Path.Combine(gaz, "i18n-iso-countries-7.14.0", "ar.json"))).RootElement.GetProperty("countries");
        var dr5hn = JsonDocument.Parse(File.ReadAllText(Path.Combine(gaz, "dr5hn-countries-states-cities", "countries.json"))).RootElement;
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryNames = new List<(string Code, string Name)>();
        foreach (JsonProperty p in iso.EnumerateObject())
        {
            string code = p.Name;
            string? cl = cldr.TryGetProperty(code + "-alt-short", out var s) ? s.GetString() : cldr.TryGetProperty(code, out var m) ? m.GetString() : null;
            string first = p.Value.ValueKind == JsonValueKind.Array ? p.Value[0].GetString()! : p.Value.GetString()!;
            canonical[code] = CuratedGazetteer.CanonicalOverrides.GetValueOrDefault(code) ?? cl ?? first;
            foreach (string suffix in new[] { "", "-alt-short", "-alt-variant" })
            {
                if (cldr.TryGetProperty(code + suffix, out var v) && v.GetString() is { } name)
                {
                    countryNames.Add((code, name));
                }
            }

            if (p.Value.ValueKind == JsonValueKind.Array)
            {
                countryNames.AddRange(p.Value.EnumerateArray().Select(v => (code, v.GetString()!)));
            }
            else
            {
                countryNames.Add((code, first));
            }
        }

        foreach (JsonElement c in dr5hn.EnumerateArray())
        {
            string code = c.GetProperty("iso2").GetString()!;
            if (c.TryGetProperty("translations", out var tr) && tr.TryGetProperty("ar", out var ar) && ar.GetString() is { } n &&
                !countryNames.Any(o => o.Code == code && !o.Name.Contains(' ', StringComparison.Ordinal) && o.Name.Length > n.Length && o.Name.StartsWith(n, StringComparison.Ordinal)))
            {
                countryNames.Add((code, n)); // not a truncated one-word name (نيو for CLDR's نيوي: Niue)
            }
        }

        countryNames.AddRange(CuratedGazetteer.CountryAliases);
        var wholeNames = countryNames.Select(c => (c.Code, GazetteerKey.Of(c.Name.Trim()))).ToHashSet();
        foreach (var (code, name) in countryNames)
        {
            if (!canonical.ContainsKey(code))
            {
                continue;
            }

            bool curated = CuratedGazetteer.CountryAliases.Contains((code, name));
            foreach (string variant in NameVariants(name))
            {
                if (!curated && frequent.Contains(GazetteerKey.Of(variant)) && !OnlyArticleEvidence(GazetteerKey.Of(variant), counts))
                {
                    continue;
                }

                if (variant != name.Trim() && !wholeNames.Contains((code, GazetteerKey.Of(variant))))
                {
                    continue; // تيمور - ليشتي: the part before the dash names the country only where a source says so (الكونغو)
                }

                if (code == "OM" && GazetteerKey.Of(variant) == GazetteerKey.Of("عمان"))
                {
                    continue; // عمان is also Amman, the Jordanian capital: only سلطنة عمان names the country.
                }

                b.Add(variant, GazetteerKind.Country, canonical[code], code, 0.95f, PrioCountry);
            }
        }

        // 2. Nationalities: the curated stems, then the regular nisba of every one-word country name.
        var stems = new List<(string Code, string Stem)>(CuratedGazetteer.NationalityStems);
        foreach (var (code, name) in countryNames)
        {
            if (canonical.ContainsKey(code) && Nisba(name) is { } stem && !CuratedGazetteer.NationalityStopList.Contains(stem) &&
                !stems.Any(x => x.Code != code && GazetteerKey.Of(x.Stem) == GazetteerKey.Of(stem)))
            {
                stems.Add((code, stem));
            }
        }

        foreach (var (code, stem) in stems)
        {
            // a curated stem whose indefinite form is an ordinary word or a given name (مجري، مجريات: a course, the
            // course of events; كيني) is a nationality only with the article (المجرية، الكيني)
            bool definiteOnly = CuratedGazetteer.NationalityStopList.Contains(stem);
            foreach (string form in NisbaForms(stem))
            {
                if (definiteOnly && !form.StartsWith("ال", StringComparison.Ordinal))
                {
                    continue;
                }

                b.Add(form, GazetteerKind.Nationality, canonical[code], code, 0.9f, PrioNationality);
            }
        }

        foreach (var (code, plural) in CuratedGazetteer.NationalityPlurals)
        {
            b.Add(plural, GazetteerKind.Nationality, canonical[code], code, 0.9f, PrioNationality);
        }

        // 3. Organizations.
        foreach (var (alias, full) in CuratedGazetteer.OrganizationAliases)
        {
            b.Add(alias, GazetteerKind.Organization, full, null, 0.9f, PrioOrganization + 1);
        }

        foreach (string org in CuratedGazetteer.Organizations)
        {
            b.Add(org, GazetteerKind.Organization, org, null, 0.9f, PrioOrganization);
        }

        foreach (string line in SourceFiles.GazetLines(paths.Data("ner", "anercorp-gazet", "AlignedOrgGazetteer.txt"), 2))
        {
            if (IsUsableName(line, frequent, aner, "ORG") && !ProcliticForm(line, counts) && !HeadOrCountedNoun(line, counts, contexts) && (line.Contains(' ', StringComparison.Ordinal) || aner.Tokens.GetValueOrDefault(GazetteerKey.Of(line)) is { Org: >= 2 } st && st.Org >= 0.5 * st.Total))
            {
                b.Add(line, GazetteerKind.Organization, line, null, 0.75f, PrioOrganization - 5, noisy: true);
            }
        }

        foreach (var (span, count) in aner.Spans["ORG"])
        {
            if (count >= 2 && !MostlyInsideLongerNames(span, aner, "ORG") && IsUsableName(span, frequent, aner, "ORG") && !ProcliticForm(span, counts) && !HeadOrCountedNoun(span, counts, contexts) && (span.Contains(' ', StringComparison.Ordinal) || aner.Tokens.GetValueOrDefault(GazetteerKey.Of(span)) is { Org: >= 2 } st && st.Org >= 0.5 * st.Total))
            {
                if (!span.Contains(' ', StringComparison.Ordinal) && !span.StartsWith("ال", StringComparison.Ordinal) && StandsAsPlace(GazetteerKey.Of(span)))
                {
                    // a city ANERcorp labels for its government or its club (its convention; ours keeps the place, as
                    // the guidelines say), where the corpus writes it where places stand (في، إلى، a descriptor) in a
                    // quarter of its occurrences; not a definite name (في الكونغرس: an institution)
                    Console.WriteLine($"  organization of ANERcorp {span} stands as a place in the corpus: a place");
                    b.Add(span, GazetteerKind.Place, span, null, 0.75f, PrioPlace - 5, noisy: true);
                    continue;
                }

                b.Add(span, GazetteerKind.Organization, span, null, 0.75f, PrioOrganization - 5, noisy: true);
            }
        }

        // 4. Places.
        foreach (var (name, code) in CuratedGazetteer.Places)
        {
            b.Add(name, GazetteerKind.Place, name, code, 0.9f, PrioOrganization + 10);
        }

        foreach (JsonProperty p in cldr.EnumerateObject())
        {
            if (char.IsAsciiDigit(p.Name[0]) && p.Name != "001" && p.Value.GetString() is { } region) // 001 = العالم, the world: not a place name
            {
                b.Add(region, GazetteerKind.Place, region, null, 0.85f, PrioPlace);
            }
        }

        // A name that towns of several countries share is the town's that is at least twice as populous as any other
        // (برلين is Germany's, not El Salvador's town, طرابلس Libya's, مدريد Spain's), else the first the file lists (it
        // lists them by country, and the first always won before; كوبنهاغن is also the file's Arabic for Kobe).
        var towns = SourceFiles.ReadCsv(Path.Combine(gaz, "world-cities-translations", "world-cities.csv")).Skip(1)
            .Where(row => row.Length >= 4)
            .Select((row, order) => (Row: row, Order: order, Population: row.Length > 4 && long.TryParse(row[4], out long p) ? p : 0))
            .GroupBy(r => GazetteerKey.Of(StripDescriptor(r.Row[2])), StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.Population).ThenBy(r => r.Order).ToList())
            .Select(g => g.Count > 1 && g[0].Population >= 2 * g[1].Population ? g[0] : g.MinBy(r => r.Order))
            .OrderBy(r => r.Order);
        Dictionary<string, string> englishCountryCodes = EnglishCountryCodes(gaz);
        var townCountries = new Dictionary<string, string>(StringComparer.Ordinal); // what the clean town lists say, usable or not
        foreach ((string[] row, _, _) in towns)
        {
            // the file's Arabic country names are not all the lists' (الدانمارك، الأرض الفلسطينية المحتلة): its English ones help
            string? code = CountryCodeOf(row[0], b, canonical) ?? englishCountryCodes.GetValueOrDefault(row[1].Trim().ToLowerInvariant());
            string city = StripDescriptor(row[2]);
            if (code is not null)
            {
                townCountries.TryAdd(GazetteerKey.Of(city), code);
            }

            if (ForeignCountryInside(b, city, code))
            {
                Console.WriteLine($"  town {city} ({row[3]}, {code}) names another country: a mistranslation, left out");
                continue;
            }

            if (GrownTranslation(city, row[3], frequent))
            {
                Console.WriteLine($"  town {city} ({row[3]}, {code}) is words, not the name's letters: a mistranslation, left out");
                continue;
            }

            if (GazetteerKey.Words(GazetteerKey.Of(city)) is [var firstWord, _, ..] cityWords)
            {
                if (b.KindOf(firstWord) == GazetteerKind.Country && b.CodeOf(firstWord) != code)
                {
                    code = b.CodeOf(firstWord); // أستراليا الغربية, listed as the Ghanaian town Wa: the region of the country it names
                }
                else if (cityWords.Skip(1).Any(w => b.KindOf(w) == GazetteerKind.Country && b.CodeOf(w) != code))
                {
                    code = null; // بحر الصين الشرقي, listed as the Vietnamese town Dong Ha: a sea, of no one country
                }
            }

            if (IsUsableName(city, veryCommon, aner, "LOC", StandsAsPlace, WrittenBare))
            {
                // a name read off a descriptor (لواء الجيزة, a Jordanian district) gives way to a state that bears the
                // name itself (الجيزة, the Egyptian governorate)
                b.Add(city, GazetteerKind.Place, city, code, 0.85f, city == row[2].Trim() ? PrioPlace : PrioPlace - 1);
            }
        }

        foreach (string[] row in SourceFiles.ReadCsv(Path.Combine(gaz, "dr5hn-countries-states-cities", "states.csv")).Skip(1))
        {
            if (row.Length > 11 && row[11].Any(ch => ch is >= '\u0621' and <= '\u064A') && !row[11].Any(ch => ch is 'ی' or 'ک' or 'پ' or 'گ' or 'چ'))
            {
                string state = StripDescriptor(row[11]);
                if (IsUsableName(state, veryCommon, aner, "LOC", StandsAsPlace, WrittenBare))
                {
                    b.Add(state, GazetteerKind.Place, state, row[3], 0.8f, PrioPlace);
                }
            }
        }

        // a time zone's city (كابول for Asia/Kabul) takes the country whose time zones dr5hn lists the zone among, where
        // only one country does
        var zoneCountries = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (JsonElement c in dr5hn.EnumerateArray())
        {
            if (c.TryGetProperty("timezones", out JsonElement zones) && zones.ValueKind == JsonValueKind.Array)
            {
                string code = c.GetProperty("iso2").GetString()!;
                foreach (JsonElement z in zones.EnumerateArray())
                {
                    if (z.TryGetProperty("zoneName", out JsonElement name) && name.GetString() is { } zone)
                    {
                        zoneCountries[zone] = zoneCountries.TryGetValue(zone, out string? other) && other != code ? null : code;
                    }
                }
            }
        }

        foreach ((string zone, string city) in ExemplarCities(Path.Combine(gaz, "cldr-48.2.0", "ar.timeZoneNames.json")))
        {
            if (zoneCountries.GetValueOrDefault(zone) is { } zoneCountry)
            {
                townCountries.TryAdd(GazetteerKey.Of(city), zoneCountry);
            }

            if (IsUsableName(city, frequent, aner, "LOC", StandsAsPlace, WrittenBare))
            {
                b.Add(city, GazetteerKind.Place, city, zoneCountries.GetValueOrDefault(zone), 0.8f, PrioPlace - 2);
            }
        }

        // سان، سانتا، نيو، كريات، سيتي: the noisy lists hold some first and last words of place names on lines of their
        // own (the file breaks سان مارينو and جيفرسون سيتي over two lines), and ANERcorp's slips mark them alone; the clean
        // lists start or end three or more place names with such a word, and as a place alone it cut the model's longer
        // place (معاهدة سان ستيفانو → سان) and made places of clubs (مانشستر سيتي)
        // (a last word only after a name word: شمال دارفور، جمهورية مقدونيا end in a place that stands alone)
        var heads = new HashSet<string>(ArabicLexicon.Compass.Concat(PlaceDescriptors).Concat(["جمهورية", "مملكة", "دولة", "امارة"]).Select(GazetteerKey.Of), StringComparer.Ordinal);
        Dictionary<string, int> placeNameEdges = b.Entries()
            .Where(e => e.Item2.Kind is GazetteerKind.Place or GazetteerKind.Country && e.Item1.Contains(' ', StringComparison.Ordinal))
            .Select(e => GazetteerKey.Words(e.Item1))
            .SelectMany(w => heads.Contains(w[0]) ? [w[0]] : new[] { w[0], w[^1] }.Distinct(StringComparer.Ordinal))
            .GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        bool EdgeOfPlaceNames(string name)
        {
            string key = GazetteerKey.Of(name);
            bool edge = !key.Contains(' ', StringComparison.Ordinal) && b.KindOf(key) is null && placeNameEdges.GetValueOrDefault(key) >= 3;
            if (edge && reported.Add(key))
            {
                Console.WriteLine($"  {name} starts or ends {placeNameEdges[key]} place names of the lists and is none alone: no one-word entry");
            }

            return edge;
        }

        string? currentCountry = null;
        foreach (string line in File.ReadLines(paths.Data("ner", "anercorp-gazet", "AlignedLocGazetteer.txt")))
        {
            string l = line.Trim();
            if (l.Length == 0 || l.StartsWith("====", StringComparison.Ordinal) || l.StartsWith("****", StringComparison.Ordinal))
            {
                continue;
            }

            if (b.KindOf(l) == GazetteerKind.Country)
            {
                currentCountry = b.CodeOf(l);
                continue;
            }

            if (IsUsableName(l, frequent, aner, "LOC", StandsAsPlace) && l.Length >= 3 && !ProcliticForm(l, counts) && !EdgeOfPlaceNames(l))
            {
                b.Add(l, GazetteerKind.Place, l, currentCountry, 0.7f, PrioPlace - 5, noisy: true);
            }
        }

        foreach (var (span, count) in aner.Spans["LOC"])
        {
            if (CountriesJoined(b, span))
            {
                Console.WriteLine($"  place of ANERcorp {span} joins two names with و: left out");
                continue;
            }

            if (count >= 2 && !MostlyInsideLongerNames(span, aner, "LOC") && IsUsableName(span, frequent, aner, "LOC", StandsAsPlace) && !ProcliticForm(span, counts) && !EdgeOfPlaceNames(span))
            {
                b.Add(span, GazetteerKind.Place, span, null, 0.7f, PrioPlace - 5, noisy: true);
            }
        }

        // A place that a noisy list gave no country (سول, an organization of ANERcorp's: Seoul for its government) is the
        // clean lists' town of that name, with its country and standing, which their short-word filter had kept out of the
        // lists; not a curated place, whose missing country is deliberate (القدس، القوقاز)
        int townCountryCount = 0;
        foreach (var (key, entry) in b.Entries())
        {
            if (entry.Kind == GazetteerKind.Place && entry.CountryCode is null && b.IsNoisy(key) && townCountries.TryGetValue(key, out string? townCountry))
            {
                b.Add(key, GazetteerKind.Place, entry.Canonical, townCountry, 0.8f, PrioPlace - 2);
                Console.WriteLine($"  place {key}: country {townCountry} from the town lists");
                townCountryCount++;
            }
        }

        Console.WriteLine($"places given their country by the town lists: {townCountryCount}");

        // 4a. One-word list places that the corpus writes often but almost never where a place stands (after في، إلى،
        // نحو … or a descriptor): persons and nouns that some town is also called (سانشيز، الملاحة، التهاب). The
        // recognizer reads them as ordinary words unless the model or a place context supports them.
        foreach (var (key, entry) in b.Entries())
        {
            int seen = counts.GetValueOrDefault(key);
            if (entry.Kind == GazetteerKind.Place && entry.Confidence < 0.9f && !key.Contains(' ', StringComparison.Ordinal) && seen >= 20 &&
                contexts.InPlaceContext.GetValueOrDefault(key) < 0.03 * seen &&
                !(key[0] is 'و' or 'ب' or 'ل' or 'ف' or 'ك' && b.KindOf(key[1..]) is GazetteerKind.Place or GazetteerKind.Country) &&
                !(key.StartsWith("لل", StringComparison.Ordinal) && b.KindOf("ال" + key[2..]) is GazetteerKind.Place or GazetteerKind.Country))
            {
                b.Flag(key, WordFlags.RarelyPlace);
            }
        }

        // 4b. Places named after a settlement descriptor in the unlabelled corpus (مدينة X، جزيرة X), three times or more.
        foreach (var (word, count) in contexts.AfterDescriptor)
        {
            if (count >= 3 && count >= 0.2 * counts.GetValueOrDefault(word) && word.Length >= 3 && !frequent.Contains(word) && !Function.Contains(word) && b.KindOf(word) is null &&
                !(word.StartsWith("ال", StringComparison.Ordinal) && (word.EndsWith('ي') || word.EndsWith("يه", StringComparison.Ordinal))))
            {
                b.Add(word, GazetteerKind.Place, word, null, 0.6f, PrioPlace - 8, noisy: true);
            }
        }

        // 4c. Names after a title and a nationality in the corpus (الرئيس الفرنسي X Y): given names and surnames.
        foreach (var ((nisba, first, second), count) in contexts.AfterTitle)
        {
            if (GivenNameNotCountry(b, nisba, first, second, count, counts, frequent))
            {
                Console.WriteLine($"country name {first} is a given name after a title ({count}x, e.g. before {second}): not a country");
                b.Remove(first);
                b.Flag(first, WordFlags.FirstName);
                continue;
            }

            if (count < 3 || first[0] is 'و' or 'ف' || second.StartsWith('و') || count < 0.05 * counts.GetValueOrDefault(first) || b.KindOf(nisba) != GazetteerKind.Nationality || first.Length < 3 || frequent.Contains(first) || Function.Contains(first) ||
                first.EndsWith("ها", StringComparison.Ordinal) || first.EndsWith("هم", StringComparison.Ordinal) ||
                first.StartsWith("ال", StringComparison.Ordinal) || b.KindOf(first) is not null)
            {
                continue;
            }

            if (second.Length >= 3 && second != "|" && !frequent.Contains(second) && !Function.Contains(second) && b.KindOf(second) is null &&
                !second.EndsWith("ها", StringComparison.Ordinal) && !second.EndsWith("هم", StringComparison.Ordinal) &&
                count >= 0.05 * counts.GetValueOrDefault(second))
            {
                b.Flag(first, WordFlags.FirstName);
                b.Flag(second, WordFlags.NamePart | WordFlags.PersonAlone);
            }
            else
            {
                b.Flag(first, WordFlags.NamePart | WordFlags.PersonAlone); // الرئيس التركي إردوغان
            }
        }

        UsualCanonicals(b, canonical, countryNames, counts);

        // 4d. Places and countries spelled with ج for the G that most sources write غ (هونج كونج، بيونج يانج: the Egyptian
        // press's transliteration, and ANERcorp's): the same place, where the corpus writes each changed word, less often
        // than the original, and a one-word variant at least once where a place stands (no بجداد، المجرب from Arabic غ).
        int spelledWithJim = 0;
        foreach (var (key, entry) in b.Entries())
        {
            if (entry.Kind is GazetteerKind.Place or GazetteerKind.Country && entry.Confidence >= 0.8f && key.Contains('غ', StringComparison.Ordinal))
            {
                string variant = key.Replace('غ', 'ج');
                string[] words = GazetteerKey.Words(key), changed = GazetteerKey.Words(variant);
                bool ordinary = false;
                for (int w = 0; w < words.Length; w++)
                {
                    int seen = counts.GetValueOrDefault(changed[w]);
                    ordinary |= words[w] != changed[w] && (seen == 0 || seen > counts.GetValueOrDefault(words[w]) || changed[w].Length < 3 || frequent.Contains(changed[w]) || Function.Contains(changed[w]) ||
                        frequent.Contains(words[w])); // جبل الغربي: an Arabic word's غ is no G
                }

                if (!ordinary && b.KindOf(variant) is null or GazetteerKind.Place && IsUsableName(variant, frequent, aner, "LOC") && (words.Length > 1 || contexts.InPlaceContext.GetValueOrDefault(variant) > 0))
                {
                    // above ANERcorp's own spans (هونج كونج there has no canonical or code), below the clean lists
                    b.Add(variant, entry.Kind, entry.Canonical, entry.CountryCode, entry.Confidence - 0.05f, PrioPlace - 4, noisy: true);
                    spelledWithJim++;
                }
            }
        }

        Console.WriteLine($"places spelled with ج for G: {spelledWithJim}");
        // 4e. Country names as the corpus also spells them.
        Console.WriteLine($"country spellings of the corpus: {CorpusCountrySpellings(b, counts, frequent)}");

        // 4f. Multi-word places as news also writes them: San and Saint as either word (سان بطرسبرغ beside the lists'
        // سانت بطرسبرغ, the corpus's usual spelling), and an English compass word before the name for the Arabic
        // adjective after it (كارولاينا الشمالية → نورث كارولاينا، فرجينيا الغربية → ويست فرجينيا). The same place, below
        // its list spelling.
        int respelled = 0;
        foreach (var (key, entry) in b.Entries())
        {
            if (entry.Kind is not (GazetteerKind.Place or GazetteerKind.Country) || entry.Confidence < 0.7f || !key.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            string[] words = GazetteerKey.Words(key);
            string? variant = words[0] switch
            {
                "سان" => "سانت " + string.Join(' ', words[1..]),
                "سانت" => "سان " + string.Join(' ', words[1..]),
                _ when entry.Kind == GazetteerKind.Place && words.Length == 2 && !words[0].StartsWith("ال", StringComparison.Ordinal) &&
                       EnglishCompass.TryGetValue(words[1], out string? compass) => compass + " " + words[0],
                _ => null,
            };
            if (variant is not null && b.KindOf(variant) is null)
            {
                b.Add(variant, entry.Kind, entry.Canonical, entry.CountryCode, entry.Confidence - 0.05f, PrioPlace - 4, noisy: true);
                respelled++;
            }
        }

        Console.WriteLine($"places respelled (San/Saint, compass words): {respelled}");

        // 5. Known persons: multi-word PERS spans of ANERcorp train.
        foreach (var (span, _) in aner.Spans["PERS"])
        {
            if (span.Contains(' ', StringComparison.Ordinal) && IsUsableName(span, frequent, aner, "PERS"))
            {
                b.Add(span, GazetteerKind.Person, span, null, 0.8f, PrioPerson, noisy: true);
            }
        }

        // 6. Word flags.
        string names = Path.Combine(gaz, "akhateeb-arabic-names");
        foreach (string f in new[] { "male-first--names-in-arabic.txt", "female-first-names-in-arabic.txt" })
        {
            foreach (string n in File.ReadLines(Path.Combine(names, f)).Select(x => x.Trim()).Where(x => x.Length > 1))
            {
                b.Flag(n, WordFlags.FirstName);
            }
        }

        foreach (string n in File.ReadLines(Path.Combine(names, "last-names-in-arabic.txt")).Select(x => x.Trim()).Where(x => x.Length > 1))
        {
            b.Flag(n, WordFlags.NamePart);
        }

        foreach (string n in SourceFiles.GazetLines(paths.Data("ner", "anercorp-gazet", "AlignedPersGazetteer.txt"), 2))
        {
            b.Flag(n, WordFlags.NamePart);
        }

        foreach (var (word, st) in aner.Tokens)
        {
            // ANERcorp's tokens keep the conjunction (ومحمد): that form is no given name where the corpus writes the rest
            // more often, so that the name's span starts after و (وليد stays a given name). Nor is a preposition + a name
            // word (لبوتين) a name word where the corpus writes the name five times as often (as one, لبوتين ran a name on
            // into the next: إيمانويل ماكرون لبوتين); بريان (ب + ريان, 31 against 34) stays Brian.
            bool conjunction = word.Length > 3 && word[0] is 'و' or 'ف' && counts.GetValueOrDefault(word[1..]) > counts.GetValueOrDefault(word);
            bool preposition = word.Length > 3 && word[0] is 'ب' or 'ل' or 'ك' && 5 * counts.GetValueOrDefault(word) < counts.GetValueOrDefault(word[1..]) &&
                (b.FlagsOf(word[1..]) & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) != 0;
            if (st.BeginMulti >= 2 && st.BeginMulti >= 0.5 * st.BeginPers && st.Pers >= 0.5 * st.Total && !conjunction && !preposition)
            {
                b.Flag(word, WordFlags.FirstName);
            }

            if (st.Pers >= 1 && st.Pers >= 0.5 * st.Total && !preposition)
            {
                b.Flag(word, WordFlags.NamePart);
            }

            if (st.AlonePers >= 2 && st.Pers >= 0.6 * st.Total && !preposition)
            {
                b.Flag(word, WordFlags.PersonAlone);
            }
        }

        // 6a. Given names the corpus shows as such: a word the name lists know (a name part or a name alone, no given
        // name yet: مايكل، ستيفن، إيمانويل) that an indefinite word other than a function word follows in at least four
        // fifths of its occurrences, twenty or more, stands first in a name (جون 94 %, دونالد 94 %; a surname such as
        // ترامب 37 %, and رئيس 38 %), unless one word follows it in half its occurrences (أولد ترافورد، صنداي تايمز: part
        // of one name) or it starts another kind of list name. The rules then take the word after it as the surname.
        var candidates = new List<string>();
        var startsOtherNames = new HashSet<string>(StringComparer.Ordinal); // إسلام آباد، وست هام، صنداي تايمز
        foreach (var (key, entry) in b.Entries())
        {
            if (entry.Kind != GazetteerKind.Person && key.IndexOf(' ', StringComparison.Ordinal) is > 0 and int space)
            {
                startsOtherNames.Add(key[..space]);
            }
        }

        foreach (var (word, followed) in contexts.FollowedByNameWord.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            int seen = counts.GetValueOrDefault(word);
            WordFlags flags = b.FlagsOf(word);
            bool proclitic = word.Length >= 3 && word[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && counts.GetValueOrDefault(word[1..]) > seen; // ومحمود، لمحمد، وست
            if (seen >= 20 && followed >= 0.8 * seen && (flags & (WordFlags.NamePart | WordFlags.PersonAlone)) != 0 && (flags & WordFlags.FirstName) == 0 &&
                word.Length >= 3 && !word.StartsWith("ال", StringComparison.Ordinal) && !frequent.Contains(word) && !runtimeCommon.Contains(word) && !Function.Contains(word) &&
                !proclitic && !startsOtherNames.Contains(word) && b.KindOf(word) is null or GazetteerKind.Person)
            {
                candidates.Add(word);
            }
        }

        // a second look at the corpus for these few: the word after them must vary (أولد is mostly before ترافورد,
        // صنداي before تايمز; a famous person's given name before one surname is in the person lists already)
        // (--no-corpus-given-names: none, for the model's silver pass)
        // one corpus pass for the words after these candidates and after the place-name prefixes of step 6b
        bool corpusGivenNames = !args.Contains("--no-corpus-given-names");
        var followedWords = new HashSet<string>(PlaceNamePrefixes, StringComparer.Ordinal);
        if (corpusGivenNames)
        {
            followedWords.UnionWith(candidates);
        }

        Dictionary<string, Dictionary<string, int>> afterWords = Followers(paths.Data("corpus", "ant-news.jsonl.gz"), CountedArticles, followedWords);
        Dictionary<string, Dictionary<string, int>> followers = corpusGivenNames ? afterWords : new(StringComparer.Ordinal);
        var givenNames = candidates.Where(w => followers.TryGetValue(w, out var next) && next.Values.Max() < 0.5 * next.Values.Sum()).ToList();
        foreach (string word in givenNames)
        {
            b.Flag(word, WordFlags.FirstName);
        }

        Console.WriteLine($"given names of the corpus: {givenNames.Count} ({string.Join(' ', givenNames)})");

        foreach (string w in runtimeCommon)
        {
            b.SetCommon(w);
        }

        // 6b. Places named with a kin or feature word (بن قردان، أبو ظبي، بني وليد، عين العرب) are written both joined and
        // apart; a list that holds one spelling (بنقردان, أبو ظبي) misses the other, and بن قردان read as a person. The
        // other spelling is added where the corpus writes it five times (داروين is no دار وين; the pairs counted in 6a's pass).
        int joinedOrApart = 0;
        foreach (var (key, entry) in b.Entries())
        {
            if (entry.Kind != GazetteerKind.Place || entry.Confidence < 0.8f)
            {
                continue;
            }

            string[] words = GazetteerKey.Words(key);
            string? variant = null;
            if (words.Length == 2 && PlaceNamePrefixes.Contains(words[0]) && counts.GetValueOrDefault(words[0] + words[1]) >= 5)
            {
                variant = words[0] + words[1];
            }
            else if (words.Length == 1 && PlaceNamePrefixes.FirstOrDefault(p => key.StartsWith(p, StringComparison.Ordinal) && key.Length - p.Length >= 3) is { } prefix)
            {
                string rest = key[prefix.Length..];
                if (afterWords.GetValueOrDefault(prefix)?.GetValueOrDefault(rest) >= 5 && (b.FlagsOf(rest) & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) == 0)
                {
                    // not محمد بن سليمان's بن سليمان (the town بنسليمان): the name flags are set by now
                    variant = prefix + " " + rest;
                }
            }

            if (variant is not null && b.KindOf(variant) is null or GazetteerKind.Place && b.CodeOf(variant) is null)
            {
                Console.WriteLine($"  {variant} -> {entry.Canonical} {entry.CountryCode}");
                b.Add(variant, entry.Kind, entry.Canonical, entry.CountryCode, entry.Confidence - 0.05f, PrioPlace - 4, noisy: true);
                joinedOrApart++;
            }
        }

        Console.WriteLine($"places written joined or apart (بن قردان، أبوظبي): {joinedOrApart}");

        // 7. Companies the unlabelled corpus names after شركة (شركة سامسونغ) at least a tenth of the times it writes
        // them, four times or more: indefinite words no list knows that are neither ordinary words, nisbas nor names of
        // people, and that do not mostly start a longer name (بريتش بتروليوم، كوكا كولا: the first word alone is none).
        var continued = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((name, next), n) in contexts.AfterCompanyPairs)
        {
            if (next is not ("|" or "#" or "/") && !next.StartsWith("ال", StringComparison.Ordinal) && !frequent.Contains(next) && !Function.Contains(next))
            {
                continued[name] = continued.GetValueOrDefault(name) + n;
            }
        }

        // 7a. The same for newspapers, agencies and channels (صحيفة بيلد، وكالة يونهاب، وكالة موديز), unless the word is
        // mostly the first of a longer name: an indefinite word that is no function word follows it in three fifths of
        // all its occurrences (فوكس نيوز، ديلي ميل، بوكو حرام: the first word alone is none; لوموند is followed by
        // quotes, a nisba and now and then a verb).
        var named = contexts.AfterCompany.Select(kv => (Word: kv.Key, Count: kv.Value, Continued: continued.GetValueOrDefault(kv.Key)))
            .Concat(contexts.AfterMedia.Select(kv => (Word: kv.Key, Count: kv.Value, Continued: contexts.FollowedByNameWord.GetValueOrDefault(kv.Key) >= 0.6 * counts.GetValueOrDefault(kv.Key) ? kv.Value : 0)));
        foreach (var (word, count, continuations) in named.OrderBy(x => x.Word, StringComparer.Ordinal))
        {
            if (count >= 4 && count >= 0.1 * counts.GetValueOrDefault(word) && continuations < 0.5 * count &&
                (b.FlagsOf(word) & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.Common)) == 0 && word.Length >= 3 && !frequent.Contains(word) && !Function.Contains(word) &&
                b.KindOf(word) is null && !word.StartsWith("ال", StringComparison.Ordinal) && !word.EndsWith("يه", StringComparison.Ordinal) &&
                !CorpusContexts.NumberWords.Contains(word))
            {
                b.Add(word, GazetteerKind.Organization, word, null, 0.6f, PrioOrganization - 8, noisy: true);
            }
        }

        // 7b. ANERcorp's person spans keep the conjunction (ومحمد منير): the name starts after و or ف where the rest of
        // the first word is a given name the corpus writes more often than the whole (وليد، وفاء، وائل stay).
        foreach (var (key, entry) in b.Entries())
        {
            int space = key.IndexOf(' ', StringComparison.Ordinal);
            if (entry.Kind == GazetteerKind.Person && space > 2 && key[0] is 'و' or 'ف' && (b.FlagsOf(key[1..space]) & WordFlags.FirstName) != 0 &&
                counts.GetValueOrDefault(key[1..space]) > counts.GetValueOrDefault(key[..space]))
            {
                b.Remove(key);
                b.Add(key[1..], GazetteerKind.Person, entry.Canonical[1..], entry.CountryCode, entry.Confidence, PrioPerson, noisy: true);
            }
        }

        // 8. Words that look like a proclitic + a list name but that the corpus writes at least as often as that name:
        // بتاتا (at all) is no ب + the town تاتا, بيونغ no ب + يونغ, بدأوا no ب + داوا. The recognizer takes no reading
        // off them (unless one, ولبنان = و + لبنان, is more frequent); the model's own proclitic split
        // (ModelLexicon.ProcliticLength) already decides by the same counts.
        bool Named(string rest) => b.KindOf(rest) is not null || (b.FlagsOf(rest) & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) != 0;
        int wholeWords = 0;
        foreach (var (word, count) in counts)
        {
            if (count >= 5 && word.Length >= 4 && word[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && !word.StartsWith("لل", StringComparison.Ordinal) &&
                ProcliticReadings(word, prepositions: true).Any(rest => count >= counts.GetValueOrDefault(rest) && Named(rest)) &&
                !ProcliticReadings(word, prepositions: false).Any(rest => count < counts.GetValueOrDefault(rest) && Named(rest)))
            {
                b.Flag(word, WordFlags.WholeWord);
                wholeWords++;
            }
        }

        // 8a. The same where the hamza tells: ب + إيدن would be written بإيدن by those who write إيدن (the corpus's usual
        // spelling of the name), so بايدن, written so three times as often as بإيدن, is a word of its own (the corpus predates
        // the presidency: 8 بايدن against 59 إيدن, which the matching form's counts above cannot tell apart).
        var usual = UsualSpellings(contexts.Written);
        foreach (var (written, count) in contexts.Written)
        {
            if (count >= 3 && written.Length >= 4 && written[0] is 'ب' or 'ل' or 'ك' && written[1] == 'ا' &&
                usual.TryGetValue(GazetteerKey.Of(written[1..]), out var rest) && rest.Word[0] is 'أ' or 'إ' or 'آ' && Named(GazetteerKey.Of(written[1..])) &&
                3 * contexts.Written.GetValueOrDefault(written[0] + rest.Word) < count && (b.FlagsOf(GazetteerKey.Of(written)) & WordFlags.WholeWord) == 0)
            {
                b.Flag(written, WordFlags.WholeWord);
                wholeWords++;
                Console.WriteLine($"  whole word by its hamza: {written} ({count}; {written[0]}{rest.Word}: {contexts.Written.GetValueOrDefault(written[0] + rest.Word)})");
            }
        }

        // 8c. ب or ك before a person's name is rare (in the whole corpus ببوتين 3 times against 1,107 بوتين, بمحمد 19
        // against 6,905), so a word written a fifth as often as a name word it would split into is a word of its own,
        // mostly a given name (بسام 39 times against سام 101 in the counted articles; سام is also "toxic"). و or ف before
        // a name is a small share of that name's occurrences too, so a word the corpus writes at least as often as the
        // name word after its first letter is one (فريد 129 against ريد 49 in the counted articles: Farid, not ف + Reid);
        // twenty times at least, since a rare name's counts say little (وجاسر). Not where the rest names a place
        // (بصفاقس "in Sfax"; lists join places with و: البوسنة والهرسك، وسلوفاكيا).
        foreach (var (word, count) in counts)
        {
            bool preposition = word.Length >= 4 && word[0] is 'ب' or 'ك', conjunction = word.Length >= 4 && word[0] is 'و' or 'ف';
            if (!(preposition ? count >= 5 : conjunction && count >= 20) || (b.FlagsOf(word) & WordFlags.WholeWord) != 0)
            {
                continue;
            }

            string rest = word[1..];
            int restCount = counts.GetValueOrDefault(rest);
            if ((b.FlagsOf(rest) & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) != 0 && b.KindOf(rest) is null or GazetteerKind.Person &&
                (preposition ? 5 * count >= restCount : count >= restCount))
            {
                b.Flag(word, WordFlags.WholeWord);
                wholeWords++;
                Console.WriteLine($"  whole word before a person's name word: {word} ({count}; {rest}: {restCount})");
            }
        }

        Console.WriteLine($"whole words (no proclitic reading): {wholeWords}");

        b.DropProcliticDuplicates(frequent);
        // 8b. The country of a one-word town checked against the corpus: a list can give a town its namesake's country
        // (لندن: Canada's London), which the articles that name it then never name.
        Console.WriteLine($"towns whose listed country the corpus never names beside them: {UncorroboratedTownCountries(b, paths.Data("corpus", "ant-news.jsonl.gz"), CountedArticles, StandsAsPlace, frequent)}");

        // 9. Canonical names in the corpus's spelling.
        Console.WriteLine($"canonical names respelled as the corpus writes them: {RespellCanonicals(b, contexts.Written, usual)}");

        Gazetteer.Write(stream, b.Entries(), b.Words());
        Console.WriteLine($"gazetteers: {b.Entries().Count} phrases, {b.Words().Count} words");
        return b.Entries().Count;
    }

    /// <summary>
    /// 8b. For each one-word place of the lists that carries a country (not a curated one), the articles of the corpus
    /// that name it (alone or after one proclitic): where at least 10 do and fewer than 5 % of them name that country
    /// or a nationality of it anywhere (a one-word name, or the first word of a longer one that is no frequent word:
    /// بوركينا), the listed country is another town's (لندن: London, Ontario, the only London of the world-cities file).
    /// Where the corpus writes the word where places stand (a quarter of the time) and the lists know it as no name, it
    /// takes the country that at least 60 % of at least 20 such articles name, twice as many as any other (لندن → GB,
    /// كاليفورنيا → US); else it keeps no country rather than a wrong one (القنيطرة: Syria's in news, Morocco's in the
    /// file, but Syrian news name Russia nearly as often). Co-occurrence alone is news geography, not location:
    /// الشمالية (North Korea's adjective) would go to the United States. Returns how many changed.
    /// </summary>
    private static int UncorroboratedTownCountries(Builder b, string path, int maxArticles, Func<string, bool> standsAsPlace, HashSet<string> frequent)
    {
        var towns = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryWords = new Dictionary<string, string>(StringComparer.Ordinal);
        // بوركينا of بوركينا فاسو: the first word of a longer country name, unless a longer entry of another country or of
        // none has it too (سان)
        var firstWords = new Dictionary<string, string?>(StringComparer.Ordinal);
        // كوريا الجنوبية: a two-word country name whose first word starts another country's two-word name too, so that
        // it names neither alone (سول is corroborated by it); not الولايات المتحدة, which changed the lists' London
        var countryPairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, entry) in b.Entries())
        {
            if (entry.Kind == GazetteerKind.Country && key.Contains(' ', StringComparison.Ordinal))
            {
                string first = key[..key.IndexOf(' ', StringComparison.Ordinal)];
                firstWords[first] = firstWords.TryGetValue(first, out string? known) && known != entry.CountryCode ? null : entry.CountryCode;
                if (entry.CountryCode is { } countryCode && key.IndexOf(' ', StringComparison.Ordinal) == key.LastIndexOf(' '))
                {
                    countryPairs[key] = countryCode;
                }
            }
        }

        var pairFirstWords = countryPairs.GroupBy(p => p.Key[..p.Key.IndexOf(' ', StringComparison.Ordinal)], StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Value).Distinct(StringComparer.Ordinal).Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (string pair in countryPairs.Keys.ToList())
        {
            if (!pairFirstWords.Contains(pair[..pair.IndexOf(' ', StringComparison.Ordinal)]))
            {
                countryPairs.Remove(pair);
            }
        }

        foreach (var (key, entry) in b.Entries())
        {
            if (entry.Kind != GazetteerKind.Country && key.Contains(' ', StringComparison.Ordinal))
            {
                foreach (string word in GazetteerKey.Words(key))
                {
                    if (firstWords.TryGetValue(word, out string? known) && known != entry.CountryCode)
                    {
                        firstWords[word] = null;
                    }
                }
            }
        }

        foreach (var (key, entry) in b.Entries())
        {
            if (entry.CountryCode is not { } code || key.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            if (entry.Kind == GazetteerKind.Place && entry.Confidence < 0.9f)
            {
                towns[key] = code;
            }
            else if (entry.Kind is GazetteerKind.Country or GazetteerKind.Nationality)
            {
                countryWords[key] = code;
            }
        }

        foreach (var (first, code) in firstWords)
        {
            if (code is not null && !frequent.Contains(first))
            {
                countryWords.TryAdd(first, code);
            }
        }

        Console.WriteLine($"two-word country names whose first word names two countries: {string.Join("، ", countryPairs.Keys.Order(StringComparer.Ordinal))}");
        var seen = new Dictionary<string, (int Articles, int WithCountry)>(StringComparer.Ordinal);
        var beside = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal); // town → country code → articles naming both
        var townsHere = new HashSet<string>(StringComparer.Ordinal);
        var codesHere = new HashSet<string>(StringComparer.Ordinal);
        foreach ((_, string? body) in CorpusArticles.Read(path).Take(maxArticles))
        {
            string text = body ?? "";
            townsHere.Clear();
            codesHere.Clear();
            string? previous = null;
            foreach (Token tok in ArabicTokenizer.Default.GetTokens(text))
            {
                if (tok.Kind != TokenKind.ArabicWord)
                {
                    previous = null;
                    continue;
                }

                string w = ArabicNormalizer.Matching.NormalizeToString(ArabicNormalizer.Minimal.NormalizeToString(tok.GetText(text)));
                string? bare = w.Length > 3 && w[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' ? w[1..] : null;
                if ((towns.ContainsKey(w) ? w : bare is not null && towns.ContainsKey(bare) ? bare : null) is { } town)
                {
                    townsHere.Add(town);
                }

                if (countryWords.TryGetValue(w, out string? c) || (bare is not null && countryWords.TryGetValue(bare, out c)))
                {
                    codesHere.Add(c);
                }
                else if (previous is not null && countryPairs.TryGetValue(previous + " " + w, out c))
                {
                    codesHere.Add(c);
                }

                previous = bare ?? w;
            }

            foreach (string town in townsHere)
            {
                var (articles, withCountry) = seen.GetValueOrDefault(town);
                seen[town] = (articles + 1, withCountry + (codesHere.Contains(towns[town]) ? 1 : 0));
                if (!beside.TryGetValue(town, out var byCode))
                {
                    beside[town] = byCode = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                foreach (string code in codesHere)
                {
                    byCode[code] = byCode.GetValueOrDefault(code) + 1;
                }
            }
        }

        int changed = 0;
        const WordFlags NameFlags = WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone;
        foreach (var (town, (articles, withCountry)) in seen.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            if (articles < 10 || withCountry >= 0.05 * articles)
            {
                continue;
            }

            var top = beside[town].OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(2).ToList();
            bool dominant = articles >= 20 && top.Count > 0 && top[0].Value >= 0.6 * articles && (top.Count == 1 || top[0].Value >= 2 * top[1].Value) &&
                (b.FlagsOf(town) & NameFlags) == 0 && standsAsPlace(town);
            string? code = dominant ? top[0].Key : null;
            Console.WriteLine($"  {town}: {towns[town]} named in {withCountry} of the {articles} articles that name it; {string.Join(", ", top.Select(x => $"{x.Key} in {x.Value}"))} -> {code ?? "none"}");
            b.SetCountry(town, code);
            changed++;
        }

        return changed;
    }

    /// <summary>
    /// بابا الفاتيكان for the Hungarian town Pápa: a town of several words one of which is another country's name is a
    /// machine translation, not a name news use.
    /// </summary>
    private static bool ForeignCountryInside(Builder b, string town, string? code)
    {
        // a country first and its adjective (أستراليا الغربية، ساموا الأمريكية) or a sea or compass word before it (بحر
        // الصين الشرقي) is a real region's name, whatever the file's country; a country after another word is not
        string[] words = GazetteerKey.Words(GazetteerKey.Of(town));
        return words.Length > 1 && !SeaOrCompass.Contains(words[0]) &&
            words.Skip(1).Any(w => b.KindOf(w) == GazetteerKind.Country && b.CodeOf(w) != code);
    }

    private static readonly HashSet<string> SeaOrCompass = new(new[] { "بحر", "خليج", "جزر", "جزيرة", "شمال", "جنوب", "شرق", "غرب", "وسط" }.Select(GazetteerKey.Of), StringComparer.Ordinal);

    /// <summary>إيطاليا وفرنسا: a span that ANERcorp marks as one place but that joins a country and و + another.</summary>
    private static bool CountriesJoined(Builder b, string span)
    {
        string[] words = GazetteerKey.Words(GazetteerKey.Of(span));
        return words.Length > 1 && words.Skip(1).Any(w => w.Length > 3 && w[0] == 'و' && b.KindOf(w[1..]) == GazetteerKind.Country);
    }

    /// <summary>The regular nisba of a one-word country name: سوريا → سوري، إيران → إيراني، العراق → عراقي.</summary>
    private static string? Nisba(string name)
    {
        string n = name.Trim();
        if (n.Contains(' ', StringComparison.Ordinal) || n.Length < 3)
        {
            return null;
        }

        if (n.StartsWith("ال", StringComparison.Ordinal))
        {
            n = n[2..];
        }

        if (n.EndsWith('ي') || n.EndsWith('ى') || n.EndsWith('و'))
        {
            return null;
        }

        if (n.EndsWith("يا", StringComparison.Ordinal))
        {
            return n[..^2] + "ي";
        }

        if (n.EndsWith('ا') || n.EndsWith('ة'))
        {
            return n[..^1] + "ي";
        }

        return n + "ي";
    }

    /// <summary>Every gender and number of a nisba, with and without the article: روسي، الروسية، الروسيين ...</summary>
    private static IEnumerable<string> NisbaForms(string stem)
    {
        string[] words = stem.Split(' ');
        foreach (string suffix in new[] { "", "ة", "ين", "ون", "ان", "تان", "تين", "ات", "ا" })
        {
            foreach (bool article in new[] { false, true })
            {
                yield return string.Join(' ', words.Select(w => (article ? "ال" : "") + w + suffix));
            }
        }
    }

    /// <summary>
    /// The usual spelling of the short name: where the gazetteer holds another one-word spelling of a country's one-word
    /// CLDR name (at most two letters apart without the article, four letters or more) that the news corpus writes at
    /// least ten times as often (and at least 20 times), that spelling is the canonical name of the country and of its
    /// nationality adjectives (CLDR's أورغواي and الدانمرك are rare in news). Curated overrides stay, and another name
    /// (المجر beside هنغاريا) is no spelling of it.
    /// </summary>
    private static void UsualCanonicals(Builder b, Dictionary<string, string> canonical, List<(string Code, string Name)> countryNames,
        Dictionary<string, int> counts)
    {
        foreach (var group in countryNames.GroupBy(x => x.Code))
        {
            string code = group.Key;
            if (!canonical.TryGetValue(code, out string? current) || current.Contains(' ', StringComparison.Ordinal) ||
                CuratedGazetteer.CanonicalOverrides.ContainsKey(code))
            {
                continue;
            }

            int Count(string name) => counts.GetValueOrDefault(GazetteerKey.Of(name));
            string? best = group.Select(x => x.Name.Trim())
                .Where(n => n.Length >= 4 && !n.Contains(' ', StringComparison.Ordinal) && b.KindOf(n) == GazetteerKind.Country && b.CodeOf(n) == code &&
                    SpellingDistance(WithoutArticle(GazetteerKey.Of(n)), WithoutArticle(GazetteerKey.Of(current))) <= 2)
                .OrderByDescending(Count).ThenBy(n => n, StringComparer.Ordinal).FirstOrDefault();
            if (best is not null && Count(best) >= 20 && Count(best) >= 10 * Math.Max(1, Count(current)))
            {
                Console.WriteLine($"country {code}: canonical {current} ({Count(current)} in the corpus) -> {best} ({Count(best)})");
                canonical[code] = best;
                b.ReplaceCanonical(code, current, best);
            }
        }

        static string WithoutArticle(string key) => key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 4 ? key[2..] : key;
    }

    /// <summary>
    /// 4e. The other spellings of one-word country names that the news corpus uses (الكامرون، نيوزلندا، النيبال): a long
    /// vowel left out or written in, ط for ت, ج for غ, the article added. A variant counts when the corpus writes it (alone or
    /// after one proclitic) at least five times and less often than the listed name, and no list knows it as another
    /// thing, a name word or a frequent ordinary word. Returns how many were added.
    /// </summary>
    private static int CorpusCountrySpellings(Builder b, Dictionary<string, int> counts, HashSet<string> frequent)
    {
        int Seen(string key)
        {
            int n = counts.GetValueOrDefault(key);
            foreach (string p in new[] { "و", "ب", "ل", "ف" })
            {
                n += counts.GetValueOrDefault(p + key);
            }

            return key.StartsWith("ال", StringComparison.Ordinal) ? n + counts.GetValueOrDefault("لل" + key[2..]) : n;
        }

        var added = new Dictionary<string, (GazetteerEntry Entry, int Seen)>(StringComparer.Ordinal);
        foreach (var (key, entry) in b.Entries())
        {
            if (entry.Kind != GazetteerKind.Country || entry.CountryCode is null || key.Contains(' ', StringComparison.Ordinal) || key.Length < 4)
            {
                continue;
            }

            int original = Seen(key);
            foreach (string variant in SpellingVariants(key))
            {
                int seen = Seen(variant);
                if (variant.Length >= 5 && seen >= 5 && seen < original && b.KindOf(variant) is null && !frequent.Contains(variant) && !Function.Contains(variant) &&
                    (b.FlagsOf(variant) & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) == 0 &&
                    (!added.TryGetValue(variant, out var other) || other.Seen < original))
                {
                    added[variant] = (entry, original); // a variant two countries could share goes to the more written one
                }
            }
        }

        foreach (var (variant, (entry, _)) in added.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  country spelling {variant} ({Seen(variant)} in the corpus) -> {entry.Canonical}");
            b.Add(variant, GazetteerKind.Country, entry.Canonical, entry.CountryCode, entry.Confidence - 0.05f, PrioCountry - 5, noisy: true);
        }

        return added.Count;
    }

    /// <summary>The spellings <see cref="CorpusCountrySpellings"/> tries for a matching form.</summary>
    private static IEnumerable<string> SpellingVariants(string key)
    {
        bool definite = key.StartsWith("ال", StringComparison.Ordinal);
        int first = definite ? 3 : 1; // not the first letter of the name
        for (int i = first; i < key.Length - 1; i++)
        {
            if (key[i] is 'ا' or 'ي' or 'و' && key.Length - (definite ? 2 : 0) >= 6)
            {
                yield return key.Remove(i, 1); // طاجيكستان → طاجكستان، الكاميرون → الكامرون
            }

            if (key[i] is not ('ا' or 'ي' or 'و') && key[i - 1] is not ('ا' or 'ي' or 'و') && key[i + 1] is not ('ا' or 'ي' or 'و'))
            {
                yield return key.Insert(i + 1, "ا"); // أوزبكستان → أوزباكستان
            }

            if (key[i] == 'ت')
            {
                yield return key[..i] + "ط" + key[(i + 1)..]; // موريتانيا → موريطانيا
            }
        }

        if (key.Contains('غ', StringComparison.Ordinal))
        {
            yield return key.Replace('غ', 'ج'); // الكونغو → الكونجو, غواتيمالا → جواتيمالا: the Egyptian press writes g as ج
        }

        if (!definite)
        {
            // التشاد، النيبال; not the other way (إمارات, سلفادور of سان سلفادور), nor ة for a final ا (رومانية is the nisba)
            yield return "ال" + key;
        }
    }

    /// <summary>
    /// 9. Canonical names of persons, places and organizations in the spelling the news corpus writes most: ANERcorp
    /// and some lists leave out hamzas and write ة as ه (ابل، ارسنال، جربه), which users would read as misspellings. A
    /// word takes the corpus's spelling where that spelling differs only in the hamza or madda of its first alef (ا أ إ آ) or a
    /// final ة for ه (not ه for ة: داخله is "inside it", not the town داخلة), is written at least five times and twice as
    /// often as the listed one, and is no function word (أن is no spelling of the letter name إن; ى for ي is no such
    /// difference either: على is no spelling of the name علي). Tatweel is left out. Countries and
    /// nationalities keep their standard names. Returns how many names changed.
    /// </summary>
    private static int RespellCanonicals(Builder b, Dictionary<string, int> written, Dictionary<string, (string Word, int Count)> best)
    {
        string Respell(string word) =>
            best.TryGetValue(GazetteerKey.Of(word), out var usual) && usual.Word != word && usual.Count >= 5 && usual.Count >= 2 * written.GetValueOrDefault(word) &&
            OnlyInSpellingLetters(word, usual.Word) && !Function.Contains(GazetteerKey.Of(usual.Word)) && !ArabicLexicon.FunctionWords.Contains(usual.Word)
                ? usual.Word
                : word;

        // tatweel out; diacritics stay where a list writes them (عَمَّان, the city, is not عمان, the country)
        return b.RespellCanonicals(canonical => string.Join(' ', canonical.Replace("\u0640", "", StringComparison.Ordinal).Split(' ').Select(Respell)));
    }

    /// <summary>The spelling the corpus writes most of each matching form (ties: the ordinally first), and its count.</summary>
    private static Dictionary<string, (string Word, int Count)> UsualSpellings(Dictionary<string, int> written)
    {
        var best = new Dictionary<string, (string Word, int Count)>(StringComparer.Ordinal);
        foreach (var (word, count) in written)
        {
            string key = GazetteerKey.Of(word);
            if (!best.TryGetValue(key, out var current) || count > current.Count || (count == current.Count && string.CompareOrdinal(word, current.Word) < 0))
            {
                best[key] = (word, count);
            }
        }

        return best;
    }

    /// <summary>
    /// True when two words of the same length differ only in the hamza or madda of an alef that starts the name (after
    /// the article, if any), in a final ه written ة in <paramref name="b"/>, or in Persian ک or ی written ك, ي or ى.
    /// </summary>
    private static bool OnlyInSpellingLetters(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        bool definite = a.StartsWith("ال", StringComparison.Ordinal);
        for (int i = 0; i < a.Length; i++)
        {
            // the hamza of the name's first letter, or of the letter after the article: not وأين for واين (Wayne), فإن
            // for فان (van), nor ألدرين for the article's الدرين
            bool nameStart = definite ? i == 2 : i == 0 && a.Length > 1 && a[1] != 'ل';
            // and a Persian letter that a list wrote for its Arabic one (کردستان: the corpus writes كردستان)
            if (a[i] != b[i] && !(nameStart && a[i] is 'ا' or 'أ' or 'إ' or 'آ' && b[i] is 'ا' or 'أ' or 'إ' or 'آ') && !(i == a.Length - 1 && a[i] == 'ه' && b[i] == 'ة') &&
                !(a[i] == 'ک' && b[i] == 'ك') && !(a[i] == 'ی' && b[i] is 'ي' or 'ى'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Levenshtein distance of two short words.</summary>
    private static int SpellingDistance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    /// <summary>
    /// The rests of a word, at least 3 letters long, after each proclitic the recognizer reads off: with
    /// <paramref name="prepositions"/>, only those that end in ب، ل or ك; otherwise و and ف alone as well.
    /// </summary>
    private static IEnumerable<string> ProcliticReadings(string word, bool prepositions)
    {
        foreach (string p in prepositions ? PrepositionProclitics : ArabicLexicon.Proclitics)
        {
            if (word.Length - p.Length >= 3 && word.StartsWith(p, StringComparison.Ordinal))
            {
                yield return word[p.Length..];
            }
        }
    }

    /// <summary>
    /// A one-word country name that the corpus writes, three times or more and in at least 5 % of its occurrences, as
    /// the first word of a name after a title and a nationality (المستشارة الألمانية X ميركل), before a word that no
    /// list knows, is a given name there (Anguilla's أنغيلا is Angela): the country's other names stay.
    /// </summary>
    private static bool GivenNameNotCountry(Builder b, string nisba, string first, string second, int count, Dictionary<string, int> counts, HashSet<string> frequent) =>
        count >= 3 && count >= 0.05 * counts.GetValueOrDefault(first) && b.KindOf(first) == GazetteerKind.Country && b.KindOf(nisba) == GazetteerKind.Nationality &&
        !first.Contains(' ', StringComparison.Ordinal) && !CuratedGazetteer.CountryAliases.Any(a => GazetteerKey.Of(a.Name) == first) &&
        second.Length >= 3 && second != "|" && !frequent.Contains(second) && !Function.Contains(second) && b.KindOf(second) is null;

    /// <summary>
    /// A one-word organization of the noisy lists (ANERGazet, ANERcorp train's spans) that is no name in news: the head
    /// of organization names (جامعة before a university's name), or a word the corpus writes after a number or a slash at least
    /// a fifth of the time (ريال, the currency, which ANERcorp's sports news tag for the club; نيسان, the month written
    /// beside أبريل, besides the carmaker).
    /// </summary>
    private static bool HeadOrCountedNoun(string name, Dictionary<string, int> counts, CorpusContexts contexts)
    {
        string key = GazetteerKey.Of(name);
        if (key.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        int seen = counts.GetValueOrDefault(key);
        bool counted = seen >= 20 && contexts.AfterNumberOrSlash.GetValueOrDefault(key) >= 0.2 * seen;
        if (counted || OrganizationHeadWords.Contains(key))
        {
            Console.WriteLine($"organization list: {name} is a head noun or counted ({contexts.AfterNumberOrSlash.GetValueOrDefault(key)} of {seen} after a number or a slash): left out");
            return true;
        }

        return false;
    }

    private static IEnumerable<string> NameVariants(string name)
    {
        string n = name.Trim();
        yield return n;
        if (n.Contains(" - ", StringComparison.Ordinal))
        {
            yield return n[..n.IndexOf(" - ", StringComparison.Ordinal)];
        }

        int paren = n.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            yield return n[..paren].Trim();
        }
    }

    private static string StripDescriptor(string name)
    {
        string n = name.Trim();
        foreach (string e in HonorificEpithets)
        {
            if (n.EndsWith(" " + e, StringComparison.Ordinal))
            {
                n = n[..^(e.Length + 1)].TrimEnd(); // مكة المكرمة → مكة, as القدس الشريف → القدس and as ANERcorp marks it
            }
        }

        foreach (string d in PlaceDescriptors)
        {
            if (n.StartsWith(d + " ", StringComparison.Ordinal))
            {
                return n[(d.Length + 1)..].Trim();
            }
        }

        return n;
    }

    /// <summary>
    /// A town's Arabic name made of more words than its English one, all of them frequent ordinary words, three or more
    /// or a noun and a nisba (التجمع الوطني الديمقراطي for Balad, قانون جنائي for Penal, سمك ذهبي for Caras), that no
    /// place word opens: a machine translation of what the letters mean or evoke, not the town's name. Two words in
    /// construct are a name as often (ديار بكر، بئر السبع، بلد الوليد), and stay, as do rarer words (داء الكلب, rabies, for Lyss).
    /// </summary>
    private static bool GrownTranslation(string arabic, string english, HashSet<string> frequent)
    {
        int englishWords = english.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Length;
        string[] words = GazetteerKey.Words(GazetteerKey.Of(arabic));
        return englishWords > 0 && words.Length > englishWords && words.All(frequent.Contains) &&
            (words.Length >= 3 || (words[1].Length >= 4 && (words[1].EndsWith('ي') || words[1].EndsWith("يه", StringComparison.Ordinal)))) &&
            !ArabicLexicon.FeatureWords.Concat(PlaceNamePrefixes).Concat(["بلد", "دير", "كفر", "قصر", "حمام", "وادي", "مدينة"]).Any(w => GazetteerKey.Of(w) == words[0]);
    }

    /// <summary>Lower-case English country names of i18n-iso-countries, and the world-cities file's name for Palestine, to their codes.</summary>
    private static Dictionary<string, string> EnglishCountryCodes(string gaz)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal) { ["palestinian territory occupied"] = "PS" };
        foreach ((string code, string name) in SourceFiles.IsoCountryNames(Path.Combine(gaz, "i18n-iso-countries-7.14.0", "en.json")))
        {
            codes.TryAdd(name.ToLowerInvariant(), code);
        }

        return codes;
    }

    private static string? CountryCodeOf(string countryName, Builder b, Dictionary<string, string> canonical) =>
        b.KindOf(countryName) == GazetteerKind.Country ? b.CodeOf(countryName) : null;

    /// <summary>
    /// True when a name from ANERcorp (which labels whole tokens) starts with a proclitic glued to the article
    /// (للجزيرة، بالقاعدة، والصين) whose bare form (الجزيرة) the corpus writes at least twice as often: the recognizer
    /// reads proclitics off at lookup, and an entry of the glued form would give it the proclitic as part of the name.
    /// </summary>
    private static bool ProcliticForm(string name, Dictionary<string, int> counts)
    {
        string first = GazetteerKey.Words(GazetteerKey.Of(name))[0];
        foreach (string p in GluedProclitics)
        {
            if (first.Length - p.Length >= 3 && first.StartsWith(p, StringComparison.Ordinal))
            {
                string bare = "ال" + first[p.Length..];
                return counts.GetValueOrDefault(bare) >= Math.Max(2, 2 * counts.GetValueOrDefault(first));
            }
        }

        return false;
    }

    /// <summary>The Arabic compass adjective after a name (normalized) and the English word news writes before it instead.</summary>
    private static readonly Dictionary<string, string> EnglishCompass = new(StringComparer.Ordinal)
    {
        [GazetteerKey.Of("الشمالية")] = "نورث",
        [GazetteerKey.Of("الجنوبية")] = "ساوث",
        [GazetteerKey.Of("الغربية")] = "ويست",
    };

    /// <summary>Kin and feature words that start place names written joined or apart (بن قردان، أبوظبي), normalized.</summary>
    private static readonly string[] PlaceNamePrefixes = ["بني", "بن", "ابو", "ام", "عين", "بير", "سيدي", "راس", "دار"];

    /// <summary>Proclitics before the article, longest first; each stands for itself + the article's ال (لل: ل + ال).</summary>
    private static readonly string[] GluedProclitics = ["ولل", "فلل", "وبال", "فبال", "لل", "بال", "وال", "فال", "كال"];

    /// <summary>
    /// True for a one-word ANERcorp span whose word (in any spelling) stands alone as a <paramref name="tag"/> in under a
    /// fifth of its <paramref name="tag"/> occurrences: the rest are inside longer names (المتحدة of الأمم المتحدة، الولايات
    /// of الولايات المتحدة، الشرق of الشرق الأوسط), so the few spans alone are the annotators' slips, and as entries the word
    /// became an organization or a place wherever the longer name was interrupted (a person's name walk that took
    /// الولايات left المتحدة an organization).
    /// </summary>
    private static bool MostlyInsideLongerNames(string span, AnerStats aner, string tag)
    {
        if (span.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        string key = GazetteerKey.Of(span);
        AnerStats.TokenStats st = aner.Tokens.GetValueOrDefault(key);
        int asTag = tag == "ORG" ? st.Org : st.Loc;
        int aloneCount = aner.AloneCount(tag, key);
        bool inside = aloneCount < 0.2 * asTag;
        if (inside)
        {
            Console.WriteLine($"  {tag} {span}: alone in {aloneCount} of its {asTag} {tag} occurrences, the rest inside longer names: no one-word entry");
        }

        return inside;
    }

    /// <summary>
    /// Keeps a name only when it is not an ordinary word: a one-word name that is frequent in the news corpus must be
    /// mostly tagged with <paramref name="tag"/> in ANERcorp; a place shaped like a nisba (الشمالية) only where
    /// <paramref name="standsAsPlace"/> says the corpus writes it where places stand; a name of three letters that
    /// ANERcorp does not tag only where the corpus also writes it so and, says <paramref name="writtenBare"/>, seldom
    /// with the article.
    /// </summary>
    private static bool IsUsableName(string name, HashSet<string> frequent, AnerStats aner, string tag, Func<string, bool>? standsAsPlace = null, Func<string, bool>? writtenBare = null)
    {
        string key = GazetteerKey.Of(name);
        if (key.Length < 2 || key.Any(char.IsAsciiDigit))
        {
            return false;
        }

        if (key.Contains(' ', StringComparison.Ordinal))
        {
            string[] words = GazetteerKey.Words(key);
            return words.Length <= 6 && !Function.Contains(words[0]) && !Function.Contains(words[^1]);
        }

        if (Function.Contains(key) ||
            (key.Length > 3 && key[^1] == 'ا' && frequent.Contains(key[..^1]) && standsAsPlace?.Invoke(key) != true))
        {
            // كبيرا: an adjective with the accusative alef; صيدا (صيد)، برايا are names where the corpus writes them where
            // places stand. روما (روم) stays out: news write the club more than the city, and a listed place outranks the
            // model's organization (on corpus samples the list turned more clubs into places than it found cities)
            return false;
        }

        var st = aner.Tokens.GetValueOrDefault(key);
        int tagged = tag switch { "LOC" => st.Loc, "ORG" => st.Org, _ => st.Pers };
        if ((key.Length <= 3 && tagged < 2 && !(standsAsPlace?.Invoke(key) == true && writtenBare?.Invoke(key) == true)) || key.Length <= 2)
        {
            return false;
        }

        if (tag == "LOC" && key.StartsWith("ال", StringComparison.Ordinal) && (key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal)) && tagged < 2 &&
            standsAsPlace?.Invoke(key) != true)
        {
            return false; // الشمالية: an adjective, not a name, unless the corpus says so
        }

        if (st.Total >= 3)
        {
            return tagged >= 0.4 * st.Total;
        }

        return !frequent.Contains(key);
    }

    private static readonly HashSet<string> OrganizationHeadWords = new(ArabicLexicon.OrganizationHeads.Select(GazetteerKey.Of), StringComparer.Ordinal);

    private static readonly string[] PrepositionProclitics = [.. ArabicLexicon.Proclitics.Where(p => p[^1] is 'ب' or 'ل' or 'ك')];

    private static readonly HashSet<string> Function = new(
        new[]
        {
            "في", "من", "الى", "إلى", "على", "عن", "مع", "و", "او", "أو", "ثم", "ان", "أن", "إن", "لا", "ما", "هذا", "هذه", "ذلك", "التي", "الذي",
            "بين", "بعد", "قبل", "عند", "حول", "ضد", "عبر", "منذ", "حتى", "كل", "بعض", "غير", "قد", "لم", "لن", "هو", "هي", "هم", "نحن",
        }.Select(GazetteerKey.Of),
        StringComparer.Ordinal);

    private static IEnumerable<(string Zone, string City)> ExemplarCities(string path)
    {
        // the zone's id is the path of keys under "zone" (Asia/Seoul, America/Argentina/Buenos_Aires)
        var stack = new Stack<(JsonElement Element, string Path)>();
        stack.Push((JsonDocument.Parse(File.ReadAllText(path)).RootElement, ""));
        while (stack.Count > 0)
        {
            (JsonElement e, string at) = stack.Pop();
            if (e.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (JsonProperty p in e.EnumerateObject())
            {
                if (p.Name == "exemplarCity" && p.Value.ValueKind == JsonValueKind.String)
                {
                    int zone = at.IndexOf("/zone/", StringComparison.Ordinal);
                    yield return (zone >= 0 ? at[(zone + 6)..] : at, p.Value.GetString()!);
                }
                else
                {
                    stack.Push((p.Value, at + "/" + p.Name));
                }
            }
        }
    }

    /// <summary>How often each word follows each of <paramref name="words"/> in the first articles of the corpus (matching forms).</summary>
    private static Dictionary<string, Dictionary<string, int>> Followers(string path, int maxArticles, HashSet<string> words)
    {
        var followers = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach ((_, string? body) in CorpusArticles.Read(path).Take(maxArticles))
        {
            string text = body ?? "";
            string? previous = null;
            foreach (Token tok in ArabicTokenizer.Default.GetTokens(text))
            {
                string? w = tok.Kind == TokenKind.ArabicWord ? ArabicNormalizer.Matching.NormalizeToString(ArabicNormalizer.Minimal.NormalizeToString(tok.GetText(text))) : null;
                if (previous is not null && w is not null)
                {
                    if (!followers.TryGetValue(previous, out var next))
                    {
                        followers[previous] = next = new Dictionary<string, int>(StringComparer.Ordinal);
                    }

                    next[w] = next.GetValueOrDefault(w) + 1;
                }

                previous = w is not null && words.Contains(w) ? w : null;
            }
        }

        return followers;
    }

    /// <summary>Normalized word counts of the first articles of the unlabelled corpus (counts only, no text kept).</summary>
    private static Dictionary<string, int> CorpusCounts(string path, int maxArticles, CorpusContexts contexts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((_, string? body) in CorpusArticles.Read(path).Take(maxArticles))
        {
            string text = body ?? "";
            var window = new List<string>();
            foreach (Token tok in ArabicTokenizer.Default.GetTokens(text))
            {
                if (tok.Kind == TokenKind.ArabicWord)
                {
                    string written = ArabicNormalizer.Minimal.NormalizeToString(tok.GetText(text));
                    contexts.Written[written] = contexts.Written.GetValueOrDefault(written) + 1;
                    string w = ArabicNormalizer.Matching.NormalizeToString(written);
                    counts[w] = counts.GetValueOrDefault(w) + 1;
                    window.Add(w);
                }
                else
                {
                    // # a number and / a slash: what stands after them is counted (100 ريال) or paired (أبريل/نيسان)
                    window.Add(tok.Kind == TokenKind.Number ? "#" : tok.GetText(text) is "/" ? "/" : "|");
                }
            }

            contexts.Observe(window);
        }

        return counts;
    }

    /// <summary>
    /// The ordinary words among the most frequent: mostly untagged in ANERcorp when seen there, otherwise words that
    /// take the article or pronoun and plural suffixes in the corpus (names seldom do: إدلب has no الإدلب، no إدلبها).
    /// </summary>
    private static HashSet<string> CommonWords(Dictionary<string, int> counts, int top, AnerStats aner, double ratio)
    {
        var common = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (w, c) in counts.OrderByDescending(kv => kv.Value).Take(top))
        {
            var st = aner.Tokens.GetValueOrDefault(w);
            if (st.Total >= 3)
            {
                if (st.Total - st.Pers - st.Loc - st.Org >= 0.7 * st.Total)
                {
                    common.Add(w);
                }

                continue;
            }

            string stem = w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3 ? w[2..] : w;
            int evidence = (stem != w ? counts.GetValueOrDefault(stem) : counts.GetValueOrDefault("ال" + stem)) + SuffixEvidence(stem, counts);
            if (evidence >= 5 && evidence >= ratio * c)
            {
                common.Add(w);
            }
        }

        return common;
    }

    /// <summary>How often the corpus writes a stem with a pronoun or plural suffix (names seldom take one: no إدلبها).</summary>
    private static int SuffixEvidence(string stem, Dictionary<string, int> counts)
    {
        // not ه alone: after normalization it is also the feminine ending (حلبة = حلب + ه)
        ReadOnlySpan<string> suffixes = ["ها", "هم", "ات", "ون", "وا", "هما", "كم", "نا"];
        int sum = 0;
        foreach (string x in suffixes)
        {
            sum += counts.GetValueOrDefault(stem + x);
        }

        return sum;
    }

    /// <summary>
    /// True when a word counts as ordinary (<see cref="CommonWords"/>) only because the corpus also writes it with or
    /// without the article, as it does country names (باراغواي and الباراغواي، السلفادور): no suffixed form says it is
    /// an ordinary word.
    /// </summary>
    private static bool OnlyArticleEvidence(string word, Dictionary<string, int> counts)
    {
        string stem = word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 ? word[2..] : word;
        return !word.Contains(' ', StringComparison.Ordinal) && stem.Length >= 4 && SuffixEvidence(stem, counts) < 5;
    }

    /// <summary>
    /// The words a person name does not run over: the ordinary words, plus verbs (يقول beside تقول) and words that are
    /// an ordinary word with a proclitic (بوجه = ب + وجه).
    /// </summary>
    private static HashSet<string> RuntimeCommonWords(Dictionary<string, int> counts, HashSet<string> common, int top)
    {
        var result = new HashSet<string>(common, StringComparer.Ordinal);
        foreach (var (w, c) in counts.OrderByDescending(kv => kv.Value).Take(top))
        {
            if (w.Length >= 3 && (w[0] == 'ي' || w[0] == 'ت'))
            {
                string swapped = (w[0] == 'ي' ? 'ت' : 'ي') + w[1..];
                if (counts.GetValueOrDefault(swapped) is int s && s >= 5 && s >= 0.2 * c)
                {
                    result.Add(w);
                    continue;
                }
            }

            foreach (string p in new[] { "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل" })
            {
                if (w.Length > p.Length + 2 && w.StartsWith(p, StringComparison.Ordinal) && common.Contains(w[p.Length..]))
                {
                    result.Add(w);
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>Counts of the words that follow settlement descriptors and titles in the corpus (counts only).</summary>
    private sealed class CorpusContexts
    {
        private static readonly HashSet<string> CompanyHeads = new(
            new[] { "شركة", "وشركة", "لشركة", "بشركة", "فشركة" }.Select(GazetteerKey.Of), StringComparer.Ordinal);

        // newspapers, news and rating agencies, channels (صحيفة بيلد، وكالة يونهاب، قناة المنار)
        private static readonly HashSet<string> MediaHeads = new(
            new[] { "صحيفة", "وكالة", "قناة" }.SelectMany(h => new[] { h, "و" + h, "ل" + h, "ب" + h, "ف" + h }).Select(GazetteerKey.Of), StringComparer.Ordinal);

        private static readonly HashSet<string> Descriptors = new(
            new[] { "مدينة", "بلدة", "قرية", "محافظة", "ولاية", "منطقة", "مخيم", "جزيرة", "العاصمة", "مقاطعة", "إقليم", "ناحية", "حي", "ريف" }.Select(GazetteerKey.Of),
            StringComparer.Ordinal);

        public static readonly HashSet<string> NumberWords = new(new[] { "مليون", "مليار", "ألف", "آلاف", "ملايين", "مليارات", "تريليون" }.Select(GazetteerKey.Of), StringComparer.Ordinal);

        // من is left out: يعاني من التهاب (suffers from an inflammation) says no place
        private static readonly HashSet<string> PlaceWords = new(ArabicLexicon.ListPlaceContext.Where(w => w != "من").Select(GazetteerKey.Of), StringComparer.Ordinal);

        private static readonly HashSet<string> Titles = new(
            new[] { "الرئيس", "الرئيسة", "وزير", "وزيرة", "الملك", "المستشارة", "المستشار", "نظيره", "نظيرها", "الزعيم", "السفير", "المبعوث" }.Select(GazetteerKey.Of),
            StringComparer.Ordinal);

        public Dictionary<string, int> AfterDescriptor { get; } = new(StringComparer.Ordinal);

        /// <summary>How often each word is written so (diacritics and tatweel left out, hamzas and ة kept).</summary>
        public Dictionary<string, int> Written { get; } = new(StringComparer.Ordinal);

        /// <summary>How often a word follows شركة (company), with or without a proclitic (لشركة، وشركة).</summary>
        public Dictionary<string, int> AfterCompany { get; } = new(StringComparer.Ordinal);

        /// <summary>The word after شركة and the word after that (| for none).</summary>
        public Dictionary<(string Name, string Next), int> AfterCompanyPairs { get; } = new();

        /// <summary>How often a word follows صحيفة، وكالة or قناة, with or without a proclitic.</summary>
        public Dictionary<string, int> AfterMedia { get; } = new(StringComparer.Ordinal);

        /// <summary>How often a word is followed by an indefinite word that is no function word (ديلي ميل، فوكس نيوز).</summary>
        public Dictionary<string, int> FollowedByNameWord { get; } = new(StringComparer.Ordinal);

        /// <summary>How often a word follows a number, a number word or a slash (100 ريال، مليون ريال، أبريل/نيسان).</summary>
        public Dictionary<string, int> AfterNumberOrSlash { get; } = new(StringComparer.Ordinal);

        /// <summary>How often a word stands where a place does: after في، إلى، نحو … or a descriptor.</summary>
        public Dictionary<string, int> InPlaceContext { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Nisba, string First, string Second), int> AfterTitle { get; } = new();

        /// <summary>Counts the contexts of one article's words (# a number, / a slash, | any other non-word token).</summary>
        public void Observe(List<string> words)
        {
            for (int i = 0; i + 1 < words.Count; i++)
            {
                if (words[i] is "#" or "/" || NumberWords.Contains(words[i]))
                {
                    AfterNumberOrSlash[words[i + 1]] = AfterNumberOrSlash.GetValueOrDefault(words[i + 1]) + 1;
                }
            }

            for (int i = 0; i < words.Count; i++)
            {
                words[i] = words[i] is "#" or "/" ? "|" : words[i]; // the other counts see any non-word token alike
            }

            for (int i = 0; i + 1 < words.Count; i++)
            {
                string w = Strip(words[i]);
                if ((Descriptors.Contains(w) || PlaceWords.Contains(words[i])) && words[i + 1] != "|")
                {
                    InPlaceContext[words[i + 1]] = InPlaceContext.GetValueOrDefault(words[i + 1]) + 1;
                }


                if (Descriptors.Contains(w) && words[i + 1] != "|")
                {
                    AfterDescriptor[words[i + 1]] = AfterDescriptor.GetValueOrDefault(words[i + 1]) + 1;
                }

                if (CompanyHeads.Contains(words[i]) && words[i + 1] != "|")
                {
                    AfterCompany[words[i + 1]] = AfterCompany.GetValueOrDefault(words[i + 1]) + 1;
                    var pair = (words[i + 1], i + 2 < words.Count ? words[i + 2] : "|");
                    AfterCompanyPairs[pair] = AfterCompanyPairs.GetValueOrDefault(pair) + 1;
                }

                if (words[i] != "|" && words[i + 1] != "|" && !Function.Contains(words[i + 1]) && !DefiniteWithProclitic(words[i + 1]))
                {
                    FollowedByNameWord[words[i]] = FollowedByNameWord.GetValueOrDefault(words[i]) + 1;
                }

                if (MediaHeads.Contains(words[i]) && words[i + 1] != "|")
                {
                    AfterMedia[words[i + 1]] = AfterMedia.GetValueOrDefault(words[i + 1]) + 1;
                }

                if (Titles.Contains(w) && i + 3 < words.Count && words[i + 1].StartsWith("ال", StringComparison.Ordinal) && words[i + 2] != "|")
                {
                    var key = (words[i + 1], words[i + 2], words[i + 3]);
                    AfterTitle[key] = AfterTitle.GetValueOrDefault(key) + 1;
                }
            }
        }

        private static bool DefiniteWithProclitic(string w) =>
            w.StartsWith("ال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal) ||
            (w.Length > 3 && w[0] is 'و' or 'ف' or 'ب' or 'ك' && w.AsSpan(1).StartsWith("ال", StringComparison.Ordinal));

        private static string Strip(string w) =>
            w.Length > 3 && w[0] is 'و' or 'ب' or 'ل' or 'ف' && (Descriptors.Contains(w[1..]) || Titles.Contains(w[1..])) ? w[1..] : w;
    }

    private sealed class Builder
    {
        private readonly Dictionary<string, (GazetteerEntry Entry, int Prio, bool Noisy)> _entries = new(StringComparer.Ordinal);
        private static readonly HashSet<string> EthnicGroups = new(ArabicLexicon.EthnicGroups.Select(GazetteerKey.Of), StringComparer.Ordinal); // the groups the guidelines leave unmarked, which noisy lists hold as names
        private static readonly HashSet<string> GeographicNouns = new(CuratedGazetteer.GeographicNouns.Select(GazetteerKey.Of), StringComparer.Ordinal);

        private readonly Dictionary<string, WordFlags> _words = new(StringComparer.Ordinal);

        public void Add(string name, GazetteerKind kind, string canonical, string? code, float confidence, int prio, bool noisy = false)
        {
            string key = GazetteerKey.Of(name);
            if (key.Length < 2)
            {
                return;
            }

            if (noisy && EthnicGroups.Contains(key))
            {
                return; // ethnic and religious groups are not entities (GUIDELINES)
            }

            if (kind == GazetteerKind.Place && GeographicNouns.Contains(key))
            {
                return; // البحر، النهر: the sea, the river, whatever town a list calls so; البحر الأحمر stays a name
            }

            // a clean source overrides a noisy one (أثينا the city, not a sports club from a noisy organization list)
            if (!_entries.TryGetValue(key, out var old) || old.Prio < prio || (old.Noisy && !noisy && kind == GazetteerKind.Place && old.Entry.Kind == GazetteerKind.Organization))
            {
                _entries[key] = (new GazetteerEntry(kind, canonical.Trim(), code, confidence), prio, noisy);
            }
        }

        public void Remove(string name) => _entries.Remove(GazetteerKey.Of(name));

        /// <summary>Whether a key's entry came from a noisy list (a curated entry's missing country is deliberate: القدس).</summary>
        public bool IsNoisy(string key) => _entries.TryGetValue(key, out var value) && value.Noisy;

        /// <summary>Gives the entry of a key another country, or none.</summary>
        public void SetCountry(string key, string? code)
        {
            if (_entries.TryGetValue(key, out var value))
            {
                _entries[key] = (value.Entry with { CountryCode = code }, value.Prio, value.Noisy);
            }
        }

        /// <summary>Gives the entries of a country (its names and nationality adjectives) another canonical name.</summary>
        public void ReplaceCanonical(string code, string from, string to)
        {
            foreach (var (key, value) in _entries.ToList())
            {
                if (value.Entry.CountryCode == code && value.Entry.Canonical == from && value.Entry.Kind is GazetteerKind.Country or GazetteerKind.Nationality)
                {
                    _entries[key] = (value.Entry with { Canonical = to }, value.Prio, value.Noisy);
                }
            }
        }

        /// <summary>Rewrites the canonical names of persons, places and organizations; returns how many changed.</summary>
        public int RespellCanonicals(Func<string, string> respell)
        {
            int changed = 0;
            foreach (var (key, value) in _entries.ToList())
            {
                if (value.Entry.Kind is GazetteerKind.Person or GazetteerKind.Place or GazetteerKind.Organization && respell(value.Entry.Canonical) is var name && name != value.Entry.Canonical)
                {
                    _entries[key] = (value.Entry with { Canonical = name }, value.Prio, value.Noisy);
                    changed++;
                }
            }

            return changed;
        }

        public GazetteerKind? KindOf(string name) => _entries.TryGetValue(GazetteerKey.Of(name), out var e) ? e.Entry.Kind : null;

        public string? CodeOf(string name) => _entries.TryGetValue(GazetteerKey.Of(name), out var e) ? e.Entry.CountryCode : null;

        public void Flag(string word, WordFlags flags)
        {
            string key = GazetteerKey.Of(word);
            if (key.Length > 1 && !key.Contains(' ', StringComparison.Ordinal))
            {
                _words[key] = _words.GetValueOrDefault(key) | flags;
            }
        }

        public WordFlags FlagsOf(string key) => _words.GetValueOrDefault(key);

        /// <summary>Removes phrases written with an attached proclitic when the bare phrase is known (وتركيا beside تركيا).</summary>
        public void DropProcliticDuplicates(HashSet<string> common)
        {
            foreach (string key in _entries.Keys.ToList())
            {
                foreach (string p in new[] { "و", "ب", "ل", "ف", "ك", "وب", "ول" })
                {
                    if (_entries[key].Noisy && key.Length > p.Length + 2 && key.StartsWith(p, StringComparison.Ordinal) && (_entries.ContainsKey(key[p.Length..]) || common.Contains(key[p.Length..]) || (p.EndsWith('ل') && _entries.ContainsKey("ا" + key[p.Length..]))))
                    {
                        _entries.Remove(key);
                        break;
                    }
                }
            }
        }

        public void SetCommon(string key) => _words[key] = (_words.GetValueOrDefault(key) & ~WordFlags.FirstName) | WordFlags.Common;

        public List<(string, GazetteerEntry)> Entries() => _entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.Entry)).ToList();

        public List<(string, WordFlags)> Words() => _words.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value)).ToList();
    }
}
