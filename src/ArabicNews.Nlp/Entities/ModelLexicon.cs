namespace ArabicNews.Nlp.Entities;

/// <summary>
/// The word knowledge the sequence model's features use: corpus frequency classes (which also decide proclitic
/// stripping), gazetteer membership flags, word clusters and silver codes (how often the corpus's rule-found entities
/// hold the word). Keys are <see cref="ModelHash.Word"/> of words normalized
/// with <see cref="Text.ArabicNormalizer.Matching"/>. Immutable.
/// </summary>
internal sealed class ModelLexicon
{
    /// <summary>Gazetteer flag: a token of a person name.</summary>
    public const int GazPerson = 1 << 0;

    /// <summary>Gazetteer flag: a first name.</summary>
    public const int GazFirstName = 1 << 1;

    /// <summary>Gazetteer flag: a whole one-word location name.</summary>
    public const int GazLocation = 1 << 2;

    /// <summary>Gazetteer flag: a token of a multi-word location name.</summary>
    public const int GazLocationPart = 1 << 3;

    /// <summary>Gazetteer flag: a token of an organization name.</summary>
    public const int GazOrganization = 1 << 4;

    /// <summary>Gazetteer flag: a country name (or a token of one).</summary>
    public const int GazCountry = 1 << 5;

    /// <summary>Gazetteer flag: a city or region name (or a token of one).</summary>
    public const int GazCity = 1 << 6;

    /// <summary>Gazetteer flag: a family name.</summary>
    public const int GazLastName = 1 << 7;

    /// <summary>The number of gazetteer flags.</summary>
    public const int GazetteerFlagCount = 8;

    /// <summary>The value <see cref="Cluster"/> returns for a word without cluster.</summary>
    public const int NoCluster = -1;

    private const int FrequencyShift = 32;
    private const int GazetteerShift = 40;
    private const int GazetteerMask = 0xFF;
    private const int ClusterShift = 48;
    private const int ClusterMask = 0xFFFF;

    private readonly byte[] _frequencyClasses;
    private readonly ushort[] _gazetteerFlags;
    private readonly ushort[] _clusterIds;
    private readonly byte[] _silverCodes;

