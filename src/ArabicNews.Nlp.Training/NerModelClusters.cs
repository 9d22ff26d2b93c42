using System.IO.Compression;
using System.Text.Json;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Training;

/// <summary>
/// Word clusters from the unlabelled news corpus (only the cluster ids of word stems are kept, never text):
/// each frequent stem gets a vector of positive PMI with its neighbours (one slot per side and distance), reduced to a
/// small dimension by a random projection or a truncated SVD; spherical k-means (fixed seed) gives fine clusters,
/// and k-means over their centroids coarse ones.
/// Cluster id = coarse * 256 + the fine cluster's rank inside its coarse cluster, so id &gt;&gt; 8 is the coarse cluster
/// whatever the number of fine clusters.
/// </summary>
internal static class NerModelClusters
{
    public static (uint[] Keys, ushort[] Ids) Build(string corpusPath, ModelLexicon lexicon, NerModelClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = System.Diagnostics.Stopwatch.StartNew();

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
            .Take(options.Vocabulary).Select(p => p.Key).ToArray();
        var targetIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < targets.Length; i++)
        {
            targetIndex[targets[i]] = i;
        }

        // Pass 2: co-occurrence with the most frequent stems (and punctuation) at each distance to the left and the right.
        var contextIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string stem in targets.Take(options.Contexts))
        {
            contextIndex[stem] = contextIndex.Count;
        }

        foreach (string mark in (string[])["<s>", "</s>", "<num>", "<lat>", ".", "،", ",", ":", "\"", "«", "»", "(", ")", "-", "؟", "!"])
        {
            contextIndex[mark] = contextIndex.Count;
        }

        int contextCount = contextIndex.Count;
        int sentenceStart = contextIndex["<s>"];
        int sentenceEnd = contextIndex["</s>"];
        int window = options.Window;
        int columns = 2 * window * contextCount;
        var pairs = new Dictionary<long, int>();
        var ids = new List<int>();
        ForEachSentenceStems(corpusPath, lexicon, stems =>
        {
            // Context ids once per sentence; -1 for a stem outside the context words, the sentence ends as <s> and </s>.
            ids.Clear();
            foreach (string stem in stems)
            {
                ids.Add(contextIndex.TryGetValue(stem, out int c) ? c : -1);
            }

            for (int i = 0; i < stems.Count; i++)
            {
                if (!targetIndex.TryGetValue(stems[i], out int t))
                {
                    continue;
                }

                for (int d = 1; d <= window; d++)
                {
                    int left = i - d >= 0 ? ids[i - d] : i - d == -1 ? sentenceStart : -1;
                    int right = i + d < stems.Count ? ids[i + d] : i + d == stems.Count ? sentenceEnd : -1;
                    long row = (long)t * columns;
                    if (left >= 0)
                    {
                        long key = row + ((2 * (d - 1)) * contextCount) + left;
                        pairs[key] = pairs.TryGetValue(key, out int c) ? c + 1 : 1;
                    }

                    if (right >= 0)
                    {
                        long key = row + ((2 * (d - 1) + 1) * contextCount) + right;
                        pairs[key] = pairs.TryGetValue(key, out int c) ? c + 1 : 1;
                    }
                }
            }
        });

        // Positive PMI (the context distribution smoothed by alpha), as a sparse matrix sorted by row then column.
        double[] targetTotals = new double[targets.Length];
        double[] contextTotals = new double[columns];
        double total = 0;
        foreach ((long key, int count) in pairs)
        {
            targetTotals[key / columns] += count;
            contextTotals[key % columns] += count;
            total += count;
        }

        double smoothedTotal = contextTotals.Sum(c => Math.Pow(c, options.Alpha));
        var matrix = new List<(int Row, int Column, float Value)>(pairs.Count);
        foreach ((long key, int count) in pairs.OrderBy(p => p.Key))
        {
            int t = (int)(key / columns);
            int c = (int)(key % columns);
            double pmi = Math.Log(count / targetTotals[t] * smoothedTotal / Math.Pow(contextTotals[c], options.Alpha));
            if (pmi > 0)
            {
                matrix.Add((t, c, (float)pmi));
            }
        }

        int[] fineOf;
        int[] coarseOf;
        string method;
        if (options.Exchange)
        {
            // Exchange clustering of the raw counts; coarse clusters by exchange clustering of the fine ones.
            (int[] start, int[] cols, int[] counts) = CountRows(pairs, targets.Length, columns);
            int[] slotOf = Enumerable.Range(0, columns).Select(c => c / contextCount).ToArray();
            fineOf = NerModelExchangeClustering.Cluster(start, cols, counts, slotOf, 2 * window, options.Fine, 12);
            (int[] classStart, int[] classColumns, int[] classCounts) = NerModelExchangeClustering.ClassRows(start, cols, counts, fineOf, options.Fine);
            coarseOf = NerModelExchangeClustering.Cluster(classStart, classColumns, classCounts, slotOf, 2 * window, options.Coarse, 20);
            method = "exchange";
        }
        else
        {
            var random = new Random(options.Seed);
            int dimension = options.Dimension;
            float[] vectors = options.Svd
                ? TruncatedSvd(matrix, targets.Length, columns, dimension, options.SingularPower, random)
                : RandomProjection(matrix, targets.Length, columns, dimension, random);
            for (int t = 0; t < targets.Length; t++)
            {
                Normalize(vectors.AsSpan(t * dimension, dimension));
            }

            fineOf = SphericalKMeans(vectors, targets.Length, dimension, options.Fine, 12, random, out float[] centroids);
            coarseOf = SphericalKMeans(centroids, options.Fine, dimension, options.Coarse, 20, random, out _);
            method = $"{(options.Svd ? "SVD" : "random projection")} to {dimension}, k-means";
        }

        // A fine cluster's id is its coarse cluster and its rank among that cluster's fine clusters.
        int[] fineId = new int[options.Fine];
        int[] members = new int[options.Coarse];
        for (int f = 0; f < options.Fine; f++)
        {
            int rank = members[coarseOf[f]]++;
            if (rank > 255 || coarseOf[f] > 254)
            {
                throw new InvalidOperationException($"Coarse cluster {coarseOf[f]} has more than 256 fine clusters.");
            }

            fineId[f] = (coarseOf[f] << 8) | rank;
        }

        uint[] keys = new uint[targets.Length];
        ushort[] clusterIds = new ushort[targets.Length];
        for (int t = 0; t < targets.Length; t++)
        {
            keys[t] = ModelHash.Word(targets[t]);
            clusterIds[t] = (ushort)fineId[fineOf[t]];
        }

        Console.WriteLine($"  clusters: {targets.Length} stems, {contextCount} contexts x {2 * window} slots, {matrix.Count} positive pairs, " +
            $"{method}, {options.Fine} fine / {options.Coarse} coarse clusters ({clock.Elapsed.TotalSeconds:F0} s)");
        return (keys, clusterIds);
    }

    /// <summary>The co-occurrence counts as compressed rows (one per target, columns ascending).</summary>
    private static (int[] Start, int[] Columns, int[] Counts) CountRows(Dictionary<long, int> pairs, int rows, int columns)
    {
        int[] start = new int[rows + 1];
        int[] cols = new int[pairs.Count];
        int[] counts = new int[pairs.Count];
        int e = 0;
        foreach ((long key, int count) in pairs.OrderBy(p => p.Key))
        {
            cols[e] = (int)(key % columns);
            counts[e] = count;
            start[(int)(key / columns) + 1] = ++e;
        }

        for (int r = 1; r <= rows; r++)
        {
            start[r] = Math.Max(start[r], start[r - 1]);
        }

        return (start, cols, counts);
    }

    /// <summary>The rows of the sparse matrix times a random ±1 matrix.</summary>
    private static float[] RandomProjection(List<(int Row, int Column, float Value)> matrix, int rows, int columns, int dimension, Random random)
    {
        float[] projection = new float[columns * dimension];
        for (int i = 0; i < projection.Length; i++)
        {
            projection[i] = random.Next(2) == 0 ? -1f : 1f;
        }

        return Multiply(matrix, rows, projection, dimension, transpose: false);
    }

    /// <summary>
    /// The left singular vectors of the sparse matrix scaled by a power of its singular values (a randomized
    /// truncated SVD: a random range with two power iterations, then the eigenvectors of the small projected Gram matrix).
    /// </summary>
    private static float[] TruncatedSvd(List<(int Row, int Column, float Value)> matrix, int rows, int columns, int dimension, double singularPower, Random random)
    {
        int width = dimension + 16;
        float[] omega = new float[columns * width];
        for (int i = 0; i < omega.Length; i++)
        {
            omega[i] = random.Next(2) == 0 ? -1f : 1f;
        }

        float[] q = Multiply(matrix, rows, omega, width, transpose: false);
        Orthonormalize(q, rows, width);
        for (int power = 0; power < 2; power++)
        {
            float[] z = Multiply(matrix, columns, q, width, transpose: true);
            Orthonormalize(z, columns, width);
            q = Multiply(matrix, rows, z, width, transpose: false);
            Orthonormalize(q, rows, width);
        }

        // B = Qᵀ M (width × columns), kept transposed; its Gram matrix B Bᵀ has the squared singular values.
        float[] bt = Multiply(matrix, columns, q, width, transpose: true);
        double[,] gram = new double[width, width];
        for (int c = 0; c < columns; c++)
        {
            ReadOnlySpan<float> b = bt.AsSpan(c * width, width);
            for (int i = 0; i < width; i++)
            {
                if (b[i] == 0)
                {
                    continue;
                }

                for (int j = i; j < width; j++)
                {
                    gram[i, j] += (double)b[i] * b[j];
                }
            }
        }

        for (int i = 0; i < width; i++)
        {
            for (int j = 0; j < i; j++)
            {
                gram[i, j] = gram[j, i];
            }
        }

        (double[] values, double[,] eigenvectors) = JacobiEigen(gram);
        int[] order = Enumerable.Range(0, width).OrderByDescending(i => values[i]).ThenBy(i => i).Take(dimension).ToArray();
        float[] vectors = new float[rows * dimension];
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> qr = q.AsSpan(r * width, width);
            Span<float> v = vectors.AsSpan(r * dimension, dimension);
            for (int k = 0; k < dimension; k++)
            {
                int e = order[k];
                double sum = 0;
                for (int i = 0; i < width; i++)
                {
                    sum += qr[i] * eigenvectors[i, e];
                }

                // The eigenvalues are the squared singular values.
                v[k] = (float)(sum * Math.Pow(Math.Max(values[e], 0), singularPower / 2));
            }
        }

        return vectors;
    }

    /// <summary>M × dense (rows of M) or Mᵀ × dense (columns of M), the dense matrix row-major with <paramref name="width"/> columns.</summary>
    private static float[] Multiply(List<(int Row, int Column, float Value)> matrix, int outputRows, float[] dense, int width, bool transpose)
    {
        float[] output = new float[outputRows * width];
        foreach ((int row, int column, float value) in matrix)
        {
            (int to, int from) = transpose ? (column, row) : (row, column);
            Span<float> o = output.AsSpan(to * width, width);
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(dense.AsSpan(from * width, width), value, o, o);
        }

        return output;
    }

    /// <summary>Orthonormalizes the columns of a row-major matrix (modified Gram-Schmidt, twice for accuracy).</summary>
    private static void Orthonormalize(float[] matrix, int rows, int width)
    {
        float[] columns = new float[matrix.Length];
        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < width; j++)
            {
                columns[(j * rows) + r] = matrix[(r * width) + j];
            }
        }

        for (int pass = 0; pass < 2; pass++)
        {
            for (int j = 0; j < width; j++)
            {
                Span<float> cj = columns.AsSpan(j * rows, rows);
                for (int i = 0; i < j; i++)
                {
                    ReadOnlySpan<float> ci = columns.AsSpan(i * rows, rows);
                    float dot = System.Numerics.Tensors.TensorPrimitives.Dot(ci, cj);
                    System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(ci, -dot, cj, cj);
                }

                Normalize(cj);
            }
        }

        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < width; j++)
            {
                matrix[(r * width) + j] = columns[(j * rows) + r];
            }
        }
    }

    /// <summary>The eigenvalues and eigenvectors (columns) of a symmetric matrix, by cyclic Jacobi rotations.</summary>
    private static (double[] Values, double[,] Vectors) JacobiEigen(double[,] matrix)
    {
        int n = matrix.GetLength(0);
        double[,] a = (double[,])matrix.Clone();
        double[,] v = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (int sweep = 0; sweep < 50; sweep++)
        {
            double off = 0;
            double diagonal = 0;
            for (int i = 0; i < n; i++)
            {
                diagonal += a[i, i] * a[i, i];
                for (int j = i + 1; j < n; j++)
                {
                    off += a[i, j] * a[i, j];
                }
            }

            if (off <= 1e-22 * diagonal)
            {
                break;
            }

            for (int p = 0; p < n - 1; p++)
            {
                for (int r = p + 1; r < n; r++)
                {
                    if (Math.Abs(a[p, r]) < 1e-300)
                    {
                        continue;
                    }

                    double theta = (a[r, r] - a[p, p]) / (2 * a[p, r]);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    double c = 1 / Math.Sqrt((t * t) + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[k, p];
                        double akr = a[k, r];
                        a[k, p] = (c * akp) - (s * akr);
                        a[k, r] = (s * akp) + (c * akr);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[p, k];
                        double ark = a[r, k];
                        a[p, k] = (c * apk) - (s * ark);
                        a[r, k] = (s * apk) + (c * ark);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double vkp = v[k, p];
                        double vkr = v[k, r];
                        v[k, p] = (c * vkp) - (s * vkr);
                        v[k, r] = (s * vkp) + (c * vkr);
                    }
                }
            }
        }

        double[] values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
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
