using System.IO.Compression;
using System.Text.Json;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Training;

/// <summary>
/// Word clusters from the unlabelled news corpus (only the cluster ids of word stems are kept, never text):
/// each frequent stem gets a vector of positive PMI with its left and right neighbours, randomly projected to a
/// small dimension; spherical k-means (fixed seed) gives fine clusters, and k-means over their centroids coarse ones.
/// Cluster id = coarse * 256 + fine.
/// </summary>
internal static class NerModelClusters
{
    public static (uint[] Keys, ushort[] Ids) Build(string corpusPath, ModelLexicon lexicon, int vocabulary, int contexts, int fine, int coarse)
    {
        // Pass 1: stem counts.
        var stemCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        ForEachSentenceStems(corpusPath, lexicon, stems =>
        {
            foreach (string stem in stems)
            {
                if (stem.Length > 1 && ArabicLetters.IsArabicLetter(stem[0]))
                {
                    stemCounts[stem] = stemCounts.TryGetValue(stem, out int c) ? c + 1 : 1;
                }
            }
        });

        string[] targets = stemCounts.Where(p => p.Value >= 5).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(vocabulary).Select(p => p.Key).ToArray();
        var targetIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < targets.Length; i++)
        {
            targetIndex[targets[i]] = i;
        }

        // Pass 2: co-occurrence with the most frequent stems (and punctuation) to the left and the right.
        var contextIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string stem in targets.Take(contexts))
        {
            contextIndex[stem] = contextIndex.Count;
        }

        foreach (string mark in (string[])["<s>", "</s>", "<num>", "<lat>", ".", "،", ",", ":", "\"", "«", "»", "(", ")", "-", "؟", "!"])
        {
            contextIndex[mark] = contextIndex.Count;
        }

        int contextCount = contextIndex.Count;
        var pairs = new Dictionary<long, int>();
        ForEachSentenceStems(corpusPath, lexicon, stems =>
        {
            for (int i = 0; i < stems.Count; i++)
            {
                if (!targetIndex.TryGetValue(stems[i], out int t))
                {
                    continue;
                }

                string left = i > 0 ? stems[i - 1] : "<s>";
                string right = i + 1 < stems.Count ? stems[i + 1] : "</s>";
                if (contextIndex.TryGetValue(left, out int l))
                {
                    long key = ((long)t * 2 * contextCount) + l;
                    pairs[key] = pairs.TryGetValue(key, out int c) ? c + 1 : 1;
                }

                if (contextIndex.TryGetValue(right, out int r))
                {
                    long key = ((long)t * 2 * contextCount) + contextCount + r;
                    pairs[key] = pairs.TryGetValue(key, out int c) ? c + 1 : 1;
                }
            }
        });

        // Positive PMI, randomly projected.
        const int Dimension = 96;
        var random = new Random(20260101);
        float[] projection = new float[2 * contextCount * Dimension];
        for (int i = 0; i < projection.Length; i++)
        {
            projection[i] = random.Next(2) == 0 ? -1f : 1f;
        }

        double[] targetTotals = new double[targets.Length];
        double[] contextTotals = new double[2 * contextCount];
        double total = 0;
        foreach ((long key, int count) in pairs)
        {
            targetTotals[key / (2 * contextCount)] += count;
            contextTotals[key % (2 * contextCount)] += count;
            total += count;
        }

        float[] vectors = new float[targets.Length * Dimension];
        foreach ((long key, int count) in pairs.OrderBy(p => p.Key))
        {
            int t = (int)(key / (2 * contextCount));
            int c = (int)(key % (2 * contextCount));
            double pmi = Math.Log(count * total / (targetTotals[t] * contextTotals[c]));
            if (pmi <= 0)
            {
                continue;
            }

            Span<float> v = vectors.AsSpan(t * Dimension, Dimension);
            ReadOnlySpan<float> p = projection.AsSpan(c * Dimension, Dimension);
            for (int d = 0; d < Dimension; d++)
            {
                v[d] += (float)pmi * p[d];
            }
        }

        for (int t = 0; t < targets.Length; t++)
        {
            Normalize(vectors.AsSpan(t * Dimension, Dimension));
        }

        int[] fineOf = SphericalKMeans(vectors, targets.Length, Dimension, fine, 12, random, out float[] centroids);
        int[] coarseOf = SphericalKMeans(centroids, fine, Dimension, coarse, 20, random, out _);
        uint[] keys = new uint[targets.Length];
        ushort[] ids = new ushort[targets.Length];
        for (int t = 0; t < targets.Length; t++)
        {
            keys[t] = ModelHash.Word(targets[t]);
            ids[t] = (ushort)((coarseOf[fineOf[t]] << 8) | fineOf[t]);
        }

        Console.WriteLine($"  clusters: {targets.Length} stems, {contextCount} contexts, {pairs.Count} pairs, {fine} fine / {coarse} coarse clusters");
        return (keys, ids);
    }

    private static int[] SphericalKMeans(float[] vectors, int count, int dimension, int k, int iterations, Random random, out float[] centroids)
    {
        centroids = new float[k * dimension];
        int[] chosen = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(k).ToArray();
        for (int j = 0; j < k; j++)
        {
            vectors.AsSpan(chosen[j] * dimension, dimension).CopyTo(centroids.AsSpan(j * dimension, dimension));
        }

        int[] assignment = new int[count];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            for (int i = 0; i < count; i++)
            {
                ReadOnlySpan<float> v = vectors.AsSpan(i * dimension, dimension);
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int j = 0; j < k; j++)
                {
                    float score = System.Numerics.Tensors.TensorPrimitives.Dot(v, centroids.AsSpan(j * dimension, dimension));
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = j;
                    }
                }

                assignment[i] = best;
            }

            Array.Clear(centroids);
            for (int i = 0; i < count; i++)
            {
                Span<float> c = centroids.AsSpan(assignment[i] * dimension, dimension);
                System.Numerics.Tensors.TensorPrimitives.Add(c, vectors.AsSpan(i * dimension, dimension), c);
            }

            for (int j = 0; j < k; j++)
            {
                Normalize(centroids.AsSpan(j * dimension, dimension));
            }
        }

        return assignment;
    }

    private static void Normalize(Span<float> v)
    {
        float norm = System.Numerics.Tensors.TensorPrimitives.Norm(v);
        if (norm > 0)
        {
            System.Numerics.Tensors.TensorPrimitives.Divide(v, norm, v);
        }
    }

    /// <summary>Calls <paramref name="action"/> with the stems of each paragraph of the corpus (the list is reused).</summary>
    private static void ForEachSentenceStems(string corpusPath, ModelLexicon lexicon, Action<List<string>> action)
    {
        var stems = new List<string>();
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = interned.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[512];
        using var file = File.OpenRead(corpusPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            if (!doc.RootElement.TryGetProperty("text", out JsonElement element) || element.GetString() is not { } text)
            {
                continue;
            }

            stems.Clear();
            foreach (Token token in ArabicTokenizer.Default.Tokenize(text))
            {
                string stem;
                if (token.Kind == TokenKind.ArabicWord && token.Length <= 48 &&
                    ArabicNormalizer.Matching.TryNormalize(token.Slice(text), buffer, out int written) && written > 0)
                {
                    ReadOnlySpan<char> norm = buffer[..written];
                    ReadOnlySpan<char> s = norm[lexicon.ProcliticLength(norm)..];
                    if (!lookup.TryGetValue(s, out string? existing))
                    {
                        existing = s.ToString();
                        lookup[s] = existing;
                    }

                    stem = existing;
                }
                else
                {
                    stem = token.Kind switch
                    {
                        TokenKind.Number => "<num>",
                        TokenKind.LatinWord => "<lat>",
                        TokenKind.Punctuation => token.GetText(text),
                        _ => "<x>",
                    };
                }

                stems.Add(stem);
            }

            action(stems);
        }
    }
}