    // One open-addressing table for all three facts of a word: key (32 bits), frequency class (8), gazetteer flags
    // (8) and cluster + 1 (16) in one 64-bit entry, so a word costs one probe.
    private readonly ulong[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    // The silver codes (see SilverCodes), a table of their own: a word is looked up in it once per document.
    private readonly ulong[] _silverEntries;
    private readonly int _silverShift;
    private readonly int _silverMask;

    /// <summary>Creates a lexicon from its tables (parallel key and value arrays).</summary>
    public ModelLexicon(
        uint[] frequencyKeys,
        byte[] frequencyClasses,
        uint[] gazetteerKeys,
        ushort[] gazetteerFlags,
        uint[] clusterKeys,
        ushort[] clusterIds,
        uint[]? silverKeys = null,
        byte[]? silverCodes = null)
    {
        ArgumentNullException.ThrowIfNull(frequencyKeys);
        ArgumentNullException.ThrowIfNull(frequencyClasses);
        ArgumentNullException.ThrowIfNull(gazetteerKeys);
        ArgumentNullException.ThrowIfNull(gazetteerFlags);
        ArgumentNullException.ThrowIfNull(clusterKeys);
        ArgumentNullException.ThrowIfNull(clusterIds);
        FrequencyKeys = frequencyKeys;
        _frequencyClasses = frequencyClasses;
        GazetteerKeys = gazetteerKeys;
        _gazetteerFlags = gazetteerFlags;
        ClusterKeys = clusterKeys;
        _clusterIds = clusterIds;
        SilverKeys = silverKeys ?? [];
        _silverCodes = silverCodes ?? [];
        if (frequencyClasses.Length != frequencyKeys.Length || gazetteerFlags.Length != gazetteerKeys.Length || clusterIds.Length != clusterKeys.Length ||
            _silverCodes.Length != SilverKeys.Length)
        {
            throw new ArgumentException("Keys and values differ in length.");
        }

        (_entries, _shift, _mask) = Table(frequencyKeys.Length + gazetteerKeys.Length + clusterKeys.Length);
        for (int i = 0; i < frequencyKeys.Length; i++)
        {
            Merge(_entries, _shift, _mask, frequencyKeys[i], FrequencyShift, 0xFF, frequencyClasses[i]);
        }

        for (int i = 0; i < gazetteerKeys.Length; i++)
        {
            Merge(_entries, _shift, _mask, gazetteerKeys[i], GazetteerShift, GazetteerMask, gazetteerFlags[i]);
        }

        for (int i = 0; i < clusterKeys.Length; i++)
        {
            Merge(_entries, _shift, _mask, clusterKeys[i], ClusterShift, ClusterMask, clusterIds[i] + 1);
        }

        (_silverEntries, _silverShift, _silverMask) = Table(SilverKeys.Length);
        for (int i = 0; i < SilverKeys.Length; i++)
        {
            Merge(_silverEntries, _silverShift, _silverMask, SilverKeys[i], 32, 0xFF, _silverCodes[i]);
        }
    }

    /// <summary>An empty lexicon (no frequencies, gazetteers or clusters).</summary>
    public static ModelLexicon Empty { get; } = new([], [], [], [], [], []);

    /// <summary>The keys of the frequency table.</summary>
    public uint[] FrequencyKeys { get; }

    /// <summary>The frequency classes, parallel to <see cref="FrequencyKeys"/>.</summary>
    public ReadOnlySpan<byte> FrequencyClasses => _frequencyClasses;

    /// <summary>The keys of the gazetteer table.</summary>
    public uint[] GazetteerKeys { get; }

    /// <summary>The gazetteer flags, parallel to <see cref="GazetteerKeys"/>.</summary>
    public ReadOnlySpan<ushort> GazetteerFlags => _gazetteerFlags;

    /// <summary>The keys of the cluster table.</summary>
    public uint[] ClusterKeys { get; }

    /// <summary>The cluster ids, parallel to <see cref="ClusterKeys"/>.</summary>
    public ReadOnlySpan<ushort> ClusterIds => _clusterIds;

    /// <summary>The frequency class of a word: 0 when unseen, else about 1 + log2 of its corpus count.</summary>
    public int Frequency(uint wordKey) => (int)((Find(wordKey) >> FrequencyShift) & 0xFF);

    /// <summary>The gazetteer flags of a word.</summary>
    public int Gazetteer(uint wordKey) => (int)((Find(wordKey) >> GazetteerShift) & GazetteerMask);

    /// <summary>The cluster of a word, or <see cref="NoCluster"/>.</summary>
    public int Cluster(uint wordKey) => (int)((Find(wordKey) >> ClusterShift) & ClusterMask) - 1;

    /// <summary>The keys of the silver table.</summary>
    public uint[] SilverKeys { get; }

    /// <summary>
    /// The silver codes, parallel to <see cref="SilverKeys"/>: two bits per entity type (person, place, organization:
    /// bits 0–1, 2–3, 4–5), how often the word stands inside such an entity in the unlabelled corpus, as the
    /// gazetteers and rules find them (0: under 5 %, 1: from 5 %, 2: from 25 %, 3: from 60 %).
    /// </summary>
    public ReadOnlySpan<byte> SilverCodes => _silverCodes;

    /// <summary>The silver code of a word (0 when it has none).</summary>
    public int Silver(uint wordKey) => (int)(Find(_silverEntries, _silverShift, _silverMask, wordKey) >> 32);

    /// <summary>All three facts of a word with one probe.</summary>
    public void Describe(uint wordKey, out int frequency, out int gazetteer, out int cluster)
    {
        ulong entry = Find(wordKey);
        frequency = (int)((entry >> FrequencyShift) & 0xFF);
        gazetteer = (int)((entry >> GazetteerShift) & GazetteerMask);
        cluster = (int)((entry >> ClusterShift) & ClusterMask) - 1;
    }

    /// <summary>
    /// How many leading characters of a normalized word are proclitics (و ف, then ب ل ك), decided by corpus frequency:
    /// a proclitic is stripped when the rest is a word at least as frequent as the whole (بموسكو → موسكو, but بغداد,
    /// لبنان and وليد stay whole); of two unknown forms, و is stripped and ف kept. لل (ل + the article) is never split.
    /// </summary>
    public int ProcliticLength(ReadOnlySpan<char> word)
    {
        int stripped = 0;
        int current = Frequency(ModelHash.Word(word));
        if (word.Length >= 4 && word[0] is 'و' or 'ف')
        {
            ReadOnlySpan<char> rest = word[1..];
            int restFrequency = Frequency(ModelHash.Word(rest));
            bool article = rest.Length >= 4 && rest.StartsWith("ال", StringComparison.Ordinal);
            bool unknown = current == 0 && restFrequency == 0;
            if (article || (unknown ? word[0] == 'و' : restFrequency >= current))
            {
                stripped = 1;
                current = restFrequency;
            }
        }

        ReadOnlySpan<char> remaining = word[stripped..];
        if (remaining.Length >= 4 && remaining[0] is 'ب' or 'ل' or 'ك' && !(remaining[0] == 'ل' && remaining[1] == 'ل'))
        {
            ReadOnlySpan<char> rest = remaining[1..];
            int restFrequency = Frequency(ModelHash.Word(rest));
            bool article = rest.Length >= 4 && rest.StartsWith("ال", StringComparison.Ordinal);
            if (article || (restFrequency > 0 && restFrequency >= current + 1))
            {
                stripped++;
            }
        }

        return stripped;
    }

    /// <summary>An empty open-addressing table for <paramref name="count"/> keys (at most 77 % full).</summary>
    private static (ulong[] Entries, int Shift, int Mask) Table(int count)
    {
        int bits = 4;
        while ((1 << bits) * 10 < count * 13)
        {
            bits++;
        }

        return (new ulong[1 << bits], 32 - bits, (1 << bits) - 1);
    }

    private static void Merge(ulong[] entries, int tableShift, int tableMask, uint key, int shift, int mask, int value)
    {
        if ((uint)value > (uint)mask)
        {
            throw new ArgumentException($"A lexicon value ({value}) does not fit its field.");
        }

        key = key == 0 ? 1u : key;
        int slot = (int)((key * 0x9E3779B1u) >> tableShift);
        while (entries[slot] != 0 && (uint)entries[slot] != key)
        {
            slot = (slot + 1) & tableMask;
        }

        ulong entry = entries[slot] == 0 ? key : entries[slot];
        if (((entry >> shift) & (ulong)mask) == 0)
        {
            // The first occurrence of a repeated key wins.
            entries[slot] = entry | ((ulong)value << shift);
        }
    }

    /// <summary>The entry of a word in the main table without its key (0 when the word is unknown).</summary>
    private ulong Find(uint key) => Find(_entries, _shift, _mask, key);

    /// <summary>The entry of a word without its key (0 when the word is unknown).</summary>
    private static ulong Find(ulong[] entries, int tableShift, int tableMask, uint key)
    {
        key = key == 0 ? 1u : key;
        int slot = (int)((key * 0x9E3779B1u) >> tableShift);
        while (true)
        {
            ulong entry = entries[slot];
            if ((uint)entry == key)
            {
                return entry & 0xFFFF_FFFF_0000_0000UL;
            }

            if (entry == 0)
            {
                return 0;
            }

            slot = (slot + 1) & tableMask;
        }
    }
}
