namespace ArabicNews.Nlp.Entities;

/// <summary>
/// The word knowledge the sequence model's features use: corpus frequency classes (which also decide proclitic
/// stripping), gazetteer membership flags and word clusters. Keys are <see cref="ModelHash.Word"/> of words normalized
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

    private readonly ModelKeyTable _frequencies;
    private readonly byte[] _frequencyClasses;
    private readonly ModelKeyTable _gazetteer;
    private readonly ushort[] _gazetteerFlags;
    private readonly ModelKeyTable _clusters;
    private readonly ushort[] _clusterIds;

    /// <summary>Creates a lexicon from its three tables (parallel key and value arrays).</summary>
    public ModelLexicon(
        uint[] frequencyKeys,
        byte[] frequencyClasses,
        uint[] gazetteerKeys,
        ushort[] gazetteerFlags,
        uint[] clusterKeys,
        ushort[] clusterIds)
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
        _frequencies = new ModelKeyTable(frequencyKeys, Indexes(frequencyKeys.Length));
        _gazetteer = new ModelKeyTable(gazetteerKeys, Indexes(gazetteerKeys.Length));
        _clusters = new ModelKeyTable(clusterKeys, Indexes(clusterKeys.Length));
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
    public int Frequency(uint wordKey)
    {
        int i = _frequencies.Find(wordKey);
        return i < 0 ? 0 : _frequencyClasses[i];
    }

    /// <summary>The gazetteer flags of a word.</summary>
    public int Gazetteer(uint wordKey)
    {
        int i = _gazetteer.Find(wordKey);
        return i < 0 ? 0 : _gazetteerFlags[i];
    }

    /// <summary>The cluster of a word, or <see cref="NoCluster"/>.</summary>
    public int Cluster(uint wordKey)
    {
        int i = _clusters.Find(wordKey);
        return i < 0 ? NoCluster : _clusterIds[i];
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

    private static int[] Indexes(int count)
    {
        int[] result = new int[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = i;
        }

        return result;
    }
}
