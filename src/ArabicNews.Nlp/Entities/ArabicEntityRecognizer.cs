using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Entities;

/// <summary>
/// Finds people, countries, places, organizations and nationalities in Arabic text, with canonical names.
/// Gazetteers compiled from open sources are matched on normalized words (longest match, attached proclitics
/// stripped only when the rest is a known name), then rules add what lists cannot hold: institution + nisba
/// organizations, official state names, people introduced by a title or a given name, and later partial mentions
/// of the people a document names. Immutable and thread-safe: build one and share it.
/// </summary>
/// <example>
/// <code>
/// var recognizer = ArabicEntityRecognizer.Default;
/// foreach (Entity e in recognizer.Recognize("قال الرئيس الروسي فلاديمير بوتين في موسكو"))
///     Console.WriteLine($"{e.Text} {e.Type} {e.Canonical} {e.CountryCode}");
/// </code>
/// </example>
public sealed partial class ArabicEntityRecognizer
{
    private static readonly string[] Proclitics = ArabicLexicon.Proclitics;
    private static readonly Lazy<RuleSets> LazyRules = new(() => new RuleSets(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ArabicEntityRecognizer> LazyDefault = new(() => new ArabicEntityRecognizer(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Gazetteer? _user;
    private readonly float _minimumConfidence;
    private readonly bool _useModel;
    private readonly SequenceModel? _model;
    private readonly Gazetteer? _gazetteer;

    /// <summary>Creates a recognizer with the embedded gazetteers and, optionally, the caller's own entries.</summary>
    /// <param name="options">Its settings; null for <see cref="EntityRecognizerOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">A user entry is invalid (empty name, unknown type, malformed country code).</exception>
    public ArabicEntityRecognizer(EntityRecognizerOptions? options = null)
        : this(options, null)
    {
    }

    /// <summary>
    /// Creates a recognizer with another sequence model or gazetteer than the embedded ones (evaluation of held-out
    /// models and gazetteers).
    /// </summary>
    internal ArabicEntityRecognizer(EntityRecognizerOptions? options, SequenceModel? model, Gazetteer? gazetteer = null)
    {
        _model = model;
        _gazetteer = gazetteer;
        options ??= EntityRecognizerOptions.Default;
        if (options.MinimumConfidence is < 0 or > 1 || float.IsNaN(options.MinimumConfidence))
        {
            throw new ArgumentException($"MinimumConfidence must be between 0 and 1; it is {options.MinimumConfidence}.", nameof(options));
        }

        _minimumConfidence = options.MinimumConfidence;
        _useModel = options.UseStatisticalModel;
        if (options.UserEntries is { Count: > 0 } entries)
        {
            _user = BuildUserGazetteer(entries);
        }
    }

    /// <summary>The recognizer with the embedded gazetteers (loaded on first use).</summary>
    public static ArabicEntityRecognizer Default => LazyDefault.Value;

    /// <summary>Finds the entities of a text, tokenizing and splitting it first.</summary>
    /// <param name="text">The original text.</param>
    /// <returns>The entities, in text order, not overlapping.</returns>
    public IReadOnlyList<Entity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        return Recognize(text, tokens, SentenceSplitter.Default.Split(text, tokens));
    }

    /// <summary>Finds the entities of a text.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <returns>The entities, in text order, not overlapping.</returns>
    public IReadOnlyList<Entity> Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences) =>
        Recognize(text, tokens, sentences, null);

    /// <summary>Finds the entities of a text whose tokens' matching forms (<see cref="TokenForms"/>) are already known.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="forms">Each token's matching form, or null to compute them.</param>
    /// <param name="first">Optional: each token's first occurrence (<see cref="TokenRepeats"/>), so that a repeated word is looked up once.</param>
    internal IReadOnlyList<Entity> Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, string[]? forms, int[]? first = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        if (tokens.Count == 0)
        {
            return [];
        }

        TokenForms.CheckLengths(tokens.Count, forms, first);

        var run = new Run(this, text, tokens, forms, first, _gazetteer ?? Gazetteer.Default, LazyRules.Value);
        float[] outside = ArrayPool<float>.Shared.Rent(tokens.Count);
        try
        {
            // per token, how sure the model is that it is no entity, negative where the corpus sees the word in names other than persons (0 without the model, or outside every sentence)
            outside.AsSpan(0, tokens.Count).Clear();
            ModelMention[] model = _useModel && (_model ?? SequenceModel.Default) is { } sequenceModel ? RunModel(sequenceModel, text, tokens, sentences, first, run.Forms, outside) : [];
            return run.Execute(_minimumConfidence, model, outside);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(outside);
            run.Release();
        }
    }

    private static ModelMention[] RunModel(SequenceModel model, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, int[]? first, string[] forms, float[] outside)
    {
        Token[] array = tokens as Token[] ?? [.. tokens];
        var mentions = new List<ModelMention>();
        if (first is null)
        {
            foreach (Sentence sentence in sentences)
            {
                mentions.AddRange(model.Recognize(text, array, sentence, outside));
            }

            return [.. mentions];
        }

        // The whole document described at once, each distinct word once (with the weights that depend on it alone),
        // then tagged sentence by sentence.
        ModelWord[] words = ArrayPool<ModelWord>.Shared.Rent(array.Length);
        int[] rowOf = ArrayPool<int>.Shared.Rent(array.Length);
        float[] rows = ArrayPool<float>.Shared.Rent(array.Length * SequenceModel.RowFloats);
        try
        {
            model.Features.Describe(text, array, first, forms, words);
            model.DescribeRows(words.AsSpan(0, array.Length), first, rowOf, rows);
            foreach (Sentence sentence in sentences)
            {
                mentions.AddRange(model.Recognize(array, words.AsSpan(0, array.Length), rowOf.AsSpan(0, array.Length), rows, sentence, outside));
            }
        }
        finally
        {
            ArrayPool<ModelWord>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(rowOf);
            ArrayPool<float>.Shared.Return(rows);
        }

        return [.. mentions];
    }

    private static Gazetteer BuildUserGazetteer(IReadOnlyList<UserGazetteerEntry> entries)
    {
        var g = new Gazetteer.Builder();
        for (int i = 0; i < entries.Count; i++)
        {
            UserGazetteerEntry? e = entries[i];
            if (e is null)
            {
                throw new ArgumentException($"User gazetteer entry {i} is null.", nameof(entries));
            }

            if (string.IsNullOrWhiteSpace(e.Name))
            {
                throw new ArgumentException($"User gazetteer entry {i} has an empty name.", nameof(entries));
            }

            if (!Enum.IsDefined(e.Type))
            {
                throw new ArgumentException($"User gazetteer entry {i} ('{e.Name}') has an unknown type {(int)e.Type}.", nameof(entries));
            }

            if (e.CountryCode is not null && (e.CountryCode.Length != 2 || !char.IsAsciiLetterUpper(e.CountryCode[0]) || !char.IsAsciiLetterUpper(e.CountryCode[1])))
            {
                throw new ArgumentException($"User gazetteer entry {i} ('{e.Name}') has country code '{e.CountryCode}'; expected two capital letters (ISO 3166-1 alpha-2) or null.", nameof(entries));
            }

            string key = GazetteerKey.Of(e.Name);
            if (!key.Any(char.IsLetter))
            {
                throw new ArgumentException($"User gazetteer entry {i} ('{e.Name}') has no letters to match.", nameof(entries));
            }

            var kind = e.Type switch
            {
                EntityType.Person => GazetteerKind.Person,
                EntityType.Country => GazetteerKind.Country,
                EntityType.Place => GazetteerKind.Place,
                EntityType.Organization => GazetteerKind.Organization,
                _ => GazetteerKind.Nationality,
            };
            g.Add(key, new GazetteerEntry(kind, string.IsNullOrWhiteSpace(e.Canonical) ? e.Name.Trim() : e.Canonical.Trim(), e.CountryCode, 0.99f), replace: true);
        }

        return g.Build();
    }

    internal static EntityType TypeOf(GazetteerKind kind) => kind switch
    {
        GazetteerKind.Person => EntityType.Person,
        GazetteerKind.Country => EntityType.Country,
        GazetteerKind.Place => EntityType.Place,
        GazetteerKind.Organization => EntityType.Organization,
        _ => EntityType.Nationality,
    };

    /// <summary>The closed word classes compiled into tries, once.</summary>
    private sealed class RuleSets
    {
        /// <summary>The bit of <see cref="WordClasses"/> for a function word (above the lists' rule bits).</summary>
        public const int FunctionBit = 1 << 30;

        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordClassesBySpan;
        private readonly ulong[] _classFilter = new ulong[64];

        public RuleSets()
        {
            Titles = Set(ArabicLexicon.Titles, 1 << 0);
            Modifiers = Set(ArabicLexicon.TitleModifiers, 1 << 1);
            Institutions = Set(ArabicLexicon.Institutions, 1 << 2);
            OrgHeads = Set(ArabicLexicon.OrganizationHeads, 1 << 3);
            StateHeads = Set(ArabicLexicon.StateHeads, 1 << 4);
            Compass = Set(ArabicLexicon.Compass, 1 << 5);
            CompassFeatures = Set(ArabicLexicon.CompassFeatures, 1 << 6);
            PlaceDescriptors = Set(ArabicLexicon.PlaceDescriptors, 1 << 7);
            MediaWords = Set(ArabicLexicon.MediaWords);
            BroadcastHeads = new HashSet<string>(ArabicLexicon.BroadcastHeads.Select(GazetteerKey.Of), StringComparer.Ordinal);
            ListPlaceContext = new HashSet<string>(ArabicLexicon.ListPlaceContext.Select(GazetteerKey.Of), StringComparer.Ordinal);
            SettlementDescriptors = new HashSet<string>(ArabicLexicon.SettlementDescriptors.Select(GazetteerKey.Of), StringComparer.Ordinal);
            PlaceListDescriptors = new HashSet<string>(ArabicLexicon.PlaceListDescriptors.Select(GazetteerKey.Of), StringComparer.Ordinal);
            AppositionRoles = new HashSet<string>(ArabicLexicon.AppositionRoles.Select(GazetteerKey.Of), StringComparer.Ordinal);
            FunctionWordsAsWritten = new HashSet<string>(ArabicLexicon.FunctionWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            FeatureWords = new HashSet<string>(ArabicLexicon.FeatureWords.Select(GazetteerKey.Of), StringComparer.Ordinal);
            ContextFeatureWords = new HashSet<string>(ArabicLexicon.ContextFeatureWords.Select(GazetteerKey.Of), StringComparer.Ordinal);
            ConstructInstitutions = Set(ArabicLexicon.ConstructInstitutions, 1 << 8);
            AdministrationHeads = Set(ArabicLexicon.AdministrationHeads, 1 << 9);
            DirectionAdjectives = Set(ArabicLexicon.DirectionAdjectives, 1 << 10);
            CueVerbs = Set(ArabicLexicon.CueVerbs, 1 << 11);
            QuoteHeads = Set(ArabicLexicon.QuoteHeads, 1 << 12);
            DefiniteOrgHeads = Set(ArabicLexicon.DefiniteOrganizationHeads, 1 << 13);
            StrongDefiniteOrgHeads = Set(ArabicLexicon.StrongDefiniteOrganizationHeads, 1 << 14);
            RankAdjectives = Set(ArabicLexicon.RankAdjectives, 1 << 15);
            ClubHeadBits = new Dictionary<string, int>(StringComparer.Ordinal);
            string[] clubWords = [.. ArabicLexicon.ClubHeads, .. ArabicLexicon.ClubVerbs];
            ClubVerbMask = ((1 << ArabicLexicon.ClubVerbs.Length) - 1) << ArabicLexicon.ClubHeads.Length;
            for (int h = 0; h < clubWords.Length; h++)
            {
                string key = GazetteerKey.Of(clubWords[h]);
                foreach (string p in (string[])["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"])
                {
                    ClubHeadBits.TryAdd(p + key, 1 << h);
                }
            }

            ClubHeads = Set(ClubHeadBits.Keys, 1 << 16);
            MediaHeads = Set(ArabicLexicon.MediaHeads.SelectMany(h => ((string[])["", "و", "ف", "ب", "ل", "وب", "ول"]).Select(p => p + h)), 1 << 17);
            MediaHeadBare = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string form in MediaHeads.FirstWords())
            {
                string bare = form;
                foreach (string p in (string[])["وب", "ول", "و", "ف", "ب", "ل"])
                {
                    if (form.Length > p.Length + 2 && form.StartsWith(p, StringComparison.Ordinal) && MediaHeads.Root.Child(form[p.Length..])?.Entry is not null)
                    {
                        bare = form[p.Length..];
                        break;
                    }
                }

                MediaHeadBare[form] = bare;
            }

            MediaHeadsOfWords = new HashSet<string>(ArabicLexicon.MediaHeadsOfWords.Select(GazetteerKey.Of), StringComparer.Ordinal);
            OneWordOrgHeads = new HashSet<string>(ArabicLexicon.OneWordOrganizationHeads.Select(GazetteerKey.Of), StringComparer.Ordinal);
            GenericForces = new HashSet<string>(ArabicLexicon.GenericForces.Select(GazetteerKey.Of), StringComparer.Ordinal);
            NumberWords = new HashSet<string>(ArabicLexicon.NumberWords.Select(GazetteerKey.Of), StringComparer.Ordinal);
            Months = new HashSet<string>(ArabicLexicon.Months.Select(GazetteerKey.Of), StringComparer.Ordinal);
            TimesOfDay = new HashSet<string>(ArabicLexicon.TimesOfDay.Select(GazetteerKey.Of), StringComparer.Ordinal);
            NounsNamingPlaces = new HashSet<string>(ArabicLexicon.NounsNamingPlaces.Select(GazetteerKey.Of), StringComparer.Ordinal);
            GivenNamesOpeningTitles = new HashSet<string>(ArabicLexicon.GivenNamesOpeningTitles.Select(GazetteerKey.Of), StringComparer.Ordinal);
            DayWords = new HashSet<string>(ArabicLexicon.DayWords.Select(GazetteerKey.Of), StringComparer.Ordinal);
            LetterNames = new HashSet<string>(ArabicLexicon.LatinLetterNames.Select(GazetteerKey.Of), StringComparer.Ordinal);
            Departments = new HashSet<string>(ArabicLexicon.Departments.Select(GazetteerKey.Of), StringComparer.Ordinal);
            NamedInstitutionHeads = new HashSet<string>(ArabicLexicon.NamedInstitutionHeads.Select(GazetteerKey.Of), StringComparer.Ordinal);
            PanelComplements = new HashSet<string>(ArabicLexicon.PanelComplements.Select(GazetteerKey.Of), StringComparer.Ordinal);
            ClubComplements = new HashSet<string>(ArabicLexicon.ClubHeadComplements.Select(GazetteerKey.Of), StringComparer.Ordinal);
            Function = new HashSet<string>(ArabicLexicon.FunctionWords.Select(GazetteerKey.Of), StringComparer.Ordinal);
            // as written: the matching form folds آلان (Alain) into الآن and إمام into أمام; Alain is written الان too, and the
            // syllables of East Asian and French names (لي، لو، ما، إن، هو) are no edge to trim
            WrittenFunctionWords = new HashSet<string>(ArabicLexicon.FunctionWords.Where(w => w is not ("لي" or "لو" or "ما" or "إن" or "ان" or "أن" or "أي" or "هو" or "هي" or "الان")), StringComparer.Ordinal);
            AgeAdjectives = new HashSet<string>(ArabicLexicon.AgeAdjectives.Select(GazetteerKey.Of), StringComparer.Ordinal);
            EthnicGroups = new HashSet<string>(ArabicLexicon.EthnicGroups.Select(GazetteerKey.Of).SelectMany(g => new[] { g, "و" + g, "ف" + g }), StringComparer.Ordinal);
            TrafficNouns = new HashSet<string>(ArabicLexicon.TrafficNouns.Select(GazetteerKey.Of), StringComparer.Ordinal);
            AgencyHeads = new HashSet<string>(ArabicLexicon.AgencyHeads.Select(GazetteerKey.Of), StringComparer.Ordinal);
            TeamWords = new HashSet<string>(ArabicLexicon.TeamWords.Select(GazetteerKey.Of), StringComparer.Ordinal);
            FirstWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (Gazetteer g in new[] { DefiniteOrgHeads, Titles, Institutions, OrgHeads, StateHeads, Compass, PlaceDescriptors, ConstructInstitutions, AdministrationHeads, CueVerbs })
            {
                FirstWordsMask |= g.RuleBit;
                foreach (string w in g.FirstWords())
                {
                    FirstWords.Add(w);
                }
            }

            // Which rule lists a word starts a phrase of, one bit per list, and whether it is a function word: a run
            // looks each token up once here instead of once per list.
            WordClasses = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Gazetteer g in new[] { Titles, Modifiers, Institutions, OrgHeads, StateHeads, Compass, CompassFeatures, PlaceDescriptors, ConstructInstitutions, AdministrationHeads, DirectionAdjectives, CueVerbs, QuoteHeads, DefiniteOrgHeads, StrongDefiniteOrgHeads, RankAdjectives, ClubHeads, MediaHeads })
            {
                foreach (string w in g.FirstWords())
                {
                    WordClasses[w] = WordClasses.GetValueOrDefault(w) | g.RuleBit;
                }
            }

            foreach (string w in Function)
            {
                WordClasses[w] = WordClasses.GetValueOrDefault(w) | FunctionBit;
            }

            _wordClassesBySpan = WordClasses.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (string w in WordClasses.Keys)
            {
                int bit = Gazetteer.Node.Signature(w);
                _classFilter[bit >> 6] |= 1UL << (bit & 63);
            }

            NameConnectors = new HashSet<string>(new[] { "بن", "ابن", "بنت", "أبو", "أبي", "عبد", "آل", "ولد", "لو", "دي", "دو", "فان", "فون", "دا", "ديل", "بن" }.Select(GazetteerKey.Of), StringComparer.Ordinal);
            RelationalAdjectives = new HashSet<string>(new[]
            {
                "المعني", "المعنية", "الماضي", "الماضية", "الحالي", "الحالية", "التالي", "التالية", "الجاري", "الجارية", "السنوي", "السنوية",
                "الإرهابي", "الإرهابية", "الشيعي", "الشيعية", "السني", "السنية", "الموالي", "الموالية", "المتطرف", "المتطرفة", "المسلح", "المسلحة",
                "المدعوم", "المدعومة", "المحظور", "المحظورة", "الحاكم", "الحاكمة", "المعارض", "المعارضة", "المتشدد", "المتشددة",
            }.Select(GazetteerKey.Of), StringComparer.Ordinal);
            VerbParticles = new HashSet<string>(new[] { "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "قد", "لم", "لن", "سوف" }.Select(GazetteerKey.Of), StringComparer.Ordinal);
        }

        public Gazetteer Titles { get; }

        public Gazetteer Modifiers { get; }

        public Gazetteer Institutions { get; }

        public Gazetteer OrgHeads { get; }

        public Gazetteer StateHeads { get; }

        public Gazetteer Compass { get; }

        public Gazetteer CompassFeatures { get; }

        public Gazetteer PlaceDescriptors { get; }

        /// <summary><see cref="ArabicLexicon.MediaWords"/>.</summary>
        public Gazetteer MediaWords { get; }

        /// <summary><see cref="ArabicLexicon.BroadcastHeads"/>, normalized.</summary>
        public HashSet<string> BroadcastHeads { get; }

        /// <summary><see cref="ArabicLexicon.ListPlaceContext"/>, normalized.</summary>
        public HashSet<string> ListPlaceContext { get; }

        /// <summary><see cref="ArabicLexicon.FeatureWords"/>, normalized.</summary>
        public HashSet<string> FeatureWords { get; }

        /// <summary><see cref="ArabicLexicon.ContextFeatureWords"/>, normalized.</summary>
        public HashSet<string> ContextFeatureWords { get; }

        public Gazetteer ConstructInstitutions { get; }

        public Gazetteer AdministrationHeads { get; }

        public Gazetteer DirectionAdjectives { get; }

        public Gazetteer CueVerbs { get; }

        public Gazetteer QuoteHeads { get; }

        public Gazetteer DefiniteOrgHeads { get; }

        public Gazetteer StrongDefiniteOrgHeads { get; }

        public Gazetteer RankAdjectives { get; }

        /// <summary><see cref="ArabicLexicon.ClubHeads"/> and <see cref="ArabicLexicon.ClubVerbs"/> normalized, also after و، ف، ب، ل (one rule bit for all).</summary>
        public Gazetteer ClubHeads { get; }

        /// <summary>Each form of <see cref="ClubHeads"/>: the bit of its head word (لفريق and فريق share one).</summary>
        public Dictionary<string, int> ClubHeadBits { get; }

        /// <summary>The <see cref="ClubHeadBits"/> of <see cref="ArabicLexicon.ClubVerbs"/>.</summary>
        public int ClubVerbMask { get; }

        /// <summary><see cref="ArabicLexicon.MediaHeads"/> normalized, also after و، ف، ب، ل (one rule bit for all).</summary>
        public Gazetteer MediaHeads { get; }

        /// <summary>Each form of <see cref="MediaHeads"/> (لصحيفة) and its media noun without the proclitic (صحيفه), found once here instead of per occurrence.</summary>
        public Dictionary<string, string> MediaHeadBare { get; }

        /// <summary><see cref="ArabicLexicon.MediaHeadsOfWords"/>, normalized.</summary>
        public HashSet<string> MediaHeadsOfWords { get; }

        /// <summary><see cref="ArabicLexicon.OneWordOrganizationHeads"/>, normalized.</summary>
        public HashSet<string> OneWordOrgHeads { get; }

        /// <summary><see cref="ArabicLexicon.GenericForces"/>, normalized.</summary>
        public HashSet<string> GenericForces { get; }

        /// <summary><see cref="ArabicLexicon.NumberWords"/>, normalized.</summary>
        public HashSet<string> NumberWords { get; }

        /// <summary><see cref="ArabicLexicon.Months"/>, normalized.</summary>
        public HashSet<string> Months { get; }

        /// <summary><see cref="ArabicLexicon.NounsNamingPlaces"/>, normalized.</summary>
        public HashSet<string> NounsNamingPlaces { get; }

        /// <summary><see cref="ArabicLexicon.GivenNamesOpeningTitles"/>, normalized.</summary>
        public HashSet<string> GivenNamesOpeningTitles { get; }

        /// <summary><see cref="ArabicLexicon.TimesOfDay"/>, normalized.</summary>
        public HashSet<string> TimesOfDay { get; }

        /// <summary><see cref="ArabicLexicon.DayWords"/>, normalized.</summary>
        public HashSet<string> DayWords { get; }

        /// <summary><see cref="ArabicLexicon.LatinLetterNames"/>, normalized.</summary>
        public HashSet<string> LetterNames { get; }

        /// <summary><see cref="ArabicLexicon.Departments"/>, normalized.</summary>
        public HashSet<string> Departments { get; }

        /// <summary><see cref="ArabicLexicon.NamedInstitutionHeads"/>, normalized.</summary>
        public HashSet<string> NamedInstitutionHeads { get; }

        /// <summary><see cref="ArabicLexicon.PanelComplements"/>, normalized.</summary>
        public HashSet<string> PanelComplements { get; }

        /// <summary><see cref="ArabicLexicon.SettlementDescriptors"/>, normalized.</summary>
        public HashSet<string> SettlementDescriptors { get; }

        /// <summary><see cref="ArabicLexicon.PlaceListDescriptors"/>, normalized.</summary>
        public HashSet<string> PlaceListDescriptors { get; }

        /// <summary><see cref="ArabicLexicon.AppositionRoles"/>, normalized.</summary>
        public HashSet<string> AppositionRoles { get; }

        /// <summary><see cref="ArabicLexicon.FunctionWords"/> as written (إن with its hamza, not the matching form ان).</summary>
        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordsAsWritten { get; }

        /// <summary><see cref="ArabicLexicon.ClubHeadComplements"/>, normalized.</summary>
        public HashSet<string> ClubComplements { get; }

        public HashSet<string> Function { get; }

        /// <summary>Peoples and religious communities (<see cref="ArabicLexicon.EthnicGroups"/>), normalized, also after و or ف.</summary>
        public HashSet<string> EthnicGroups { get; }

        /// <summary><see cref="ArabicLexicon.TrafficNouns"/>, normalized.</summary>
        public HashSet<string> TrafficNouns { get; }

        /// <summary><see cref="ArabicLexicon.AgencyHeads"/>, normalized.</summary>
        public HashSet<string> AgencyHeads { get; }

        /// <summary><see cref="ArabicLexicon.TeamWords"/>, normalized.</summary>
        public HashSet<string> TeamWords { get; }

        public HashSet<string> NameConnectors { get; }

        /// <summary>
        /// Adjectives shaped like a nisba that say when or which (الماضي، المعني), or describe a group's stance (الإرهابي، الشيعي،
        /// الحاكم), not what kind of institution it is: no institution is named by them.
        /// </summary>
        public HashSet<string> RelationalAdjectives { get; }

        /// <summary>The function words as written, but for those that are also syllables of foreign names.</summary>
        public HashSet<string> WrittenFunctionWords { get; }

        /// <summary>Relative pronouns and verbal particles: a verb follows them, never a name.</summary>
        public HashSet<string> VerbParticles { get; }

        /// <summary><see cref="ArabicLexicon.AgeAdjectives"/>, normalized.</summary>
        public HashSet<string> AgeAdjectives { get; }

        public HashSet<string> FirstWords { get; }

        /// <summary>The <see cref="Gazetteer.RuleBit"/>s of the lists whose first words are <see cref="FirstWords"/>.</summary>
        public int FirstWordsMask { get; }

        /// <summary>Of each word: the rule bits of the lists it starts a phrase of, and <see cref="FunctionBit"/> for a function word.</summary>
        public Dictionary<string, int> WordClasses { get; }

        /// <summary>The <see cref="WordClasses"/> bits of a word, 0 for none: a signature filter (as a gazetteer root's) answers most words without hashing them.</summary>
        public int ClassesOf(ReadOnlySpan<char> word)
        {
            int bit = Gazetteer.Node.Signature(word);
            return (_classFilter[bit >> 6] & (1UL << (bit & 63))) != 0 && _wordClassesBySpan.TryGetValue(word, out int classes) ? classes : 0;
        }

        private static Gazetteer Set(IEnumerable<string> phrases, int ruleBit = 0)
        {
            var g = new Gazetteer.Builder();
            foreach (string p in phrases)
            {
                string key = GazetteerKey.Of(p);
                g.Add(key, new GazetteerEntry(GazetteerKind.Place, p, null, 1f));
            }

            return g.Build(ruleBit);
        }
    }

    private readonly record struct Candidate(int TokStart, int TokEnd, int Start, int End, EntityType Type, string Canonical, string? Code, float Confidence, int Priority);

    /// <summary>A reading of a token: where it starts, the word looked up, and that word's gazetteer flags (asked by several rules, hashed once).</summary>
    private readonly record struct Option(int Start, string Lookup, WordFlags Flags);

    /// <summary>The state of one call: nothing here outlives it.</summary>
    private sealed partial class Run
    {
        private readonly ArabicEntityRecognizer _owner;
        private readonly string _text;
        private readonly Token[] _tokens; // an array, not the caller's list: indexed on every rule's hot path
        private readonly Gazetteer _gaz;
        private readonly RuleSets _rules;
        private readonly string[] _norm;

        // Per-token lookups every rule asks for, hashed once here instead of once per rule. The arrays are rented
        // (longer than the tokens) and given back by Release.
        private readonly WordFlags[] _flags;
        private readonly Gazetteer.Node?[] _rootNode;
        private readonly bool[] _function;
        private readonly int[] _ruleStarts; // the rule bits of RuleSets.WordClasses of each token's readings, or-ed
        private readonly int[] _readingAt; // token i's readings (see Analyze) are _readings[_readingAt[i].._readingAt[i + 1]]
        private readonly bool[] _taken; // see Taken
        private HashSet<string>? _namedPlaces; // one-word names after a place descriptor (see NamedPlacesAgain)
        private DocumentWordCounts? _wordCounts; // built on first use (see FeaturePlace)
        private List<(string First, string Last)>? _namedPersons; // the first and last words of the rules' longer persons (see SurnameOfKnownName)
        private Option[] _readings;
        private int _readingCount;
        private Candidate[] _candidates; // rented; the first _candidateCount are the rules' candidates
        private int _candidateCount;

        public Run(ArabicEntityRecognizer owner, string text, IReadOnlyList<Token> tokens, string[]? forms, ReadOnlySpan<int> first, Gazetteer gaz, RuleSets rules)
        {
            _owner = owner;
            _text = text;
            _tokens = tokens as Token[] ?? [.. tokens];
            _gaz = gaz;
            _rules = rules;
            _norm = forms ?? TokenForms.Matching(text, _tokens);
            int count = _tokens.Length;
            _flags = ArrayPool<WordFlags>.Shared.Rent(count);
            _rootNode = ArrayPool<Gazetteer.Node?>.Shared.Rent(count);
            _function = ArrayPool<bool>.Shared.Rent(count);
            _ruleStarts = ArrayPool<int>.Shared.Rent(count);
            _readingAt = ArrayPool<int>.Shared.Rent(count + 1);
            _readings = ArrayPool<Option>.Shared.Rent(count + (count / 2));
            _taken = ArrayPool<bool>.Shared.Rent(count + 1);
            _candidates = ArrayPool<Candidate>.Shared.Rent(16 + (count / 4));
            _readingAt[0] = 0;
            for (int i = 0; i < count; i++)
            {
                Token t = _tokens[i];
                string w = _norm[i];
                if (!first.IsEmpty && first[i] < i)
                {
                    // A repeat of an earlier token: the same lookups, its readings shifted to this token.
                    int e = first[i];
                    _flags[i] = _flags[e];
                    _rootNode[i] = _rootNode[e];
                    _function[i] = _function[e];
                    _ruleStarts[i] = _ruleStarts[e];
                    int from = _readingAt[e], n = _readingAt[e + 1] - from;
                    if (n == 1)
                    {
                        AddReading(new Option(t.Start, w, _flags[i]));
                    }
                    else
                    {
                        int shift = t.Start - _tokens[e].Start;
                        for (int k = 0; k < n; k++)
                        {
                            Option o = _readings[from + k];
                            AddReading(o with { Start = o.Start + shift });
                        }
                    }

                    _readingAt[i + 1] = _readingCount;
                    continue;
                }

                _flags[i] = gaz.FlagsAndRootChild(w, out _rootNode[i]);
                int classes = rules.ClassesOf(w);
                _function[i] = (classes & RuleSets.FunctionBit) != 0;
                AddReading(new Option(t.Start, w, _flags[i]));
                _ruleStarts[i] = (classes & ~RuleSets.FunctionBit) | (t.Kind == TokenKind.ArabicWord ? Analyze(w, i, rules) : 0);
                _readingAt[i + 1] = _readingCount;
            }

            for (int i = 0; i < count; i++)
            {
                if (_function[i] && _norm[i] == "علي" && CompoundAli(i))
                {
                    // علي أكبر صالحي: the given name علي أكبر (أصغر), though أكبر alone is an ordinary word
                    _function[i] = false;
                    _flags[i] = (_flags[i] | WordFlags.FirstName) & ~WordFlags.Common;
                    _function[i + 1] = false;
                    _flags[i + 1] = (_flags[i + 1] | WordFlags.NamePart) & ~WordFlags.Common;
                }
                else if (_function[i] && _norm[i] == "علي" && NamesAli(i))
                {
                    _function[i] = false;
                    _flags[i] = (_flags[i] | WordFlags.FirstName) & ~WordFlags.Common;
                }
                else if (_norm[i] is "لين" or "ولين" or "فلين" && _text.AsSpan(_tokens[i].Start, _tokens[i].Length).EndsWith("لئن", StringComparison.Ordinal))
                {
                    _function[i] = true; // لئن (even if), not the name لين that the matching form folds it into (ئ → ي)
                    _flags[i] &= ~(WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone);
                }
                else if (_norm[i] is "فان" or "واين" or "فاين" or "وان" && HamzaParticle(_text.AsSpan(_tokens[i].Start, _tokens[i].Length)))
                {
                    // فإن (then indeed), وأين (and where): the particle with its hamza, not Van (فان دايك) or Wayne (واين روني)
                    // that the matching form folds it into (إ، أ → ا)
                    _function[i] = true;
                    _flags[i] &= ~(WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone);
                    for (int r = _readingAt[i]; r < _readingAt[i + 1]; r++)
                    {
                        _readings[r] = _readings[r] with { Flags = _readings[r].Flags & ~(WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone) };
                    }
                }
            }
        }

        /// <summary>فإن، وإن، وأن، وأين، فأين as written: و or ف + a particle with its hamza.</summary>
        private static bool HamzaParticle(ReadOnlySpan<char> written) =>
            written.Length >= 3 && written[0] is 'و' or 'ف' && written[1..] is "إن" or "أن" or "أين" or "إنّ" or "أنّ";

        /// <summary>
        /// True when a word is a title or the first word of a longer one (رئيس in رئيس الوزراء), but not a given name that
        /// opens a longer title only (آية in آية الله).
        /// </summary>
        private bool StartsTitle(string word) =>
            _rules.Titles.Root.Child(word) is { } node && (node.Entry is not null || !_rules.GivenNamesOpeningTitles.Contains(word));

        /// <summary>As <see cref="StartsTitle(string)"/> for token <paramref name="t"/>, where a given name that opens a title does so before the title's next word (آية الله).</summary>
        private bool StartsTitle(int t) =>
            _rules.Titles.Root.Child(_norm[t]) is { } node &&
            (node.Entry is not null || !_rules.GivenNamesOpeningTitles.Contains(_norm[t]) || (t + 1 < Count && Joined(t + 1) && node.Child(_norm[t + 1]) is not null));

        /// <summary>
        /// True when token <paramref name="i"/>, matched as the preposition على, is the given name علي: the name and
        /// على written with ي (as some papers write it) share one matching form, so the text's own ي and a patronymic
        /// or a name word beside it decide (بن علي، علي بن، علي لاريجاني; never علي الأرض).
        /// </summary>
        private bool NamesAli(int i)
        {
            if (_text[_tokens[i].End - 1] != 'ي')
            {
                return false;
            }

            if (i > 0 && Joined(i) && _norm[i - 1] is "بن" or "ابن" or "بنت" or "ابو" or "ابي")
            {
                return true;
            }

            if (i + 1 >= Count || !Joined(i + 1) || _tokens[i + 1].Kind != TokenKind.ArabicWord || _function[i + 1] ||
                _rootNode[i + 1]?.Entry is { Kind: not GazetteerKind.Person })
            {
                return false;
            }

            string next = _norm[i + 1];
            WordFlags f = _flags[i + 1];
            return next is "بن" or "ابن" or "عبد" ||
                   ((f & WordFlags.Common) == 0 && ((f & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) != 0 || !next.StartsWith("ال", StringComparison.Ordinal) ||
                    AfterTitleOrNationality(i)));
        }

        /// <summary>
        /// True when token <paramref name="i"/>, written علي with ي, and أكبر or أصغر after it are the compound given name
        /// before a surname: a word without the article that is neither a function word nor an ordinary one (علي أكبر
        /// صالحي), not a noun phrase (على أكبر عدد، علي أكبر بثلاثة أضعاف).
        /// </summary>
        private bool CompoundAli(int i)
        {
            if (_text[_tokens[i].End - 1] != 'ي' || i + 2 >= Count || !Joined(i + 1) || !Joined(i + 2) || _norm[i + 1] is not ("اكبر" or "اصغر") ||
                _tokens[i + 2].Kind != TokenKind.ArabicWord)
            {
                return false;
            }

            string surname = _norm[i + 2];
            return surname.Length >= 3 && !surname.StartsWith("ال", StringComparison.Ordinal) && !_rules.Function.Contains(surname) &&
                (_gaz.FlagsOf(surname) & WordFlags.Common) == 0 && surname[0] is not ('ب' or 'ل' or 'ك');
        }

        /// <summary>
        /// A title or a nationality just before token <paramref name="i"/> (الوزير علي الكوكباني، الحكم الإيراني علي …): a
        /// name follows it, not a preposition, so علي there is the name even before a family name with the article.
        /// </summary>
        private bool AfterTitleOrNationality(int i) =>
            i > 0 && Joined(i) && _tokens[i - 1].Kind == TokenKind.ArabicWord &&
            (_rules.Titles.Root.Child(_norm[i - 1])?.Entry is not null || Single(i - 1, GazetteerKind.Nationality) is not null);

        /// <summary>Each token's matching form.</summary>
        public string[] Forms => _norm;

        /// <summary>The readings of token i (see <see cref="Analyze"/>): the word itself first.</summary>
        private ReadOnlySpan<Option> Options(int i) => _readings.AsSpan(_readingAt[i], _readingAt[i + 1] - _readingAt[i]);

        /// <summary>Gives the rented per-token arrays back (cleared of references); the run is not used after.</summary>
        public void Release()
        {
            ArrayPool<WordFlags>.Shared.Return(_flags);
            Array.Clear(_rootNode, 0, Count);
            ArrayPool<Gazetteer.Node?>.Shared.Return(_rootNode);
            ArrayPool<bool>.Shared.Return(_function);
            ArrayPool<int>.Shared.Return(_ruleStarts);
            ArrayPool<int>.Shared.Return(_readingAt);
            Array.Clear(_readings, 0, _readingCount);
            ArrayPool<Option>.Shared.Return(_readings);
            ArrayPool<bool>.Shared.Return(_taken);
            Array.Clear(_candidates, 0, _candidateCount);
            ArrayPool<Candidate>.Shared.Return(_candidates);
        }

        /// <summary>
        /// A cleared flag per token and one more, for the steps that mark the tokens their candidates take (one at a
        /// time: each step takes it anew).
        /// </summary>
        private bool[] Taken()
        {
            Array.Clear(_taken, 0, Count + 1);
            return _taken;
        }

        private void AddReading(Option o) => Append(ref _readings, ref _readingCount, o);

        /// <summary>Appends to a rented buffer, trading it for a rented one twice as long when full.</summary>
        private static void Append<T>(ref T[] buffer, ref int count, T item)
        {
            if (count == buffer.Length)
            {
                T[] larger = ArrayPool<T>.Shared.Rent(Math.Max(16, buffer.Length * 2));
                buffer.AsSpan().CopyTo(larger);
                Array.Clear(buffer);
                ArrayPool<T>.Shared.Return(buffer);
                buffer = larger;
            }

            buffer[count++] = item;
        }

        /// <summary>The original length of the first <paramref name="normalizedLength"/> normalized characters of token i.</summary>
        private int OriginalPrefix(int i, int normalizedLength)
        {
            ArabicNormalizer normalizer = ArabicNormalizer.Matching;
            ReadOnlySpan<char> span = _text.AsSpan(_tokens[i].Start, _tokens[i].Length);
            if (normalizer.IsNormalized(span))
            {
                return normalizedLength;
            }

            if (normalizer.GetMaxNormalizedLength(span.Length) <= 128)
            {
                // A word: normalized on the stack with each character's original start (what Normalize's map gives),
                // not into a string, a copy and a map per call.
                Span<char> chars = stackalloc char[128];
                Span<int> starts = stackalloc int[128];
                Span<int> ends = stackalloc int[128];
                normalizer.TryNormalize(span, chars, starts, ends, out int written);
                if ((uint)normalizedLength <= (uint)written)
                {
                    return normalizedLength == written ? span.Length : starts[normalizedLength];
                }
            }

            return normalizer.Normalize(span.ToString()).ToOriginal(normalizedLength);
        }

        private int Count => _tokens.Length;

        /// <summary>The longest word <see cref="FeminineNounWithPronoun"/> reads as a noun with its pronoun.</summary>
        private const int MaxNounChars = 32;

        /// <summary>The most names <see cref="PlaceList"/> reads after one descriptor.</summary>
        private const int MaxListedPlaces = 8;

        public List<Entity> Execute(float minimumConfidence, ModelMention[] model, float[] outside)
        {
            for (int i = 0; i < Count; i++)
            {
                if (!IsWord(i))
                {
                    if (_tokens[i].Kind == TokenKind.Hashtag)
                    {
                        Hashtag(i);
                    }
                    else if (_tokens[i].Kind == TokenKind.Punctuation)
                    {
                        QuotedName(i);
                    }

                    continue;
                }

                GazetteerMatches(i);
                PlaceList(i);
                if (_ruleStarts[i] != 0)
                {
                    // Each of these starts from a phrase of one of the closed lists at token i (and does nothing when
                    // BestMatch finds none there), so a word that starts no such phrase, most words, skips the calls.
                    InstitutionNisba(i);
                    StateName(i);
                    CompassRegion(i);
                    OrganizationHead(i);
                    DefiniteOrganization(i);
                    PlaceDescriptor(i);
                    MediaWordName(i);
                    ConstructInstitution(i);
                    TitledPerson(i);
                    SpeakerPerson(i);
                    MediaHeadName(i);
                    AgencyOfOrganization(i);
                }

                FirstNamePerson(i);
            }

            if (_namedPlaces is not null)
            {
                NamedPlacesAgain();
            }

            List<Candidate> chosen = Resolve(room: model.Length);
            Clubs(chosen);
            ClubMentions(chosen);
            ShortNames(chosen);
            CountriesAsNisbas(chosen);
            OmanOrAmman(chosen);
            DropOrdinaryListPlaces(chosen, model);
            DropWhereModelSureOfNone(chosen, outside);
            AddModelMentions(chosen, model);
            DropNounsReadAsPlaces(chosen);
            DottedAcronyms(chosen);
            StationNames(chosen);
            SportFederations(chosen);
            CityClubs(chosen);
            ClubAndCity(chosen, model);
            PlacesNamedAfterPersons(chosen);
            SaintPrefixes(chosen);
            PlaceAndItsFirstWord(chosen, model);
            JoinPersonParts(chosen);
            TrimPersonEnds(chosen);
            SplitConjoinedNames(chosen);
            SplitAtTitledKin(chosen);
            RestoreArticle(chosen);
            AgenciesOfOrganizations(chosen);
            CoordinatedComplements(chosen);
            chosen = PropagateOrganizations(chosen);
            chosen = PropagatePersons(chosen);
            DropVerbsAfterVerbParticles(chosen);
            return Build(chosen, minimumConfidence);
        }

        /// <summary>
        /// التي أشرف عليها، لم يزيد: a relative pronoun or a verbal particle is followed by a verb, and many given names
        /// are verbs too (أشرف، يزيد، يحيى); a one-word person there, unless the user's, is the verb, and so is a one-word
        /// organization or place (الذي أودى بحياة: not Audi). After غير (not) a person is an adjective (غير صالح). أودى
        /// before بحياة is the verb after any word (انفجار أودى بحياة طفل), and so is أشرف before على (وأشرف عليه المخرج).
        /// Two idioms read as names: في صالح X "in favour of X" (not the given name صالح) and النيل من "undermining"; and
        /// more phrases: a given name that opens a longer title (أمين عام الحزب "the secretary-general", أمين سر), فريد من
        /// نوعه "unique of its kind", صاحب before a word "the holder of" (صاحب المركز الثالث، صاحب الـ31 عاما) and أكبر
        /// before a word "the largest" (أكبر شركة); a time of day before a day word (صباح اليوم); and "right" read as Yemeni (<see cref="RightHandSide"/>).
        /// </summary>
        private void DropVerbsAfterVerbParticles(List<Candidate> chosen) => chosen.RemoveAll(c => ReadAsVerb(c) || InsideTitle(c) || TimeOfDay(c) || RightHandSide(c));

        /// <summary>
        /// الركبة اليمنى، الجهة اليمنى: اليمنى written with ى is "right" (feminine), which the matching form folds into the
        /// nisba اليمني; it names Yemen only right after a title (الرئيس اليمنى, as some papers write final ي).
        /// </summary>
        private bool RightHandSide(Candidate c) =>
            c.Type == EntityType.Nationality && c.Priority < UserPriority && c.TokEnd - c.TokStart == 1 && _text.AsSpan(c.Start, c.End - c.Start) is "اليمنى" &&
            !(c.TokStart > 0 && Joined(c.TokStart) && _rules.Titles.Root.Child(_norm[c.TokStart - 1])?.Entry is not null);

        /// <summary>جدّ صباح اليوم، استقبلت الوزيرة صباح الأحد: a one-word person that is a time of day before a day word.</summary>
        private bool TimeOfDay(Candidate c) =>
            c.Type == EntityType.Person && c.Priority < UserPriority && c.TokEnd - c.TokStart == 1 && c.TokEnd < Count && Joined(c.TokEnd) &&
            _rules.TimesOfDay.Contains(_norm[c.TokStart]) && _rules.DayWords.Contains(_norm[c.TokEnd]);

        /// <summary>أمين عام، أمين سر: a person made only of words of a longer title that starts with it.</summary>
        private bool InsideTitle(Candidate c) =>
            c.Type == EntityType.Person && c.Priority < UserPriority && c.Start == _tokens[c.TokStart].Start && BestMatch(_rules.Titles, c.TokStart).End is int end &&
            end > c.TokStart + 1 && end >= c.TokEnd;

        /// <summary>The test of <see cref="DropVerbsAfterVerbParticles"/>: a one-word candidate that is a verb where it stands.</summary>
        private bool ReadAsVerb(Candidate c)
        {
            int t = c.TokStart;
            if (c.Type is not (EntityType.Person or EntityType.Organization or EntityType.Place) || c.TokEnd - t != 1 || c.Priority >= UserPriority)
            {
                return false;
            }

            if (t > 0 && Joined(t) && c.Start == _tokens[t].Start &&
                (_rules.VerbParticles.Contains(_norm[t - 1]) || (c.Type == EntityType.Person && _norm[t - 1] == "غير" && AdjectiveEnds(c.TokEnd))))
            {
                return true;
            }

            string key = KeyOf(c); // once: a string where a proclitic precedes the candidate
            return (key == "اودي" && TakesLives(c.TokEnd)) ||
                (key is "اشرف" or "واشرف" && c.TokEnd < Count && Joined(c.TokEnd) && _norm[c.TokEnd] is "علي" or "عليه" or "عليها" or "عليهم") ||
                (c.Type == EntityType.Place && key is "النيل" or "لنيل" && UndermineIdiom(t)) ||
                (c.Type == EntityType.Person && key == "صالح" && t > 0 && Joined(t) && _norm[t - 1] is "في" or "وفي" or "ففي") ||
                (c.Type == EntityType.Person && key is "فريد" or "فريده" && t + 2 < Count && Joined(t + 1) && Joined(t + 2) && _norm[t + 1] == "من" &&
                 _norm[t + 2].StartsWith("نوع", StringComparison.Ordinal)) ||
                (c.Type == EntityType.Person && key is "صاحب" or "صاحبه" or "اكبر" && t + 1 < Count && Joined(t + 1) && _tokens[t + 1].Kind == TokenKind.ArabicWord);
        }

        /// <summary>
        /// تحاول النيل منها، بهدف النيل من أمن المملكة: النيل before من is the verbal noun "undermining", not the Nile,
        /// unless a river's word or على comes before it (مياه النيل من إثيوبيا، سد على النيل من).
        /// </summary>
        private bool UndermineIdiom(int t)
        {
            if (t + 1 >= Count || !Joined(t + 1) || _norm[t + 1] is not ("من" or "منها" or "منه" or "منهم" or "منهما" or "منا" or "مني" or "منك" or "منكم"))
            {
                return false;
            }

            if (t == 0 || !Joined(t) || _tokens[t - 1].Kind != TokenKind.ArabicWord)
            {
                return true;
            }

            string previous = _norm[t - 1];
            if (previous.Length > 3 && previous[0] is 'و' or 'ب' or 'ل' or 'ف')
            {
                previous = previous[1..];
            }

            return previous is not ("نهر" or "مياه" or "ماء" or "حوض" or "ضفاف" or "ضفه" or "ضفتي" or "دلتا" or "وادي" or "منابع" or "مزيج" or "علي");
        }

        /// <summary>انفجار أودى بحياة طفل، وأودى الصراع بحياة الآلاف: "the lives of" after the verb (أودى is Audi to the lists).</summary>
        private bool TakesLives(int end)
        {
            for (int t = end; t < Count && t <= end + 1 && Joined(t); t++)
            {
                if (_norm[t].StartsWith("بحياه", StringComparison.Ordinal) || _norm[t].StartsWith("بحيات", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when nothing after token end - 1 continues a clause with it as the subject: the text ends, a punctuation
        /// mark or a function word follows, or ل/ب + a word (غير صالح للاستهلاك; not غير هيغ موقفه, where غير is the verb).
        /// </summary>
        private bool AdjectiveEnds(int end) =>
            end >= Count || !Joined(end) || _tokens[end].Kind != TokenKind.ArabicWord || _function[end] || _norm[end] is ['ل' or 'ب', _, _, ..];

        /// <summary>
        /// A verbal noun of the forms افتعال and استفعال, no name word of the lists (اختفاء، استقبال): it opens no name, so a
        /// model person opened by one starts after it (اختفاء جمال خاشقجي in a headline).
        /// </summary>
        private bool VerbalNoun(int t)
        {
            string n = _norm[t];
            return _tokens[t].Kind == TokenKind.ArabicWord && NoNameFlag(t) && _text[_tokens[t].Start] == 'ا' && // written with a plain alef (not إستيبان)
                ((n.Length == 6 && n[0] == 'ا' && n[2] == 'ت' && n[4] == 'ا') || (n.Length == 7 && n.StartsWith("است", StringComparison.Ordinal) && n[5] == 'ا'));
        }

        /// <summary>True when the tokens from <paramref name="from"/> to <paramref name="to"/> are place descriptors or شبه only (شبه جزيرة).</summary>
        private bool DescriptorsOnly(int from, int to)
        {
            for (int t = from; t <= to; t++)
            {
                if (_tokens[t].Kind != TokenKind.ArabicWord || (_norm[t] != "شبه" && _rules.PlaceDescriptors.Root.Child(_norm[t])?.Entry is null))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when token <paramref name="t"/> is a word of <see cref="ArabicLexicon.TrafficNouns"/> right after حركة: traffic, not a movement.</summary>
        private bool Traffic(int t) =>
            t > 0 && t < Count && Joined(t) && _rules.TrafficNouns.Contains(_norm[t]) && _norm[t - 1] is "حركه" or "وحركه" or "بحركه" or "لحركه" or "فحركه";

        /// <summary>True when the words from <paramref name="from"/> to <paramref name="to"/> are all indefinite nisbas (إرهابية، دولية), غير allowed before one (غير حكومية).</summary>
        private bool IndefiniteNisbasOnly(int from, int to)
        {
            for (int t = from; t <= to; t++)
            {
                if (_norm[t] == "غير" && t < to && Joined(t + 1))
                {
                    continue;
                }

                if (_tokens[t].Kind != TokenKind.ArabicWord || !IndefiniteNisba(_norm[t]) || !NoNameFlag(t))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// صباح الأحمد الجابر الصباح: a definite word inside a name the model is sure of, before the name's last word, which
        /// the lists know as a name word (the corpus makes the names of a ruling family frequent words of its own); the
        /// model's confidence must reach <paramref name="needed"/>.
        /// </summary>
        private bool InnerFamilyName(ModelMention m, int t, float needed)
        {
            int last = LastTokenStartingBefore(t, m.End);
            return m.Confidence >= needed && last > t && _norm[t].StartsWith("ال", StringComparison.Ordinal) &&
                (_flags[last] & (WordFlags.NamePart | WordFlags.FirstName)) != 0 && _norm[last].StartsWith("ال", StringComparison.Ordinal);
        }

        /// <summary>A definite ordinary word of the lists, no name word, written with ة (المفاجئة، الجديدة).</summary>
        private bool FeminineAdjective(int t) =>
            _tokens[t].Kind == TokenKind.ArabicWord && _norm[t].StartsWith("ال", StringComparison.Ordinal) && (_flags[t] & WordFlags.Common) != 0 && NoNameFlag(t) &&
            EndsWithTaMarbuta(t);

        /// <summary>
        /// A definite word written with ة that no list knows as a name word and that has an adjective's shape: a nisba
        /// (الساحلية، الباريسية) or a participle (المتاخمة، المحيطة), not a place name's second word (حوش الظواهرة).
        /// </summary>
        private bool FeminineAdjectiveShape(int t) =>
            EndsWithTaMarbuta(t) && NoNameFlag(t) && (_norm[t].EndsWith("يه", StringComparison.Ordinal) || _norm[t].StartsWith("الم", StringComparison.Ordinal));

        private bool EndsWithTaMarbuta(int t) => _tokens[t].Length > 0 && _text[_tokens[t].End - 1] == 'ة';

        private bool IsWord(int i) => _tokens[i].Kind is TokenKind.ArabicWord or TokenKind.LatinWord;

        /// <summary>
        /// تفوق على ميسي ورونالدو، سجل سواريز وكافاني: a two-word person whose second word is و + a name is two persons
        /// where each name stands alone (a list's person or person-alone word, or the last word of a longer person of
        /// the document) and و + the name is no name of its own (وليد، وائل stay given names).
        /// </summary>
        private void SplitConjoinedNames(List<Candidate> chosen)
        {
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                int t = c.TokStart + 1;
                if (c.Type != EntityType.Person || c.Priority >= UserPriority || c.TokEnd != t + 1 || c.End != _tokens[t].End || !Joined(t) ||
                    _norm[t] is not ['و', _, _, _, ..] || !NoNameFlag(t) || !NameAlone(_norm[c.TokStart]) || !NameAlone(_norm[t][1..]))
                {
                    continue;
                }

                int start = _tokens[t].Start + 1;
                chosen[n] = c with { TokEnd = t, End = _tokens[c.TokStart].End, Canonical = OriginalText(c.Start, _tokens[c.TokStart].End) };
                chosen.Insert(n + 1, c with { TokStart = t, Start = start, Canonical = OriginalText(start, c.End) });
                n++;
            }
        }

        /// <summary>A word that names a person alone: a list's person or person-alone word, or the last word of a longer person of the document.</summary>
        private bool NameAlone(string w)
        {
            if ((_gaz.FlagsOf(w) & (WordFlags.PersonAlone | WordFlags.Common)) == WordFlags.PersonAlone || _gaz.Root.Child(w)?.Entry is { Kind: GazetteerKind.Person })
            {
                return true;
            }

            foreach (var (_, last) in _namedPersons ?? [])
            {
                if (last == w)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// الأمير جورج ابن الأمير وليام: a kin word and a title inside a person (ابن الأمير، بنت الملك، نجل الرئيس) start
        /// another person's mention; the guidelines leave titles out of persons, so the two names are two persons
        /// (جورج، وليام), not one running through the title (whose canonical name every later جورج took).
        /// </summary>
        private void SplitAtTitledKin(List<Candidate> chosen)
        {
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                if (c.Type != EntityType.Person || c.Priority >= UserPriority)
                {
                    continue;
                }

                for (int t = c.TokStart + 1; t + 1 < c.TokEnd; t++)
                {
                    // a name after the title, not a chain of names (حمزة بن السيد بن حمودة: السيد is a given name there)
                    if (_norm[t] is "ابن" or "بن" or "بنت" or "نجل" or "نجله" or "شقيق" or "شقيقه" or "حفيد" or "حفيده" &&
                        _rules.Titles.Root.Child(_norm[t + 1])?.Entry is not null && Joined(t + 1) && t + 2 < c.TokEnd && !_rules.NameConnectors.Contains(_norm[t + 2]))
                    {
                        int start = _tokens[t + 2].Start;
                        chosen[n] = c with { TokEnd = t, End = _tokens[t - 1].End, Canonical = OriginalText(c.Start, _tokens[t - 1].End) };
                        chosen.Insert(n + 1, c with { TokStart = t + 2, Start = start, Canonical = OriginalText(start, c.End) });
                        break;
                    }
                }
            }
        }

        /// <summary>
        /// A person never ends in a connector (بن، عبد، فان: also the particle فإن), in the article written apart before a
        /// number (صلاح الـ36; ابن الـ31 عاما is no person at all), or a connector and a kin word with a pronoun (ابن عمه), and at
        /// neither edge in a word that the text shows to be an ordinary word with a pronoun: a preposition + a word + ه
        /// written as ه, not ة (باسمه، ببرنامجه، لتسأله), or an imperfect verb + ها/هم (تسبقها). The walks that lengthen a
        /// name read the matching form, which folds ة into ه; these words are trimmed where the text says which it is.
        /// The model's persons (whose ends it guesses) also lose a last definite ordinary word written with ة after a
        /// first word without it (زيارة تميم المفاجئة): the adjective agrees with the noun before the name; and an opening
        /// verbal noun (<see cref="VerbalNoun"/>).
        /// </summary>
        private void TrimPersonEnds(List<Candidate> chosen)
        {
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                if (c.Type != EntityType.Person || c.Priority >= UserPriority)
                {
                    continue;
                }

                int end = c.TokEnd;
                while (end - 1 > c.TokStart)
                {
                    if (_norm[end - 1] is "بن" or "ابن" or "بنت" or "عبد" or "ابو" or "فان" or "فون" || WrittenArticle(end - 1) || OrdinaryWithPronoun(end - 1) || NeverInName(end - 1) || AlaBeforeOrdinary(end - 1) ||
                        NeverEndsName(end - 1) ||
                        (_norm[end - 1] is "هو" or "هي" && _function[end - 1]) || // صلاح هو الأفضل
                        (c.Priority == 0 && end == c.TokEnd && FeminineAdjective(end - 1) && !EndsWithTaMarbuta(c.TokStart)))
                    {
                        end--;
                    }
                    else if (end - 2 > c.TokStart && _norm[end - 2] is "بن" or "ابن" or "بنت" && KinWithPronoun(end - 1))
                    {
                        end -= 2; // صدام حسين ابن عمه: his cousin
                    }
                    else
                    {
                        break;
                    }
                }

                if (end < c.TokEnd && end - 1 == c.TokStart && _norm[c.TokStart] is "بن" or "ابن" or "بنت" or "عبد" or "ابو" && WrittenArticle(c.TokEnd - 1))
                {
                    chosen.RemoveAt(n--); // ابن الـ31 عاما: "aged 31", no name
                    continue;
                }

                end = BeforeLetteredName(c.TokStart, end);
                int start = c.TokStart;
                bool phrase = false;
                bool verb = false; // اكتفى بتبليغ: after a verb, what follows may be its prepositional object
                while (start < end - 1)
                {
                    bool never = NeverInName(start);
                    bool preposition = (start == c.TokStart ? c.Start == _tokens[start].Start : verb) && PrepositionAndOrdinary(start);
                    if (!(never || preposition || OrdinaryWithPronoun(start) || PossessedNoun(start) || (c.Priority == 0 && start == c.TokStart && VerbalNoun(start)) || TitleTail(start) ||
                          (start == c.TokStart && AlaAfterWord(start, c.Start)) ||
                          (phrase && NoNameFlag(start) &&
                           ((_flags[start] & WordFlags.Common) != 0 || _norm[start].StartsWith("ال", StringComparison.Ordinal)))))
                    {
                        break;
                    }

                    // المتحدث باسمه + a name, استقبل ضيفه + a name, رئيس الغرفة لأصحاب المخابز + a name: "in his name",
                    // "his guest", "for the owners of the bakeries" are no part of it
                    phrase |= preposition;
                    verb |= never;
                    start++;
                }

                if ((phrase && !HasNameWord(start, end) && !NameLike(start)) || (start == end - 1 && (NeverInName(start) || (verb && WithPreposition(start)) || TitleTail(start) || LoneAla(start, start == c.TokStart ? c.Start : _tokens[start].Start))))
                {
                    chosen.RemoveAt(n--); // بسرطان القولون، لقوات الدرك، لبلدية نيويورك: a prepositional phrase, and no name after it
                    continue;
                }

                if (end < c.TokEnd || start > c.TokStart)
                {
                    int charStart = start > c.TokStart ? _tokens[start].Start : c.Start;
                    int charEnd = _tokens[end - 1].End;
                    string canonical = c.Canonical == OriginalText(c.Start, c.End) ? OriginalText(charStart, charEnd) : c.Canonical;
                    chosen[n] = c with { TokStart = start, TokEnd = end, Start = charStart, End = charEnd, Canonical = canonical };
                }
            }
        }

        /// <summary>صلاح الـ36: the article written apart before a number (ال or الـ, not إل nor آل), never the end of a name.</summary>
        private bool WrittenArticle(int t) =>
            _tokens[t].Kind == TokenKind.ArabicWord && _text.AsSpan(_tokens[t].Start, _tokens[t].Length).TrimEnd('\u0640') is "ال";

        /// <summary>
        /// حصل صلاح على جائزة، شدد حمزة على أن: على written with ى before a word no list knows as a name word is the
        /// preposition, not the given name علي that Egyptian papers also write so (محمد على، أحمد على محمد keep it).
        /// </summary>
        private bool AlaBeforeOrdinary(int t) =>
            _norm[t] == "علي" && _text[_tokens[t].End - 1] == 'ى' && t + 1 < Count && Joined(t + 1) && _tokens[t + 1].Kind == TokenKind.ArabicWord && NoNameFlag(t + 1);

        /// <summary>
        /// يجب على صلاح، يعول المنتخب على صلاح، وعلى رأسهم: على written with ى after an ordinary word (no name word of the
        /// lists, no nationality, no title, no verb of saying) is the preposition even before a name, not the given name علي
        /// (الوزير على المصيلحي، التونسي على معلول، وقال على إن، محمد على keep it); <paramref name="start"/> is where the
        /// candidate starts in token t (after و in وعلى). A person of على alone is also the preposition before an ordinary
        /// word (المدرب وعلى رأسهم: after a title too), as <see cref="LoneAla"/> tells.
        /// </summary>
        private bool LoneAla(int t, int start) =>
            AlaAfterWord(t, start) || (_text.AsSpan(start, _tokens[t].End - start) is "على" && t + 1 < Count && Joined(t + 1) && _tokens[t + 1].Kind == TokenKind.ArabicWord && NoNameFlag(t + 1));

        private bool AlaAfterWord(int t, int start) =>
            _text.AsSpan(start, _tokens[t].End - start) is "على" && t > 0 && Joined(t) && _tokens[t - 1].Kind == TokenKind.ArabicWord &&
            NoNameFlag(t - 1) && Single(t - 1, GazetteerKind.Nationality) is null &&
            !AfterTitle(t) && BestMatch(_rules.CueVerbs, t - 1).End != t;

        /// <summary>
        /// وزير العدل غازي الجريبي، وزير خارجيته ريكس تيلرسون: token t ends a title that starts before it (a ministry a list
        /// knows as a name word, العدل, or any definite ministry or one with a pronoun after وزير), so no person starts with it.
        /// </summary>
        private bool TitleTail(int t)
        {
            if (t == 0 || !Joined(t) || _tokens[t].Kind != TokenKind.ArabicWord)
            {
                return false;
            }

            for (int k = t - 1; k >= 0 && k >= t - 2; k--)
            {
                if (BestMatch(_rules.Titles, k).End > t)
                {
                    return true;
                }
            }

            // after وزير or وزيرة, a definite noun or one with a pronoun is the ministry (وزيرة العدل، وزير خارجيته)
            string w = _norm[t], previous = _norm[t - 1];
            return previous is "وزير" or "وزيره" or "ووزير" or "ووزيره" or "لوزير" or "لوزيره" or "بوزير" or "بوزيره" && (_flags[t] & WordFlags.FirstName) == 0 &&
                (w.StartsWith("ال", StringComparison.Ordinal) || w.EndsWith("يته", StringComparison.Ordinal) || w.EndsWith("يتها", StringComparison.Ordinal) ||
                 w.EndsWith("يتهم", StringComparison.Ordinal));
        }

        /// <summary>
        /// للحكومة المصرية: the span leaves out the first ل (ل + الحكومة, the article's alef dropped), so a name read from
        /// the text lacks its article; a definite nisba after the head (المصرية) says the head was definite too, unlike a
        /// construct (للجنة التقييم, ل + لجنة), so the canonical name gets its article back: الحكومة المصرية. A span that
        /// still starts with both ل (the model's) loses the first, and an organization's canonical name gets ال (للجزيرة → الجزيرة).
        /// </summary>
        private void RestoreArticle(List<Candidate> chosen)
        {
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                if (c.Start == _tokens[c.TokStart].Start && _tokens[c.TokStart].Length >= 5 && c.End - c.Start >= 5 && _text[c.Start] == 'ل' && _text[c.Start + 1] == 'ل' &&
                    _tokens[c.TokStart].Kind == TokenKind.ArabicWord && c.Canonical == OriginalText(c.Start, c.End))
                {
                    // the model's للجزيرة: its span keeps both ل (the model strips no ل before ل); the guidelines leave out the first
                    string rest = OriginalText(c.Start + 1, c.End);
                    c = c with { Start = c.Start + 1, Canonical = c.Type == EntityType.Organization ? "ا" + rest : rest };
                    chosen[n] = c;
                    continue;
                }

                if (c.Type == EntityType.Organization && c.TokEnd - c.TokStart >= 2 && c.Start > _tokens[c.TokStart].Start && _text[c.Start] == 'ل' &&
                    _text[c.Start - 1] == 'ل' && IsAdjective(_norm[c.TokStart + 1]) && c.Canonical == OriginalText(c.Start, c.End))
                {
                    chosen[n] = c with { Canonical = "ال" + c.Canonical[1..] };
                }
                else if (c.Type == EntityType.Person && c.TokEnd - c.TokStart == 1 && c.Start > _tokens[c.TokStart].Start && _text[c.Start] == 'ل' &&
                         _text[c.Start - 1] == 'ل' && c.Canonical == OriginalText(c.Start, c.End))
                {
                    chosen[n] = c with { Canonical = "ال" + c.Canonical[1..] }; // للحريري: the surname الحريري
                }
            }
        }

        /// <summary>
        /// ماي الخميس، أبي الأسبوع الماضي، صلاح على "تويتر"، وودورد لترامب: a day or time word, the preposition على as
        /// written (with ى), or ل or ب before a name known alone (the person the words after a name speak to or of) ends
        /// no person.
        /// </summary>
        private bool NeverEndsName(int t)
        {
            if (_tokens[t].Kind != TokenKind.ArabicWord)
            {
                return false;
            }

            string n = _norm[t];
            if (_rules.DayWords.Contains(n) || n is "الاسبوع" or "الشهر" or "العام" or "الماضي" or "المقبل" || _text.AsSpan(_tokens[t].Start, _tokens[t].Length) is "على" or "وعلى")
            {
                return true;
            }

            if (n.Length <= 4 || n[0] is not ('ل' or 'ب') || n.StartsWith("ال", StringComparison.Ordinal) || !NoNameFlag(t))
            {
                return false;
            }

            WordFlags rest = _gaz.FlagsOf(n.AsSpan(1));
            return (rest & WordFlags.PersonAlone) != 0 && (rest & WordFlags.Common) == 0;
        }

        /// <summary>
        /// True when token t, with no name flag of its own, is a function word as written (حينذاك ديميتري ميدفيديف) or, by
        /// its letters, a past verb of the derived forms افتعل or استفعل (افتتح ميسي، استند الزفزافي، رامز اقتبس): no
        /// person word of ANERcorp train and no name of the lists has these shapes, and a headline or a sentence
        /// starting with the verb runs it into the name after it.
        /// </summary>
        private bool NeverInName(int t) =>
            _tokens[t].Kind == TokenKind.ArabicWord && NoNameFlag(t) &&
            (WrittenFunctionWord(t) || DerivedPastVerb(_norm[t]));

        /// <summary>True when a matching form (with و or ف before it, or none) is written as a past verb of form VIII or X.</summary>
        private static bool DerivedPastVerb(ReadOnlySpan<char> n)
        {
            if (n.Length >= 6 && n[0] is 'و' or 'ف' && DerivedPastVerb(n[1..]))
            {
                return true;
            }

            static bool Consonant(char c) => c is not ('ا' or 'و' or 'ي');

            // افتعل، افتعلت (اعتبر، التقى → التقي، انتهت); the last root letter may be ى, which the matching form writes ي
            if (n.Length is 5 or 6 && n[0] == 'ا' && n[2] == 'ت' && Consonant(n[1]) && Consonant(n[3]) &&
                (n.Length == 5 ? n[4] is not ('ا' or 'و') : Consonant(n[4]) && n[5] == 'ت'))
            {
                return true;
            }

            // استفعل، استفعلت (استقبل، استهدفت)
            return n.Length is 6 or 7 && n.StartsWith("است", StringComparison.Ordinal) && Consonant(n[3]) && Consonant(n[4]) &&
                   (n.Length == 6 ? n[5] is not ('ا' or 'و') : Consonant(n[5]) && n[6] == 'ت');
        }

        /// <summary>True when a token of [start, end) is a word the lists know in names.</summary>
        private bool HasNameWord(int start, int end)
        {
            for (int t = start; t < end; t++)
            {
                if (!NoNameFlag(t))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when token t could be an unknown name: no ordinary word, no article, no list entry of its own (دياكيه).</summary>
        private bool NameLike(int t) =>
            _tokens[t].Kind == TokenKind.ArabicWord && (_flags[t] & WordFlags.Common) == 0 && !_norm[t].StartsWith("ال", StringComparison.Ordinal) &&
            _rootNode[t]?.Entry is null or { Kind: GazetteerKind.Person };

        /// <summary>
        /// وقال وائل شوقي لبي بي سي: a person that ends in ل or ب + a Latin letter name and more letter names (to the BBC)
        /// ends before them; returns the new end (<paramref name="end"/> when there is nothing to cut).
        /// </summary>
        private int BeforeLetteredName(int start, int end)
        {
            int k = end;
            while (k - 1 > start && _rules.LetterNames.Contains(_norm[k - 1]))
            {
                k--;
            }

            if (k == end || k - 1 <= start)
            {
                return end;
            }

            string w = _norm[k - 1];
            return w.Length >= 3 && w[0] is 'ل' or 'ب' && _rules.LetterNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.AsSpan(1)) ? k - 1 : end;
        }

        /// <summary>True when token t, with no name flag, starts with ب، ل or ك and is no name a list knows (بتبليغ after اكتفى).</summary>
        private bool WithPreposition(int t) =>
            _tokens[t].Kind == TokenKind.ArabicWord && _norm[t].Length >= 5 && _norm[t][0] is 'ب' or 'ل' or 'ك' &&
            NoNameFlag(t) && _rootNode[t]?.Entry is null;

        /// <summary>True when token t is ب، ل or ك + a frequent ordinary word (لأصحاب), with no name flag of its own.</summary>
        private bool PrepositionAndOrdinary(int t)
        {
            string n = _norm[t];
            return _tokens[t].Kind == TokenKind.ArabicWord && n.Length >= 5 && n[0] is 'ب' or 'ل' or 'ك' && !n.StartsWith("لل", StringComparison.Ordinal) &&
                   NoNameFlag(t) && Ordinary(n.AsSpan(1));
        }

        /// <summary>True when token t is an ordinary noun + ه، ها، هم as the text writes it (ضيفه، نظيرها), with no name flag.</summary>
        private bool PossessedNoun(int t)
        {
            string n = _norm[t];
            if (_tokens[t].Kind != TokenKind.ArabicWord || n.Length < 4 || !NoNameFlag(t))
            {
                return false;
            }

            int suffix = PronounSuffix(t);
            return suffix > 0 && n.Length - suffix >= 3 && Ordinary(n.AsSpan(0, n.Length - suffix)); // not برهم، لمها
        }

        /// <summary>True when token t is, by its written letters, an ordinary word + ه، ها، هم (عمه، أخيه، عمها) with no name flag.</summary>
        private bool KinWithPronoun(int t)
        {
            string n = _norm[t];
            int suffix = PronounSuffix(t);
            return suffix > 0 && n.Length - suffix >= 2 && _tokens[t].Kind == TokenKind.ArabicWord && (_flags[t] & (WordFlags.FirstName | WordFlags.PersonAlone)) == 0 &&
                   Ordinary(n.AsSpan(0, n.Length - suffix));
        }

        /// <summary>How many letters of token t are a pronoun as the text writes it: 2 for ها or هم, 1 for ه (not a ة that the matching form folds into ه), else 0.</summary>
        private int PronounSuffix(int t)
        {
            ReadOnlySpan<char> raw = _text.AsSpan(_tokens[t].Start, _tokens[t].Length);
            return raw.EndsWith("ها", StringComparison.Ordinal) || raw.EndsWith("هم", StringComparison.Ordinal) ? 2 : raw[^1] == 'ه' ? 1 : 0;
        }

        /// <summary>True when the lists call <paramref name="word"/> (a matching form) a frequent ordinary word.</summary>
        private bool Ordinary(ReadOnlySpan<char> word) => (_gaz.FlagsOf(word) & WordFlags.Common) != 0;

        /// <summary>True when token t is, by its written letters, an ordinary word with a pronoun (see <see cref="TrimPersonEnds"/>).</summary>
        private bool OrdinaryWithPronoun(int t)
        {
            string n = _norm[t];
            if (_tokens[t].Kind != TokenKind.ArabicWord || n.Length < 5 || (_flags[t] & (WordFlags.FirstName | WordFlags.PersonAlone)) != 0)
            {
                return false;
            }

            // ببرنامجه: a preposition + a noun + ه; تسبقها: an imperfect verb + its object; باسمها: a preposition + a noun + its owner
            bool ordinary = PronounSuffix(t) switch
            {
                1 => n[0] is 'ب' or 'ل' && Ordinary(n.AsSpan(1, n.Length - 2)),
                2 => n[0] is 'ت' or 'ي' ? Ordinary(n.AsSpan(0, n.Length - 2)) : n[0] is 'ب' or 'ل' && n.Length >= 6 && Ordinary(n.AsSpan(1, n.Length - 3)),
                _ => false,
            };
            return ordinary || FeminineNounWithPronoun(t);
        }

        /// <summary>
        /// جولته، نصيحته، صدارتهم، مساندتهما: an ordinary feminine noun (its ة written ت before the pronoun) with a
        /// possessive pronoun, which ends no name (وليام جولته: William, then his tour).
        /// </summary>
        private bool FeminineNounWithPronoun(int t)
        {
            ReadOnlySpan<char> raw = _text.AsSpan(_tokens[t].Start, _tokens[t].Length);
            int pronoun = raw.EndsWith("تهما", StringComparison.Ordinal) ? 3 : raw.EndsWith("تها", StringComparison.Ordinal) || raw.EndsWith("تهم", StringComparison.Ordinal) ? 2 :
                raw.EndsWith("ته", StringComparison.Ordinal) ? 1 : 0;
            string n = _norm[t];
            if (pronoun == 0 || n.Length - pronoun < 4 || n.Length > MaxNounChars)
            {
                return false; // (no noun is longer: the stem below is on the stack)
            }

            // the noun with its ة, as the matching form writes it (ه): جولته → جوله
            Span<char> stem = stackalloc char[n.Length - pronoun];
            n.AsSpan(0, stem.Length - 1).CopyTo(stem);
            stem[^1] = 'ه';
            return Ordinary(stem) || (stem[0] is 'ب' or 'ل' && Ordinary(stem[1..]));
        }

        /// <summary>
        /// A person the rules found from context alone (no word of it a name the lists know, no hashtag, no list or user
        /// entry) where the model is sure every token is none and the unlabelled corpus never sees its words inside a
        /// name (the model's silver codes): المتهمة غادرت، الوزير إيضاحات، الإضراب والحداد. Over five folds of ANERcorp train +0.4 PERS F1
        /// (precision 75.4 → 76.4, recall the same); on 2,000 corpus articles 51 such persons, none a name. Also a one-word
        /// person only because a list takes the word for a person alone (ANERcorp's few sentences made غريب one) where the
        /// model's best path says none (probability of O from 0.5) and the corpus seldom sees the word in a person, unless a
        /// name word or a verb of saying stands beside it (شعور غريب, مصدر رزق; but وقال غريب إن): 167 of the corpus's
        /// persons, about five of them names (the five folds' PERS +0.01).
        /// </summary>
        private void DropWhereModelSureOfNone(List<Candidate> chosen, float[] outside)
        {
            chosen.RemoveAll(c =>
            {
                if (c.Type != EntityType.Person || c.Priority >= UserPriority || BestMatch(_gaz, c.TokStart) is (int end, { Kind: GazetteerKind.Person }, _) && end == c.TokEnd)
                {
                    return false; // a name a list or the user gives is no guess from context
                }

                // the one-word person of a list's person-alone flag (GazetteerMatches; a speaker after a cue verb is kept below)
                bool lone = c.TokEnd - c.TokStart == 1 && c.Priority == 2 && c.Confidence == 0.6f && (_flags[c.TokStart] & WordFlags.FirstName) == 0 && !NameOrCueBeside(c.TokStart);
                for (int t = c.TokStart; t < c.TokEnd; t++)
                {
                    if ((lone ? Math.Abs(outside[t]) < 0.5f : outside[t] < SureOfNone) || _tokens[t].Kind == TokenKind.Hashtag || (!lone && !NoNameFlag(t)))
                    {
                        return false;
                    }
                }

                return true;
            });
        }

        /// <summary>
        /// A name word of the lists right before or after token t, or a verb of saying right before it (وقال X); not a
        /// function word or an ordinary word that some name list also holds (من، نجم: تصريح غريب من …، نجم غريب).
        /// </summary>
        private bool NameOrCueBeside(int t)
        {
            return (t > 0 && Joined(t) && (NameWordBeside(t - 1) || BestMatch(_rules.CueVerbs, t - 1).End == t)) ||
                (t + 1 < Count && Joined(t + 1) && NameWordBeside(t + 1));
        }

        private bool NameWordBeside(int k) => !NoNameFlag(k) && !_function[k] && (_flags[k] & WordFlags.Common) == 0;

        /// <summary>True when nothing but spaces (no line break) separates token i-1 from token i.</summary>
        private bool Joined(int i)
        {
            for (int c = _tokens[i - 1].End; c < _tokens[i].Start; c++)
            {
                if (_text[c] is '\n' or '\r')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The readings of a word after the word itself: without each proclitic that leaves a word some list knows,
        /// added to <see cref="_readings"/>; returns their rule bits (<see cref="RuleSets.WordClasses"/>), or-ed.
        /// </summary>
        private int Analyze(string w, int token, RuleSets rules)
        {
            if (w.Length < 3 || w[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك') || (_flags[token] & WordFlags.WholeWord) != 0)
            {
                return 0; // بتاتا is "at all", not ب + a town: the corpus writes it more often than the town
            }

            int tokenStart = _tokens[token].Start;
            int bits = 0;
            foreach (string p in Proclitics)
            {
                if (w.Length - p.Length < 2 || !StartsWith(w, p))
                {
                    continue;
                }

                ReadOnlySpan<char> rest = w.AsSpan(p.Length);
                int start = -1;
                bool assimilated = p[^1] == 'ل' && rest.Length > 2 && rest[0] == 'ل' && rest[1] != 'ل';

                // للحج is ل + الحج (the article's alef drops after ل), not ل + the town لحج, where the rest after its ل is an
                // ordinary word and the rest itself is not (للجنة: ل + لجنة, the committee)
                bool ordinaryAfterArticle = assimilated && Ordinary(rest[1..]) && !Ordinary(rest);
                if (!ordinaryAfterArticle && Known(rest, rules, out int restBits, out WordFlags restFlags))
                {
                    start = tokenStart + OriginalPrefix(token, p.Length);
                    AddReading(new Option(start, rest.ToString(), restFlags));
                    bits |= restBits;
                }

                if (assimilated)
                {
                    bits |= ArticleReading(rest, start, token, p.Length, rules);
                }
            }

            return bits;
        }

        /// <summary>
        /// للأمريكيين: ل + (ال)أمريكيين, the span keeps the second ل; a string only for a known reading. Apart from
        /// <see cref="Analyze(string, int, RuleSets)"/> so that its buffer on the stack does not have the JIT optimize
        /// that longer method at once (a cost of the cold start).
        /// </summary>
        private int ArticleReading(ReadOnlySpan<char> rest, int start, int token, int procliticLength, RuleSets rules)
        {
            Span<char> article = rest.Length < 64 ? stackalloc char[64] : new char[rest.Length + 1];
            article[0] = 'ا';
            rest.CopyTo(article[1..]);
            ReadOnlySpan<char> withArticle = article[..(rest.Length + 1)];
            if (!Known(withArticle, rules, out int articleBits, out WordFlags articleFlags))
            {
                return 0;
            }

            start = start >= 0 ? start : _tokens[token].Start + OriginalPrefix(token, procliticLength);
            AddReading(new Option(start, withArticle.ToString(), articleFlags));
            return articleBits;
        }

        /// <summary>Ordinal StartsWith of a word longer than a proclitic: the first letters compared inline, most proclitics fail there.</summary>
        private static bool StartsWith(string word, string proclitic) => word[0] == proclitic[0] && word.AsSpan().StartsWith(proclitic);

        /// <summary>
        /// True when a stripped reading can start anything the recognizer looks for; <paramref name="ruleBits"/>: the
        /// rule bits of its <see cref="RuleSets.WordClasses"/>; <paramref name="flags"/>: its gazetteer flags.
        /// </summary>
        private bool Known(ReadOnlySpan<char> word, RuleSets rules, out int ruleBits, out WordFlags flags)
        {
            ruleBits = rules.ClassesOf(word) & ~RuleSets.FunctionBit;
            flags = _gaz.FlagsAndRootChild(word, out Gazetteer.Node? rootChild);
            return flags != WordFlags.None || rootChild is not null || (ruleBits & rules.FirstWordsMask) != 0 || _owner._user?.Root.Child(word) is not null;
        }

        private void Add(int tokStart, int tokEnd, int start, EntityType type, string canonical, string? code, float confidence, int priority)
        {
            int end = _tokens[tokEnd - 1].End;
            if (end > start)
            {
                Append(ref _candidates, ref _candidateCount, new Candidate(tokStart, tokEnd, start, end, type, canonical, code, confidence, priority));
            }
        }

        /// <summary>
        /// True when a definite matching form has an adjective's shape: فعلاء, the feminine of a colour (البيضاء،
        /// الحمراء: ال + three letters + اء), or a plural nisba in يين or يون (الآسيويين).
        /// </summary>
        private static bool AdjectiveShaped(string n) =>
            n.StartsWith("ال", StringComparison.Ordinal) &&
            ((n.Length == 7 && n.EndsWith("اء", StringComparison.Ordinal)) || (n.Length >= 7 && (n.EndsWith("يين", StringComparison.Ordinal) || n.EndsWith("يون", StringComparison.Ordinal))));

        /// <summary>Longest trie match starting at token i read as <paramref name="first"/>.</summary>
        private (int End, GazetteerEntry Entry) Longest(Gazetteer g, string first, int i)
        {
            if (g.RuleBit != 0 && ReferenceEquals(first, _norm[i]) && (_ruleStarts[i] & g.RuleBit) == 0)
            {
                return (-1, default);
            }

            Gazetteer.Node? node = ReferenceEquals(g, _gaz) && ReferenceEquals(first, _norm[i]) ? _rootNode[i] : g.Root.Child(first);
            (int, GazetteerEntry) best = (-1, default);
            int j = i + 1;
            while (node is not null)
            {
                if (node.Entry is { } e)
                {
                    best = (j, e);
                }

                if (j >= _norm.Length || !node.HasChildren || !Joined(j))
                {
                    break;
                }

                node = node.Child(_norm[j]);
                j++;
            }

            return best;
        }

        /// <summary>The longest match of <paramref name="g"/> at token i over its readings; inlined, so that a rule list no reading starts costs a test, not a call.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private (int End, GazetteerEntry Entry, Option Opt) BestMatch(Gazetteer g, int i) =>
            g.RuleBit != 0 && (_ruleStarts[i] & g.RuleBit) == 0
                ? (-1, default, default) // no reading of the token starts a phrase of this list
                : BestMatchOfReadings(g, i);

        private (int End, GazetteerEntry Entry, Option Opt) BestMatchOfReadings(Gazetteer g, int i)
        {
            (int End, GazetteerEntry Entry, Option Opt) best = (-1, default, default);
            foreach (Option o in Options(i))
            {
                var (end, entry) = Longest(g, o.Lookup, i);
                if (end > best.End)
                {
                    best = (end, entry, o);
                }
            }

            return best;
        }

        private void GazetteerMatches(int i)
        {
            if (_owner._user is { } user)
            {
                var (uEnd, uEntry, uOpt) = BestMatch(user, i);
                if (uEnd > 0)
                {
                    Add(i, uEnd, uOpt.Start, TypeOf(uEntry.Kind), uEntry.Canonical, uEntry.CountryCode, uEntry.Confidence, UserPriority);
                }
            }

            var (end, entry, opt) = BestMatch(_gaz, i);
            if (end == i + 1 && entry.Kind == GazetteerKind.Place && entry.Confidence < 0.9f &&
                ((opt.Start > _tokens[i].Start && _rules.PlaceDescriptors.Root.Child(_norm[i])?.Entry is not null) ||
                 (opt.Lookup == "مسقط" && end < Count && Joined(end) && _norm[end].StartsWith("راس", StringComparison.Ordinal))))
            {
                end = -1; // ولايتي = و + a town: the dual of a descriptor; مسقط رأسه: a birthplace, not Muscat
            }

            if (end == i + 1 && entry.Kind is GazetteerKind.Place or GazetteerKind.Organization && entry.Confidence < 0.9f && IsOrdinary(opt.Lookup))
            {
                end = -1; // بوجه = ب + وجه, الشمالية = an adjective: not names, whatever a noisy list says
            }

            if (end == i + 1 && entry.Kind == GazetteerKind.Place && entry.Confidence < 0.9f && opt.Lookup.StartsWith("ال", StringComparison.Ordinal) &&
                (_gaz.FlagsOf(opt.Lookup) & WordFlags.Common) != 0 && !PlaceContext(i))
            {
                end = -1; // القبة: a definite ordinary word that some town is also called, unless a descriptor or في introduces it
            }

            if (end == i + 1 && entry.Kind == GazetteerKind.Place && entry.Confidence < 0.9f && opt.Start == _tokens[i].Start && AdjectiveShaped(opt.Lookup) && i > 0 && Joined(i) &&
                IsDefinite(i - 1) && _tokens[i - 1].Kind == TokenKind.ArabicWord && !_function[i - 1] &&
                _rules.PlaceDescriptors.Root.Child(_norm[i - 1])?.Entry is null && Single(i - 1, GazetteerKind.Nationality) is null)
            {
                end = -1; // القلعة البيضاء، العمال الآسيويين: a colour or a nisba plural agreeing with the definite noun before it, not the town
            }

            if (end == i + 1 && entry.Kind == GazetteerKind.Place && entry.Confidence < 0.9f && _rules.DirectionAdjectives.Root.Child(opt.Lookup)?.Entry is not null)
            {
                end = -1; // مناطقها الشمالية: a direction adjective alone, though a list names a province after it
            }

            if (end == i + 1 && entry.Kind is GazetteerKind.Place or GazetteerKind.Organization && entry.Confidence < 0.9f && end < Count && Joined(end) &&
                Single(end, GazetteerKind.Nationality) is not null && !_norm[end].StartsWith("ال", StringComparison.Ordinal))
            {
                end = -1; // ريال سعودي: a common noun with an indefinite nisba, not a name
            }

            if (end > 0)
            {
                int prio = entry.Kind switch
                {
                    GazetteerKind.Country => 6,
                    GazetteerKind.Nationality => 5,
                    GazetteerKind.Organization => 5,
                    GazetteerKind.Place => 4,
                    _ => 3,
                };
                Add(i, end, opt.Start, TypeOf(entry.Kind), entry.Canonical, entry.CountryCode, entry.Confidence, prio);
                if (entry.Kind == GazetteerKind.Organization && end < Count && Joined(end) && IsAdjective(_norm[end]) && Single(end, GazetteerKind.Nationality) is null &&
                    _rootNode[end] is not { Entry: not null } && (end - i >= 2 || opt.Lookup.StartsWith("ال", StringComparison.Ordinal)) &&
                    !_rules.RelationalAdjectives.Contains(_norm[end]) && Agrees(opt.Lookup, _norm[end]))
                {
                    // مجلس الأمن القومي: a known organization + an institutional adjective names another one; a one-word
                    // name without the article is a company's, and the adjective describes it (عائدات نوكيا السنوية); an
                    // adjective that does not agree with the name's head describes a noun before it (ميليشيا حزب الله الإرهابية)
                    Add(i, end + 1, opt.Start, EntityType.Organization, OriginalText(opt.Start, _tokens[end].End), entry.CountryCode, entry.Confidence * 0.8f, prio);
                }

                if (entry.Kind is GazetteerKind.Place or GazetteerKind.Country && end < Count && Joined(end) && Longest(_rules.MediaWords, _norm[end], end).End is int media && media > end)
                {
                    // نيويورك تايمز، القدس برس: a place and a media word name a newspaper or a site
                    Add(i, media, opt.Start, EntityType.Organization, OriginalText(opt.Start, _tokens[media - 1].End), null, 0.8f, prio + 1);
                }

                if (entry.Kind == GazetteerKind.Place && end < Count && Joined(end) && _rules.DirectionAdjectives.Root.Child(_norm[end])?.Entry is not null)
                {
                    Add(i, end + 1, opt.Start, EntityType.Place, OriginalText(opt.Start, _tokens[end].End), entry.CountryCode, entry.Confidence * 0.9f, prio);
                }
            }
            else
            {
                bool wholeCommon = (_flags[i] & WordFlags.Common) != 0;
                foreach (Option o in Options(i))
                {
                    if (wholeCommon && !ReferenceEquals(o.Lookup, _norm[i]))
                    {
                        continue;
                    }

                    if (o.Lookup.Length >= 3 && (o.Flags & WordFlags.PersonAlone) != 0 && !_rules.Function.Contains(o.Lookup) &&
                        !o.Lookup.EndsWith("ها", StringComparison.Ordinal) && !o.Lookup.EndsWith("هم", StringComparison.Ordinal) && !PrepositionAndNoun(o.Lookup, o.Flags) &&
                        _rules.Titles.Root.Child(o.Lookup)?.Entry is null) // البابا alone: a title, which the guidelines leave out of persons
                    {
                        Add(i, i + 1, o.Start, EntityType.Person, OriginalText(o.Start, _tokens[i].End), null, 0.6f, 2);
                        break;
                    }
                }
            }
        }

        /// <summary>
        /// تي.آر.تي، بي.إم.جي: an organization that ends with a Latin letter's Arabic name touching a full stop and two
        /// or more such names, with no space anywhere, is the whole dotted acronym; the candidates inside it give way. A
        /// one-letter candidate inside such an acronym (بي in بي.بي.في.إيه) makes the whole acronym an organization, or
        /// the name that starts inside it and goes on after it (إن.بي.سي نيوز) starts with the acronym, or the organization
        /// that ends with its first letters goes on to its end (أوليس أف.أم).
        /// </summary>
        private void DottedAcronyms(List<Candidate> chosen)
        {
            int kept = 0;
            int coveredTo = -1; // token end of the last acronym extended: later candidates inside it are dropped
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                if (c.TokStart < coveredTo)
                {
                    continue;
                }

                if (c.TokEnd == c.TokStart + 1 && c.Start == _tokens[c.TokStart].Start && c.Priority < UserPriority && ChainLetter(c.TokStart) && Dotted(c.TokStart))
                {
                    // بي.بي.في.إيه، إن.تي.في: a letter inside a dotted acronym is no name of its own; the whole acronym is the organization
                    int first = c.TokStart, last = c.TokStart;
                    while (first >= 2 && DotBetween(first - 1) && ChainLetter(first - 2))
                    {
                        first -= 2;
                    }

                    while (last + 2 < Count && DotBetween(last + 1) && ChainLetter(last + 2))
                    {
                        last += 2;
                    }

                    if (kept > 0 && chosen[kept - 1].End > _tokens[first].Start && chosen[kept - 1].End <= c.Start && chosen[kept - 1].Type == EntityType.Organization)
                    {
                        // الجوهرة إف.إم: a name kept before holds the acronym's first letters; it goes on to the acronym's end
                        Candidate before = chosen[kept - 1];
                        int stop = _tokens[last].End;
                        chosen[kept - 1] = before with { TokEnd = last + 1, End = stop, Canonical = before.Canonical == OriginalText(before.Start, before.End) ? OriginalText(before.Start, stop) : before.Canonical };
                        coveredTo = last + 1;
                        continue;
                    }

                    if (kept > 0 && chosen[kept - 1].End > _tokens[first].Start)
                    {
                        first = c.TokStart; // another name holds the first letters
                    }

                    if (last > first && first >= coveredTo && n + 1 < chosen.Count && chosen[n + 1].TokStart > c.TokStart && chosen[n + 1].TokStart <= last &&
                        chosen[n + 1].TokEnd > last + 1 && chosen[n + 1].Start == _tokens[chosen[n + 1].TokStart].Start)
                    {
                        // إتش.آر مكماستر، بي.بي.سي نيوز: a name that starts inside the acronym and goes on after it starts with the acronym
                        Candidate next = chosen[n + 1];
                        int start = _tokens[first].Start;
                        chosen[n + 1] = next with { TokStart = first, Start = start, Canonical = next.Canonical == OriginalText(next.Start, next.End) ? OriginalText(start, next.End) : next.Canonical };
                        continue;
                    }

                    if (last > first && first >= coveredTo)
                    {
                        int start = _tokens[first].Start, stop = _tokens[last].End;
                        chosen[kept++] = c with { TokStart = first, TokEnd = last + 1, Start = start, End = stop, Type = EntityType.Organization, Canonical = OriginalText(start, stop), Code = null };
                        coveredTo = last + 1;
                        continue;
                    }
                }

                int end = c.TokEnd;
                if (c.Type == EntityType.Organization && _rules.LetterNames.Contains(_norm[end - 1]))
                {
                    while (end + 1 < Count && _tokens[end].Kind == TokenKind.Punctuation && _text[_tokens[end].Start] == '.' &&
                           _tokens[end].Start == _tokens[end - 1].End && _tokens[end + 1].Start == _tokens[end].End &&
                           _tokens[end + 1].Kind == TokenKind.ArabicWord && _rules.LetterNames.Contains(_norm[end + 1]))
                    {
                        end += 2;
                    }
                }

                if (end >= c.TokEnd + 4) // three letters or more: a missing space after a full stop joins no sentence
                {
                    c = c with { TokEnd = end, End = _tokens[end - 1].End, Canonical = OriginalText(c.Start, _tokens[end - 1].End) };
                    coveredTo = end;
                }

                chosen[kept++] = c;
            }

            chosen.RemoveRange(kept, chosen.Count - kept);
        }

        /// <summary>A Latin letter's Arabic name, or في (V) inside a dotted acronym (إن.تي.في).</summary>
        private bool ChainLetter(int t) => _tokens[t].Kind == TokenKind.ArabicWord && (_rules.LetterNames.Contains(_norm[t]) || _norm[t] == "في");

        /// <summary>Token t is a full stop that touches the tokens on both sides.</summary>
        private bool DotBetween(int t) =>
            t > 0 && t + 1 < Count && _tokens[t].Kind == TokenKind.Punctuation && _text[_tokens[t].Start] == '.' && _tokens[t].Length == 1 &&
            _tokens[t].Start == _tokens[t - 1].End && _tokens[t + 1].Start == _tokens[t].End;

        /// <summary>A letter of a dotted acronym (تي.بي.جي): a dot touches the token.</summary>
        private bool Dotted(int t) =>
            (_tokens[t].Start > 0 && _text[_tokens[t].Start - 1] == '.') || (_tokens[t].End < _text.Length && _text[_tokens[t].End] == '.');

        /// <summary>المنظمة، الوكالة: an organization head with the article, which points back to a named one.</summary>
        private bool DefiniteHead(int t)
        {
            string w = _norm[t];
            int a = ArticleAt(w, maxProclitics: 1);
            return a >= 0 && w.Length > a + 4 && _rules.OrgHeads.Root.Child(w.AsSpan(a + 2))?.Entry is not null;
        }

        /// <summary>Where the article ال starts in a word when only proclitic letters (و ف ب ل ك, at most <paramref name="maxProclitics"/>) stand before it; -1 otherwise.</summary>
        private static int ArticleAt(string w, int maxProclitics)
        {
            int a = w.IndexOf("ال", StringComparison.Ordinal);
            return a >= 0 && a <= maxProclitics && w.AsSpan(0, a).IndexOfAnyExcept("وفبلك") < 0 ? a : -1;
        }

        /// <summary>
        /// الجوهرة أف أم، حنبعل تي في: a radio or television station is named by a word and the letters FM or TV, so an
        /// organization of those two letter names alone takes the word right before it, unless that word is a function
        /// word, a title, a media or organization head (إذاعة، قناة stay outside) or another entity's. A proclitic before the
        /// article is left out (والجوهرة → الجوهرة), and so is ل before an indefinite word; after لل the name keeps the
        /// article's ل, as other names do (للجوهرة أف أم → لجوهرة أف أم).
        /// </summary>
        private void StationNames(List<Candidate> chosen)
        {
            // The letters themselves, where nothing covers them (the model reads أف أم as an organization only at times)
            int added = 0;
            for (int t = 1, n = 0; t + 1 < Count; t++)
            {
                if (_norm[t] is "اف" && _norm[t + 1] is "ام" || _norm[t] is "تي" && _norm[t + 1] is "في")
                {
                    while (n < chosen.Count && chosen[n].End <= _tokens[t].Start)
                    {
                        n++;
                    }

                    if (Joined(t + 1) && (n == chosen.Count || chosen[n].Start >= _tokens[t + 1].End))
                    {
                        chosen.Add(new Candidate(t, t + 2, _tokens[t].Start, _tokens[t + 1].End, EntityType.Organization, OriginalText(_tokens[t].Start, _tokens[t + 1].End), null, 0.6f, 0));
                        added++;
                    }
                }
            }

            if (added > 0)
            {
                SortByStart(chosen);
            }

            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                int p = c.TokStart - 1;
                if (c.Type != EntityType.Organization || p < 0 || c.TokEnd - c.TokStart != 2 || c.Start != _tokens[c.TokStart].Start ||
                    !(_norm[c.TokStart] is "اف" && _norm[c.TokStart + 1] is "ام" || _norm[c.TokStart] is "تي" && _norm[c.TokStart + 1] is "في") ||
                    !Joined(c.TokStart) || _tokens[p].Kind != TokenKind.ArabicWord || _function[p] || (n > 0 && chosen[n - 1].TokEnd > p))
                {
                    continue;
                }

                string w = _norm[p];
                int article = ArticleAt(w, maxProclitics: 2);
                int skip = article >= 0 ? article : w.StartsWith('ل') && w.Length >= 4 ? 1 : 0;

                // للجوهرة أف أم: ل + the station's definite name, whose article lost its alef; the span keeps its ل, as
                // for other names after ل (unless the word is a head: للإذاعة أف أم)
                bool assimilated = w.StartsWith("لل", StringComparison.Ordinal) && w.Length >= 5;
                string definite = assimilated ? "ال" + w[2..] : w;
                if ((w.StartsWith("لل", StringComparison.Ordinal) && !assimilated) || StartsTitle(definite) || _rules.MediaHeads.Root.Child(definite)?.Entry is not null ||
                    (assimilated && _rules.MediaHeads.Root.Child(w.AsSpan(2))?.Entry is not null) || OrganizationHeadWord(p) ||
                    _rules.DefiniteOrgHeads.Root.Child(definite)?.Entry is not null || _tokens[p].Length - skip < 3)
                {
                    continue;
                }

                int start = _tokens[p].Start + skip;
                string name = OriginalText(start, c.End);
                chosen[n] = c with { TokStart = p, Start = start, Canonical = assimilated ? "ا" + name : name };
            }
        }

        /// <summary>
        /// الاتحاد المصري لكرة القدم، الاتحاد الأوروبي لكرة القدم: الاتحاد + a nisba + a sport is one organization, a sports
        /// federation, over the nationality or the list's union (الاتحاد الأوروبي) inside it (the outermost name wins). So is
        /// الجامعة (the Maghreb's word for a federation) with one or two nisbas (الجامعة الملكية المغربية لكرة القدم), also after
        /// a proclitic, which the span leaves out (وللجامعة التونسية لكرة اليد: the span starts at the article's ل).
        /// </summary>
        private void SportFederations(List<Candidate> chosen)
        {
            bool changed = false;
            for (int i = 0; i + 2 < Count; i++)
            {
                // the token or its reading after a proclitic (بالاتحاد، للجامعة: the span starts after ب, at the article's ل)
                string? head = null;
                int headStart = 0;
                foreach (Option o in Options(i))
                {
                    if (o.Lookup is "الاتحاد" or "الجامعه")
                    {
                        (head, headStart) = (o.Lookup, o.Start);
                        break;
                    }
                }

                if (head is null || !Joined(i + 1) || !Joined(i + 2) || !IsAdjective(_norm[i + 1]))
                {
                    continue;
                }

                int s = i + 2; // the sport: after one nisba, or after two for الجامعة
                if (head == "الجامعه" && s + 1 < Count && Joined(s) && Joined(s + 1) && IsAdjective(_norm[s]))
                {
                    s++;
                }

                string sport = _norm[s];
                int end = sport switch
                {
                    "لكره" when s + 1 < Count && Joined(s + 1) && _norm[s + 1] is "القدم" or "السله" or "اليد" or "الطايره" or "الماء" => s + 2,
                    "لالعاب" when s + 1 < Count && Joined(s + 1) && _norm[s + 1] is "القوي" => s + 2,
                    "للتنس" or "للسباحه" or "للجودو" or "للملاكمه" or "للمصارعه" or "للفروسيه" or "للرياضات" or "للدراجات" or "للغولف" or "للجولف" or "للشطرنج" => s + 1,
                    _ => -1,
                };
                if (end < 0 || chosen.Exists(c => c.Priority >= UserPriority && c.Start < _tokens[end - 1].End && c.End > _tokens[i].Start))
                {
                    continue;
                }

                int start = headStart, stop = _tokens[end - 1].End;
                chosen.RemoveAll(c => c.Start < stop && c.End > start);
                chosen.Add(new Candidate(i, end, start, stop, EntityType.Organization, OriginalText(start, stop), null, 0.85f, 5));
                changed = true;
                i = end - 1;
            }

            if (changed)
            {
                SortByStart(chosen);
            }
        }

        /// <summary>
        /// مانشستر سيتي، كارديف سيتي، كيبك سيتي: a town or club the rules found, then سيتي (City), is one name where the lists
        /// know no such phrase (مكسيكو سيتي is one of theirs), not a town and a list place سيتي: a club after a club or a
        /// British town (the English football clubs), else a city.
        /// </summary>
        private void CityClubs(List<Candidate> chosen)
        {
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                int t = c.TokEnd;
                if (c.Type is not (EntityType.Place or EntityType.Organization) || c.Priority >= UserPriority || c.TokEnd - c.TokStart != 1 || t >= Count ||
                    _norm[t] != "سيتي" || !Joined(t) || (n + 1 < chosen.Count && chosen[n + 1].Start < _tokens[t].End && (chosen[n + 1].TokStart != t || chosen[n + 1].TokEnd != t + 1 || chosen[n + 1].Priority >= UserPriority)))
                {
                    continue;
                }

                if (n + 1 < chosen.Count && chosen[n + 1].TokStart == t)
                {
                    chosen.RemoveAt(n + 1);
                }

                // a club where the town's is a British one or the rules already read a club (مانشستر), else the city itself (كيبك سيتي)
                int end = _tokens[t].End;
                bool club = c.Type == EntityType.Organization || c.Code == "GB";
                chosen[n] = new Candidate(c.TokStart, t + 1, c.Start, end, club ? EntityType.Organization : EntityType.Place, OriginalText(c.Start, end), club ? null : c.Code, 0.8f, c.Priority);
            }
        }

        /// <summary>
        /// بايرن ميونخ، إنتر ميلان، أولمبيك ليون: a one-word organization of the lists, written without the article (after
        /// a proclitic too: لبايرن), right before a city of the lists is one club named after the city (the lists hold some
        /// such names in one spelling only: بايرن ميونيخ but not ميونخ), not an organization and a place (or two
        /// organizations, where the city before a nisba was read as a club), where the model reads the two words as one
        /// organization.
        /// </summary>
        private void ClubAndCity(List<Candidate> chosen, ModelMention[] model)
        {
            for (int n = 0; n + 1 < chosen.Count && model.Length > 0; n++)
            {
                Candidate c = chosen[n], city = chosen[n + 1];
                int t = city.TokStart;
                if (c.Type != EntityType.Organization || c.Priority >= UserPriority || city.Priority >= UserPriority || c.TokEnd - c.TokStart != 1 ||
                    city.Type is not (EntityType.Place or EntityType.Organization) || t != c.TokEnd || city.TokEnd != t + 1 || !Joined(t) ||
                    city.Start != _tokens[t].Start || _rootNode[t]?.Entry is not { Kind: GazetteerKind.Place } ||
                    KeyOf(c) is not { } key || key.StartsWith("ال", StringComparison.Ordinal) || _gaz.Root.Child(key)?.Entry is not { Kind: GazetteerKind.Organization } ||
                    !ModelOrganizationOver(model, c.Start, city.End, n + 2 < chosen.Count && chosen[n + 2] is { Type: EntityType.Nationality } nisba && nisba.TokStart == city.TokEnd ? nisba.End : city.End))
                {
                    continue; // سائق فيراري كيمي رايكونن: a driver's given name that a city list holds; the model reads the two apart
                }

                chosen[n] = new Candidate(c.TokStart, t + 1, c.Start, city.End, EntityType.Organization, OriginalText(c.Start, city.End), null, c.Confidence, c.Priority);
                chosen.RemoveAt(n + 1);
            }
        }

        /// <summary>
        /// نورث كارولينا: a noisy list holds the first word of some two-word places alone (نورث، سانت), and the second
        /// word is a place of its own; where the model is sure the two words are one place, they are.
        /// </summary>
        private void PlaceAndItsFirstWord(List<Candidate> chosen, ModelMention[] model)
        {
            for (int n = 0; n + 1 < chosen.Count && model.Length > 0; n++)
            {
                Candidate first = chosen[n], second = chosen[n + 1];
                if (first is not { Type: EntityType.Place, Priority: 4, Confidence: <= 0.6f } || first.TokEnd != first.TokStart + 1 ||
                    second.Type is not (EntityType.Place or EntityType.Country) || second.Priority >= UserPriority || second.TokStart != first.TokEnd ||
                    second.TokEnd != second.TokStart + 1 || !Joined(second.TokStart) || second.Start != _tokens[second.TokStart].Start)
                {
                    continue;
                }

                foreach (ModelMention m in model)
                {
                    if (m.Type == ModelEntityType.Location && m.Confidence >= 0.8f && m.Start == first.Start && m.End == second.End)
                    {
                        chosen[n] = new Candidate(first.TokStart, second.TokEnd, first.Start, second.End, EntityType.Place, OriginalText(first.Start, second.End), null, m.Confidence, first.Priority);
                        chosen.RemoveAt(n + 1);
                        break;
                    }
                }
            }
        }

        /// <summary>
        /// True when the model reads one organization from <paramref name="start"/> (or a head word before it: نادي) to
        /// <paramref name="end"/>, or on to <paramref name="nisbaEnd"/> (the end of a nisba after it: بايرن ميونخ الألماني).
        /// </summary>
        private static bool ModelOrganizationOver(ModelMention[] model, int start, int end, int nisbaEnd)
        {
            foreach (ModelMention m in model)
            {
                if (m.Type == ModelEntityType.Organization && m.Start <= start && (m.End == end || m.End == nisbaEnd))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// معبر كرم أبو سالم، حي الشيخ جراح، ملعب بارك دي برانس: a name the model reads as a person right after a place
        /// descriptor or a stadium is the place named after someone. Not after ولاية, also a term of office, nor after an
        /// airport, a port or a field, which are named after kings whose names stand alone in the text as well, nor after
        /// a feature word, whose spelling verbs share (وأدى سامر is وادي to the matching form).
        /// </summary>
        private void PlacesNamedAfterPersons(List<Candidate> chosen)
        {
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                int d = c.TokStart - 1;
                if (c is not { Type: EntityType.Person, Priority: 0 } || d < 0 || !Joined(c.TokStart) || c.Start != _tokens[c.TokStart].Start)
                {
                    continue;
                }

                string descriptor = _norm[d], bare = descriptor.Length > 4 && descriptor[0] is 'ب' or 'و' or 'ف' or 'ل' ? descriptor[1..] : descriptor;
                if (bare is "ملعب" or "استاد" or "ستاد" || // ملعب بارك دي برانس، باستاد أرتيميو فرانكي: a stadium named after someone
                    (_rules.PlaceDescriptors.Root.Child(descriptor)?.Entry is not null && !_rules.FeatureWords.Contains(descriptor) &&
                     descriptor is not ("ولايه" or "ولايتي" or "مطار" or "ميناء" or "حقل" or "حقول")))
                {
                    // معبر كرم أبو سالم الحدودي: the border crossing's adjective is no part of the name
                    int end = c.TokEnd;
                    if (end - c.TokStart > 1 && _norm[end - 1] is ['ا', 'ل', .., 'ي'] && (_flags[end - 1] & WordFlags.Common) != 0 && NoNameFlag(end - 1))
                    {
                        end--;
                    }

                    int charEnd = _tokens[end - 1].End;
                    chosen[n] = c with { TokEnd = end, End = charEnd, Type = EntityType.Place, Canonical = OriginalText(c.Start, charEnd), Code = null };
                }
            }
        }

        /// <summary>Only the names of Latin letters (بي، إف) and numbers (<paramref name="number"/>: at least one): بي 12، إس تي إس.</summary>
        private bool LetterNamesOnly(int first, int last, out bool number)
        {
            number = false;
            for (int t = first; t <= last; t++)
            {
                if (_tokens[t].Kind == TokenKind.Number)
                {
                    number = true;
                }
                else if (!_rules.LetterNames.Contains(_norm[t]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// True when token t, with no name flag, ends in و and is a plural in ون (a frequent word or a nationality) that
        /// lost its ن in construct before a definite word: منتقدو القانون، إسرائيليو اليسار.
        /// </summary>
        private bool PluralInConstruct(int t)
        {
            string n = _norm[t];
            if (_tokens[t].Kind != TokenKind.ArabicWord || n.Length < 5 || n[^1] != 'و' || !NoNameFlag(t) ||
                t + 1 >= Count || !Joined(t + 1) || !_norm[t + 1].StartsWith("ال", StringComparison.Ordinal))
            {
                return false;
            }

            Span<char> plural = n.Length < 62 ? stackalloc char[n.Length + 1] : new char[n.Length + 1];
            n.AsSpan().CopyTo(plural);
            plural[^1] = 'ن';
            return (_gaz.FlagsOf(plural) & WordFlags.Common) != 0 || _gaz.Root.Child(plural.ToString())?.Entry is { Kind: GazetteerKind.Nationality };
        }

        /// <summary>
        /// True when token t is ال + an ordinary noun + the dual ان or ين (المنتخبان، الفريقين), with no name flag and no
        /// list entry of its own (البحرين is a country).
        /// </summary>
        private bool DefiniteDualOfOrdinary(int t)
        {
            string n = _norm[t];
            return _tokens[t].Kind == TokenKind.ArabicWord && n.Length >= 7 && n.StartsWith("ال", StringComparison.Ordinal) &&
                   (n.EndsWith("ان", StringComparison.Ordinal) || n.EndsWith("ين", StringComparison.Ordinal)) && _rootNode[t]?.Entry is null &&
                   NoNameFlag(t) && Ordinary(n.AsSpan(0, n.Length - 2));
        }

        /// <summary>الصحافيين، للفلسطينيين، والإسرائيليون: a definite plural of a nisba (the article after at most two proclitic letters).</summary>
        private static bool DefiniteNisbaPlural(string w)
        {
            if (w.Length < 7 || !(w.EndsWith("يين", StringComparison.Ordinal) || w.EndsWith("يون", StringComparison.Ordinal)))
            {
                return false;
            }

            return w.StartsWith("لل", StringComparison.Ordinal) || ArticleAt(w, maxProclitics: 2) >= 0;
        }

        /// <summary>Arabic words and Latin words or numbers in one mention (a product's name and model), or one token that mixes both.</summary>
        private bool MixedScripts(int first, int last)
        {
            bool arabic = false, other = false;
            for (int t = first; t <= last; t++)
            {
                arabic |= _tokens[t].Kind == TokenKind.ArabicWord;
                other |= _tokens[t].Kind is TokenKind.LatinWord or TokenKind.Number;
                ReadOnlySpan<char> w = _text.AsSpan(_tokens[t].Start, _tokens[t].End - _tokens[t].Start);
                other |= _tokens[t].Kind != TokenKind.LatinWord && w.IndexOfAnyInRange('A', 'Z') >= 0;
            }

            return arabic && other;
        }

        /// <summary>
        /// An indefinite word right after a number or a number word (300 ريال، مليار ريال), or a month's name beside a
        /// number, a slash, a bracket or another month's name, or before الماضي، المقبل، الجاري (15 نيسان، أبريل/نيسان،
        /// أبريل نيسان، نيسان الماضي): what a name does not start with, whatever the model or an earlier mention says.
        /// </summary>
        private bool CountedNoun(int i)
        {
            if (_tokens[i].Kind != TokenKind.ArabicWord || _norm[i].StartsWith("ال", StringComparison.Ordinal))
            {
                return false;
            }

            bool afterNumber = i > 0 && Joined(i) &&
                (_tokens[i - 1].Kind == TokenKind.Number || _rules.NumberWords.Contains(_norm[i - 1]));
            if (afterNumber)
            {
                return true;
            }

            if (!_rules.Months.Contains(_norm[i]))
            {
                return false;
            }

            bool Beside(int t) => t >= 0 && t < Count && _tokens[t].Kind is TokenKind.Number or TokenKind.Punctuation && _text[_tokens[t].Start] is '/' or '(' or ')' or (>= '0' and <= '9');
            return Beside(i - 1) || Beside(i + 1) || (i > 0 && Joined(i) && _rules.Months.Contains(_norm[i - 1])) ||
                (i + 1 < Count && Joined(i + 1) && (_norm[i + 1] is "الماضي" or "المقبل" or "الجاري" || _rules.Months.Contains(_norm[i + 1])));
        }

        /// <summary>True when the word before token i introduces a place (مدينة، في).</summary>
        private bool PlaceContext(int i) =>
            i > 0 && Joined(i) && (_rules.PlaceDescriptors.Root.Child(_norm[i - 1])?.Entry is not null || _norm[i - 1] is "في");

        /// <summary>A proclitic + an ordinary word, or a definite relational adjective.</summary>
        private bool IsOrdinary(string w)
        {
            if (IsAdjective(w) && (_gaz.FlagsOf(w) & WordFlags.Common) != 0)
            {
                return true;
            }

            return w.Length > 3 && w[0] is 'ب' or 'ل' or 'ك' or 'و' or 'ف' && (_gaz.FlagsOf(w.AsSpan(1)) & WordFlags.Common) != 0;
        }

        private GazetteerEntry? Single(int i, GazetteerKind kind)
        {
            if (i >= Count || !IsWord(i))
            {
                return null;
            }

            GazetteerEntry? e = _rootNode[i]?.Entry;
            return e is { } x && x.Kind == kind ? x : null;
        }

        /// <summary>الخارجية الروسية، الحكومة السورية، المؤسسة العسكرية الليبية: institution noun (+ adjective) + nationality adjective.</summary>
        private void InstitutionNisba(int i)
        {
            var (end, _, opt) = BestMatch(_rules.Institutions, i);
            if (end <= 0 || end >= Count || !Joined(end) || (i > 0 && Joined(i) && StartsTitle(i - 1)))
            {
                return;
            }

            string head = opt.Lookup;
            int j = end;
            if (Single(j, GazetteerKind.Nationality) is null && DefiniteCountryNisba(j) is null && j + 1 < Count && Joined(j + 1) && IsAdjective(_norm[j]) && Agrees(head, _norm[j]))
            {
                j++; // المؤسسة العسكرية الليبية
            }

            if ((Single(j, GazetteerKind.Nationality) ?? DefiniteCountryNisba(j)) is { } nat && _norm[j].StartsWith("ال", StringComparison.Ordinal) && Agrees(head, _norm[j]))
            {
                Add(i, j + 1, opt.Start, EntityType.Organization, OriginalText(opt.Start, _tokens[j].End), nat.CountryCode, 0.85f, 7);
            }
        }

        /// <summary>An ordinal (المؤسسة المالية الأولى: the first financial institution, a description, not a name).</summary>
        private static bool IsOrdinal(string n) => n is "الاول" or "الاولي" or "الثاني" or "الثانيه" or "الثالث" or "الثالثه" or "الرابع" or "الرابعه" or "الاخير" or "الاخيره";

        /// <summary>A definite relational adjective (العسكرية، الوطني).</summary>
        private static bool IsAdjective(string n) =>
            n.StartsWith("ال", StringComparison.Ordinal) && n.Length > 4 && (n.EndsWith('ي') || n.EndsWith("يه", StringComparison.Ordinal));

        /// <summary>حكومة الكويت، سفارة الفلبين: an institution noun in construct with a country.</summary>
        private void ConstructInstitution(int i)
        {
            var (end, _, opt) = BestMatch(_rules.ConstructInstitutions, i);
            if (end <= 0 || end >= Count || !Joined(end) || (i > 0 && Joined(i) && StartsTitle(i - 1)))
            {
                return;
            }

            var (cEnd, entry) = Longest(_gaz, _norm[end], end);
            if (cEnd > 0 && entry.Kind == GazetteerKind.Country)
            {
                Add(i, cEnd, opt.Start, EntityType.Organization, OriginalText(opt.Start, _tokens[cEnd - 1].End), entry.CountryCode, 0.8f, 7);
            }
        }

        /// <summary>A feminine or plural institution noun takes a feminine nisba (الخارجية الروسية), a masculine one a masculine nisba (الجيش السوري).</summary>
        private static bool Agrees(string noun, string nisba)
        {
            bool feminine = noun.EndsWith('ه') || noun.EndsWith("ات", StringComparison.Ordinal) || noun is "الخارجيه" or "الداخليه";
            bool nisbaFeminine = nisba.EndsWith('ه');
            return feminine == nisbaFeminine;
        }

        /// <summary>دولة قطر، مملكة البحرين: a state head + a country is the country's official name.</summary>
        private void StateName(int i)
        {
            var (end, _, opt) = BestMatch(_rules.StateHeads, i);
            if (end <= 0 || end >= Count || !Joined(end))
            {
                return;
            }

            var (cEnd, entry) = Longest(_gaz, _norm[end], end);
            if (cEnd > 0 && entry.Kind == GazetteerKind.Country)
            {
                Add(i, cEnd, opt.Start, EntityType.Country, entry.Canonical, entry.CountryCode, 0.9f, 7);
            }
        }

        /// <summary>شرق النهر: a compass word before a river names a region.</summary>
        private void CompassRegion(int i)
        {
            var (end, _, opt) = BestMatch(_rules.Compass, i);
            if (end <= 0 || end >= Count || !Joined(end))
            {
                return;
            }

            var (fEnd, _) = Longest(_rules.CompassFeatures, _norm[end], end);
            if (fEnd > 0)
            {
                string name = OriginalText(opt.Start, _tokens[fEnd - 1].End);
                Add(i, fEnd, opt.Start, EntityType.Place, name, null, 0.8f, 6);
            }
        }

        /// <summary>حزب العمال الكردستاني، جبهة النصرة، مجلس الأمن القومي: an organization head noun + a definite name (+ an adjective).</summary>
        private void OrganizationHead(int i)
        {
            var (end, _, opt) = BestMatch(_rules.OrgHeads, i);
            if (end <= 0 || end >= Count || !Joined(end) || !IsWord(end))
            {
                return;
            }

            string n = _norm[end];
            if (Traffic(end))
            {
                return; // حركة الملاحة: traffic, not a movement
            }

            if (opt.Lookup == "وكاله" && n is "انباء" or "الانباء" && end + 1 < Count && Joined(end + 1) && _tokens[end + 1].Kind == TokenKind.ArabicWord && !_function[end + 1])
            {
                // وكالة أنباء فارس، وكالة أنباء الأناضول: the whole name
                var (kEnd, _) = Longest(_gaz, _norm[end + 1], end + 1);
                int last2 = Math.Max(kEnd, end + 2);
                Add(i, last2, opt.Start, EntityType.Organization, OriginalText(opt.Start, _tokens[last2 - 1].End), null, 0.7f, 6);
                return;
            }

            if (opt.Lookup == "وكاله" && NewsAgencyEnd(end) is int agencyEnd and > 0)
            {
                // وكالة تونس إفريقيا للأنباء، وكالة السودان للأنباء: a name that needs its head and للأنباء (not a country)
                Add(i, agencyEnd, opt.Start, EntityType.Organization, OriginalText(opt.Start, _tokens[agencyEnd - 1].End), null, 0.8f, 7);
                return;
            }

            if (!n.StartsWith("ال", StringComparison.Ordinal) && _rules.NamedInstitutionHeads.Contains(opt.Lookup))
            {
                InstitutionNamedAfter(i, end, opt.Start);
                return;
            }

            if (!n.StartsWith("ال", StringComparison.Ordinal) || n.Length < 4 || _function[end] || Single(end, GazetteerKind.Nationality) is not null)
            {
                return;
            }

            bool common = (_flags[end] & WordFlags.Common) != 0;
            int last = end + 1;
            bool adjective = false;
            if (last < Count && Joined(last) && IsWord(last))
            {
                string m = _norm[last];
                bool nationality = Single(last, GazetteerKind.Nationality) is not null;
                if (m.StartsWith("ال", StringComparison.Ordinal) && m.Length > 3 && !_function[last] && (common ? IsAdjective(m) || nationality || m is "الاعلي" or "العليا" or "العامه" or "العام" or "الحر" : nationality))
                {
                    if (!(common && nationality))
                    {
                        last++;
                        adjective = true;
                    }
                }
                else if (!common && m.StartsWith("وال", StringComparison.Ordinal) && m.Length > 4)
                {
                    last++;
                }
            }

            if (common && !adjective)
            {
                if (!OneWordName(opt.Lookup, end))
                {
                    return;
                }

                if (last < Count && Joined(last) && _tokens[last].Kind == TokenKind.ArabicWord && _norm[last].StartsWith("وال", StringComparison.Ordinal) && _norm[last].Length > 4 &&
                    !_function[last])
                {
                    last++; // لجنة الخطة والموازنة (+ an adjective: لجنة الإعلام والتوعية المصرفية)
                    last += last < Count && Joined(last) && IsAdjective(_norm[last]) && Single(last, GazetteerKind.Nationality) is null ? 1 : 0;
                }
                else if (last + 1 < Count && Joined(last) && Joined(last + 1) && _tokens[last].Kind == TokenKind.ArabicWord && _norm[last] is ['و', _, _, _, ..] &&
                         !_function[last] && _ruleStarts[last] == 0 && _tokens[last + 1].Kind == TokenKind.ArabicWord && _norm[last + 1].StartsWith("ال", StringComparison.Ordinal) &&
                         !_function[last + 1] && Single(last + 1, GazetteerKind.Nationality) is null)
                {
                    last += 2; // هيئة الاتصالات وتقنية المعلومات (not وشركة الكهرباء: another organization)
                }
            }

            Add(i, last, opt.Start, EntityType.Organization, OriginalText(opt.Start, _tokens[last - 1].End), null, 0.55f, 1);
        }

        /// <summary>
        /// After وكالة at <paramref name="first"/>: the token after للأنباء when one to three Arabic words that are no function
        /// words and start no organization of the lists come before it (وكالة قطر للأنباء), else 0. An agency whose name
        /// stands alone (وكالة رويترز للأنباء) keeps the name only, as the guidelines leave the descriptor out.
        /// </summary>
        private int NewsAgencyEnd(int first)
        {
            for (int k = first; k < Count && k <= first + 3 && Joined(k) && _tokens[k].Kind == TokenKind.ArabicWord; k++)
            {
                if (_norm[k] is "للانباء" && k > first)
                {
                    return k + 1;
                }

                if (_function[k] || Longest(_gaz, _norm[k], k) is (> 0, { Kind: GazetteerKind.Organization }))
                {
                    return 0;
                }
            }

            return 0;
        }

        /// <summary>
        /// جامعة هارفارد، جامعة كارنيغي ميلون، معهد ماساتشوستس: a university, an institute, a college or an academy named
        /// after a place or a person: a place the lists know, or up to two Latin words or words no list knows as ordinary
        /// words, given names, titles or other entities. A nisba after the name stays out (جامعة بازل السويسرية), and so
        /// does a preposition + place (بالبرازيل).
        /// </summary>
        private void InstitutionNamedAfter(int i, int end, int start)
        {
            int last = end;
            while (last < end + 2 && last < Count && Joined(last))
            {
                if (_tokens[last].Kind == TokenKind.LatinWord)
                {
                    last++;
                    continue;
                }

                if (_tokens[last].Kind != TokenKind.ArabicWord || _function[last])
                {
                    break;
                }

                string word = _norm[last];
                if (word.Length > 3 && word[0] is 'ب' or 'ل' or 'و' or 'ف' or 'ك' && _gaz.Root.Child(word[1..]) is not null)
                {
                    break; // بالبرازيل: a preposition + a place, where the institution is, not its name
                }

                var (placeEnd, place) = Longest(_gaz, word, last);
                if (placeEnd > last && place.Kind is GazetteerKind.Place or GazetteerKind.Country)
                {
                    last = placeEnd;
                    break; // جامعة هاواي: a place names it whole (a name after it is often the speaker's)
                }

                if (placeEnd > last || word.StartsWith("ال", StringComparison.Ordinal) || (_flags[last] & (WordFlags.Common | WordFlags.FirstName)) != 0 ||
                    StartsTitle(word) || _rules.CueVerbs.Root.Child(word) is not null || word.Length < 3)
                {
                    break;
                }

                last++;
            }

            if (last > end)
            {
                Add(i, last, start, EntityType.Organization, OriginalText(start, _tokens[last - 1].End), null, 0.6f, 1);
            }
        }

        /// <summary>
        /// برنامج الأمم المتحدة للبيئة، صندوق الأمم المتحدة للسكان: an organization head + a known organization of several
        /// definite words + لل and what it serves (+ و + definite words) is one organization, the agency of the other.
        /// </summary>
        private void AgencyOfOrganization(int i)
        {
            var (end, _, opt) = BestMatch(_rules.OrgHeads, i);
            if (end <= 0 || end >= Count || !Joined(end) || !_norm[end].StartsWith("ال", StringComparison.Ordinal))
            {
                return;
            }

            var (oEnd, org) = Longest(_gaz, _norm[end], end);
            if (oEnd < end + 2 || org.Kind != GazetteerKind.Organization || oEnd >= Count || !Joined(oEnd) || _tokens[oEnd].Kind != TokenKind.ArabicWord ||
                _function[oEnd] || _norm[oEnd].Length < 5 || !_norm[oEnd].StartsWith("لل", StringComparison.Ordinal) || _norm[oEnd] is "للانباء")
            {
                return; // وكالة رويترز للأنباء: a descriptor, the name is رويترز; مجلس الاحتياطي الفيدرالي لمعدل: not what it serves
            }

            int k = oEnd + 1;
            while (k < Count && k - oEnd <= 3 && Joined(k) && _tokens[k].Kind == TokenKind.ArabicWord &&
                   (_norm[k].StartsWith("وال", StringComparison.Ordinal) || IsAdjective(_norm[k]) || (_rules.RankAdjectives.Root.Child(_norm[k])?.Entry is not null)))
            {
                k++; // للتربية والعلوم والثقافة
            }

            Add(i, k, opt.Start, EntityType.Organization, OriginalText(opt.Start, _tokens[k - 1].End), null, 0.7f, 6);
        }

        /// <summary>
        /// الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية، الشركة التونسية للكهرباء والغاز: an organization that ends
        /// with what it serves (لل + a noun) goes on over the nouns joined to it with و + the article, and one definite
        /// adjective after them (التقليدية، البحري), where no other name stands there (a nationality there is the name's) and
        /// no organization head starts another name (والشركة الوطنية). A one-word organization after ل (للناتو) serves nothing.
        /// </summary>
        private void CoordinatedComplements(List<Candidate> chosen)
        {
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                int last = c.TokEnd - 1;
                if (c.Type != EntityType.Organization || c.Priority >= UserPriority || last == c.TokStart || c.End != _tokens[last].End || _norm[last] is not ['ل', 'ل', _, _, _, ..])
                {
                    continue;
                }

                int end = c.TokEnd;
                while (end < Count && Joined(end) && _tokens[end].Kind == TokenKind.ArabicWord && _norm[end] is ['و', 'ا', 'ل', _, _, _, ..] && !_function[end] && !DefiniteHead(end) && FreeOrNationality(chosen, n, end))
                {
                    end++;
                }

                if (end == c.TokEnd)
                {
                    continue;
                }

                if (end < Count && Joined(end) && _tokens[end].Kind == TokenKind.ArabicWord && _norm[end] is ['ا', 'ل', _, _, ..] && _norm[end][^1] is 'ي' or 'ه' &&
                    !_function[end] && FreeOrNationality(chosen, n, end))
                {
                    end++; // والصيد البحري، والصناعات التقليدية
                }

                int stop = _tokens[end - 1].End;
                chosen[n] = c with { TokEnd = end, End = stop, Canonical = OriginalText(c.Start, stop) };
                for (int m = n + 1; m < chosen.Count && chosen[m].Start < stop;)
                {
                    if (chosen[m].Start >= c.End)
                    {
                        chosen.RemoveAt(m); // the nationality inside the name
                    }
                    else
                    {
                        m++;
                    }
                }
            }
        }

        /// <summary>
        /// سانت كاترين، سانت إيتيان، سان-دوني: "Saint" alone, which some lists hold as a place, starts the name of the place
        /// that follows (one word, or words joined by hyphens), over any candidate there; after a surname particle (غاس فان
        /// سانت) it is a surname and stays as it is.
        /// </summary>
        private void SaintPrefixes(List<Candidate> chosen)
        {
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                int t = c.TokStart;
                if (c.Type != EntityType.Place || c.Priority >= UserPriority || c.TokEnd != t + 1 || c.Start != _tokens[t].Start || _norm[t] is not ("سانت" or "سان" or "سانتا") ||
                    (t > 0 && Joined(t) && _rules.NameConnectors.Contains(_norm[t - 1])))
                {
                    continue;
                }

                int end = t + 1;
                if (end < Count && _tokens[end].Kind == TokenKind.Punctuation && _text[_tokens[end].Start] == '-' && _tokens[end].Start == _tokens[t].End)
                {
                    end++; // سان-دوني
                }

                if (end >= Count || !Joined(end) || _tokens[end].Kind != TokenKind.ArabicWord || _function[end] || StartsTitle(end))
                {
                    continue;
                }

                end++;
                while (end + 1 < Count && _tokens[end].Kind == TokenKind.Punctuation && _text[_tokens[end].Start] == '-' && _tokens[end].Start == _tokens[end - 1].End &&
                       _tokens[end + 1].Start == _tokens[end].End && _tokens[end + 1].Kind == TokenKind.ArabicWord)
                {
                    end += 2; // سين-سان-دوني
                }

                int stop = _tokens[end - 1].End;
                if (n + 1 < chosen.Count && chosen[n + 1].Start < stop && chosen[n + 1].End > stop)
                {
                    continue; // a longer name goes on past it
                }

                chosen[n] = c with { TokEnd = end, End = stop, Canonical = OriginalText(c.Start, stop), Code = null, Confidence = Math.Max(c.Confidence, 0.7f) };
                while (n + 1 < chosen.Count && chosen[n + 1].Start < stop)
                {
                    chosen.RemoveAt(n + 1);
                }
            }
        }

        /// <summary>No candidate after chosen[n] covers token t but a nationality.</summary>
        private bool FreeOrNationality(List<Candidate> chosen, int n, int t)
        {
            for (int m = n + 1; m < chosen.Count && chosen[m].TokStart <= t; m++)
            {
                if (chosen[m].TokEnd > t && chosen[m].Type != EntityType.Nationality)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// مفوضية الأمم المتحدة لشؤون اللاجئين، مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، وكالة الأمم المتحدة لإغاثة وتشغيل
        /// اللاجئين الفلسطينيين: a head (<see cref="ArabicLexicon.AgencyHeads"/> or an organization head) in construct with an
        /// organization of several words found, then what the agency serves (ل + a noun + a definite noun, or لل + a noun,
        /// after at most one adjective: السامية), or an adjective alone after an agency head (برنامج الأمم المتحدة الإنمائي), is
        /// one organization, over the names inside it. <see cref="AgencyOfOrganization"/> does the same for لل from the lists.
        /// </summary>
        private void AgenciesOfOrganizations(List<Candidate> chosen)
        {
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                int h = c.TokStart - 1;
                if (c.Type != EntityType.Organization || c.TokEnd - c.TokStart < 2 || h < 0 || !Joined(c.TokStart) || c.Start != _tokens[c.TokStart].Start ||
                    _tokens[h].Kind != TokenKind.ArabicWord || c.Priority >= UserPriority || !_norm[c.TokStart].StartsWith("ال", StringComparison.Ordinal))
                {
                    continue;
                }

                string head = _norm[h];
                bool IsHead(string w) => _rules.AgencyHeads.Contains(w) || _rules.OrgHeads.Root.Child(w)?.Entry is not null;
                int proclitic = !IsHead(head) && head.Length > 4 && head[0] is 'و' or 'ف' && _text[_tokens[h].Start] == head[0] ? 1 : 0; // ومفوضية, not وكالة
                if (!IsHead(head[proclitic..]))
                {
                    continue;
                }

                bool agency = _rules.AgencyHeads.Contains(head[proclitic..]);

                int j = c.TokEnd;
                bool adjective = j < Count && Joined(j) && _tokens[j].Kind == TokenKind.ArabicWord && IsAdjective(_norm[j]) && Single(j, GazetteerKind.Nationality) is null;
                j += adjective ? 1 : 0;
                int k = ServedEnd(j);
                if (k < 0 && !(adjective && agency))
                {
                    continue;
                }

                k = k < 0 ? j : k;
                while (k < Count && k - j <= 4 && Joined(k) && _tokens[k].Kind == TokenKind.ArabicWord && !_function[k] &&
                       ((_norm[k].StartsWith("وال", StringComparison.Ordinal) && _rules.DefiniteOrgHeads.Root.Child(_norm[k][1..])?.Entry is null) || // not والاتحاد الدولي: another organization
                        IsAdjective(_norm[k]) || (k > j && Single(k, GazetteerKind.Nationality) is not null)))
                {
                    k++; // لإغاثة وتشغيل اللاجئين الفلسطينيين، للتربية والعلوم والثقافة
                }

                int start = _tokens[h].Start + proclitic, stop = _tokens[k - 1].End;
                if (chosen.Exists(o => o.Priority >= UserPriority && o.Start < stop && o.End > start))
                {
                    continue;
                }

                chosen.RemoveAll(o => o.Start < stop && o.End > start);
                chosen.Add(new Candidate(h, k, start, stop, EntityType.Organization, OriginalText(start, stop), null, 0.7f, 6));
                SortByStart(chosen);
                n = -1; // the list changed: start over (each agency is made once, as its head is then inside a candidate)
            }
        }

        /// <summary>
        /// Where what an agency serves ends when it starts at token j: لل + a noun (للطفولة), or ل + a noun (+ و + a noun) + a
        /// definite noun (لشؤون اللاجئين، لإغاثة وتشغيل اللاجئين); -1 where token j starts none.
        /// </summary>
        private int ServedEnd(int j)
        {
            if (j >= Count || !Joined(j) || _tokens[j].Kind != TokenKind.ArabicWord || _function[j] || _norm[j].Length < 4 || _norm[j][0] != 'ل')
            {
                return -1;
            }

            if (_norm[j].StartsWith("لل", StringComparison.Ordinal))
            {
                return _norm[j].Length >= 5 && _norm[j] != "للانباء" ? j + 1 : -1;
            }

            int k = j + 1;
            if (k + 1 < Count && Joined(k) && _tokens[k].Kind == TokenKind.ArabicWord && _norm[k] is ['و', _, _, _, ..] && !_norm[k].StartsWith("وال", StringComparison.Ordinal) && !_function[k])
            {
                k++; // لإغاثة وتشغيل
            }

            return k < Count && Joined(k) && _tokens[k].Kind == TokenKind.ArabicWord && _norm[k].StartsWith("ال", StringComparison.Ordinal) && _norm[k].Length > 3 && !_function[k] &&
                Single(k, GazetteerKind.Country) is null ? k + 1 : -1;
        }

        /// <summary>
        /// جمعية الإخاء، تحالف النور: a head of <see cref="ArabicLexicon.OneWordOrganizationHeads"/> + one definite noun (not
        /// an adjective, a rank or a ل + ال reading: للجنة العليا) that no other definite word continues.
        /// </summary>
        private bool OneWordName(string head, int end) =>
            _rules.OneWordOrgHeads.Contains(head) && !_rules.PanelComplements.Contains(_norm[end]) && !IsAdjective(_norm[end]) && !IsOrdinal(_norm[end]) &&
            _rules.RankAdjectives.Root.Child(_norm[end])?.Entry is null && !_norm[end - 1].StartsWith("لل", StringComparison.Ordinal) &&
            !(end + 1 < Count && Joined(end + 1) && IsWord(end + 1) && _norm[end + 1].StartsWith("ال", StringComparison.Ordinal));

        /// <summary>المفوضية العليا للانتخابات، الاتحاد التعاوني الزراعي، الجبهة الوطنية: a definite head + relational adjectives (+ لل complement).</summary>
        private void DefiniteOrganization(int i)
        {
            var (end, _, opt) = BestMatch(_rules.DefiniteOrgHeads, i);
            if (end <= 0 || (i > 0 && Joined(i) && StartsTitle(i - 1)))
            {
                return;
            }

            int k = end;
            int modifiers = 0;
            while (k < Count && Joined(k) && modifiers < 3 && _tokens[k].Kind == TokenKind.ArabicWord && !IsOrdinal(_norm[k]) &&
                   (IsAdjective(_norm[k]) || _rules.RankAdjectives.Root.Child(_norm[k])?.Entry is not null))
            {
                k++;
                modifiers++;
            }

            if (modifiers > 0 && k < Count && Joined(k) && _tokens[k].Kind == TokenKind.ArabicWord && _norm[k].StartsWith("لل", StringComparison.Ordinal) && _norm[k].Length > 4)
            {
                k++;
                modifiers++;
                if (k < Count && Joined(k) && IsAdjective(_norm[k]))
                {
                    k++;
                }
            }

            bool strong = _rules.StrongDefiniteOrgHeads.Root.Child(opt.Lookup)?.Entry is not null;
            bool onlyNationality = modifiers == 1 && Single(end, GazetteerKind.Nationality) is not null;
            if ((modifiers >= 2 || (strong && modifiers == 1)) && !onlyNationality)
            {
                Add(i, k, opt.Start, EntityType.Organization, OriginalText(opt.Start, _tokens[k - 1].End), null, 0.55f, 2);
            }
        }

        /// <summary>
        /// صحيفة واشنطن بوست، لراديو سوا 2، قناة المحور: a media noun + a name (up to three name words and a number) is the
        /// outlet, the name without the noun; a lone place after it is not one (قناة السويس).
        /// </summary>
        private void MediaHeadName(int i)
        {
            if ((_ruleStarts[i] & _rules.MediaHeads.RuleBit) == 0 || _rules.MediaHeads.Root.Child(_norm[i])?.Entry is null || i + 1 >= Count || !Joined(i + 1) ||
                !IsWord(i + 1) || (i > 0 && Joined(i) && _rules.NameConnectors.Contains(_norm[i - 1])) || Options(i + 1).Length > 1)
            {
                return; // إلياس أبو شبكة: a family name; قناة وسعيد: و + a word, not a name
            }

            if (_norm[i + 1] is [.. var stem, 'ت', 'ه'] && stem.Length >= 2 && (_gaz.FlagsOf(stem + "ه") & WordFlags.Common) != 0)
            {
                return; // موقع شركته: his company's site
            }

            string bare = _rules.MediaHeadBare[_norm[i]];
            int j = i + 1;
            if (_norm[j].StartsWith("ال", StringComparison.Ordinal))
            {
                // one definite word names papers and channels (الحياة، المحور), not networks or sites (شبكة الألياف، موقع المملكة)
                if (!_rules.MediaHeadsOfWords.Contains(bare) || _function[j] || IsAdjective(_norm[j]) ||
                    _rules.DefiniteOrgHeads.Root.Child(_norm[j])?.Entry is not null || _rules.Institutions.Root.Child(_norm[j])?.Entry is not null)
                {
                    return;
                }

                j++;
            }
            else if (!_norm[j].EndsWith("ها", StringComparison.Ordinal) && !_norm[j].EndsWith("هم", StringComparison.Ordinal) && !_norm[j].EndsWith("كم", StringComparison.Ordinal) &&
                     (bare != "موقع" || _tokens[j].Kind == TokenKind.LatinWord))
            {
                // a site only by a Latin name (موقع يمنحكم: a position); the name keeps its script (قناة sbc ستبدأ)
                while (j < Count && j - i <= 3 && Joined(j) && _tokens[j].Kind == _tokens[i + 1].Kind && !_function[j] && !_norm[j].StartsWith("ال", StringComparison.Ordinal) &&
                       (_flags[j] & WordFlags.Common) == 0 && Single(j, GazetteerKind.Nationality) is null && Single(j, GazetteerKind.Person) is null &&
                       (j == i + 1 || ((_flags[j] & WordFlags.FirstName) == 0 && Options(j).Length == 1)))
                {
                    j++; // not into a person's name or a word with a proclitic (موقع إنستغرام للتواصل)
                }

                if (j == i + 2 && bare == "قناه" && _tokens[i + 1].Kind == TokenKind.ArabicWord)
                {
                    return; // قناة بنما: one Arabic word after قناة is a canal as often as a channel
                }

                if (j == i + 2 && _tokens[i + 1].Kind == TokenKind.ArabicWord && j < Count && Joined(j) && _tokens[j].Kind == TokenKind.ArabicWord &&
                    _norm[j][^1] == 'ه' && !_norm[j].StartsWith("ال", StringComparison.Ordinal) && (_flags[j] & WordFlags.Common) != 0 && (_flags[j] & WordFlags.NamePart) == 0)
                {
                    return; // شبكة دعارة كبيرة: an indefinite adjective after the word, which is a noun it describes, not a name
                }
            }

            if (j == i + 1 || (j == i + 2 && _norm[i + 1].Length <= 2) ||
                (j + 1 < Count && Joined(j) && IsWord(j) && _norm[j].Length <= 2 && Joined(j + 1) && IsWord(j + 1) && _norm[j + 1].Length <= 2))
            {
                return; // لشبكة بي أن سي: letters of an acronym the model reads whole
            }

            if (j == i + 2 && _rootNode[i + 1]?.Entry is { Kind: not GazetteerKind.Organization })
            {
                return; // قناة السويس (4 مليارات): a canal; a lone place or person is no outlet's name (a broadcaster's place + number is MediaWordName's)
            }

            if (j < Count && Joined(j) && _tokens[j].Kind == TokenKind.Number && _tokens[j].Length <= 3)
            {
                j++; // مونت كارلو 2
            }

            Add(i + 1, j, _tokens[i + 1].Start, EntityType.Organization, OriginalText(_tokens[i + 1].Start, _tokens[j - 1].End), null, 0.7f, 5);
        }

        /// <summary>شركة الاستثمار "فالكورا"، صحيفة «...»: a short quoted name right after an organization noun is an organization.</summary>
        private void QuotedName(int i)
        {
            if (_norm[i] is not ("\"" or "«" or "“") || i == 0 || !Joined(i))
            {
                return;
            }

            int h = i - 1;
            if (h > 0 && _norm[h].StartsWith("ال", StringComparison.Ordinal) && _rules.QuoteHeads.Root.Child(_norm[h])?.Entry is null)
            {
                h--; // شركة الاستثمار "..."
            }

            bool head = false;
            foreach (Option o in Options(h))
            {
                head |= _rules.QuoteHeads.Root.Child(o.Lookup)?.Entry is not null;
            }

            if (!head)
            {
                return;
            }

            int k = i + 1;
            while (k < Count && k - i <= 5 && _tokens[k].Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number || (k < Count && _norm[k] == "."))
            {
                k++;
            }

            if (k > i + 1 && k < Count && _norm[k] is "\"" or "»" or "”" && k - i <= 5 && !(IndefiniteNisbasOnly(i + 1, k - 1) && (_flags[k - 1] & WordFlags.Common) != 0))
            {
                // not منظمة "إرهابية": the kind the head is said to be, in quotes (an ordinary word; شركة "بولوريه" is a name)
                Add(i + 1, k, _tokens[i + 1].Start, EntityType.Organization, OriginalText(_tokens[i + 1].Start, _tokens[k - 1].End), null, 0.7f, 6);
            }
        }

        /// <summary>صحيفة نيويورك تايمز، موقع هافنغتون بوست، راديو مونت كارلو 2: after a media noun, a name and a media word (or a number after a broadcaster) are the organization.</summary>
        private void MediaWordName(int i)
        {
            var (end, _, opt) = BestMatch(_rules.QuoteHeads, i);
            if (end <= 0 || end >= Count || !Joined(end) || _tokens[end].Kind != TokenKind.ArabicWord || _function[end])
            {
                return;
            }

            int nameEnd = end + 1;
            var (placeEnd, place) = Longest(_gaz, _norm[end], end);
            bool isPlace = placeEnd > end && place.Kind is GazetteerKind.Place or GazetteerKind.Country;
            if (isPlace)
            {
                nameEnd = placeEnd;
            }

            if (nameEnd >= Count || !Joined(nameEnd))
            {
                return;
            }

            int last = Longest(_rules.MediaWords, _norm[nameEnd], nameEnd).End;
            if (last <= nameEnd && isPlace && _tokens[nameEnd].Kind == TokenKind.Number && _tokens[nameEnd].Length <= 2 && _rules.BroadcastHeads.Contains(opt.Lookup))
            {
                last = nameEnd + 1;
            }

            if (last > nameEnd)
            {
                Add(end, last, _tokens[end].Start, EntityType.Organization, OriginalText(_tokens[end].Start, _tokens[last - 1].End), null, 0.8f, 6);
            }
        }

        /// <summary>وقال X إن، وقالت X: ...: a reporting verb, a name, then a colon, comma or complementizer.</summary>
        private void SpeakerPerson(int i)
        {
            if ((_ruleStarts[i] & _rules.CueVerbs.RuleBit) == 0 || _rules.CueVerbs.Root.Child(_norm[i])?.Entry is null || i + 1 >= Count || !Joined(i + 1))
            {
                return;
            }

            int j = i + 1;
            string first = _norm[j];
            if (first.StartsWith("ال", StringComparison.Ordinal) || _gaz.Root.Child(first) is { Entry: not null })
            {
                return;
            }

            int k = NameEnd(j, 3);
            if (k == j && IsTitleName(j))
            {
                k = Math.Max(NameEnd(j + 1, 2, startsName: false), j + 1);
            }

            if (k == j || k >= Count || (k == j + 1 && (OrdinaryAccusative(first, _flags[j]) || OrdinaryWithOur(first, _flags[j]))))
            {
                return; // قال سابقا إن، تشير بياناتنا إلى: an ordinary word in the accusative or with "our", no name
            }

            string next = _norm[k];
            bool closes = _tokens[k].Kind == TokenKind.Punctuation ? next is "،" or "," or ":" or "\"" or "«" : next is "ان" or "انه" or "انها" or "في" or "خلال" or "الي" || _rules.Titles.Root.Child(next)?.Entry is not null;
            if (closes)
            {
                Add(j, k, _tokens[j].Start, EntityType.Person, OriginalText(_tokens[j].Start, _tokens[k - 1].End), null, 0.6f, 2);
            }
        }

        /// <summary>مدينة X، بلدة X: a settlement descriptor before an unknown name.</summary>
        private void PlaceDescriptor(int i)
        {
            var (end, _, opt) = BestMatch(_rules.PlaceDescriptors, i);
            if (end <= 0 || end >= Count || !Joined(end) || !IsWord(end))
            {
                return;
            }

            if (end == i + 1 && _rules.FeatureWords.Contains(opt.Lookup) && FeaturePlace(i, opt))
            {
                return;
            }

            string n = _norm[end];
            if (end == i + 1 && _rules.SettlementDescriptors.Contains(opt.Lookup) && _rootNode[end]?.Entry is { Kind: GazetteerKind.Organization } &&
                BestMatch(_gaz, end).End == end + 1)
            {
                // مدينة ميلان، مدينة مانشستر: a club the lists hold by its city's name is the city after a settlement descriptor
                Add(end, end + 1, _tokens[end].Start, EntityType.Place, OriginalText(_tokens[end].Start, _tokens[end].End), null, 0.8f, 6);
                return;
            }

            bool knownPlace = _rootNode[end]?.Entry is { Kind: GazetteerKind.Place };
            if (n.Length < 3 || _function[end] || (!knownPlace && ((_flags[end] & WordFlags.Common) != 0 || _rootNode[end] is not null ||
                (_ruleStarts[end] & _rules.Institutions.RuleBit) != 0)))
            {
                return; // منطقة الأمن الوطني: an institution's district, no place name
            }

            if (!knownPlace && (NoPlaceName(n) || (IndefiniteNisba(n) && !_norm[i].StartsWith("ال", StringComparison.Ordinal)) || OrdinaryAccusative(n, _flags[end])))
            {
                // منطقة للتجارة الحرة، مدينة تنشأ (beside ينشأ)، منطقة يرتادها: ل + the article, or a verb, is no name;
                // منطقة سهلية، مدينة ساحلية: an indefinite nisba after an indefinite descriptor describes it, and so does an
                // ordinary word in the accusative (تضم ميناء رئيسيا)
                return;
            }

            int last = end + 1;
            if (last < Count && Joined(last) && _rules.DirectionAdjectives.Root.Child(_norm[last])?.Entry is not null)
            {
                last++;
            }
            else if (last < Count && Joined(last) && _tokens[last].Kind == TokenKind.ArabicWord && !_norm[last].StartsWith("ال", StringComparison.Ordinal) &&
                     !_function[last] && (_flags[last] & WordFlags.Common) == 0 && _rootNode[last] is not { Entry: not null } &&
                     _norm[last][0] != 'و' && _rules.CueVerbs.Root.Child(_norm[last]) is null && !NoPlaceName(_norm[last]) && !OrdinaryAccusative(_norm[last], _flags[last]) &&
                     !(_norm[last] is ['ب' or 'ك', _, _, ..] && (_norm[last].AsSpan(1).StartsWith("ال", StringComparison.Ordinal) || (_gaz.FlagsOf(_norm[last].AsSpan(1)) & WordFlags.Common) != 0 ||
                       _gaz.Root.Child(_norm[last].AsSpan(1))?.Entry is { Kind: GazetteerKind.Place or GazetteerKind.Country })))
            {
                last++; // قرية تالا موندا (not ب + a word: منطقة الشعاب بجبهة حرض, مديرية باقم بصعدة; nor an adverb: معبر رفح استثنائيا)
            }
            else if (knownPlace)
            {
                return;
            }
            else if (last < Count && Joined(last) && IsWord(last) && _norm[last].StartsWith("ال", StringComparison.Ordinal) &&
                (_flags[last] & WordFlags.Common) == 0 && !_function[last] && _rootNode[last] is null && !FeminineAdjectiveShape(last))
            {
                last++; // حوش الظواهرة, but not a feminine adjective that agrees with the descriptor (مديرية الدريهمي المتاخمة لمدينة الحديدة)
            }

            Add(end, last, _tokens[end].Start, EntityType.Place, OriginalText(_tokens[end].Start, _tokens[last - 1].End), null, 0.5f, 0);
            if (last == end + 1 && !knownPlace && _tokens[end].Kind == TokenKind.ArabicWord && !n.StartsWith("لل", StringComparison.Ordinal) && IsNameToken(end, first: false))
            {
                (_namedPlaces ??= new HashSet<string>(StringComparer.Ordinal)).Add(n);
            }
        }

        /// <summary>
        /// بلدتي كفريا والفوعة، محافظات ريمة وحجة والمحويت: the names listed after a dual or plural place descriptor are
        /// places: the lists' places among them even where the word is an ordinary one too (حجة), and after a dual, its
        /// second name though no list knows it (الفوعة). The list is one word per name, joined by و or commas; it ends at
        /// the first word that is no such name (مدن عدة، ولايتي كارولينا الشمالية والجنوبية: an adjective).
        /// </summary>
        private void PlaceList(int i)
        {
            if (_tokens[i].Kind != TokenKind.ArabicWord || !_rules.PlaceListDescriptors.Contains(_norm[i]))
            {
                return;
            }

            bool dual = _norm[i].EndsWith("تي", StringComparison.Ordinal);
            Span<(int Token, int Start, bool Known, bool Definite)> items = stackalloc (int, int, bool, bool)[MaxListedPlaces];
            int count = 0;
            bool comma = false, known = false;
            int knownCount = 0;
            string? code = null;
            for (int t = i + 1; count < MaxListedPlaces && t < Count && (comma || Joined(t)) && _tokens[t].Kind == TokenKind.ArabicWord; t++)
            {
                string word = _norm[t];
                int start = _tokens[t].Start;
                if (count > 0 && word.Length >= 4 && word[0] == 'و' && (!comma || _gaz.Root.Child(word) is null))
                {
                    word = word[1..]; // وحجة، and after a comma ، والراهدة
                    start++;
                }
                else if (count > 0 && !comma)
                {
                    break;
                }

                bool isPlace = false;
                foreach (Option o in Options(t))
                {
                    if (o.Start == start && _gaz.Root.Child(o.Lookup)?.Entry is { Kind: GazetteerKind.Place or GazetteerKind.Country } entry)
                    {
                        isPlace = true;
                        code = !known ? entry.CountryCode : code == entry.CountryCode ? code : null; // the country all the known names share
                    }
                }

                bool common = (_gaz.FlagsOf(word) & WordFlags.Common) != 0;
                if (!isPlace && (word.Length < 3 || _function[t] || _rules.FunctionWordsAsWritten.Contains(_text.AsSpan(start, _tokens[t].End - start)) ||
                    IsAdjective(word) || _rules.DirectionAdjectives.Root.Child(word)?.Entry is not null || _rules.Compass.Root.Child(word)?.Entry is not null ||
                    _rules.PlaceDescriptors.Root.Child(word)?.Entry is not null || _rules.PlaceListDescriptors.Contains(word) ||
                    (common && word.StartsWith("ال", StringComparison.Ordinal)) || _gaz.Root.Child(word) is not null || NoPlaceName(word)))
                {
                    break; // مدن عدة، مناطق الجنوب، ولايتي كارولينا الشمالية والجنوبية؛ مدينتي عين العرب، بيت سحم: the first word of a longer name
                }

                // an ordinary word (حجة، سوسة) is a name only inside the list, with another name after it
                bool followed = t + 1 < Count && ((_tokens[t + 1].Kind == TokenKind.Punctuation && _text[_tokens[t + 1].Start] is '،' or ',') ||
                    (Joined(t + 1) && _norm[t + 1].Length >= 4 && _norm[t + 1][0] == 'و'));
                if (!isPlace && common && !followed)
                {
                    break;
                }

                if (!isPlace && !followed && (word.StartsWith("بال", StringComparison.Ordinal) || _text[_tokens[t].End - 1] == 'ه' || word.EndsWith("هم", StringComparison.Ordinal) ||
                    _rules.CueVerbs.Root.Child(word) is not null || word is "حسب" or "حسبما" or "وفق" or "وفقا"))
                {
                    break; // the clause goes on after the list: وبالتزامن، نفذته، حسبما
                }

                items[count++] = (t, start, isPlace, word.StartsWith("ال", StringComparison.Ordinal));
                knownCount += isPlace ? 1 : 0;
                known |= isPlace;
                comma = false;
                while (t + 1 < Count && _tokens[t + 1].Kind == TokenKind.Punctuation && _text[_tokens[t + 1].Start] is '،' or ',')
                {
                    comma = true; // محافظات إب، تعز، الحديدة
                    t++;
                }
            }

            // a dual names two places; a plural list, as many as it holds, once one of them is a known place
            if (count < 2 || (!dual && !known))
            {
                return;
            }

            for (int k = 0; k < (dual ? 2 : count); k++)
            {
                var (t, start, isPlace, definite) = items[k];
                if (!dual && k == count - 1 && !isPlace && knownCount < 2 && !definite)
                {
                    break; // the last word of a short list, indefinite and unknown, may be the next clause's (… وزيارة)
                }

                if (!isPlace)
                {
                    Add(t, t + 1, start, EntityType.Place, OriginalText(start, _tokens[t].End), code, 0.85f, 5);
                }
            }
        }

        /// <summary>ل + the article, a word with the pronoun ها, or an imperfect verb (a known word with ي and ت swapped): no place name.</summary>
        private bool NoPlaceName(string n) =>
            n.StartsWith("لل", StringComparison.Ordinal) || (n.EndsWith("ها", StringComparison.Ordinal) && !n.StartsWith("ال", StringComparison.Ordinal)) ||
            (n.Length >= 4 && n[0] is 'ي' or 'ت' && (_gaz.FlagsOf((n[0] == 'ت' ? "ي" : "ت") + n[1..]) & WordFlags.Common) != 0);

        /// <summary>An indefinite feminine nisba (سهلية، ساحلية after normalization): an adjective, when no list names it.</summary>
        private static bool IndefiniteNisba(string n) =>
            n.Length >= 5 && n.EndsWith("يه", StringComparison.Ordinal) && !n.StartsWith("ال", StringComparison.Ordinal);

        /// <summary>How often each normalized word, and each pair of adjacent words, occurs in the document: one pass, so that rules asking "elsewhere in the document?" cost no rescan.</summary>
        private sealed class DocumentWordCounts
        {
            public DocumentWordCounts(string[] norm, int count)
            {
                for (int t = 0; t < count; t++)
                {
                    Words[norm[t]] = Words.GetValueOrDefault(norm[t]) + 1;
                    if (t > 0)
                    {
                        Pairs[(norm[t - 1], norm[t])] = Pairs.GetValueOrDefault((norm[t - 1], norm[t])) + 1;
                    }
                }
            }

            public Dictionary<string, int> Words { get; } = new(StringComparer.Ordinal);

            public Dictionary<(string Previous, string Word), int> Pairs { get; } = [];
        }

        /// <summary>حقل سنبلان ... من سنبلان إلى: a one-word name the document introduced after a descriptor names the same place elsewhere.</summary>
        private void NamedPlacesAgain()
        {
            for (int i = 0; i < Count; i++)
            {
                if (!IsWord(i) || (i > 0 && (_rules.QuoteHeads.Root.Child(_norm[i - 1])?.Entry is not null || _rules.OrgHeads.Root.Child(_norm[i - 1])?.Entry is not null)))
                {
                    continue; // شركة سنبلان: the company named after the place
                }

                foreach (Option o in Options(i))
                {
                    if (_namedPlaces!.Contains(o.Lookup))
                    {
                        Add(i, i + 1, o.Start, EntityType.Place, OriginalText(o.Start, _tokens[i].End), null, 0.5f, 0);
                        break;
                    }
                }
            }
        }

        /// <summary>
        /// رأس تنورة، جبل طارق: a feature word and the name after it are one place, since the name alone would be a person
        /// or another place; true when the words are settled here (a place added, or not a place: على رأس، مسقط رأس),
        /// false to leave a known place after the word (جبل لبنان) to the descriptor rule.
        /// </summary>
        private bool FeaturePlace(int i, Option opt)
        {
            int k = i + 1;
            if (_rootNode[k]?.Entry is { Kind: GazetteerKind.Place or GazetteerKind.Country })
            {
                return false;
            }

            // رأس (a head) and عين، بئر، تل (ordinary words and verbs) were no descriptors before: a name that fails here is
            // no place; after the other feature words it is left to the descriptor rule (وادي العطفين → العطفين)
            bool settle = opt.Lookup == "راس" || _rules.ContextFeatureWords.Contains(opt.Lookup);
            ReadOnlySpan<char> proclitics = _text.AsSpan(_tokens[i].Start, opt.Start - _tokens[i].Start);
            ReadOnlySpan<char> word = _text.AsSpan(opt.Start, _tokens[i].End - opt.Start);
            if (proclitics.ContainsAnyExcept('و', 'ب') || (opt.Lookup == "بير" && !word.Contains('ئ')) || (opt.Lookup != "راس" && word.ContainsAny('أ', 'إ', 'آ')))
            {
                return settle; // كتل = ك + تل, فراس, كبير: a plural, a name, an adjective; وأدى = و + a verb, not وادي
            }

            bool prefixed = proclitics.Contains('ب');
            string before = i > 0 && Joined(i) && IsWord(i - 1) ? _norm[i - 1] : "";
            if (!prefixed && ((opt.Lookup == "راس" && before is "علي" or "مسقط") || before.Length == 1 ||
                ((_gaz.FlagsOf(before) & WordFlags.FirstName) != 0 && (_gaz.FlagsOf(before) & WordFlags.Common) == 0)))
            {
                return settle; // على رأس الوفد، مسقط رأس الزعيم، ق تل (a split word), محمود جبل (a family name)
            }

            if (_rules.ContextFeatureWords.Contains(opt.Lookup) && !prefixed && !PlaceContext(i) && before is not ("من" or "الي" or "قرب" or "عند" or "حول" or "نحو"))
            {
                return true; // عيّن، a verb, unless a preposition or a descriptor says a place follows
            }

            string n = _norm[k];
            WordFlags f = _flags[k];
            if (_tokens[k].Kind != TokenKind.ArabicWord || n.Length < 3 || _function[k] || (f & WordFlags.Common) != 0 || _rootNode[k]?.Entry is { Kind: not GazetteerKind.Person } ||
                (n[0] == 'و' && (f & WordFlags.FirstName) == 0) || n.EndsWith("ها", StringComparison.Ordinal) || n.EndsWith("هم", StringComparison.Ordinal) ||
                OrdinaryAccusative(n, f) || _rules.CueVerbs.Root.Child(n) is not null || n.StartsWith("بال", StringComparison.Ordinal) || n.StartsWith("لل", StringComparison.Ordinal) ||
                (n[^1] == 'ه' && (_gaz.FlagsOf(n.AsSpan(0, n.Length - 1)) & WordFlags.Common) != 0) ||
                (n.StartsWith("ال", StringComparison.Ordinal) && (n.EndsWith("ات", StringComparison.Ordinal) || n.EndsWith("ين", StringComparison.Ordinal) || n.EndsWith("ون", StringComparison.Ordinal) ||
                    (_gaz.FlagsOf(n.AsSpan(2)) & WordFlags.Common) != 0)))
            {
                return settle; // رأس المؤلفين، رأس ماله، جبل باليمن: a definite plural or noun, a possessive, a preposition
            }

            if ((f & (WordFlags.FirstName | WordFlags.PersonAlone)) != 0)
            {
                // صداع في رأس جوزيه: the person the document names elsewhere (not after this feature word), not a place
                _wordCounts ??= new DocumentWordCounts(_norm, Count);
                if (_wordCounts.Words[n] > _wordCounts.Pairs.GetValueOrDefault((_norm[i], n)))
                {
                    return settle;
                }
            }

            int last = k + 1;
            if (last < Count && Joined(last) && _rules.DirectionAdjectives.Root.Child(_norm[last])?.Entry is not null)
            {
                last++; // جبل حسان الشمالي
            }

            // the feature word's standard spelling (راس → رأس) names the place, as a reader would write it
            string canonical = opt.Lookup == "راس" && _text[opt.Start + 1] == 'ا'
                ? "رأس" + OriginalText(opt.Start + 3, _tokens[last - 1].End)
                : OriginalText(opt.Start, _tokens[last - 1].End);
            Add(i, last, opt.Start, EntityType.Place, canonical, null, 0.8f, 4);
            return true;
        }

        private bool IsNameToken(int k, bool first)
        {
            if (k >= Count || _tokens[k].Kind != TokenKind.ArabicWord || (k > 0 && !Joined(k)))
            {
                return false;
            }

            string n = _norm[k];
            if (_rules.NameConnectors.Contains(n))
            {
                return n != "فان" || IsParticle(k); // فإن (then) normalizes to the particle
            }

            if (n.Length < 2 || _function[k])
            {
                return false;
            }

            if (!first && k > 0 && _rules.NameConnectors.Contains(_norm[k - 1]) && _norm[k - 1] is not ("لو" or "دي" or "دو" or "دا") &&
                _tokens[k].Kind == TokenKind.ArabicWord && n.Length >= 3)
            {
                return true; // عبد الرزاق، بن عبدالرحمن: after عبد، بن، أبو the next word belongs to the name
            }

            WordFlags f = _flags[k];
            if (!first && n.Length > 3 && n[0] == 'و' && (_gaz.FlagsOf(n.AsSpan(1)) & (WordFlags.FirstName | WordFlags.PersonAlone)) != 0 && (_gaz.FlagsOf(n.AsSpan(1)) & WordFlags.Common) == 0)
            {
                return false; // أحمد السعيد وحسن مصطفى، بوش وبلير: و + a given name or a known surname starts the next person, whatever a corpus that keeps و attached says
            }

            bool common = (f & WordFlags.Common) != 0;
            if (PrepositionAndNoun(n, f))
            {
                return false; // بركلات الترجيح: ب + a noun, whatever a list's stray person says
            }

            bool named = (f & (WordFlags.FirstName | WordFlags.PersonAlone)) != 0 || ((f & WordFlags.NamePart) != 0 && !common);
            if (!first && !named && n.Length >= 5 && (n.StartsWith("يت", StringComparison.Ordinal) || n.StartsWith("يست", StringComparison.Ordinal) || n.StartsWith("تت", StringComparison.Ordinal)))
            {
                return false; // نبيل يتقمص: an imperfect verb after the name
            }

            if (!named && common)
            {
                return false;
            }

            if (!named && n.Length >= 4 && n[0] is 'ت' or 'ي' && (_gaz.FlagsOf((n[0] == 'ت' ? "ي" : "ت") + n[1..]) & WordFlags.Common) != 0)
            {
                return false; // ترقد beside يرقد: a verb
            }

            if (!named && n.Length > 5 && n[0] is 'ب' or 'ل' or 'ك' && (n.AsSpan(1).StartsWith("است") || n.AsSpan(1).StartsWith("انت") || n.AsSpan(1).StartsWith("اعت") || n.AsSpan(1).StartsWith("اخت")))
            {
                return false; // باستلام: a preposition + a verbal noun
            }

            if (!named && ((first && n.StartsWith("ال", StringComparison.Ordinal)) || n.EndsWith("ها", StringComparison.Ordinal) || n.EndsWith("هم", StringComparison.Ordinal) ||
                (n.Length > 4 && n[0] == 'س' && n[1] is 'ي' or 'ت' or 'ن')))
            {
                return false;
            }

            if (!named && n.Length > 3 && n[0] is 'ب' or 'ل' or 'ك' or 'و' or 'ف' && (_gaz.FlagsOf(n.AsSpan(1)) & WordFlags.Common) != 0)
            {
                return false;
            }

            if (!first && !named && n.Length > 3 && n[0] is 'ل' or 'ب' && (_gaz.FlagsOf(n.AsSpan(1)) & (WordFlags.FirstName | WordFlags.PersonAlone)) != 0)
            {
                return false; // قال الأمير وليام لعباس: "to" + another person's name, not the next word of this one
            }

            if (!named && n.Length > 3 && n[^1] == 'ه' && (_gaz.FlagsOf(n.AsSpan(0, n.Length - 1)) & WordFlags.Common) != 0)
            {
                return false; // صاحبة: the feminine of an ordinary word
            }

            if (!named && OrdinaryAccusative(n, f))
            {
                return false; // قدم برنامجا: an indefinite accusative of an ordinary word
            }

            if (!named && ((!first && n[0] == 'و') || n.StartsWith("بال", StringComparison.Ordinal) || n.StartsWith("لل", StringComparison.Ordinal) ||
                n.StartsWith("وال", StringComparison.Ordinal) || n.StartsWith("فال", StringComparison.Ordinal) || n.StartsWith("كال", StringComparison.Ordinal)))
            {
                return false;
            }

            if (_rootNode[k] is { Entry: { } e } && e.Kind != GazetteerKind.Person && !named &&
                !(e.Kind == GazetteerKind.Place && !first && (_flags[k] & WordFlags.Common) == 0))
            {
                return false; // a known place can still end a name in progress (برونو ماستيلا)
            }

            return named || (!StartsTitle(n) && !_rules.FirstWords.Contains(n)); // رئيس مجلس إدارة: a head noun, not a name
        }

        /// <summary>
        /// بركلات (ب + ركلات, "by kicks"): a frequent word that a list holds as a person alone but no given name, made of ب، ل
        /// or ك and another frequent word (كمال, a name word of no such list, stays a name).
        /// </summary>
        private bool PrepositionAndNoun(string n, WordFlags f) =>
            n.Length > 4 && n[0] is 'ب' or 'ل' or 'ك' && (f & (WordFlags.Common | WordFlags.PersonAlone)) == (WordFlags.Common | WordFlags.PersonAlone) &&
            (f & WordFlags.FirstName) == 0 && (_gaz.FlagsOf(n.AsSpan(1)) & WordFlags.Common) != 0;

        /// <summary>بياناتنا، اهتمامنا: an ordinary word with the pronoun "our", no name word of the lists.</summary>
        private bool OrdinaryWithOur(string n, WordFlags f) =>
            (f & (WordFlags.FirstName | WordFlags.PersonAlone | WordFlags.NamePart)) == 0 && n.Length >= 5 && n.EndsWith("نا", StringComparison.Ordinal) &&
            (_gaz.FlagsOf(n.AsSpan(0, n.Length - 2)) & WordFlags.Common) != 0;

        /// <summary>برنامجا، حظا: the indefinite accusative of an ordinary word (no name flag of its own).</summary>
        private bool OrdinaryAccusative(string n, WordFlags f) =>
            (f & (WordFlags.FirstName | WordFlags.PersonAlone | WordFlags.NamePart)) == 0 && n.Length >= 3 && n[^1] == 'ا' &&
            (_gaz.FlagsOf(n.AsSpan(0, n.Length - 1)) & WordFlags.Common) != 0;

        private int NameEnd(int j, int max, bool startsName = true)
        {
            int k = j;
            while (k < Count && k - j < max && IsNameToken(k, startsName && k == j))
            {
                k++;
            }

            while (k > j && _rules.NameConnectors.Contains(_norm[k - 1]))
            {
                k--;
            }

            return k;
        }

        /// <summary>الرئيس الروسي فلاديمير بوتين: a title, optional nationality or modifier words, then the name.</summary>
        private void TitledPerson(int i)
        {
            var (end, _, _) = BestMatch(_rules.Titles, i);
            if (end <= 0 || (end == i + 1 && IsAdjective(_norm[i]) && i > 0 && Joined(i) && _norm[i - 1].StartsWith("ال", StringComparison.Ordinal) && !_function[i - 1]))
            {
                return; // على الصعيد السياسي: a nisba title (السياسي) after a definite noun is its adjective
            }

            int j = end;
            for (int guard = 0; guard < 4 && j < Count && Joined(j); guard++)
            {
                if (BetweenTitleAndName(j))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (j < Count && _tokens[j].Kind == TokenKind.Punctuation && _norm[j] is "،" or "," or "(" && j + 1 < Count)
            {
                j++;
            }

            if (j >= Count)
            {
                return;
            }

            if (_tokens[j].Kind == TokenKind.Hashtag)
            {
                Hashtag(j, person: true);
                return;
            }

            if (_tokens[j].Kind == TokenKind.ArabicWord && _norm[j].Length > 3 && _norm[j][0] == 'و' && NoNameFlag(j))
            {
                // الوزير وإردوغان: a conjunction before the name; the person starts after it
                string rest = _norm[j][1..];
                if ((_gaz.FlagsOf(rest) & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) != 0)
                {
                    int kk = NameEnd(j + 1, 3, startsName: false);
                    int start = Options(j).Length > 1 ? Options(j)[1].Start : _tokens[j].Start + 1;
                    Add(j, kk, start, EntityType.Person, OriginalText(start, _tokens[kk - 1].End), null, 0.7f, 3);
                }

                return;
            }

            if (OrganizationHeadWord(j) || _rules.PlaceDescriptors.Root.Child(_norm[j])?.Entry is not null)
            {
                return; // الرئيس المنتدب لجامعة …، المتحدث باسم إقليم …: the title's organization or place follows, no name
            }

            if (_norm[j] is ['ل' or 'ب', _, _, ..] && BestMatch(_gaz, j) is (int of, { Kind: GazetteerKind.Organization or GazetteerKind.Country }, var at) &&
                at.Start > _tokens[j].Start && of < Count && Joined(of) && (_flags[of] & WordFlags.FirstName) != 0)
            {
                j = of; // رئيس المكتب السياسي لحماس خالد مشعل: the title's organization or country, then a given name
            }

            int k = NameEnd(j, 4);
            if (k == j && IsTitleName(j))
            {
                k = NameEnd(j + 1, 3, startsName: false);
                k = Math.Max(k, j + 1);
            }

            if (k == j && _tokens[j].Kind == TokenKind.ArabicWord && !_norm[j].StartsWith("ال", StringComparison.Ordinal) && !_function[j] && _norm[j].Length >= 3 &&
                (_flags[j] & (WordFlags.FirstName | WordFlags.NamePart)) != 0 && _rootNode[j] is not { Entry: not null } &&
                !_norm[j].EndsWith("ته", StringComparison.Ordinal) && !_norm[j].EndsWith("ها", StringComparison.Ordinal) && !_norm[j].EndsWith("هم", StringComparison.Ordinal) &&
                ((_flags[j] & WordFlags.FirstName) != 0 || _norm[j][0] is not ('ب' or 'ل' or 'ك')))
            {
                k = j + 1; // الطفلة جود: after a title even an ordinary-looking given name is a name
            }

            if (k > j)
            {
                float conf = !NoNameFlag(j) ? 0.85f : 0.7f;
                Add(j, k, _tokens[j].Start, EntityType.Person, OriginalText(_tokens[j].Start, _tokens[k - 1].End), null, conf, 3);
            }
        }

        /// <summary>After a title, an ordinary-looking word can still be a name (مولود): not a function word, not definite, not known as something else.</summary>
        private bool IsTitleName(int j) =>
            _tokens[j].Kind == TokenKind.ArabicWord && (j == 0 || Joined(j)) && _norm[j].Length >= 3 && !_function[j] &&
            !_norm[j].StartsWith("ال", StringComparison.Ordinal) && !_norm[j].StartsWith("لل", StringComparison.Ordinal) && // المستشار السياسي للجبهة
            !(_norm[j].Length > 4 && _norm[j].AsSpan(1).StartsWith("ال", StringComparison.Ordinal) && _norm[j][0] is 'ب' or 'و' or 'ف' or 'ك') && _rootNode[j] is not { Entry: not null } &&
            !StartsTitle(j) && _rules.CueVerbs.Root.Child(_norm[j]) is null && !OrganizationHeadWord(j) && !OrdinaryTitleFollower(j) &&
            j + 1 < Count && Joined(j + 1) && IsNameToken(j + 1, false);

        /// <summary>
        /// Ordinary words that follow a title or a reporting verb without being a name, though the word after them looks
        /// like one (an unknown word): a preposition joined to an ordinary noun (السفير السعودي بسبب اختفاء X), the head of
        /// an institution (قالت وزارة العدل إن), and a plural noun of the lists' ordinary words (يقول مسؤولون أمميون إن).
        /// A word of the lists' names is none of these.
        /// </summary>
        private bool OrdinaryTitleFollower(int j)
        {
            string n = _norm[j];
            if ((_flags[j] & (WordFlags.FirstName | WordFlags.PersonAlone | WordFlags.NamePart)) != 0)
            {
                return false;
            }

            if ((_ruleStarts[j] & (_rules.Institutions.RuleBit | _rules.ConstructInstitutions.RuleBit)) != 0 ||
                (n.Length > 3 && n[0] is 'ب' or 'ل' && (_gaz.FlagsOf(n.AsSpan(1)) & WordFlags.Common) != 0 && (_gaz.FlagsOf(n.AsSpan(1)) & WordFlags.FirstName) == 0))
            {
                return true;
            }

            return (_flags[j] & WordFlags.Common) != 0 && n.Length >= 5 && (n.EndsWith("ون", StringComparison.Ordinal) || n.EndsWith("ين", StringComparison.Ordinal));
        }

        /// <summary>
        /// لجامعة، بجامعة، حزب، قسم: the head of an organization's name or a unit of one (رئيس قسم الأبحاث), with or without
        /// a proclitic, names no person.
        /// </summary>
        private bool OrganizationHeadWord(int j)
        {
            string w = _norm[j];
            string bare = w.Length > 3 && w[0] is 'ب' or 'ل' or 'و' or 'ف' or 'ك' ? w[1..] : w;
            return _rules.OrgHeads.Root.Child(w)?.Entry is not null || _rules.OrgHeads.Root.Child(bare)?.Entry is not null ||
                _rules.Departments.Contains(w) || _rules.Departments.Contains(bare);
        }

        /// <summary>رجب طيب إردوغان: a known given name followed by more name words.</summary>
        private void FirstNamePerson(int i)
        {
            bool wholeCommon = (_flags[i] & WordFlags.Common) != 0;
            foreach (Option o in Options(i))
            {
                if (wholeCommon && !ReferenceEquals(o.Lookup, _norm[i]))
                {
                    continue;
                }

                WordFlags f = o.Flags;
                bool isFirst = (f & WordFlags.FirstName) != 0 && (f & WordFlags.Common) == 0;
                bool compound = o.Lookup == "عبد" && i + 1 < Count && _norm[i + 1].StartsWith("ال", StringComparison.Ordinal);
                if (!isFirst && !compound)
                {
                    continue;
                }

                int k = NameEnd(i + 1, 3, startsName: false);
                for (int t = i + 1; t < k; t++)
                {
                    if (_rules.Titles.Root.Child(_norm[t])?.Entry is not null && NoNameFlag(t))
                    {
                        k = t; // وهو ابن نائب سابق، محمد نائب الرئيس: a title is no part of the name
                        break;
                    }
                }

                if (k - i >= 2)
                {
                    Add(i, k, o.Start, EntityType.Person, OriginalText(o.Start, _tokens[k - 1].End), null, 0.7f, 2);
                }

                return;
            }

            NamePairPerson(i);
        }

        /// <summary>
        /// تسيبي باتشان: a word the lists know only inside names (no given name, no ordinary word, not definite) before a
        /// surname they know alone is one person, with no title or cue verb (five folds of ANERcorp train: PERS +3 tp, −3 fp).
        /// </summary>
        private void NamePairPerson(int i)
        {
            int j = i + 1;
            if (j >= Count || !Joined(j) || _tokens[i].Kind != TokenKind.ArabicWord || _tokens[j].Kind != TokenKind.ArabicWord || _function[i] || _function[j] ||
                _norm[i].StartsWith("ال", StringComparison.Ordinal) || _norm[j].StartsWith('و')) // بوش وبلير: و starts the next person
            {
                return;
            }

            WordFlags a = _flags[i], b = _flags[j];
            if (((a | b) & WordFlags.Common) != 0 || (a & WordFlags.NamePart) == 0 || (b & WordFlags.PersonAlone) == 0 ||
                _rootNode[i]?.Entry is { Kind: not GazetteerKind.Person } || _rootNode[j]?.Entry is { Kind: not GazetteerKind.Person })
            {
                return;
            }

            Add(i, j + 1, _tokens[i].Start, EntityType.Person, OriginalText(_tokens[i].Start, _tokens[j].End), null, 0.6f, 2);
        }

        /// <summary>#راوول_كاسترو: a hashtag naming a known entity or a person; the span leaves out the # sign.</summary>
        private void Hashtag(int i, bool person = false)
        {
            Token t = _tokens[i];
            int start = t.Start + 1;
            string[] parts = _norm[i].TrimStart('#').Split('_', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                return;
            }

            GazetteerEntry? e = _gaz.Find(string.Join(' ', parts));
            int underscore = _text.IndexOf('_', t.Start, t.Length);
            if (e is null && parts.Length >= 2 && underscore > 0 && _rules.FeatureWords.Contains(parts[0]))
            {
                if (parts.Length == 2 && (_gaz.FlagsOf(parts[1]) & WordFlags.Common) == 0 && _gaz.Find(parts[1]) is null or { Kind: GazetteerKind.Place })
                {
                    Add(i, i + 1, start, EntityType.Place, OriginalText(start, t.End).Replace('_', ' '), null, 0.6f, 3); // #جبل_حسان: the name needs its feature word
                }

                return; // #رأس_المال_الأجنبي
            }

            if (e is null && parts.Length >= 2 && underscore > 0 &&
                (_rules.PlaceDescriptors.Find(parts[0]) is not null || (parts[0] == "قطاع" && _gaz.Find(string.Join(' ', parts[1..])) is { Kind: GazetteerKind.Place })))
            {
                // #حقل_سنبلان: a descriptor then the name; the span is the name (#قطاع_غزة too, though قطاع, a sector, is no descriptor elsewhere)
                int nameStart = underscore + 1;
                GazetteerEntry? inner = _gaz.Find(string.Join(' ', parts[1..]));
                if (inner is null or { Kind: GazetteerKind.Place })
                {
                    Add(i, i + 1, nameStart, EntityType.Place, OriginalText(nameStart, t.End).Replace('_', ' '), inner?.CountryCode, 0.6f, 3);
                    if (parts.Length == 2 && inner is null && (_gaz.FlagsOf(parts[1]) & WordFlags.Common) == 0)
                    {
                        (_namedPlaces ??= new HashSet<string>(StringComparer.Ordinal)).Add(parts[1]);
                    }
                }

                return;
            }

            if (e is null && parts.Length == 2 && _rules.Institutions.Find(parts[0]) is not null && _gaz.Find(parts[1]) is { Kind: GazetteerKind.Nationality } nat)
            {
                Add(i, i + 1, start, EntityType.Organization, OriginalText(start, t.End).Replace('_', ' '), nat.CountryCode, 0.8f, 5); // #الحكومة_الكوبية
            }
            else if (e is { } x)
            {
                Add(i, i + 1, start, TypeOf(x.Kind), x.Canonical, x.CountryCode, x.Confidence, 5);
            }
            else if (parts.Length >= 2 && (person || (_gaz.FlagsOf(parts[0]) & WordFlags.FirstName) != 0))
            {
                Add(i, i + 1, start, EntityType.Person, OriginalText(start, t.End).Replace('_', ' '), null, person ? 0.8f : 0.6f, 3);
            }
        }

        private string OriginalText(int start, int end) => _text[start..end];

        /// <summary>From token <paramref name="from"/> on, the last token that starts before <paramref name="end"/>.</summary>
        private int LastTokenStartingBefore(int from, int end)
        {
            int last = from;
            while (last + 1 < Count && _tokens[last + 1].Start < end)
            {
                last++;
            }

            return last;
        }

        /// <summary>The first token whose end lies after <paramref name="offset"/> (binary search).</summary>
        private int FirstTokenEndingAfter(int offset)
        {
            int lo = 0, hi = Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_tokens[mid].End > offset)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return lo;
        }

        /// <summary>
        /// One-word names from the city lists that read as ordinary words (أراد a verb, مقالة a noun, بصره = بصر + ه,
        /// وجده = و + a city spelt with ه, بورصة لندن a noun before a place) are dropped where the model sees nothing there
        /// and neither a place context (<see cref="ArabicLexicon.ListPlaceContext"/>) nor another mention of the document supports them.
        /// A country named like a nisba adjective in use (<see cref="FeminineIsOrdinary"/>: مالي "financial") after an
        /// ordinary indefinite noun (<see cref="CountryAsAdjective"/>) is dropped even where the model sees a place, unless
        /// that noun is a name word, a title, a place context or shaped like a verb (محلل مالي، but شهدت مالي).
        /// </summary>
        private void DropOrdinaryListPlaces(List<Candidate> chosen, ModelMention[] model)
        {
            if (!_owner._useModel || (_owner._model ?? SequenceModel.Default) is null)
            {
                return; // without the model, nothing says where a name stands
            }

            // Which tokens a model mention covers, and which places the document supports somewhere: one pass each,
            // so that a long document costs no rescan per candidate.
            byte[] covered = ArrayPool<byte>.Shared.Rent(Count); // 1: a model place or organization covers the token, 2: from 0.8
            byte[]? person = null; // tokens a model person covers (1: from 0.6, 2: from 0.8), only when there is one
            bool[]? drop = null; // an array only when a place is dropped (a stackalloc here would have the JIT optimize this long method at once)
            try
            {
                covered.AsSpan(0, Count).Clear();
                foreach (ModelMention m in model)
                {
                    byte level = m.Type != ModelEntityType.Person ? (byte)0 : m.Confidence >= 0.8f ? (byte)2 : m.Confidence >= 0.6f ? (byte)1 : (byte)0;
                    if (level > 0 && person is null)
                    {
                        person = ArrayPool<byte>.Shared.Rent(Count);
                        person.AsSpan(0, Count).Clear();
                    }

                    for (int t = FirstTokenEndingAfter(m.Start); t < Count && _tokens[t].Start < m.End; t++)
                    {
                        // a film or a product (MISC) or a person over a list town is no support for the place
                        if (m.Type is ModelEntityType.Location or ModelEntityType.Organization)
                        {
                            covered[t] = Math.Max(covered[t], m.Confidence >= 0.8f ? (byte)2 : (byte)1);
                        }
                        if (level > 0)
                        {
                            person![t] = Math.Max(person[t], level);
                        }
                    }
                }

                Dictionary<(EntityType, string), (int Supported, int All)>? supported = null;
                for (int n = 0; n < chosen.Count; n++)
                {
                    Candidate c = chosen[n];
                    bool ordinary = c.Type == EntityType.Place ? c.Priority == 4 && c.Confidence < 0.9f && OrdinaryReading(c) : c.Type == EntityType.Country && CountryAsAdjective(c);
                    if (ordinary && ReadAsPerson(c, person))
                    {
                        (drop ??= new bool[chosen.Count])[n] = true; // جو بايدن (ب + أيدن)، الطالبة مريم: a town where the model reads a person's name
                        continue;
                    }

                    if (ordinary && c.Type == EntityType.Country && FeminineIsOrdinary(c.TokStart) && NoNameFlag(c.TokStart - 1) &&
                        !StartsTitle(c.TokStart - 1) && !VerbShaped(c.TokStart - 1) && !_rules.ListPlaceContext.Contains(_norm[c.TokStart - 1]))
                    {
                        (drop ??= new bool[chosen.Count])[n] = true; // محلل مالي، دعم مالي: the adjective, whatever the model reads
                        continue;
                    }

                    if (!ordinary || c.TokEnd != c.TokStart + 1 || SupportedPlace(c, covered) || (n > 0 && Neighbours(chosen[n - 1], c)) || (n + 1 < chosen.Count && Neighbours(c, chosen[n + 1])))
                    {
                        continue;
                    }

                    if (supported is null)
                    {
                        supported = [];
                        foreach (Candidate other in chosen)
                        {
                            if (other.Type is EntityType.Place or EntityType.Country)
                            {
                                var (yes, all) = supported.GetValueOrDefault((other.Type, other.Canonical));
                                supported[(other.Type, other.Canonical)] = (yes + (SupportedPlace(other, covered) && !ReadAsPerson(other, person) ? 1 : 0), all + 1);
                            }
                        }
                    }

                    // the same place supported elsewhere in the document (this one is not, so it is another mention); a
                    // town the corpus rarely writes as a place needs support at a third of its mentions (القمح: the crop,
                    // thirteen times, once where the model saw a place)
                    var (supportedMentions, mentions) = supported.GetValueOrDefault((c.Type, c.Canonical));
                    if (supportedMentions == 0 || ((_flags[c.TokStart] & WordFlags.RarelyPlace) != 0 && c.Start == _tokens[c.TokStart].Start && 3 * supportedMentions < mentions))
                    {
                        (drop ??= new bool[chosen.Count])[n] = true;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(covered);
                if (person is not null)
                {
                    ArrayPool<byte>.Shared.Return(person);
                }
            }

            if (drop is not null)
            {
                int kept = 0;
                for (int n = 0; n < chosen.Count; n++)
                {
                    if (!drop[n])
                    {
                        chosen[kept++] = chosen[n];
                    }
                }

                chosen.RemoveRange(kept, chosen.Count - kept);
            }
        }

        /// <summary>
        /// في مشهد مؤثر، وفي مشهد آخر: a city named with an ordinary noun (<see cref="ArabicLexicon.NounsNamingPlaces"/>) is
        /// the noun unless, at one of its mentions in the document at least, a descriptor comes before it (مدينة مشهد), a
        /// nisba after it (مشهد الإيرانية), or another place beside it (طهران ومشهد); the lists and the model read the
        /// city everywhere (ANERcorp tags only the city).
        /// </summary>
        private void DropNounsReadAsPlaces(List<Candidate> chosen)
        {
            bool Reads(Candidate c) => c.Type == EntityType.Place && c.TokEnd - c.TokStart == 1 && c.Priority < UserPriority && _rules.NounsNamingPlaces.Contains(KeyOf(c));
            HashSet<string>? cued = null;
            bool any = false;
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                if (!Reads(c))
                {
                    continue;
                }

                any = true;
                int t = c.TokStart;
                string before = t > 0 && Joined(t) ? _norm[t - 1] : "";
                bool descriptor = _rules.PlaceDescriptors.Root.Child(before)?.Entry is not null ||
                    (before.Length > 3 && before[0] is 'ب' or 'و' or 'ل' && _rules.PlaceDescriptors.Root.Child(before.AsSpan(1))?.Entry is not null);
                bool nisba = n + 1 < chosen.Count && chosen[n + 1].Type == EntityType.Nationality && chosen[n + 1].TokStart == c.TokEnd && Joined(c.TokEnd);
                bool beside = (n > 0 && Neighbours(chosen[n - 1], c)) || (n + 1 < chosen.Count && Neighbours(c, chosen[n + 1]));
                if (descriptor || nisba || beside)
                {
                    (cued ??= new HashSet<string>(StringComparer.Ordinal)).Add(KeyOf(c));
                }
            }

            if (any)
            {
                chosen.RemoveAll(c => Reads(c) && cued?.Contains(KeyOf(c)) != true);
            }
        }

        /// <summary>الجبيل وينبع، موزع، البرح: two places joined by و or a comma support each other (side by side, بورصة لندن, they are a construct).</summary>
        private bool Neighbours(Candidate first, Candidate second) =>
            first.Type is EntityType.Place or EntityType.Country && second.Type is EntityType.Place or EntityType.Country &&
            ((first.TokEnd == second.TokStart && second.Start > _tokens[second.TokStart].Start && _text[_tokens[second.TokStart].Start] == 'و') ||
             (first.TokEnd + 1 == second.TokStart && (_tokens[first.TokEnd].Kind == TokenKind.Punctuation || _norm[first.TokEnd] == "و")));

        /// <summary>
        /// A one-word list place that reads as an ordinary word where a model person covers it: a town read off a
        /// proclitic, with a confident person (بايدن = ب + أيدن; after و only where the person starts there, ويندي, not
        /// where و joins two names the model ran together), or a town the corpus rarely writes as a place (مريم، ديفيد).
        /// </summary>
        private bool ReadAsPerson(Candidate c, byte[]? person)
        {
            int t = c.TokStart;
            if (person is null || c.TokEnd != t + 1 || person[t] == 0)
            {
                return false;
            }

            return c.Start > _tokens[t].Start
                ? person[t] == 2 && (_text[c.Start - 1] is 'ب' or 'ل' or 'ك' || t == 0 || person[t - 1] == 0)
                : (_flags[t] & WordFlags.RarelyPlace) != 0 && !PlaceContextBefore(t); // not المتحدث باسم إقليم X
        }

        /// <summary>A list place whose word also reads as an ordinary word: frequent in the corpus, a proclitic split off a word, a pronoun on a noun (or a verb's shape with final ى for the name's ي), a noun before another place, a verb after أنه.</summary>
        private bool OrdinaryReading(Candidate c)
        {
            int t = c.TokStart;
            WordFlags flags = _flags[t];
            foreach (Option o in Options(t))
            {
                if (o.Start == c.Start)
                {
                    flags = o.Flags;
                }
            }

            return (flags & (WordFlags.Common | WordFlags.RarelyPlace)) != 0 || (c.Start > _tokens[t].Start && !_norm[t].StartsWith("لل", StringComparison.Ordinal)) || // للرياض: ل + the city
                (_text[c.End - 1] == 'ه' && c.Canonical.EndsWith('ة')) || (_text[c.End - 1] == 'ى' && c.Canonical.EndsWith('ي') && _text[c.Start] is 'ت' or 'ي' or 'أ' or 'ن') || // تسنى له: a verb, not the town تسني
                (t + 1 < Count && Joined(t + 1) && _rootNode[t + 1]?.Entry is { Kind: GazetteerKind.Place or GazetteerKind.Country } && (_flags[t + 1] & WordFlags.Common) == 0) ||
                (t > 0 && Joined(t) && _norm[t - 1] is "انه" or "انها" or "بانه" or "بانها" or "لانه" or "لانها" or "كانه" or "كانها"); // بأنه حرض على: a verb after أنه
        }

        /// <summary>
        /// عمان without a shadda is Amman, the Jordanian capital, to the lists (only سلطنة عمان names the country), and
        /// Oman to news about Oman: where the document names Oman otherwise (سلطنة عمان، العماني، مسقط) and never Jordan
        /// (الأردن، الأردني), the bare word is the country.
        /// </summary>
        private void OmanOrAmman(List<Candidate> chosen)
        {
            int amman = -1;
            bool oman = false, jordan = false;
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                bool city = c.Type == EntityType.Place && c.Code == "JO" && c.TokEnd == c.TokStart + 1 && _norm[c.TokStart].EndsWith("عمان", StringComparison.Ordinal);
                oman |= c.Code == "OM";
                jordan |= c.Code == "JO" && !city;
                if (amman < 0 && BareAmman(c))
                {
                    amman = n; // the first bare عمان (عمّان with its shadda is the city whatever the document says)
                }
            }

            if (amman < 0 || jordan || !oman)
            {
                return;
            }

            GazetteerEntry? country = _gaz.Find(GazetteerKey.Of("سلطنة عمان"));
            if (country is not { Kind: GazetteerKind.Country, CountryCode: "OM" } om)
            {
                return;
            }

            for (int n = amman; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                if (BareAmman(c))
                {
                    chosen[n] = c with { Type = EntityType.Country, Canonical = om.Canonical, Code = "OM" };
                }
            }
        }

        /// <summary>The list's Amman written عمان, one word without the shadda of عمّان.</summary>
        private bool BareAmman(Candidate c) =>
            c.Type == EntityType.Place && c.Code == "JO" && c.TokEnd == c.TokStart + 1 && _norm[c.TokStart].EndsWith("عمان", StringComparison.Ordinal) &&
            _text.AsSpan(c.Start, c.End - c.Start).IndexOf('\u0651') < 0;

        /// <summary>
        /// قرى سورية، طائرات روسية وسورية: a country named like the feminine of its nisba (سورية = سوري + ة) right after
        /// an indefinite word, or after another nationality and و, is the adjective: a nationality pointing to the country.
        /// After a preposition or a definite word (في سورية، الأزمة سورية) it stays the country, and so does a definite name
        /// (تدخل السعودية).
        /// </summary>
        private void CountriesAsNisbas(List<Candidate> chosen)
        {
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                int t = c.TokStart;
                if (AccusativeNisba(c) || DefiniteNisbaAfterDefinite(c))
                {
                    chosen[n] = c with { Type = EntityType.Nationality };
                    continue;
                }

                int proclitic = c.Start > _tokens[t].Start ? 1 : 0; // وسورية: the nisba is read without the و
                if (c.Type != EntityType.Country || c.TokEnd != t + 1 || t == 0 || !Joined(t) || _tokens[t - 1].Kind != TokenKind.ArabicWord ||
                    _norm[t].Length < 5 || !_norm[t].EndsWith("يه", StringComparison.Ordinal) || _text.AsSpan(c.Start).StartsWith("ال", StringComparison.Ordinal) ||
                    _gaz.Root.Child(_norm[t].AsSpan(proclitic, _norm[t].Length - proclitic - 1))?.Entry is not { Kind: GazetteerKind.Nationality } nat ||
                    nat.CountryCode != c.Code)
                {
                    continue;
                }

                string before = _norm[t - 1];
                bool coordinated = proclitic == 1 && _text[_tokens[t].Start] == 'و' && n > 0 && chosen[n - 1].Type == EntityType.Nationality && chosen[n - 1].TokEnd == t;
                bool afterNoun = proclitic == 0 && !_function[t - 1] && before.Length >= 3 && !before.StartsWith("ال", StringComparison.Ordinal) &&
                    (_ruleStarts[t - 1] & _rules.FirstWordsMask) == 0 && !StartsTitle(before) && !OrganizationHeadWord(t - 1) &&
                    !_rules.ListPlaceContext.Contains(before) && _rootNode[t - 1]?.Entry is null;
                if (coordinated || afterNoun)
                {
                    chosen[n] = c with { Type = EntityType.Nationality };
                }
            }
        }

        /// <summary>
        /// السعودية: a definite country name that is the definite feminine of its own nisba (ال + سعودي + ة) reads as that
        /// nisba where an adjective can stand; this gives the nationality entry of the masculine form.
        /// </summary>
        private GazetteerEntry? DefiniteCountryNisba(int t)
        {
            if (t >= Count || !IsWord(t) || _rootNode[t]?.Entry is not { Kind: GazetteerKind.Country } country)
            {
                return null;
            }

            string n = _norm[t];
            return n.Length >= 6 && n.StartsWith("ال", StringComparison.Ordinal) && n.EndsWith("يه", StringComparison.Ordinal) &&
                _gaz.Root.Child(n.AsSpan(2, n.Length - 3))?.Entry is { Kind: GazetteerKind.Nationality } nat && nat.CountryCode == country.CountryCode ? nat : null;
        }

        /// <summary>
        /// السلطات السعودية، القنصلية السعودية، بالعاصمة السعودية: such a country right after a definite word describes it:
        /// a nationality. العربية السعودية is the country's name, a masculine plural before it is a subject (هاجم الحوثيون
        /// السعودية), and after a preposition, a verb, a proclitic or punctuation (في السعودية، تقوده السعودية، والسعودية)
        /// it stays the country.
        /// </summary>
        private bool DefiniteNisbaAfterDefinite(Candidate c)
        {
            int t = c.TokStart;
            if (c.Type != EntityType.Country || c.TokEnd != t + 1 || c.Start != _tokens[t].Start || t == 0 || !Joined(t) ||
                _tokens[t - 1].Kind != TokenKind.ArabicWord || _function[t - 1] || DefiniteCountryNisba(t) is null)
            {
                return false;
            }

            string before = _norm[t - 1];
            return IsDefinite(t - 1) && !before.EndsWith("عربيه", StringComparison.Ordinal) && !before.EndsWith("ون", StringComparison.Ordinal) &&
                !StartsTitle(before);
        }

        /// <summary>
        /// A definite word, with or without proclitics before its article (السلطات، والسلطات، بالعاصمة، للقنصلية); the
        /// article is written with a bare alef, which tells it from a verb in أل (ألقت).
        /// </summary>
        private bool IsDefinite(int k)
        {
            ReadOnlySpan<char> w = _norm[k];
            int p = w.Length > 4 && w[0] is 'و' or 'ف' ? 1 : 0;
            if (w.Length > p + 4 && w[p] is 'ب' or 'ك' && w[(p + 1)..].StartsWith("ال", StringComparison.Ordinal))
            {
                p++;
            }

            int raw = _tokens[k].Start + p;
            return w.Length > p + 3 && (w[p..].StartsWith("ال", StringComparison.Ordinal) || w[p..].StartsWith("لل", StringComparison.Ordinal)) && // للقنصلية = ل + القنصلية
                raw < _tokens[k].End && _text[raw] is 'ا' or 'ل';
        }

        /// <summary>
        /// 60 دبلوماسياً روسياً، 13 مواطنا روسيا: a country named like the accusative of its nisba (روسيا = روسي + ا) with
        /// tanween, or right after a counted noun in the accusative, is the adjective. زار الرئيس روسيا stays the country.
        /// </summary>
        private bool AccusativeNisba(Candidate c)
        {
            int t = c.TokStart;
            string n = _norm[t];
            if (c.Type != EntityType.Country || c.TokEnd != t + 1 || c.Start != _tokens[t].Start || n.Length < 5 || !n.EndsWith("يا", StringComparison.Ordinal) ||
                _gaz.Root.Child(n.AsSpan(0, n.Length - 1))?.Entry is not { Kind: GazetteerKind.Nationality } nat || nat.CountryCode != c.Code)
            {
                return false;
            }

            if (_text[_tokens[t].End - 1] == '\u064B')
            {
                return true; // روسياً: the tanween of an adjective
            }

            // a counted noun in the accusative (13 مواطنا روسيا); not any word in ا, which adverbs share (يزور غدا روسيا)
            string before = t > 1 && Joined(t) && _tokens[t - 1].Kind == TokenKind.ArabicWord ? _norm[t - 1] : string.Empty;
            return before.Length >= 4 && before[^1] == 'ا' && !before.StartsWith("ال", StringComparison.Ordinal) && !_function[t - 1] &&
                _tokens[t - 2].Kind == TokenKind.Number && (_flags[t - 1] & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) == 0 &&
                _rootNode[t - 1]?.Entry is null;
        }

        /// <summary>
        /// مبلغ مالي، دعم مالي: a country whose name is also a nisba adjective (مالي "financial"), after an indefinite noun
        /// that is no head of a name (شمال مالي، رئيس مالي) and no feminine noun in construct (حكومة مالي).
        /// </summary>
        private bool CountryAsAdjective(Candidate c)
        {
            int t = c.TokStart;
            if (c.TokEnd != t + 1 || c.Start != _tokens[t].Start || t == 0 || !Joined(t) || _tokens[t - 1].Kind != TokenKind.ArabicWord ||
                _norm[t][^1] != 'ي' || _norm[t].StartsWith("ال", StringComparison.Ordinal))
            {
                return false; // only an indefinite name shaped like a nisba (مالي); قرار السعودية is a construct
            }

            string before = _norm[t - 1];
            return before.Length >= 3 && !before.StartsWith("ال", StringComparison.Ordinal) && before[^1] is not ('ه' or 'ة') && !_function[t - 1] &&
                (_ruleStarts[t - 1] & _rules.FirstWordsMask) == 0 && _rootNode[t - 1]?.Entry is null && OrdinaryIndefinite(t - 1);
        }

        /// <summary>
        /// مالي → مالية: the word + ة is an ordinary word of the lists, so the word is also a nisba adjective in use
        /// (not أوروغواي or تشيلي, whose forms with ة nobody writes).
        /// </summary>
        private bool FeminineIsOrdinary(int t)
        {
            string w = _norm[t];
            if (w.Length > 16)
            {
                return false;
            }

            Span<char> feminine = stackalloc char[w.Length + 1];
            w.AsSpan().CopyTo(feminine);
            feminine[^1] = 'ه'; // the matching form writes ة as ه
            return (_gaz.FlagsOf(feminine) & WordFlags.Common) != 0;
        }

        /// <summary>شهدت، تعاني، لتعود: a word shaped like a verb (ت or ي first, or ت last, after at most two proclitics), whose subject or object a country may be.</summary>
        private bool VerbShaped(int t)
        {
            ReadOnlySpan<char> w = _norm[t];
            for (int p = 0; p < 2 && w.Length > 4 && w[0] is 'و' or 'ف' or 'ل'; p++)
            {
                w = w[1..];
            }

            return w.Length >= 3 && (w[0] is 'ت' or 'ي' || w[^1] == 'ت');
        }

        /// <summary>An ordinary word without the article, or a proclitic + one (لمبلغ، بتعاون).</summary>
        private bool OrdinaryIndefinite(int t)
        {
            foreach (Option o in Options(t))
            {
                if ((o.Flags & WordFlags.Common) != 0 && !o.Lookup.StartsWith("ال", StringComparison.Ordinal) && (o.Flags & (WordFlags.FirstName | WordFlags.PersonAlone)) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The model sees a name at the candidate (a mention covers one of its tokens), or a place context introduces it.
        /// A town the corpus rarely writes as a place needs the model to be sure (عشاق كرة القدم، السوشيال ميديا: the
        /// model half sees a place in such a word), and a town written with ه where its name has ة needs the model at all
        /// (في مقاله: "in his article", where any noun can follow في).
        /// </summary>
        private bool SupportedPlace(Candidate c, byte[] covered)
        {
            int t = c.TokStart;
            byte needed = (_flags[t] & WordFlags.RarelyPlace) != 0 && c.Start == _tokens[t].Start ? (byte)2 : (byte)1;
            for (int k = c.TokStart; k < c.TokEnd; k++)
            {
                if (covered[k] >= needed)
                {
                    return true;
                }
            }

            if (_text[c.End - 1] == 'ه' && c.Canonical.EndsWith('ة'))
            {
                return false;
            }

            if (t + 1 < Count && Joined(t + 1) && _rootNode[t + 1]?.Entry is { Kind: GazetteerKind.Place or GazetteerKind.Country } && (_flags[t + 1] & WordFlags.Common) == 0)
            {
                return false; // في بورصة لندن: a noun in construct with the place after it, whatever comes before
            }

            if ((_flags[t] & WordFlags.RarelyPlace) != 0 && c.Start == _tokens[t].Start)
            {
                // a town the corpus rarely writes as a place (القمح، الملاحة) takes no support from من, which its
                // ordinary reading follows as often (إنتاج البلاد من القمح)
                return PlaceContextBefore(t) && _norm[t - 1] is not ("من" or "ومن");
            }

            if (c.Start > _tokens[t].Start && (ReadingFlags(t, c.Start) & WordFlags.RarelyPlace) != 0)
            {
                return PlaceContextBefore(t); // إصابته بالتهاب رئوي: ب is "with" before such a word, not "in"
            }

            // بمدينة، بالمنستير: ب is "in" before a name, but "with" or "by" before an ordinary word (بعصابة، by a gang)
            return (c.Start > _tokens[t].Start && _text[_tokens[t].Start] == 'ب' && c.Start - _tokens[t].Start == 1 && (ReadingFlags(t, c.Start) & WordFlags.Common) == 0) ||
                PlaceContextBefore(t);
        }

        /// <summary>The gazetteer flags of the reading of token t that starts at <paramref name="start"/> (a proclitic split off).</summary>
        private WordFlags ReadingFlags(int t, int start)
        {
            foreach (Option o in Options(t))
            {
                if (o.Start == start)
                {
                    return o.Flags;
                }
            }

            return _flags[t];
        }

        /// <summary>في، إلى، مدينة، إقليم … right before token t: where a place stands.</summary>
        private bool PlaceContextBefore(int t) =>
            t > 0 && Joined(t) && (_rules.ListPlaceContext.Contains(_norm[t - 1]) || _rules.PlaceDescriptors.Root.Child(_norm[t - 1])?.Entry is not null ||
                (_norm[t - 1].Length > 3 && _norm[t - 1][0] is 'ب' or 'و' && _rules.ListPlaceContext.Contains(_norm[t - 1][1..])));

        /// <summary>
        /// The statistical model proposes names the lists and rules did not find (people, organizations and places above
        /// a confidence threshold), and it overrides the weak heuristic candidates it disagrees with: a span guessed
        /// from name-word flags (وكرر بوش، فؤاد السنيورة الولايات، بوش وبلير) yields to a confident mention that
        /// overlaps it. Gazetteer names and the construction rules (state names, institution + nisba, compass regions)
        /// are never overridden: they decide type and canonical.
        /// </summary>
        private void AddModelMentions(List<Candidate> chosen, ModelMention[] model)
        {
            if (model.Length == 0)
            {
                SortByStart(chosen);
                return;
            }

            // 1 + the index in chosen of the candidate covering each character, 0 when none
            int[] owner = ArrayPool<int>.Shared.Rent(_text.Length);
            bool[] removed = ArrayPool<bool>.Shared.Rent(chosen.Count);
            try
            {
                AddModelMentions(chosen, model, owner.AsSpan(0, _text.Length), removed.AsSpan(0, chosen.Count));
            }
            finally
            {
                ArrayPool<int>.Shared.Return(owner);
                ArrayPool<bool>.Shared.Return(removed);
            }
        }

        private void AddModelMentions(List<Candidate> chosen, ModelMention[] model, Span<int> owner, Span<bool> removed)
        {
            owner.Clear();
            removed.Clear();
            _namedPersons = null; // allocated only for a document that names a person in more than one word
            foreach (Candidate c in chosen)
            {
                if (c.Type == EntityType.Person && c.TokEnd - c.TokStart >= 2)
                {
                    (_namedPersons ??= []).Add((_norm[c.TokStart], _norm[c.TokEnd - 1]));
                }
            }

            for (int n = 0; n < chosen.Count; n++)
            {
                owner.Slice(chosen[n].Start, chosen[n].End - chosen[n].Start).Fill(n + 1);
            }

            bool removedAny = false;
            List<(string First, string Last)>? modelPersons = null; // the model's longer persons so far (see WithoutNounBeforeKnownPerson)
            foreach (ModelMention proposed in model)
            {
                ModelMention m = WithinHashtag(proposed);
                m = m.Type == ModelEntityType.Person ? WithoutTrailingRole(WithoutNounBeforeKnownPerson(KeepGivenNameWhole(WithoutLeadingFunctionWord(EndBeforePreposition(m))), modelPersons))
                    : m.Type == ModelEntityType.Location ? WithoutTrailingNationality(m, chosen, owner) : m;
                float threshold = m.Type switch { ModelEntityType.Person => 0.6f, ModelEntityType.Organization => 0.5f, ModelEntityType.Location => LonePlaceConfidence, _ => 2f };
                if (m.End <= m.Start || m.Start < 0 || m.End > _text.Length ||
                    (m.Confidence < threshold && !(m.Type == ModelEntityType.Person && m.Confidence >= 0.4f && (AfterNationality(m, chosen, owner) || SpeakerSlot(m)))))
                {
                    continue;
                }

                EntityType type = m.Type switch
                {
                    ModelEntityType.Person => EntityType.Person,
                    ModelEntityType.Organization => EntityType.Organization,
                    _ => EntityType.Place,
                };
                if (type == EntityType.Person && _rules.TeamWords.Contains(_norm[LastTokenStartingBefore(FirstTokenEndingAfter(m.Start), m.End)]))
                {
                    type = EntityType.Organization; // ليستر سيتي، غولدن ستيت، روكتس: a team, which the model reads as a person
                }

                // the candidates under the mention: none, or one weak candidate the mention corrects
                int under1 = 0;
                int nisba = 0; // 1 + the index of a nationality that ends the mention as the surname of the given name under1 (خالد المصري)
                bool blocked = false;
                ReadOnlySpan<int> under = owner.Slice(m.Start, m.End - m.Start);
                for (int c = 0; c < under.Length && !blocked; c++)
                {
                    int o = under[c];
                    if (o > 0 && o != under1 && o != nisba && under1 > 0 && nisba == 0 && NisbaSurname(m, chosen[under1 - 1], chosen[o - 1]))
                    {
                        nisba = o;
                    }
                    else if (o != 0 && o != under1 && o != nisba)
                    {
                        // another model mention, a strong candidate, or a second candidate (بوتين إردوغان: two names the rules saw apart)
                        blocked = o < 0 || under1 != 0 || !(IsWeak(chosen[o - 1]) || HoldsPlace(m, chosen[o - 1], type) || Lengthens(m, chosen[o - 1], type) || NamesAfterPlace(m, chosen[o - 1], type) || Shortens(m, chosen[o - 1], type));
                        under1 = o;
                    }
                }

                if (m.Type == ModelEntityType.Location && under1 != 0 && m.Confidence < CorrectingPlaceConfidence)
                {
                    continue; // a place the model is less sure of only fills a gap, it corrects no candidate of the rules
                }

                bool patronymic = type == EntityType.Person && under1 != 0 && (blocked || !Corrects(chosen[under1 - 1], m, type)) && JoinsPatronymic(m, under, chosen);
                if (!patronymic && (blocked || (under1 > 0 && !Corrects(chosen[under1 - 1], m, type) && !HoldsPlace(m, chosen[under1 - 1], type) && !Lengthens(m, chosen[under1 - 1], type) && !NamesAfterPlace(m, chosen[under1 - 1], type))))
                {
                    continue;
                }

                int first = FirstTokenEndingAfter(m.Start);
                int lastToken = LastTokenStartingBefore(first, m.End);

                if (first >= Count || _tokens[first].Start >= m.End)
                {
                    continue;
                }

                // a person the rules found is a name, however frequent its words (صباح الأحمد الجابر الصباح)
                bool ordinary = !(type == EntityType.Person && first == lastToken && m.Confidence >= 0.8f && (_flags[first] & (WordFlags.NamePart | WordFlags.PersonAlone)) != 0 && SpeakerSlot(m)) &&
                    !(type == EntityType.Person && under1 > 0 && chosen[under1 - 1].Type == EntityType.Person);
                for (int t = first; t <= lastToken && ordinary; t++)
                {
                    ordinary = _function[t] || (_flags[t] & WordFlags.Common) != 0 || _tokens[t].Kind == TokenKind.Punctuation ||
                        _rules.EthnicGroups.Contains(_norm[t]); // الأكراد والتركمان
                }

                if (ordinary)
                {
                    continue; // only ordinary words: not a name, whatever the model says
                }

                if (type == EntityType.Person && lastToken == first + 1 && TwoKnownSurnames(first))
                {
                    continue; // كيف سيوقف كلوب رونالدو؟: the surnames of two persons the document names in full, side by side
                }

                if (type == EntityType.Person && MixedScripts(first, lastToken))
                {
                    continue; // آيفون XS، أيونيك BASE: a product and its model, not a person
                }

                if (type == EntityType.Organization && first == lastToken && (OrganizationHeadWord(first) || DefiniteHead(first)))
                {
                    continue; // ويحوز حزب فيكتور أوربان، وقالت المنظمة: a head without its name is none
                }

                if (type == EntityType.Organization && lastToken > first && Traffic(first + 1))
                {
                    continue; // حركة الملاحة في مضيق هرمز: traffic, not a movement
                }

                if (type == EntityType.Place && DescriptorsOnly(first, lastToken))
                {
                    continue; // في شبه جزيرة سيناء: the descriptor without its name is none
                }

                if (type == EntityType.Organization && lastToken > first && OrganizationHeadWord(first) && !_norm[first].StartsWith("ال", StringComparison.Ordinal) &&
                    (IndefiniteNisbasOnly(first + 1, lastToken) || (_norm[lastToken] == "غير" && lastToken + 1 < Count && IndefiniteNisbasOnly(first + 1, lastToken + 1))))
                {
                    // عضو في منظمة إرهابية، منظمة غير حكومية: an indefinite head and its indefinite adjectives name a kind, not an
                    // organization (nor does the head and غير alone, where the model stops before the adjective)
                    continue;
                }

                if (LetterNamesOnly(first, lastToken, out bool number) && (number || type == EntityType.Person || (first == lastToken && !Dotted(first))))
                {
                    continue; // فيتامين بي 12، إف 16: a vitamin or a model, not an organization; letters alone are no person
                }

                if (type == EntityType.Person && first == lastToken && DefiniteNisbaPlural(_norm[first]))
                {
                    continue; // وقال للصحافيين: "to the journalists", a definite plural in يين or يون, not a person
                }

                if (type == EntityType.Person && PluralInConstruct(first))
                {
                    continue; // ويقول منتقدو القانون، إسرائيليو اليسار: a plural noun in construct (its ون lost), not a name
                }

                if (type != EntityType.Place && first == lastToken && DefiniteDualOfOrdinary(first))
                {
                    continue; // تعادل المنتخبان، مباراة الفريقين: the two teams, a dual of an ordinary noun, not a name (a village may be one: الدرجين)
                }

                if (type == EntityType.Person && _norm[lastToken] == "الله" && (first == lastToken || !AllahNamePart(lastToken - 1)))
                {
                    continue; // الله، يلهمني الله: God, not a person (عبد الله، نصر الله، فضل الله are names)
                }

                if (type == EntityType.Organization && GenericForce(first, lastToken))
                {
                    continue; // قوات الأمن، الشرطة: the forces of wherever the text is, not a named organization
                }

                if (type == EntityType.Organization && m.Confidence < 0.8f && first == lastToken && first + 1 < Count && Joined(first + 1) &&
                    Single(first + 1, GazetteerKind.Nationality) is not null &&
                    (_text.AsSpan(m.Start).StartsWith("ال", StringComparison.Ordinal) || !_norm[first + 1].StartsWith("ال", StringComparison.Ordinal)))
                {
                    // بالريال السعودي، ريال سعودي: a noun described by a nisba that agrees with it in definiteness is a thing,
                    // unless the model is sure it is a name (a club takes the article on its nisba alone: ليون الفرنسي)
                    continue;
                }

                if (type == EntityType.Organization && CountedNoun(first))
                {
                    continue; // 300 ريال، مليار ريال سنويا، نيسان/أبريل: a counted noun or a month, not a name
                }

                if (type == EntityType.Organization && under1 > 0 && chosen[under1 - 1].Type == EntityType.Place && lastToken + 1 < Count && Joined(lastToken + 1) &&
                    _norm[lastToken + 1] is ['ا', 'ل', .., 'ي', 'ه'] && Single(lastToken + 1, GazetteerKind.Nationality) is not null)
                {
                    continue; // نابولي الإيطالية: a city takes a feminine nisba, the club named after it a masculine one
                }

                if (patronymic)
                {
                    // every person the mention joins gives way to it
                    for (int c = 0; c < under.Length; c++)
                    {
                        if (under[c] > 0)
                        {
                            Candidate gone = chosen[under[c] - 1];
                            removed[under[c] - 1] = true;
                            removedAny = true;
                            owner.Slice(gone.Start, gone.End - gone.Start).Clear();
                        }
                    }
                }
                else if (under1 > 0)
                {
                    foreach (int o in (ReadOnlySpan<int>)[under1, nisba])
                    {
                        if (o > 0)
                        {
                            Candidate gone = chosen[o - 1];
                            removed[o - 1] = true;
                            removedAny = true;
                            owner.Slice(gone.Start, gone.End - gone.Start).Clear();
                        }
                    }
                }

                string canonical = _tokens[first].Kind == TokenKind.Hashtag ? OriginalText(m.Start, m.End).Replace('_', ' ') : OriginalText(m.Start, m.End);
                string? code = null;
                if (type == EntityType.Place && BestMatch(_gaz, first) is (int listedEnd, { Kind: GazetteerKind.Country or GazetteerKind.Place } listed, var listedAt) &&
                    listedEnd == lastToken + 1 && listedAt.Start == m.Start)
                {
                    // بجامعة مصر الدولية: a place the model finds where the lists know it keeps the lists' type, name and code
                    type = listed.Kind == GazetteerKind.Country ? EntityType.Country : EntityType.Place;
                    canonical = listed.Canonical;
                    code = listed.CountryCode;
                }

                chosen.Add(new Candidate(first, lastToken + 1, m.Start, m.End, type, canonical, code, m.Confidence * 0.9f, 0));
                if (type == EntityType.Person && lastToken > first)
                {
                    (modelPersons ??= []).Add((_norm[first], _norm[lastToken]));
                }

                owner.Slice(m.Start, m.End - m.Start).Fill(-1); // the model's own: never overridden
            }

            if (removedAny)
            {
                int kept = 0;
                for (int n = 0; n < chosen.Count; n++)
                {
                    if (n >= removed.Length || !removed[n])
                    {
                        chosen[kept++] = chosen[n];
                    }
                }

                chosen.RemoveRange(kept, chosen.Count - kept);
            }

            SortByStart(chosen);
        }

        /// <summary>True when tokens t and t+1 are the last words of two different persons the rules found in more than one word.</summary>
        private bool TwoKnownSurnames(int t)
        {
            if (_namedPersons is null)
            {
                return false;
            }

            string? firstOfA = null, firstOfB = null;
            foreach (var (first, last) in _namedPersons)
            {
                if (first == _norm[t] && last == _norm[t + 1])
                {
                    return false; // the two words are one person of the document
                }

                firstOfA ??= last == _norm[t] ? first : null;
                firstOfB ??= last == _norm[t + 1] ? first : null;
            }

            return firstOfA is not null && firstOfB is not null && firstOfA != firstOfB;
        }

        /// <summary>True when every word of tokens first..last is a word of <see cref="ArabicLexicon.GenericForces"/> (after a proclitic too).</summary>
        private bool GenericForce(int first, int last)
        {
            for (int t = first; t <= last; t++)
            {
                string w = _norm[t];
                if (!IsWord(t) || (!_rules.GenericForces.Contains(w) &&
                    !(w.Length > 3 && w[0] is 'و' or 'ف' or 'ب' or 'ل' && _rules.GenericForces.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.AsSpan(1)))))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Sorts candidates by start as <c>List.Sort</c> with a start comparison does. Chosen candidates do not overlap,
        /// so their starts differ and the order is unique: it sorts (start, index) keys instead of moving 48-byte
        /// candidates through a delegate, and returns at once when they are in order; equal starts take the original sort.
        /// </summary>
        private static void SortByStart(List<Candidate> list)
        {
            Span<Candidate> items = CollectionsMarshal.AsSpan(list);
            bool sorted = true;
            for (int n = 1; n < items.Length && sorted; n++)
            {
                sorted = items[n - 1].Start < items[n].Start;
            }

            if (sorted)
            {
                return;
            }

            long[] keys = ArrayPool<long>.Shared.Rent(items.Length);
            Candidate[] copy = ArrayPool<Candidate>.Shared.Rent(items.Length);
            try
            {
                Span<long> k = keys.AsSpan(0, items.Length);
                for (int n = 0; n < items.Length; n++)
                {
                    k[n] = ((long)items[n].Start << 32) | (uint)n;
                }

                k.Sort();
                for (int n = 1; n < k.Length; n++)
                {
                    if (k[n] >> 32 == k[n - 1] >> 32)
                    {
                        list.Sort((a, b) => a.Start.CompareTo(b.Start));
                        return;
                    }
                }

                items.CopyTo(copy);
                for (int n = 0; n < k.Length; n++)
                {
                    items[n] = copy[(int)(uint)k[n]];
                }
            }
            finally
            {
                Array.Clear(copy, 0, items.Length);
                ArrayPool<Candidate>.Shared.Return(copy);
                ArrayPool<long>.Shared.Return(keys);
            }
        }

        /// <summary>
        /// True when the mention is one word between a reporting verb and what it reports or the speaker's title (وأضاف
        /// الزرنوقي أن، وأشار السقاف إلى، وقال البدري مدير الكرة): the speaker's place, where the model needs less
        /// certainty (0.4) that a word no list knows is a person, and a surname that is also an ordinary word (البدري) is
        /// the name when the model is sure (0.8).
        /// </summary>
        private bool SpeakerSlot(ModelMention m)
        {
            int first = FirstTokenEndingAfter(m.Start);
            int next = first + 1;
            if (first == 0 || next >= Count || _tokens[first].End != m.End || !Joined(first) || !Joined(next) || BestMatch(_rules.CueVerbs, first - 1).End != first)
            {
                return false; // وأشار: the verb may carry و or ف
            }

            return _tokens[next].Kind == TokenKind.Punctuation ? _norm[next] is "،" or "," or ":" :
                _norm[next] is "ان" or "انه" or "انها" or "الي" || _rules.Titles.Root.Child(_norm[next])?.Entry is not null; // وقال البدري مدير الكرة
        }

        /// <summary>
        /// True when the mention follows a nationality adjective the rules found (للبرازيلي فريد، والبرتغالي تياغو): sports
        /// and culture news name foreign people so, and the model is less sure of unseen foreign names.
        /// </summary>
        private bool AfterNationality(ModelMention m, List<Candidate> chosen, ReadOnlySpan<int> owner)
        {
            int first = FirstTokenEndingAfter(m.Start);
            if (first == 0 || first >= Count || !Joined(first) || _tokens[first].Start != m.Start)
            {
                return false;
            }

            int o = owner[_tokens[first - 1].End - 1];
            return o > 0 && chosen[o - 1].Type == EntityType.Nationality && chosen[o - 1].TokEnd == first;
        }

        /// <summary>
        /// True when a model mention overlapping a weak candidate corrects it: another type, or a span that drops words
        /// no list knows as name words (وكرر بوش → بوش، فؤاد السنيورة الولايات → فؤاد السنيورة) and adds no title or head
        /// noun (a person does not start at ائتلاف); a person is only ever shortened, never lengthened.
        /// </summary>
        private bool Corrects(Candidate c, ModelMention m, EntityType type)
        {
            if (c.Start == m.Start && c.End == m.End)
            {
                return !SameClass(c.Type, type);
            }

            for (int t = c.TokStart; t < c.TokEnd; t++)
            {
                bool dropped = _tokens[t].End <= m.Start || _tokens[t].Start >= m.End;
                if (dropped && c.Type == EntityType.Person && type == EntityType.Person && !NoNameFlag(t))
                {
                    return false; // a given name or surname the model leaves out: the rule had evidence for it
                }

                if (dropped && t == c.TokStart && c.Type == EntityType.Person && type == EntityType.Person && AfterTitle(t) &&
                    !(m.Confidence >= 0.99f && (_flags[t] & WordFlags.Common) != 0))
                {
                    return false; // الرئيس السابق جيب بوش: so had it for the word right after a title, unless an ordinary word the model is all but sure of leaving out (الرئيس الإيطالي اسم جوزيبي كونتي)
                }
            }

            for (int t = FirstTokenEndingAfter(m.Start); t < Count && _tokens[t].Start < m.End; t++)
            {
                bool addedWord = t < c.TokStart || t >= c.TokEnd;
                if (addedWord && (_rules.FirstWords.Contains(_norm[t]) || _function[t] || (_flags[t] & (WordFlags.Common | WordFlags.PersonAlone)) != 0 ||
                    (c.Type == EntityType.Person && type == EntityType.Person)))
                {
                    return false; // قمة بوتين إردوغان: a person the rules found is not run into the next name
                }
            }

            return true;
        }


        /// <summary>
        /// True when a confident model name holds a one-word place or nationality of the lists and more name words:
        /// a club named after its city (دينامو كييف، سسكا موسكو: the place, or the club <see cref="Clubs"/> made of it, last) or a person whose given name is also a
        /// place or a nisba (كيني ميلر، طاهر عبدالعزيز: the place first), or whose surname is a town's name when the model
        /// is sure (جيمي موراليس: the place last). The added words must look like names: no function word, ordinary word,
        /// title or head noun, no other list entry.
        /// </summary>
        private bool HoldsPlace(ModelMention m, Candidate c, EntityType type)
        {
            if (m.Confidence < 0.75f || c.TokEnd - c.TokStart != 1 || c.Type is not (EntityType.Place or EntityType.Nationality or EntityType.Organization) ||
                c.Start < m.Start || c.End > m.End || !(c.Start > m.Start || c.End < m.End))
            {
                return false;
            }

            int first = FirstTokenEndingAfter(m.Start);
            int last = LastTokenStartingBefore(first, m.End);

            bool placeFirst = c.TokStart == first, placeLast = c.TokStart == last;
            // جيمي موراليس: a surname that some town is also called, after a given name the model is sure of
            bool surnamePlace = type == EntityType.Person && placeLast && c.Type == EntityType.Place && m.Confidence >= 0.9f && c.Priority < UserPriority;
            if (!(type == EntityType.Organization ? placeLast && c.Type is EntityType.Place or EntityType.Organization : type == EntityType.Person && ((placeFirst && c.Type != EntityType.Organization) || surnamePlace)))
            {
                return false;
            }

            for (int t = first; t <= last; t++)
            {
                if (t != c.TokStart && (!IsWord(t) || _function[t] || (_flags[t] & WordFlags.Common) != 0 || _rules.FirstWords.Contains(_norm[t]) ||
                    _rootNode[t] is { Entry: not null }))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// True when a confident model person holds a person the rules found and more name words around it (عمر حسن +
        /// البشير after a title, نبيل + عبد المنعم): the rules stop where their lists do, the model does not. The added
        /// words must look like names (no function word, ordinary word, title, head noun or other list entry), and a
        /// one-word name known alone (بوتين) is complete: قمة بوتين إردوغان stays two people.
        /// </summary>
        private bool Lengthens(ModelMention m, Candidate c, EntityType type)
        {
            if (type != EntityType.Person || c.Type != EntityType.Person || m.Confidence < LengthenConfidence || c.Start < m.Start || c.End > m.End ||
                (c.Start == m.Start && c.End == m.End) || c.Priority > 3)
            {
                return false;
            }

            // بوتين: a name known alone is complete; only a given name before it, or a father's name after it, adds to it
            bool complete = c.TokEnd - c.TokStart == 1 && (_flags[c.TokStart] & (WordFlags.PersonAlone | WordFlags.FirstName)) == WordFlags.PersonAlone;
            bool titled = c.Start == m.Start && c.TokStart > 0 && AfterTitle(c.TokStart);

            for (int t = FirstTokenEndingAfter(m.Start); t < Count && _tokens[t].Start < m.End; t++)
            {
                if (t >= c.TokStart && t < c.TokEnd)
                {
                    continue;
                }

                WordFlags f = _flags[t];
                // البشير، خميس: names that are words too; وليد الحديد، خالد المصري: the word that ends the model's mention after a lone given name is its surname
                bool surname = SurnameAfterGivenName(m, c, t);
                // a name word that is also an ordinary word joins where the model is sure, or, with the article, fairly sure after a title (الشيخ صباح الأحمد الجابر الصباح)
                bool common = (f & WordFlags.Common) != 0 &&
                    !((f & WordFlags.NamePart) != 0 && (m.Confidence >= 0.9f || (titled && m.Confidence >= 0.8f && _norm[t].StartsWith("ال", StringComparison.Ordinal)))) &&
                    !surname && !InnerFamilyName(m, t, titled ? 0.8f : 0.9f);
                if (_tokens[t].Kind != TokenKind.ArabicWord || (t > 0 && !Joined(t)) || _function[t] || common || OrdinaryAccusative(_norm[t], f) ||
                    ((f & (WordFlags.NamePart | WordFlags.FirstName)) == 0 && PrepositionAndArticle(t)) ||
                    (complete && t >= c.TokEnd && (f & WordFlags.FirstName) == 0 && !SurnameOfKnownName(m, c, t)) ||
                    _rules.FirstWords.Contains(_norm[t]) || StartsTitle(t) || _rules.CueVerbs.Root.Child(_norm[t]) is not null ||
                    (_rootNode[t] is { Entry: { } entry } && (f & (WordFlags.NamePart | WordFlags.FirstName)) == 0 && !(surname && entry.Kind == GazetteerKind.Nationality)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A name the lists know alone (شكري، مايكل) is complete unless the model is all but sure (0.95) that word t after
        /// it is its surname, and t is no other person's: not a person the lists know alone, nor the last word of a longer
        /// name of the document that starts otherwise (قمة بوتين إردوغان beside رجب طيب إردوغان: two persons).
        /// </summary>
        private bool SurnameOfKnownName(ModelMention m, Candidate c, int t) =>
            m.Confidence >= 0.95f && (_flags[t] & WordFlags.PersonAlone) == 0 &&
            !(_namedPersons?.Exists(p => p.Last == _norm[t] && p.First != _norm[c.TokStart]) ?? false);

        /// <summary>
        /// الشيخ خالد المصري: a one-word nationality that ends a confident model person after a lone given name the rules
        /// found is the person's surname, not a nationality of its own (<see cref="Lengthens"/> then decides the words between).
        /// </summary>
        private bool NisbaSurname(ModelMention m, Candidate person, Candidate nationality) =>
            m.Type == ModelEntityType.Person && m.Confidence >= 0.9f && person.Type == EntityType.Person && nationality.Type == EntityType.Nationality && nationality.Priority < UserPriority &&
            nationality.TokEnd - nationality.TokStart == 1 && nationality.End == m.End && nationality.Start == _tokens[nationality.TokStart].Start &&
            nationality.TokStart >= person.TokEnd && person.TokEnd - person.TokStart == 1 && (_flags[person.TokStart] & WordFlags.FirstName) != 0;

        /// <summary>
        /// وزير الخارجية وليد الحديد، الشيخ خالد المصري: many surnames are ordinary words or nisbas (الحديد، المصري، نجم، كيري),
        /// which the rules do not add to a given name; the model may, where the word ends its mention. It took a model
        /// 0.9 sure until the thirteenth session; from <see cref="LengthenConfidence"/> (0.6) on, five folds of ANERcorp train
        /// gained 9 persons and lost none, and of ten persons changed on corpus samples all ten were right (جون كيري). The
        /// one word may also be one the lists do not know as a given name where a title precedes it (وزير الخارجية هايكو ماس).
        /// </summary>
        private bool SurnameAfterGivenName(ModelMention m, Candidate c, int t) =>
            t >= c.TokEnd && c.TokEnd - c.TokStart == 1 && ((_flags[c.TokStart] & WordFlags.FirstName) != 0 || (c.Priority == 3 && AfterTitle(c.TokStart))) &&
            _tokens[t].End == m.End && _norm[t] is not ['ا', 'ل', .., 'ه'] && !_rules.AgeAdjectives.Contains(_norm[t]); // مؤسسة الملك خالد الخيرية، شقيقه معاذ الأكبر: adjectives

        /// <summary>
        /// #وزير_الخارجية #زيد_عمرو: a hashtag of several words (joined with _) is a phrase of its own. A model person over
        /// several tokens that opens with hashtags starts at the last such one, without the # sign (#تميم_بن_حمد آل ثاني →
        /// تميم_بن_حمد آل ثاني); one that opens with words ends before it (عريقات #المجتمع_الدولي → عريقات) unless a given
        /// name opens the hashtag (القدير #عابد_فهد → عابد_فهد). A one-word hashtag may be a surname (باراك #أوباما).
        /// </summary>
        private ModelMention WithinHashtag(ModelMention m)
        {
            int first = FirstTokenEndingAfter(m.Start);
            if (m.Type != ModelEntityType.Person || first + 1 >= Count || _tokens[first + 1].Start >= m.End)
            {
                // one token: the hashtag rule's spans and keys are the whole tag's, without its # sign (الأمير #محمد_بن_سلمان)
                return first < Count && _tokens[first].Kind == TokenKind.Hashtag && m.Start == _tokens[first].Start &&
                    _text.AsSpan(m.Start + 1, m.End - m.Start - 1).ContainsAnyExcept('_') ? m with { Start = m.Start + 1 } : m;
            }

            int start = first;
            bool word = false; // a token from start on that is no hashtag
            for (int t = first; t < Count && _tokens[t].Start < m.End; t++)
            {
                if (_tokens[t].Kind != TokenKind.Hashtag)
                {
                    word = true;
                }
                else if (t > start && TagOfWords(t))
                {
                    if (word)
                    {
                        // عريقات #المجتمع_الدولي: a name, then a hashtag's topic (القدير #عابد_فهد: the tag is the name)
                        if (NameTag(t))
                        {
                            return m with { Start = _tokens[t].Start + 1, End = _tokens[t].End };
                        }

                        int last = t - 1;
                        while (last > start && _tokens[last].Kind == TokenKind.Punctuation)
                        {
                            last--; // عريقات، #المجتمع_الدولي: the comma stays out
                        }

                        return m with { Start = From(start), End = _tokens[last].End };
                    }

                    if (TitleTag(t))
                    {
                        // #رضا_رجب #وكيل_نقابة_الموسيقيين: a name, then a tag of its title, which the person ends before
                        int last = t - 1;
                        while (last > start && _tokens[last].Kind == TokenKind.Punctuation)
                        {
                            last--;
                        }

                        return m with { Start = From(start), End = _tokens[last].End };
                    }

                    start = t; // #وزير_الخارجية #زيد_عمرو: hashtags only before it, a title's
                }
            }

            return m with { Start = From(start) };

            // where the person starts when it starts at token k: after the # sign of a tag of several words
            int From(int k)
            {
                int at = k == first ? m.Start : _tokens[k].Start;
                return at == _tokens[k].Start && _tokens[k].Kind == TokenKind.Hashtag && TagOfWords(k) ? at + 1 : at;
            }
        }

        /// <summary>#وكيل_نقابة_الموسيقيين: a hashtag of several words whose first is a title.</summary>
        private bool TitleTag(int t)
        {
            string tag = _norm[t].TrimStart('#');
            int underscore = tag.IndexOf('_', StringComparison.Ordinal);
            return underscore > 0 && StartsTitle(tag[..underscore]);
        }

        /// <summary>#وزير_الخارجية: a hashtag of two words or more (not #_).</summary>
        private bool TagOfWords(int t)
        {
            ReadOnlySpan<char> tag = _norm[t].AsSpan().TrimStart('#').Trim('_');
            return _tokens[t].Kind == TokenKind.Hashtag && tag.Length > 2 && tag.Contains('_');
        }

        /// <summary>#عابد_فهد: a hashtag opened by a given name, none of whose words is an ordinary word (not #ولي_العهد).</summary>
        private bool NameTag(int t)
        {
            string[] parts = _norm[t].TrimStart('#').Split('_', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || (_gaz.FlagsOf(parts[0]) & (WordFlags.FirstName | WordFlags.Common)) != WordFlags.FirstName)
            {
                return false;
            }

            foreach (string part in parts)
            {
                if ((_gaz.FlagsOf(part) & (WordFlags.Common | WordFlags.NamePart | WordFlags.FirstName)) == WordFlags.Common)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// فيصل، كايل: a person the model starts after a letter it read as the proclitic ف or ك (ف + يصل، ك + ايل) starts at
        /// the word where the rest is no name word and the whole word is a given name or a name known alone and no ordinary
        /// word, or a name word whose rest is an ordinary word (يصل), or the whole word is a name the lists hold and the rest
        /// none (فلورانس, not ف + لورانس). After و only where the whole word is a given name and the rest is none (وائل is
        /// a name, وتامر is و + تامر). After any proclitic letter where the lists flag the whole word as one (بايدن, by its
        /// hamza: ب + إيدن would be بإيدن).
        /// </summary>
        private ModelMention KeepGivenNameWhole(ModelMention m)
        {
            int first = FirstTokenEndingAfter(m.Start);
            if (first >= Count || m.Start != _tokens[first].Start + 1 || _tokens[first].Kind != TokenKind.ArabicWord || _norm[first].Length < 4)
            {
                return m;
            }

            if ((_flags[first] & WordFlags.WholeWord) != 0)
            {
                return m with { Start = _tokens[first].Start }; // بايدن: the lists say the word is no proclitic + إيدن
            }

            const WordFlags Names = WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone;
            WordFlags whole = _flags[first], rest = _gaz.FlagsOf(_norm[first].AsSpan(1));
            if (_text[_tokens[first].Start] == 'و')
            {
                // وائل علوان: a given name of the lists whose rest is none (not وتامر, و + تامر)
                return (whole & WordFlags.FirstName) != 0 && (whole & WordFlags.Common) == 0 && (rest & WordFlags.FirstName) == 0 ? m with { Start = _tokens[first].Start } : m;
            }

            if (_text[_tokens[first].Start] is not ('ف' or 'ك'))
            {
                return m;
            }

            bool name = (rest & Names) == 0 &&
                        (((whole & (WordFlags.FirstName | WordFlags.PersonAlone)) != 0 && (whole & WordFlags.Common) == 0) ||
                         ((whole & Names) != 0 && (rest & WordFlags.Common) != 0)); // فيصل: يصل is a verb
            // فلورانس بارلي: the whole word is a name of the lists (a city), the rest (لورانس) no entry of theirs
            name |= _rootNode[first] is { Entry: not null } && (whole & WordFlags.Common) == 0 && _gaz.Root.Child(_norm[first].AsSpan(1))?.Entry is null;
            return name ? m with { Start = _tokens[first].Start } : m;
        }

        /// <summary>
        /// جثمان النجار، محامو برونسون: a model person whose first word has no name flag and is a frequent ordinary word
        /// (or, written without a proclitic, ends like a noun in ة or ء: فاجعة), and whose other words end like a person
        /// the rules (or the model, earlier in the text) found in more than one word, starts after that word (the noun the
        /// person's name is in construct with). Not a kunya's أبا.
        /// </summary>
        private ModelMention WithoutNounBeforeKnownPerson(ModelMention m, List<(string First, string Last)>? modelPersons)
        {
            int first = FirstTokenEndingAfter(m.Start);
            if ((_namedPersons is null && modelPersons is null) || first + 1 >= Count || _tokens[first + 1].Start >= m.End || _tokens[first].Kind != TokenKind.ArabicWord ||
                !NoNameFlag(first) ||
                ((_flags[first] & WordFlags.Common) == 0 && (m.Start != _tokens[first].Start || _norm[first] is not [.., 'ه' or 'ء'])) || // خطيبة، اختفاء: a noun's endings
                _rules.NameConnectors.Contains(_norm[first]) || _norm[first] is "ابا" or "ام")
            {
                return m; // أبا هريرة: a kunya's أبو in the accusative is part of the name
            }

            int last = LastTokenStartingBefore(first + 1, m.End);

            return SharesSurname(_namedPersons, _norm[first], _norm[last]) || SharesSurname(modelPersons, _norm[first], _norm[last])
                ? m with { Start = _tokens[first + 1].Start }
                : m;

            static bool SharesSurname(List<(string First, string Last)>? persons, string word, string surname)
            {
                foreach (var (given, last) in persons ?? [])
                {
                    if (last == surname && given != word)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>
        /// رامز جلال مقدم برنامج، صلاح نجم ليفربول: a model person of two words or more does not end in an indefinite role
        /// word (a title without the article, or a role of <see cref="ArabicLexicon.AppositionRoles"/>) that a word in
        /// construct follows: the role starts the apposition after the name. Not before a function word, a mark or a title
        /// (يتحدث محمد نجم أمام الكاميرا، الدكتور ماجد نجم رئيس قسم السياحة: نجم is the surname).
        /// </summary>
        private ModelMention WithoutTrailingRole(ModelMention m)
        {
            int first = FirstTokenEndingAfter(m.Start);
            int last = LastTokenStartingBefore(first, m.End);

            int next = last + 1;
            bool role = last > first && _tokens[last].End == m.End && !_norm[last].StartsWith("ال", StringComparison.Ordinal) &&
                (_rules.Titles.Root.Child(_norm[last])?.Entry is not null || _rules.AppositionRoles.Contains(_norm[last]));
            return role && next < Count && Joined(next) && IsWord(next) && !_function[next] && _rules.Titles.Root.Child(_norm[next])?.Entry is null
                ? m with { End = _tokens[last - 1].End }
                : m;
        }

        /// <summary>
        /// مدينة سان بطرسبورغ الروسية، جبل الزاوية السورية: a model place that runs into the definite nisba after it, where
        /// the rules read that nisba as a nationality, ends before it (the nationality stays an entity of its own); the
        /// nationality used to block the whole mention and the place was lost.
        /// </summary>
        private ModelMention WithoutTrailingNationality(ModelMention m, List<Candidate> chosen, ReadOnlySpan<int> owner)
        {
            int first = FirstTokenEndingAfter(m.Start);
            int last = LastTokenStartingBefore(first, m.End);

            if (last <= first || _tokens[last].End != m.End || !_norm[last].StartsWith("ال", StringComparison.Ordinal) || _tokens[last].Kind != TokenKind.ArabicWord)
            {
                return m;
            }

            int o = owner[_tokens[last].Start];
            return o > 0 && chosen[o - 1] is { Type: EntityType.Nationality } nationality && nationality.TokStart == last && nationality.TokEnd == last + 1
                ? m with { End = _tokens[last - 1].End }
                : m;
        }

        /// <summary>
        /// A model person ends before a word no name continues with (<see cref="PrepositionAndArticle"/>): وإردوغان بالإعراب
        /// → إردوغان; or before ب + a name of four letters or more the lists know alone, where the whole word is no name
        /// word (علاقة كوهين بترامب → كوهين; not ك or ل, which many foreign surnames start with: كلوب، لانغ).
        /// </summary>
        private ModelMention EndBeforePreposition(ModelMention m)
        {
            int first = FirstTokenEndingAfter(m.Start);
            for (int t = first + 1; t < Count && _tokens[t].Start < m.End; t++)
            {
                const WordFlags Names = WordFlags.NamePart | WordFlags.FirstName | WordFlags.PersonAlone;
                if (((_flags[t] & (WordFlags.NamePart | WordFlags.FirstName)) == 0 && PrepositionAndArticle(t)) ||
                    (_norm[t] is ['ب', _, _, _, _, ..] && (_flags[t] & Names) == 0 && _rootNode[t] is not { Entry: not null } &&
                     (_gaz.FlagsOf(_norm[t].AsSpan(1)) & WordFlags.PersonAlone) != 0))
                {
                    return m with { End = _tokens[t - 1].End };
                }
            }

            return m;
        }

        /// <summary>
        /// وبحسب الصحيفة فإن أردوغان: a model person does not start with a conjunction and a function word as the text
        /// writes them (فإن، وإن، فأن، ولكن); فان بيرسي (no hamza: the particle of a surname) and ولي الدين (a given name) stay.
        /// </summary>
        private ModelMention WithoutLeadingFunctionWord(ModelMention m)
        {
            int first = FirstTokenEndingAfter(m.Start);
            if (first + 1 >= Count || _tokens[first + 1].Start >= m.End || m.Start != _tokens[first].Start || _tokens[first].Length < 3 ||
                _text[_tokens[first].Start] is not ('ف' or 'و'))
            {
                return m;
            }

            ReadOnlySpan<char> rest = _text.AsSpan(_tokens[first].Start + 1, _tokens[first].Length - 1);
            return rest is not ("ان" or "لي" or "لو") && _rules.FunctionWordsAsWritten.Contains(rest) ? m with { Start = _tokens[first + 1].Start } : m;
        }

        /// <summary>
        /// بالإعراب، للمنطقة: a preposition and the article before a word of three letters or more, which no name continues
        /// with (بالمر keeps its short rest), where the corpus knows that word alone (الإعراب): كالديرون، بالاسيوس are
        /// surnames whose letters only start like ك + ال.
        /// </summary>
        private bool PrepositionAndArticle(int t)
        {
            string w = _norm[t];
            int p = w.Length > 0 && w[0] is 'و' or 'ف' ? 1 : 0;
            ReadOnlySpan<char> rest = w.AsSpan(p);
            if (!(rest.StartsWith("بال", StringComparison.Ordinal) || rest.StartsWith("كال", StringComparison.Ordinal) || rest.StartsWith("لل", StringComparison.Ordinal)) ||
                rest.Length - (rest[1] == 'ل' ? 2 : 3) < 3 || rest.Length > 64)
            {
                return false;
            }

            if ((_owner._model ?? SequenceModel.Default) is not { } model)
            {
                return true;
            }

            Span<char> word = stackalloc char[rest.Length]; // the word after the preposition, with its article (لل + X → الX)
            rest[1..].CopyTo(word[1..]);
            word[0] = 'ا';
            ReadOnlySpan<char> after = rest[1] == 'ل' ? word : word[1..];
            return model.Features.Lexicon.Frequency(ModelHash.Word(after)) > 0;
        }

        /// <summary>
        /// ليون الفرنسي، بورتو البرتغالي: a city is feminine in Arabic, so an indefinite one-word place followed by a
        /// masculine singular nisba of a country names what the place is named after, a club or a company, not the place;
        /// so does a country before another country's nisba (موناكو الفرنسي). Not after a place descriptor, whose noun the
        /// nisba agrees with (إقليم بلوشستان الباكستاني, مخيم الهول السوري).
        /// </summary>
        private void Clubs(List<Candidate> chosen)
        {
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n], next = n + 1 < chosen.Count ? chosen[n + 1] : default;
                if (n + 1 < chosen.Count && (c.Type == EntityType.Place || (c.Type == EntityType.Country && c.Code != next.Code)) && c.TokEnd - c.TokStart == 1 &&
                    next.Type == EntityType.Nationality && next.TokStart == c.TokEnd &&
                    next.TokEnd - next.TokStart == 1 && Joined(next.TokStart) && next.Code is not null && next.Start == _tokens[next.TokStart].Start &&
                    _norm[next.TokStart] is ['ا', 'ل', .., 'ي'] && !_text.AsSpan(c.Start, c.End - c.Start).StartsWith("ال", StringComparison.Ordinal) &&
                    !(c.TokStart > 0 && Joined(c.TokStart) && c.Start == _tokens[c.TokStart].Start && _rules.PlaceDescriptors.Root.Child(_norm[c.TokStart - 1])?.Entry is not null))
                {
                    chosen[n] = c with { Type = EntityType.Organization, Canonical = OriginalText(c.Start, c.End), Code = null };
                }
                else if (c.Type == EntityType.Place && BeforeScore(c.TokEnd))
                {
                    chosen[n] = c with { Type = EntityType.Organization, Canonical = OriginalText(c.Start, c.End), Code = null };
                }
            }
        }

        /// <summary>
        /// فريق العربي and حارس العربي, نادي الوحدة, مدرب ليون: a name that two different match words (<see cref="ArabicLexicon.ClubHeads"/>)
        /// take in construct, or نادي alone, or one of them a city, is a club; so are its other mentions in the document
        /// (اندفاع العربي) and the name after it and مع (العربي مع الوكرة). In a match report one match word, or a result
        /// verb (فاز الريال), before a definite name is enough. A definite word after a definite one is an adjective there
        /// (الخليج العربي), not the club.
        /// </summary>
        private void ClubMentions(List<Candidate> chosen)
        {
            Dictionary<string, int>? heads = null; // a word after a match word → the bits of the match words it follows
            int matchWords = 0, kinds = 0;
            for (int i = 0; i + 1 < Count; i++)
            {
                if ((_ruleStarts[i] & _rules.ClubHeads.RuleBit) != 0 && _rules.ClubHeadBits.TryGetValue(_norm[i], out int bit))
                {
                    if ((bit & _rules.ClubVerbMask) == 0)
                    {
                        matchWords++; // فاز، خسر: elections have them too, so they count only in a match report
                        kinds |= bit;
                    }

                    if (ClubWord(i + 1))
                    {
                        heads ??= new Dictionary<string, int>(StringComparer.Ordinal);
                        heads[_norm[i + 1]] = heads.GetValueOrDefault(_norm[i + 1]) | bit;
                    }
                }
            }

            // a match report (five match words, three kinds of them): one match word before a definite name is enough (a
            // nisba needs two: للاعب الدولي)
            bool match = matchWords >= 5 && BitOperations.PopCount((uint)kinds) >= 3;

            if (heads is null)
            {
                return;
            }

            int club = _rules.ClubHeadBits["نادي"];
            HashSet<string>? clubs = null, places = null;
            foreach (var (w, bits) in heads)
            {
                GazetteerKind? kind = _gaz.Root.Child(w)?.Entry?.Kind;
                int nouns = BitOperations.PopCount((uint)(bits & ~_rules.ClubVerbMask));
                bool named = (match && w.StartsWith("ال", StringComparison.Ordinal) && !IsAdjective(w)) || nouns >= 2 || (kind == GazetteerKind.Place && (nouns > 0 || match));
                if ((bits & club) != 0 || (kind != GazetteerKind.Country && named))
                {
                    (clubs ??= new HashSet<string>(StringComparer.Ordinal)).Add(w);
                    if (kind is GazetteerKind.Place or GazetteerKind.Country)
                    {
                        (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(w); // a city stays one elsewhere (قرب كليفلاند)
                    }
                }
            }

            if (clubs is null)
            {
                return;
            }

            var lookup = clubs.GetAlternateLookup<ReadOnlySpan<char>>();
            int[] owner = TokenOwners(chosen);

            char[]? article = null; // only for a word after لل (a stackalloc would have the JIT optimize this long method at once)
            int opponent = -1; // the token after a club and مع
            for (int t = 0; t < Count; t++)
            {
                if (!IsWord(t))
                {
                    continue;
                }

                string w = _norm[t];
                int start = -1;
                scoped ReadOnlySpan<char> matched = w;
                if (t == opponent || lookup.Contains(w))
                {
                    start = _tokens[t].Start;
                }
                else
                {
                    foreach (string p in Proclitics)
                    {
                        if (w.Length - p.Length >= 3 && StartsWith(w, p) && lookup.Contains(w.AsSpan(p.Length)))
                        {
                            start = _tokens[t].Start + OriginalPrefix(t, p.Length);
                            matched = w.AsSpan(p.Length);
                            break;
                        }
                    }

                    if (start < 0 && w.Length > 3 && w.Length < 64 && w.StartsWith("لل", StringComparison.Ordinal))
                    {
                        article ??= new char[64];
                        article[0] = 'ا'; // للعربي: ل + العربي, the span keeps the second ل
                        w.AsSpan(1).CopyTo(article.AsSpan(1));
                        if (lookup.Contains(article.AsSpan(0, w.Length)))
                        {
                            start = _tokens[t].Start + OriginalPrefix(t, 1);
                            matched = article.AsSpan(0, w.Length);
                        }
                    }
                }

                bool afterHead = t > 0 && Joined(t) && (_ruleStarts[t - 1] & _rules.ClubHeads.RuleBit) != 0 && _rules.ClubHeadBits.ContainsKey(_norm[t - 1]);
                if (start < 0 || (!afterHead && t != opponent &&
                    ((places is not null && places.GetAlternateLookup<ReadOnlySpan<char>>().Contains(matched)) || PlaceContext(t) ||
                     (t > 0 && Joined(t) && _norm[t - 1].StartsWith("ال", StringComparison.Ordinal) && matched.StartsWith("ال", StringComparison.Ordinal)))))
                {
                    continue; // a city elsewhere (قرب كليفلاند), a place (في الشمال), an adjective (الخليج العربي)
                }

                int o = owner[t];
                if (o == 0 && t + 1 < Count && Joined(t + 1) && !matched.StartsWith("ال", StringComparison.Ordinal) && owner[t + 1] != 0 &&
                    chosen[owner[t + 1] - 1] is { Type: EntityType.Place, TokEnd: var cityEnd } city && city.TokStart == t + 1 && cityEnd == t + 2)
                {
                    // أسيك أبيدجان: the club's name goes on with its city
                    chosen[owner[t + 1] - 1] = city with { TokStart = t, Start = start, Type = EntityType.Organization, Canonical = OriginalText(start, city.End), Code = null };
                    owner[t] = owner[t + 1];
                }
                else if (o == 0)
                {
                    chosen.Add(new Candidate(t, t + 1, start, _tokens[t].End, EntityType.Organization, OriginalText(start, _tokens[t].End), null, 0.7f, 5));
                }
                else if (chosen[o - 1] is { Type: EntityType.Place or EntityType.Country or EntityType.Person } c && c.TokEnd - c.TokStart == 1 &&
                         (c.Type != EntityType.Person || IsWeak(c)))
                {
                    chosen[o - 1] = c with { Type = EntityType.Organization, Start = start, Canonical = OriginalText(start, _tokens[t].End), Code = null };
                }
                else if (chosen[o - 1].Type != EntityType.Organization)
                {
                    continue;
                }

                if (t + 2 < Count && _norm[t + 1] == "مع" && Joined(t + 1) && ClubWord(t + 2))
                {
                    opponent = t + 2;
                }
            }
        }

        /// <summary>
        /// الهيئة العامة للطيران المدني «الطيران»، القوة الدولية ( إيساف ): one to three words in guillemets or an acronym in brackets right after
        /// an organization are its short name, an organization too; so are its other mentions in guillemets or brackets, or after
        /// an organization noun (لهيئة الطيران) when it is an ordinary word, and all its other mentions when it is not (قالت إيساف).
        /// </summary>
        private void ShortNames(List<Candidate> chosen)
        {
            int[]? owner = null;
            List<(int First, int Last)>? names = null;
            foreach (Candidate c in chosen)
            {
                int k = c.TokEnd;
                if (c.Type != EntityType.Organization || k + 2 >= Count || _tokens[k].Kind != TokenKind.Punctuation || ClosingOf(_norm[k]) is not { } close ||
                    (_text[_tokens[c.TokStart].Start] == 'و' && c.Start > _tokens[c.TokStart].Start) ||
                    (c.TokStart > 0 && _norm[c.TokStart - 1] is "من" or "بين" or "عن" or "الي" or "مع"))
                {
                    continue; // الخروج من الاتحاد الأوروبي (Brexit)، بين اليابان والاتحاد الأوروبي (جيفتا): the whole phrase's short name
                }

                int j = k + 1;
                while (j < Count && j - k <= (close == ")" ? 1 : 3) && IsWord(j) && !_function[j] && (close != ")" || (_flags[j] & WordFlags.Common) == 0))
                {
                    j++; // in brackets one acronym, not words (ليون ( شرق )، بنك الشعب ( البنك المركزي ))
                }

                if (j > k + 1 && j < Count && _norm[j] == close)
                {
                    (names ??= []).Add((k + 1, j - 1));
                }
            }

            if (names is null)
            {
                return;
            }

            owner = TokenOwners(chosen);

            HashSet<string>? words = null;
            foreach (var (first, last) in names)
            {
                if (ShortNameAt(chosen, owner, first, last) && first == last)
                {
                    (words ??= new HashSet<string>(StringComparer.Ordinal)).Add(_norm[first]);
                }
            }

            if (words is null)
            {
                return;
            }

            for (int t = 1; t < Count; t++)
            {
                if (words.Contains(_norm[t]) && ((_flags[t] & WordFlags.Common) == 0 ||
                    (t + 1 < Count && ClosingOf(_norm[t - 1]) is { } close && _norm[t + 1] == close) || AfterQuoteHead(t)))
                {
                    ShortNameAt(chosen, owner, t, t);
                }
            }
        }

        /// <summary>
        /// Adds tokens first..last as an organization, or makes the weak candidate of exactly them one; not when a strong
        /// candidate holds any of them, nor when the one word is a place, country or nationality.
        /// </summary>
        private bool ShortNameAt(List<Candidate> chosen, int[] owner, int first, int last)
        {
            for (int t = first; t <= last; t++)
            {
                if ((owner[t] != 0 && !IsWeak(chosen[owner[t] - 1])) || _rootNode[t]?.Entry is { Kind: not (GazetteerKind.Organization or GazetteerKind.Person) } && first == last)
                {
                    return false;
                }
            }

            for (int t = first; t <= last; t++)
            {
                if (owner[t] != 0 && (chosen[owner[t] - 1].Type == EntityType.Organization || chosen[owner[t] - 1].TokStart != first || chosen[owner[t] - 1].TokEnd != last + 1))
                {
                    return false; // the organization already, or a weak candidate that is not only these words
                }
            }

            if (owner[first] != 0)
            {
                Candidate weak = chosen[owner[first] - 1];
                chosen[owner[first] - 1] = weak with { Type = EntityType.Organization, Canonical = OriginalText(weak.Start, weak.End), Code = null, Confidence = 0.75f, Priority = 5 };
                return true;
            }

            chosen.Add(new Candidate(first, last + 1, _tokens[first].Start, _tokens[last].End, EntityType.Organization, OriginalText(_tokens[first].Start, _tokens[last].End), null, 0.75f, 5));
            owner.AsSpan(first, last - first + 1).Fill(chosen.Count);
            return true;
        }

        /// <summary>For each token, 1 + the index of the candidate that holds it, or 0.</summary>
        private int[] TokenOwners(List<Candidate> chosen)
        {
            int[] owner = new int[Count];
            for (int n = 0; n < chosen.Count; n++)
            {
                owner.AsSpan(chosen[n].TokStart, chosen[n].TokEnd - chosen[n].TokStart).Fill(n + 1);
            }

            return owner;
        }

        /// <summary>The closing mark of an opening bracket or guillemet, null for none.</summary>
        private static string? ClosingOf(string open) => open switch
        {
            "(" => ")",
            "«" => "»",
            _ => null, // not " that closes as often as it opens
        };

        /// <summary>True when the word before token t is an organization noun of <see cref="ArabicLexicon.QuoteHeads"/> (لشركة X).</summary>
        private bool AfterQuoteHead(int t)
        {
            if (!Joined(t) || !IsWord(t - 1))
            {
                return false;
            }

            foreach (Option o in Options(t - 1))
            {
                if (_rules.QuoteHeads.Root.Child(o.Lookup)?.Entry is not null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A word that can name a club after a match word: not a function word, a person, a nisba or an ordinary indefinite word.</summary>
        private bool ClubWord(int j)
        {
            if (!Joined(j) || !IsWord(j) || _function[j] || _norm[j].Length < 3 || _rules.ClubComplements.Contains(_norm[j]))
            {
                return false;
            }

            GazetteerEntry? e = _rootNode[j]?.Entry;
            return e is not ({ Kind: GazetteerKind.Person } or { Kind: GazetteerKind.Nationality, CountryCode: not null }) &&
                (_norm[j].StartsWith("ال", StringComparison.Ordinal) || (_flags[j] & WordFlags.Common) == 0);
        }

        /// <summary>
        /// ليون صفر - 2، ليون ( فرنسا ) صفر - 2: a place followed by a match score, or by its country in brackets and a
        /// score or the dash of a fixture, is the club in a results list.
        /// </summary>
        private bool BeforeScore(int k)
        {
            if (k + 3 < Count && _norm[k] == "(" && _rootNode[k + 1] is { Entry.Kind: GazetteerKind.Country } && _norm[k + 2] == ")")
            {
                k += 3;
                if (_norm[k] == "-")
                {
                    return true;
                }
            }

            return k + 2 < Count && Score(k) && _norm[k + 1] == "-" && Score(k + 2);
        }

        private bool Score(int k) => _tokens[k].Kind == TokenKind.Number || _norm[k] == "صفر";

        /// <summary>
        /// True when a very confident model person joins by a patronymic connector (بن، بنت، آل) the persons the rules
        /// found in parts (محمد + بن راشد آل مكتوم، عبدالله بن خليفة + العطية): every candidate under it is a person
        /// inside it, and every other word looks like a name (no function word, ordinary word, title or head noun).
        /// </summary>
        private bool JoinsPatronymic(ModelMention m, ReadOnlySpan<int> under, List<Candidate> chosen)
        {
            if (m.Confidence < 0.9f)
            {
                return false;
            }

            for (int c = 0; c < under.Length; c++)
            {
                if (under[c] < 0 || (under[c] > 0 && chosen[under[c] - 1] is var x && (x.Type != EntityType.Person || x.Start < m.Start || x.End > m.End)))
                {
                    return false;
                }
            }

            int first = FirstTokenEndingAfter(m.Start);
            bool joined = false;
            for (int t = first; t < Count && _tokens[t].Start < m.End; t++)
            {
                bool connector = _norm[t] is "بن" or "ابن" or "بنت" or "ال";
                joined |= connector && t > first && t + 1 < Count && _tokens[t + 1].Start < m.End;
                bool covered = under[Math.Max(0, _tokens[t].Start - m.Start)] > 0;
                if (!IsWord(t) || (!connector && !covered && (_function[t] || (_flags[t] & WordFlags.Common) != 0 || _rules.FirstWords.Contains(_norm[t]))))
                {
                    return false;
                }
            }

            return joined;
        }

        /// <summary>
        /// True when a confident model organization has exactly the span of a place of the lists (not a country): a club,
        /// newspaper or channel named after a place (فريق الجزيرة، «الشرق الأوسط»، ليون ( فرنسا ) 2 - 1) is the organization.
        /// </summary>
        private static bool NamesAfterPlace(ModelMention m, Candidate c, EntityType type) =>
            type == EntityType.Organization && c.Type == EntityType.Place && c.Start == m.Start && c.End == m.End && m.Confidence >= RetypeConfidence;

        /// <summary>
        /// True when a confident model person (0.8) inside a person a title or cue rule found leaves out words no list knows
        /// as name words (الجنرال جيمس جونز توافر → جيمس جونز، بحثت فايزة أبوالنجا → فايزة أبوالنجا): <see cref="Corrects"/>
        /// for candidates that are not weak.
        /// </summary>
        private bool Shortens(ModelMention m, Candidate c, EntityType type) =>
            type == EntityType.Person && c.Type == EntityType.Person && m.Confidence >= 0.8f && c.Priority <= 3 && c.Confidence < 0.9f &&
            c.Start <= m.Start && m.End <= c.End && (m.Start == c.Start || m.Start == _tokens[FirstTokenEndingAfter(m.Start)].Start) && // كوفي is no ك + وفي
            Corrects(c, m, type);

        /// <summary>
        /// True when a title ends right before token <paramref name="t"/>, perhaps with nationality or modifier words
        /// (الرئيس السابق جيب بوش): the first word after a title is the name's, whatever the model says of it.
        /// </summary>
        private bool AfterTitle(int t)
        {
            for (int k = t - 1; k >= 0 && k >= t - 4 && Joined(k + 1) && _tokens[k].Kind == TokenKind.ArabicWord; k--)
            {
                if (StartsTitle(k))
                {
                    return true;
                }

                if (!BetweenTitleAndName(k))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>A word that may stand between a title and the name: a nationality, a modifier (السابق), or a definite word no list knows as a name word (no function word).</summary>
        private bool BetweenTitleAndName(int k) =>
            Single(k, GazetteerKind.Nationality) is not null || _rules.Modifiers.Root.Child(_norm[k])?.Entry is not null ||
            (_norm[k].StartsWith("ال", StringComparison.Ordinal) && _tokens[k].Kind == TokenKind.ArabicWord && (_flags[k] & (WordFlags.PersonAlone | WordFlags.NamePart)) == 0 &&
             (!WrittenFunctionWord(k) || _norm[k] is "الان" or "اليوم")); // not إلى or الذي, whose matching forms start like a definite word; الآن and اليوم are adverbs

        /// <summary>True when token k is a function word as the text writes it (إلى, not the آلان that the matching form folds into الآن).</summary>
        private bool WrittenFunctionWord(int k) =>
            _function[k] && _rules.WrittenFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_text.AsSpan(_tokens[k].Start, _tokens[k].Length));

        /// <summary>How confident a model organization must be to retype a place (<see cref="NamesAfterPlace"/>).</summary>
        private const float RetypeConfidence = 0.7f;

        /// <summary>How confident a model person must be to lengthen a person the rules found (<see cref="Lengthens"/>).</summary>
        private const float LengthenConfidence = 0.6f;

        // A model place where the rules found nothing: at 0.9 (before 7 Dec) the whole recognizer lost places the model
        // alone found on ANERcorp (روما، الرياض where the lists lack them); 0.4 to 0.7 scored alike on three folds, and
        // 0.7, which keeps the most precision, gave +0.3 LOC F1 on four. Over a candidate of the rules it still needs 0.9.
        private const float LonePlaceConfidence = 0.7f;
        private const float CorrectingPlaceConfidence = 0.9f;

        // The model's probability of O (on its best path) above which a context-only person of the rules is dropped.
        private const float SureOfNone = 0.9f;

        /// <summary>The priority of a user gazetteer entry's candidate: above every list and rule.</summary>
        private const int UserPriority = 10;

        /// <summary>A candidate guessed from name-word flags or a head noun, not a gazetteer name nor a construction rule.</summary>
        private static bool IsWeak(Candidate c) => c.Priority <= 3 && c.Confidence < 0.8f;

        private static bool SameClass(EntityType a, EntityType b) =>
            a == b || (a is EntityType.Country or EntityType.Place && b is EntityType.Country or EntityType.Place);

        /// <summary>Outermost wins: longer candidates first, then higher priority; no overlaps.</summary>
        /// <param name="room">How many more candidates the list may take later (the model's mentions).</param>
        private List<Candidate> Resolve(int room)
        {
            // The candidates' indexes are sorted, not the 48-byte candidates: the same sort with the same comparisons
            // makes the same permutation as sorting a list of them, so ties between candidates keep the order they had.
            Candidate[] items = _candidates;
            int[] order = ArrayPool<int>.Shared.Rent(_candidateCount);
            bool[] taken = Taken();
            List<Candidate> chosen;
            try
            {
                Span<int> o = order.AsSpan(0, _candidateCount);
                for (int n = 0; n < o.Length; n++)
                {
                    o[n] = n;
                }

                o.Sort((x, y) =>
                {
                    ref Candidate a = ref items[x];
                    ref Candidate b = ref items[y];
                    int c = (b.TokEnd - b.TokStart).CompareTo(a.TokEnd - a.TokStart);
                    c = c != 0 ? c : b.Priority.CompareTo(a.Priority);
                    c = c != 0 ? c : (b.End - b.Start).CompareTo(a.End - a.Start);
                    return c != 0 ? c : a.Start.CompareTo(b.Start);
                });
                int kept = 0; // the chosen indexes, in the order they are chosen, over the front of o
                foreach (int n in o)
                {
                    ref Candidate c = ref items[n];
                    bool free = true;
                    for (int t = c.TokStart; t < c.TokEnd && free; t++)
                    {
                        free = !taken[t];
                    }

                    if (free)
                    {
                        o[kept++] = n;
                        for (int t = c.TokStart; t < c.TokEnd; t++)
                        {
                            taken[t] = true;
                        }
                    }
                }

                chosen = new List<Candidate>(kept + room);
                foreach (int n in o[..kept])
                {
                    chosen.Add(items[n]);
                }
            }
            finally
            {
                ArrayPool<int>.Shared.Return(order);
            }

            SortByStart(chosen);
            return chosen;
        }

        /// <summary>
        /// وغرد، وانشغلت: a word after a sentence's end or a comma that starts with و and is no name word, nor is the rest:
        /// the conjunction and a verb open the clause, and the person after them starts there.
        /// </summary>
        private bool ConjunctionOpener(int p) =>
            _norm[p].Length > 3 && _norm[p][0] == 'و' && _tokens[p].Kind == TokenKind.ArabicWord &&
            (_gaz.FlagsOf(_norm[p].AsSpan(1)) & (WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone)) == 0;

        /// <summary>An alias's confidence that marks a surname that a city list also holds (never a real confidence).</summary>
        private const float SurnameOfTown = 0.7431f;

        /// <summary>A one-word place of the city and state lists (not a country, not a curated place).</summary>
        private static bool IsListTown(GazetteerEntry e) => e.Kind == GazetteerKind.Place && e.Confidence < 0.9f;

        /// <summary>
        /// وقال غريفيث، وتولى غريفيث: a word the city lists hold, found alone where the document names a person with it as
        /// surname, is that person unless its place is said: a proclitic ب or ل, or في، إلى، من، مدينة … before it.
        /// </summary>
        private bool PersonNotTown(int i, int start)
        {
            int skip = start - _tokens[i].Start;
            if (skip > 0 && _text[start - 1] is 'ب' or 'ل' or 'ك')
            {
                return false;
            }

            return i == 0 || !Joined(i) || !(PlaceContext(i) || _norm[i - 1] is "الي" or "من" or "نحو" or "قرب" or "داخل" or "عبر" or "حتي" or "وفي" or "شمال" or "جنوب" or "شرق" or "غرب");
        }

        /// <summary>
        /// Partial mentions of the people the document names (بوتين after فلاديمير بوتين, even before it) become
        /// persons too, and every person mention takes the fullest name as its canonical.
        /// </summary>
        private List<Candidate> PropagatePersons(List<Candidate> chosen)
        {
            var full = new List<(string Key, string Display, int Start)>(chosen.Count);
            foreach (Candidate c in chosen)
            {
                if (c.Type == EntityType.Person)
                {
                    string display = _text[c.Start..c.End].Replace('_', ' ');
                    full.Add((KeyOf(c), display, c.Start));
                }
            }

            if (full.Count == 0)
            {
                return chosen;
            }

            (string Key, string Display)[] distinct = LongestFirst(full);
            int suffixes = 0;
            foreach (var (key, _) in distinct)
            {
                suffixes += GazetteerKey.CountWords(key);
            }

            var aliasBuilder = new Gazetteer.Builder(randomizedHash: true, capacity: suffixes);
            const WordFlags NameFlags = WordFlags.FirstName | WordFlags.NamePart | WordFlags.PersonAlone;
            bool townSurnames = false; // most documents name no person whose surname a city list holds: no owner array then
            foreach (var (key, display) in distinct)
            {
                string[] words = GazetteerKey.Words(key);
                if (words.Length == 0)
                {
                    continue; // a person of hashtags or numbers only has no word to find again
                }

                // a word the lists know nothing of, or know as no name word but written whole (بسام, no ب + سام), opens a
                // name as the name word after its first letter would
                WordFlags given = _gaz.FlagsOf(words[0]);
                WordFlags opening = (given == WordFlags.None || (given & (WordFlags.WholeWord | NameFlags)) == WordFlags.WholeWord) && words[0].Length > 3 && words[0][0] is 'ب' or 'ل' or 'و' or 'ف' or 'ك'
                    ? _gaz.FlagsOf(words[0].AsSpan(1))
                    : given;

                // تقليل البطاطس المقلية، فيروس الحصبة: a "person" opened by an ordinary word is likely a misreading; its
                // definite words that no list knows as name words are not found again alone
                bool doubtful = (opening & WordFlags.Common) != 0 && (opening & NameFlags) == 0;
                for (int s = 0; s < words.Length; s++)
                {
                    if (s > 0 && doubtful && words[s].StartsWith("ال", StringComparison.Ordinal) && (_gaz.FlagsOf(words[s]) & NameFlags) == 0)
                    {
                        continue;
                    }

                    ReadOnlySpan<string> suffix = words.AsSpan(s);
                    if (suffix.Length == 1)
                    {
                        string w = suffix[0];
                        WordFlags f = _gaz.FlagsOf(w);
                        GazetteerEntry? listed = _gaz.Root.Child(w)?.Entry;
                        bool weak = w.Length < 3 || _rules.Function.Contains(w) || _rules.NameConnectors.Contains(w) || w is "الله" or "الدين" || // عبد الله، نور الدين: the second half of a compound name (إن شاء الله)
                                    _rules.Titles.Root.Child(w)?.Entry is not null || // تركي آل الشيخ، سعد الأمير: alone, the word is the title
                                    (s > 0 && SonOf(words[s - 1])) || // محمد بن سلمان: سلمان alone is the father
                                    ((f & WordFlags.Common) != 0 && (f & (WordFlags.NamePart | WordFlags.PersonAlone)) == 0) ||
                                    (listed is { } e && e.Kind != GazetteerKind.Person && !IsListTown(e));
                        if (weak)
                        {
                            continue;
                        }

                        if (listed is not null && listed.Value.Kind != GazetteerKind.Person)
                        {
                            // غريفيث after مارتن غريفيث، الصدر after مقتدى الصدر: a surname that a city list also holds; it may
                            // take that town's place below when no ordinary word opens the person (not هيئة الشارقة, a name
                            // the model read as a person)
                            if (s > 0 && (given & WordFlags.Common) == 0 && words[0].Length >= 3)
                            {
                                aliasBuilder.Add(suffix, new GazetteerEntry(GazetteerKind.Person, display, null, SurnameOfTown));
                                townSurnames = true;
                            }

                            continue;
                        }
                    }

                    aliasBuilder.Add(suffix, new GazetteerEntry(GazetteerKind.Person, display, null, 0.75f));
                }
            }

            Gazetteer aliases = aliasBuilder.Build(filter: true); // most words of the document start no alias

            var added = new List<Candidate>(chosen);
            bool[] taken = Taken();
            for (int n = 0; n < chosen.Count; n++)
            {
                Candidate c = chosen[n];
                for (int t = c.TokStart; t < c.TokEnd; t++)
                {
                    taken[t] = true;
                }

                // ولم يظهر رد فعل على نوفانتو: a one-word organization the model was unsure of, where a person of the
                // document ends with the word (سيتيا نوفانتو), is that person
                if (c is { Type: EntityType.Organization, Priority: 0, Confidence: < 0.8f } && c.TokEnd == c.TokStart + 1 && c.Start == _tokens[c.TokStart].Start &&
                    aliases.Root.HasChildren && MatchAlias(aliases, c.TokStart) is (int e, { Confidence: not SurnameOfTown } person, _) && e == c.TokEnd &&
                    person.Canonical.Contains(' ', StringComparison.Ordinal))
                {
                    added[n] = c with { Type = EntityType.Person, Canonical = person.Canonical, Code = null };
                }
            }

            int[]? owner = null;
            List<(int Index, Candidate Person)>? towns = null; // applied after the given-name step, which would take ورثة + the surname
            for (int i = 0; i < Count; i++)
            {
                bool hashtag = _tokens[i].Kind == TokenKind.Hashtag;
                if ((!IsWord(i) && !(hashtag && taken[i])) || !aliases.Root.HasChildren)
                {
                    continue; // a hashtag only where a town of the lists took it (below)
                }

                if (taken[i])
                {
                    if (!townSurnames)
                    {
                        continue;
                    }

                    owner ??= TokenOwners(added);
                    if (hashtag && owner[i] > 0 && added[owner[i] - 1] is { Type: EntityType.Place, Confidence: < 0.9f, Priority: 5 } tag &&
                        tag.TokStart == i && tag.TokEnd == i + 1 && tag.Start == _tokens[i].Start + 1 && _norm[i].IndexOf('_') < 0 &&
                        aliases.Root.Child(_norm[i].AsSpan(1))?.Entry is { Confidence: SurnameOfTown } surname)
                    {
                        // وأعرب #غريفيث: a hashtag of the surname, which no preposition or descriptor can mark as the town
                        towns ??= [];
                        towns.Add((owner[i] - 1, tag with { Type = EntityType.Person, Canonical = surname.Canonical, Code = null, Confidence = 0.75f, Priority = 2 }));
                        continue;
                    }

                    if (owner[i] > 0 && added[owner[i] - 1] is { Type: EntityType.Place, Confidence: < 0.9f, Priority: 4 } town && town.TokEnd == i + 1 &&
                        town.TokStart == i && _tokens[i].Kind == TokenKind.ArabicWord && MatchAlias(aliases, i) is (int e1, { Confidence: SurnameOfTown } person, var o1) &&
                        e1 == i + 1 && PersonNotTown(i, o1.Start))
                    {
                        towns ??= [];
                        towns.Add((owner[i] - 1, new Candidate(i, i + 1, o1.Start, _tokens[i].End, EntityType.Person, person.Canonical, null, 0.75f, 2)));
                    }

                    continue;
                }

                var (end, entry, opt) = MatchAlias(aliases, i);
                bool free = end > 0 && entry.Confidence != SurnameOfTown && !(i > 0 && Joined(i) && _norm[i - 1] == "شهر"); // شهر رمضان: the month, not محمد رمضان
                for (int t = i; t < end && free; t++)
                {
                    free = !taken[t];
                }

                if (free)
                {
                    added.Add(new Candidate(i, end, opt.Start, _tokens[end - 1].End, EntityType.Person, entry.Canonical, null, 0.75f, 2));
                    for (int t = i; t < end; t++)
                    {
                        taken[t] = true;
                    }

                    i = end - 1;
                }
            }

            var endsAt = new Dictionary<int, int>(added.Count); // the token end of each person candidate: the one before a بن
            for (int n = 0; n < added.Count; n++)
            {
                if (added[n].Type == EntityType.Person)
                {
                    endsAt[added[n].TokEnd] = n;
                }
            }

            List<int>? dropped = null;

            // a given name left of a known surname, after a comma or a title (، جيمس هالفرسون،)
            for (int n = 0; n < added.Count; n++)
            {
                Candidate c = added[n];
                bool extended = false;
                while (c.Type == EntityType.Person && c.TokStart >= 2 && _norm[c.TokStart - 1] is "بن" or "ابن" or "بنت" && !taken[c.TokStart - 1] &&
                       (!taken[c.TokStart - 2] || endsAt.ContainsKey(c.TokStart - 1)) &&
                       Joined(c.TokStart) && Joined(c.TokStart - 1) && (_flags[c.TokStart - 2] & WordFlags.FirstName) != 0 && IsNameToken(c.TokStart - 2, true))
                {
                    // حمدان بن محمد بن راشد: a given name + بن before a known person is one name, the son's
                    int p2 = c.TokStart - 2;
                    if (endsAt.Remove(p2 + 1, out int single))
                    {
                        if (added[single].TokStart != p2)
                        {
                            break; // a longer name ends there: leave both
                        }

                        dropped ??= [];
                        dropped.Add(single); // الشيخ حمدان: the given name alone, now part of the whole
                    }

                    taken[p2] = taken[p2 + 1] = true;
                    c = c with { TokStart = p2, Start = _tokens[p2].Start, Canonical = OriginalText(_tokens[p2].Start, c.End) };
                    extended = true;
                }

                if (extended)
                {
                    added[n] = c;
                    full.Add((KeyOf(c), c.Canonical, c.Start));
                }

                int p = c.TokStart - 1;
                if (c.Type != EntityType.Person || p < 0 || taken[p] || !Joined(c.TokStart) || !IsNameToken(p, true) ||
                    _rootNode[p] is { Entry: not null } || (NoNameFlag(p) && (PerfectInT(_norm[p]) || ConjunctionOpener(p))) || NeverInName(p) || VerbalNoun(p) || // ، ردت سلمى الحايك، افتتح ميسي: a verb opens the clause; / اختفاء جمال خاشقجي
                    ((_ruleStarts[p] & _rules.Titles.RuleBit) != 0 && StartsTitle(p)) || // ، القاضي ميخا: a title that is also a family name (القاضي) is the title here
                    TitleTail(p)) // وزير العدل غازي الجريبي: the title's last word, a family name to the lists
                {
                    continue;
                }

                bool opener = p == 0 || !Joined(p) || _tokens[p - 1].Kind == TokenKind.Punctuation ||
                              StartsTitle(p - 1) || _rules.CueVerbs.Root.Child(_norm[p - 1]) is not null;
                if (opener)
                {
                    string text = OriginalText(_tokens[p].Start, c.End);
                    added[n] = c with { TokStart = p, Start = _tokens[p].Start, Canonical = text };
                    taken[p] = true;
                    full.Add((KeyOf(added[n]), text, _tokens[p].Start));
                }
            }

            foreach (var (index, person) in towns ?? [])
            {
                added[index] = person;
            }

            if (dropped is not null)
            {
                dropped.Sort();
                for (int d = dropped.Count - 1; d >= 0; d--)
                {
                    added.RemoveAt(dropped[d]);
                }
            }

            // canonical: the nearest longer mention containing the mention's words (the latest before it, else the first
            // after it), then the fullest name containing that one: two people sharing a surname stay apart
            var byKey = new Dictionary<string, (string Display, int Words, List<int> Starts)>(full.Count, StringComparer.Ordinal); // sized once: only added to, so in insertion order
            foreach (var f in full)
            {
                if (!byKey.TryGetValue(f.Key, out var info))
                {
                    info = (f.Display, GazetteerKey.CountWords(f.Key), []);
                    byKey.Add(f.Key, info);
                }

                info.Starts.Add(f.Start);
            }

            foreach (var info in byKey.Values)
            {
                info.Starts.Sort();
            }

            var names = new NameIndex(byKey, w => (_gaz.FlagsOf(w) & NameFlags) != 0 || _rules.NameConnectors.Contains(w));

            for (int n = 0; n < added.Count; n++)
            {
                Candidate c = added[n];
                if (c.Type != EntityType.Person)
                {
                    continue;
                }

                string key = KeyOf(c);
                int words = GazetteerKey.CountWords(key);
                string? antecedentKey = names.Antecedent(key, words, c.Start);
                if (antecedentKey is null)
                {
                    continue;
                }

                added[n] = c with { Canonical = names.Fullest(antecedentKey) };
            }

            // إدارة ترامب: an administration named after its leader is an organization
            for (int n = 0; n < added.Count; n++)
            {
                Candidate c = added[n];
                if (c.Type == EntityType.Person && c.TokStart > 0 && Joined(c.TokStart))
                {
                    var (end, _, opt) = BestMatch(_rules.AdministrationHeads, c.TokStart - 1);
                    if (end == c.TokStart && !taken[c.TokStart - 1])
                    {
                        added[n] = new Candidate(c.TokStart - 1, c.TokEnd, opt.Start, c.End, EntityType.Organization, OriginalText(opt.Start, c.End), null, 0.7f, 3);
                    }
                }
            }

            SortByStart(added);
            return added;
        }

        /// <summary>
        /// Each distinct key of <paramref name="names"/> once, with its first display, longest first (in words; ties in
        /// the order of the names): what <c>DistinctBy(Key).OrderByDescending(words)</c> gives, with no key split to count.
        /// </summary>
        private static (string Key, string Display)[] LongestFirst(List<(string Key, string Display, int Start)> names)
        {
            var seen = new HashSet<string>(names.Count, StringComparer.Ordinal);
            var order = new List<long>(names.Count);
            var distinct = new List<(string Key, string Display)>(names.Count);
            foreach (var (key, display, _) in names)
            {
                if (seen.Add(key))
                {
                    order.Add(((long)(int.MaxValue - GazetteerKey.CountWords(key)) << 32) | (uint)distinct.Count);
                    distinct.Add((key, display));
                }
            }

            order.Sort();
            var sorted = new (string Key, string Display)[distinct.Count];
            for (int n = 0; n < sorted.Length; n++)
            {
                sorted[n] = distinct[(int)(uint)order[n]];
            }

            return sorted;
        }

        /// <summary>
        /// The longest name of this document's <paramref name="aliases"/> at token i, also after a proclitic no list
        /// knows the rest of (وهالفرسون: a surname only this document names).
        /// </summary>
        private (int End, GazetteerEntry Entry, Option Opt) MatchAlias(Gazetteer aliases, int i)
        {
            // The root's signature filter first, inline: most words start no alias in any reading, with or without a
            // proclitic, and are answered without a match call.
            Gazetteer.Node root = aliases.Root;
            bool reading = false;
            foreach (Option o in Options(i))
            {
                reading |= root.MayHave(o.Lookup);
            }

            string w = _norm[i];
            int strippable = 0; // bit k: Proclitics[k] starts the word and leaves a form the filter lets through
            if (_tokens[i].Kind == TokenKind.ArabicWord && w.Length > 3 && w[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && (_flags[i] & WordFlags.WholeWord) == 0)
            {
                for (int k = 0; k < Proclitics.Length; k++)
                {
                    string p = Proclitics[k];
                    strippable |= w.Length - p.Length >= 3 && StartsWith(w, p) && root.MayHave(w.AsSpan(p.Length)) ? 1 << k : 0;
                }
            }

            var (end, entry, opt) = reading ? BestMatch(aliases, i) : (-1, default, default);
            if (end <= 0 && strippable != 0)
            {
                for (int k = 0; k < Proclitics.Length; k++)
                {
                    string p = Proclitics[k];
                    if ((strippable & (1 << k)) != 0 && root.Child(w.AsSpan(p.Length)) is not null)
                    {
                        string rest = _norm[i][p.Length..]; // allocated only for a match
                        var (e2, entry2) = Longest(aliases, rest, i);
                        if (e2 > 0)
                        {
                            return (e2, entry2, new Option(_tokens[i].Start + OriginalPrefix(i, p.Length), rest, _gaz.FlagsOf(rest)));
                        }
                    }
                }
            }

            return (end, entry, opt);
        }

        /// <summary>
        /// Other mentions of an organization the document names (found by the model or a rule in one sentence,
        /// repeated elsewhere with or without a proclitic: ANERcorp-style news repeats a club, party or company name)
        /// become organizations too, where nothing else stands. A single word must look like a name (not a function
        /// word, not a frequent ordinary word).
        /// </summary>
        private List<Candidate> PropagateOrganizations(List<Candidate> chosen)
        {
            Gazetteer.Builder? aliasBuilder = null;
            foreach (Candidate c in chosen)
            {
                if (c.Type != EntityType.Organization)
                {
                    continue;
                }

                string key = KeyOf(c);
                if (key.Length < 3 || (!key.Contains(' ', StringComparison.Ordinal) &&
                    (_rules.Function.Contains(key) || (_gaz.FlagsOf(key) & WordFlags.Common) != 0 || _gaz.Root.Child(key) is { Entry: not null })))
                {
                    continue;
                }

                (aliasBuilder ??= new Gazetteer.Builder(randomizedHash: true)).Add(key, new GazetteerEntry(GazetteerKind.Organization, c.Canonical, c.Code, 0.7f));
                if (c.TokEnd - c.TokStart >= 3 && Single(c.TokEnd - 1, GazetteerKind.Nationality) is not null && IsAdjective(_norm[c.TokEnd - 2]) &&
                    _norm[c.TokStart] is "البنك" or "المصرف" or "الشركه" && key.LastIndexOf(' ') is > 0 and int cut)
                {
                    // البنك التجاري القطري, then البنك التجاري: a bank or company without its country's nisba (a company's
                    // descriptive name is its name; المؤسسة العسكرية الليبية without the nisba is generic)
                    aliasBuilder.Add(key[..cut], new GazetteerEntry(GazetteerKind.Organization, c.Canonical, c.Code, 0.7f));
                }
            }

            if (aliasBuilder is null)
            {
                return chosen;
            }

            Gazetteer aliases = aliasBuilder.Build(filter: true); // most words of the document start no alias

            bool[] taken = Taken();
            foreach (Candidate c in chosen)
            {
                taken.AsSpan(c.TokStart, c.TokEnd - c.TokStart).Fill(true);
            }

            List<Candidate>? added = null;
            for (int i = 0; i < Count; i++)
            {
                if (!IsWord(i) || taken[i])
                {
                    continue;
                }

                var (end, entry, opt) = MatchAlias(aliases, i);
                if (end <= 0 || taken.AsSpan(i, end - i).Contains(true) || (opt.Start == _tokens[i].Start && CountedNoun(i)))
                {
                    continue;
                }

                (added ??= [.. chosen]).Add(new Candidate(i, end, opt.Start, _tokens[end - 1].End, EntityType.Organization, entry.Canonical, entry.CountryCode, 0.7f, 2));
                taken.AsSpan(i, end - i).Fill(true);
                i = end - 1;
            }

            if (added is null)
            {
                return chosen;
            }

            SortByStart(added);
            return added;
        }

        /// <summary>The matching key of a candidate, from the normalized tokens (the first one from the candidate's start).</summary>
        private string KeyOf(Candidate c)
        {
            if (c.TokEnd - c.TokStart == 1 && _tokens[c.TokStart].Kind == TokenKind.Hashtag)
            {
                return GazetteerKey.Of(_text[c.Start..c.End].Replace('_', ' '));
            }

            // The words' lengths first, then one string (a one-word key is the word itself).
            string? head = c.Start > _tokens[c.TokStart].Start ? ArabicNormalizer.Matching.NormalizeToString(_text[c.Start.._tokens[c.TokStart].End]) : null;
            if (c.Type == EntityType.Person && head is ['ل', ..] && _text[c.Start - 1] == 'ل')
            {
                head = "ا" + head; // للحريري: ل + الحريري, whose span starts at the second ل (not for organizations: للبنك is no name)
            }

            int length = 0, parts = 0;
            string last = string.Empty;
            for (int t = c.TokStart; t < c.TokEnd; t++)
            {
                if (KeyWord(c, t, head) is { Length: > 0 } w)
                {
                    length += (parts++ > 0 ? 1 : 0) + w.Length;
                    last = w;
                }
            }

            if (parts <= 1)
            {
                return last;
            }

            // written straight into the string (a stackalloc would have the JIT optimize this method at once)
            return string.Create(length, (Run: this, Candidate: c, Head: head), static (key, state) =>
            {
                int at = 0;
                for (int t = state.Candidate.TokStart; t < state.Candidate.TokEnd; t++)
                {
                    if (state.Run.KeyWord(state.Candidate, t, state.Head) is { Length: > 0 } w)
                    {
                        if (at > 0)
                        {
                            key[at++] = ' ';
                        }

                        w.CopyTo(key[at..]);
                        at += w.Length;
                    }
                }
            });
        }

        /// <summary>The word token t gives a candidate's key (null for none); <paramref name="head"/>: the first token's form from the candidate's start, when it starts inside it.</summary>
        private string? KeyWord(Candidate c, int t, string? head)
        {
            if (_tokens[t].Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.OtherWord or TokenKind.Punctuation))
            {
                return null;
            }

            return t == c.TokStart && head is not null ? head : _norm[t];
        }

        /// <summary>
        /// The document's person names (keys) in the order of their dictionary, indexed by word, so that the names that
        /// can contain a key are found without a scan over all names per mention (which is quadratic in a long document).
        /// </summary>
        private sealed class NameIndex
        {
            private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
            private readonly Dictionary<string, LongerNames> _longer = new(StringComparer.Ordinal);
            private readonly Dictionary<string, string> _fullest = new(StringComparer.Ordinal);
            private List<int>? _all;

            private readonly Dictionary<string, (string Display, int Words, List<int> Starts)> _byKey;

            public NameIndex(Dictionary<string, (string Display, int Words, List<int> Starts)> byKey, Func<string, bool> nameWord)
            {
                _byKey = byKey;
                NameWord = nameWord;
                Entries = [.. byKey];
                var byWord = _byWord.GetAlternateLookup<ReadOnlySpan<char>>(); // a word's string only when it is new
                for (int k = 0; k < Entries.Length; k++)
                {
                    ReadOnlySpan<char> key = Entries[k].Key;
                    foreach (Range r in key.Split(' '))
                    {
                        ReadOnlySpan<char> w = key[r];
                        if (w.IsEmpty)
                        {
                            continue;
                        }

                        if (!byWord.TryGetValue(w, out List<int>? list))
                        {
                            byWord.TryAdd(w, list = []);
                        }

                        if (list.Count == 0 || list[^1] != k)
                        {
                            list.Add(k);
                        }
                    }
                }
            }

            public KeyValuePair<string, (string Display, int Words, List<int> Starts)>[] Entries { get; }

            /// <summary>True for a word the lists know inside names (a given name, a name part, a surname, a connector).</summary>
            public Func<string, bool> NameWord { get; }

            /// <summary>
            /// The key of the nearest longer name containing <paramref name="key"/> (of <paramref name="words"/> words)
            /// for a mention at <paramref name="start"/>: the latest before it, else the first after it; null when none.
            /// </summary>
            public string? Antecedent(string key, int words, int start)
            {
                if (!_longer.TryGetValue(key, out LongerNames? longer))
                {
                    _longer.Add(key, longer = new LongerNames(this, key, words));
                }

                int k = longer.Nearest(start);
                return k < 0 ? null : Entries[k].Key;
            }

            /// <summary>The display of the fullest name containing the name <paramref name="key"/> (itself when none is longer).</summary>
            public string Fullest(string key)
            {
                if (_fullest.TryGetValue(key, out string? cached))
                {
                    return cached;
                }

                string best = _byKey[key].Display;
                int bestLen = _byKey[key].Words;
                foreach (int k in Containing(key))
                {
                    var (fk, info) = Entries[k];
                    if (info.Words > bestLen && Contains(fk, key))
                    {
                        best = info.Display;
                        bestLen = info.Words;
                    }
                }

                _fullest.Add(key, best);
                return best;
            }

            /// <summary>
            /// In ascending order, the entries that may contain <paramref name="key"/> as whole words: those having its
            /// rarest word (a key of single-spaced words), else all.
            /// </summary>
            public List<int> Containing(string key)
            {
                if (key.Length == 0 || key[0] == ' ' || key[^1] == ' ' || key.Contains("  ", StringComparison.Ordinal))
                {
                    return _all ??= [.. Enumerable.Range(0, Entries.Length)];
                }

                List<int>? best = null;
                var byWord = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
                foreach (Range r in key.AsSpan().Split(' '))
                {
                    ReadOnlySpan<char> w = key.AsSpan()[r];
                    if (w.IsEmpty)
                    {
                        continue;
                    }

                    if (!byWord.TryGetValue(w, out List<int>? list))
                    {
                        return [];
                    }

                    if (best is null || list.Count < best.Count)
                    {
                        best = list;
                    }
                }

                return best ?? [];
            }
        }

        /// <summary>
        /// The names longer than one key that contain it, with their mention starts sorted, so that the nearest one to a
        /// mention is found by binary search. The choice is the one of a scan over the names in dictionary order keeping
        /// a candidate when it is the first, or before the mention and later than the kept one (or the kept one is
        /// after), or after and earlier than a kept one after: the latest before wins (the first name on ties); with
        /// none before, the first after; a name starting exactly at the mention, met before any name before it, stays.
        /// </summary>
        private sealed class LongerNames
        {
            private readonly NameIndex _index;
            private readonly int[] _entries;
            private readonly bool _scan;
            private readonly (int Start, int Entry)[] _firsts = [];
            private readonly int[] _firstMin = [];
            private readonly (int Start, int Entry)[] _all = [];

            public LongerNames(NameIndex index, string key, int words)
            {
                _index = index;
                var entries = new List<int>();
                foreach (int k in index.Containing(key))
                {
                    var (fk, info) = index.Entries[k];
                    if (info.Words > words && Contains(fk, key))
                    {
                        entries.Add(k);
                    }
                }

                if (words == 1 && entries.Exists(k => EndsWithWord(index.Entries[k].Key, key)))
                {
                    // صلاح after محمد صلاح and a misread صلاح القصيرة: where a name ends with the lone word, a name that
                    // starts with it and runs on into a word no list knows in names is no antecedent (صدام حسين still is)
                    entries.RemoveAll(k => index.Entries[k].Key is var name && name.StartsWith(key + " ", StringComparison.Ordinal) &&
                                           !index.NameWord(name[(key.Length + 1)..].Split(' ')[0]));
                }

                _entries = [.. entries];
                var all = new List<(int Start, int Entry)>();
                var firsts = new List<(int Start, int Entry)>();
                foreach (int k in _entries)
                {
                    List<int> starts = index.Entries[k].Value.Starts;
                    firsts.Add((starts[0], k));
                    for (int s = 0; s < starts.Count; s++)
                    {
                        _scan |= s > 0 && starts[s] == starts[s - 1]; // a repeated start: leave it to the scan
                        all.Add((starts[s], k));
                    }
                }

                if (_scan)
                {
                    return;
                }

                firsts.Sort();
                all.Sort();
                _firsts = [.. firsts];
                _all = [.. all];
                _firstMin = new int[_firsts.Length];
                for (int f = 0; f < _firsts.Length; f++)
                {
                    _firstMin[f] = f == 0 ? _firsts[f].Entry : Math.Min(_firstMin[f - 1], _firsts[f].Entry);
                }
            }

            private static bool EndsWithWord(string name, string word) =>
                name.Length > word.Length && name[name.Length - word.Length - 1] == ' ' && name.EndsWith(word, StringComparison.Ordinal);

            /// <summary>The entry of the nearest longer name for a mention at <paramref name="start"/>, or -1.</summary>
            public int Nearest(int start)
            {
                if (_entries.Length == 0)
                {
                    return -1;
                }

                if (_scan)
                {
                    return Scan(start);
                }

                int p = LowerBound(_firsts, start);     // names first seen before the mention: [0, p)
                int q = LowerBound(_firsts, start + 1); // first seen exactly at it: [p, q)
                if (p > 0 && (p == q || _firstMin[p - 1] < _firsts[p].Entry))
                {
                    int r = LowerBound(_all, start) - 1; // the latest mention start before it, the first name there
                    while (r > 0 && _all[r - 1].Start == _all[r].Start)
                    {
                        r--;
                    }

                    return _all[r].Entry;
                }

                return p < q ? _firsts[p].Entry : _firsts[0].Entry;
            }

            /// <summary>The scan itself (used when a name has the same start twice).</summary>
            private int Scan(int start)
            {
                int antecedent = -1;
                int antecedentStart = 0;
                foreach (int k in _entries)
                {
                    List<int> starts = _index.Entries[k].Value.Starts;
                    int idx = starts.BinarySearch(start);
                    idx = idx >= 0 ? idx : ~idx;
                    int candidateStart = idx > 0 ? starts[idx - 1] : starts[0]; // the latest before, else the first after
                    bool before = candidateStart < start;
                    bool better = antecedent < 0 ||
                                  (before && (antecedentStart > start || candidateStart > antecedentStart)) ||
                                  (!before && antecedentStart > start && candidateStart < antecedentStart);
                    if (better)
                    {
                        antecedent = k;
                        antecedentStart = candidateStart;
                    }
                }

                return antecedent;
            }

            private static int LowerBound((int Start, int Entry)[] items, int start)
            {
                int lo = 0, hi = items.Length;
                while (lo < hi)
                {
                    int mid = (lo + hi) >>> 1;
                    if (items[mid].Start < start)
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
        }

        /// <summary>True when <paramref name="key"/> occurs in <paramref name="fullKey"/> as whole words (no strings built: this runs per mention and name).</summary>
        private static bool Contains(string fullKey, string key)
        {
            if (key.Length == 0)
            {
                return (" " + fullKey + " ").Contains("  ", StringComparison.Ordinal);
            }

            for (int from = 0, at; from <= fullKey.Length - key.Length && (at = fullKey.IndexOf(key, from, StringComparison.Ordinal)) >= 0; from = at + 1)
            {
                // the words after بن name the father (سلمان in محمد بن سلمان), another person
                if ((at == 0 || (fullKey[at - 1] == ' ' && !SonOf(LastWord(fullKey.AsSpan(0, at - 1))))) && (at + key.Length == fullKey.Length || fullKey[at + key.Length] == ' '))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>بن، ابن، بنت: the word before a father's name.</summary>
        private static bool SonOf(ReadOnlySpan<char> w) => w is "بن" or "ابن" or "بنت";

        private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> key) => key[(key.LastIndexOf(' ') + 1)..];

        private List<Entity> Build(List<Candidate> chosen, float minimumConfidence)
        {
            var result = new List<Entity>(chosen.Count);
            foreach (Candidate c in chosen)
            {
                if (c.Confidence < minimumConfidence)
                {
                    continue;
                }

                result.Add(new Entity(c.Start, c.End, _text[c.Start..c.End], c.Type, c.Canonical, c.Confidence, c.Code));
            }

            return result;
        }
    }
}
