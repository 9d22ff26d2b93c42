namespace ArabicNews.Nlp.Training;

/// <summary>
/// The settings of <see cref="NerModelClusters.Build"/> (trainer options --cluster-words, --cluster-contexts,
/// --cluster-window, --cluster-fine, --cluster-coarse, and --cluster-kmeans with --cluster-dims for the earlier method).
/// </summary>
/// <param name="Vocabulary">How many of the most frequent stems get a cluster.</param>
/// <param name="Contexts">How many of the most frequent stems serve as context words (punctuation marks come on top).</param>
/// <param name="Window">How many neighbours on each side count, each distance and side in a slot of its own.</param>
/// <param name="Fine">The number of fine clusters (at most 256 of them in one coarse cluster).</param>
/// <param name="Coarse">The number of coarse clusters (at most 255).</param>
/// <param name="KMeans">
/// Whether the clusters come from spherical k-means of randomly projected PPMI vectors (the earlier method, for
/// comparisons) rather than from exchange clustering of the counts.
/// </param>
/// <param name="Dimension">The dimension of the projected vectors (k-means only).</param>
internal sealed record NerModelClusterOptions(int Vocabulary, int Contexts, int Window, int Fine, int Coarse, bool KMeans, int Dimension);
