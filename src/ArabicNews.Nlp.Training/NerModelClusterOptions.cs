namespace ArabicNews.Nlp.Training;

/// <summary>
/// The settings of <see cref="NerModelClusters.Build"/> (trainer options --cluster-words, --cluster-contexts,
/// --cluster-window, --cluster-dims, --cluster-fine, --cluster-coarse, --cluster-svd, --cluster-exchange, --cluster-alpha, --cluster-power, --cluster-seed).
/// </summary>
/// <param name="Vocabulary">How many of the most frequent stems get a cluster.</param>
/// <param name="Contexts">How many of the most frequent stems serve as context words (punctuation marks come on top).</param>
/// <param name="Window">How many neighbours on each side count, each distance and side in a slot of its own.</param>
/// <param name="Dimension">The dimension of the word vectors the clusters are made from.</param>
/// <param name="Fine">The number of fine clusters (at most 256 of them in one coarse cluster).</param>
/// <param name="Coarse">The number of coarse clusters (at most 255).</param>
/// <param name="Svd">Whether the vectors come from a truncated SVD of the PPMI matrix rather than a random projection.</param>
/// <param name="Exchange">Whether the clusters come from exchange clustering of the counts rather than k-means of vectors.</param>
/// <param name="Alpha">The exponent smoothing the context distribution in the PMI (1 = none).</param>
/// <param name="SingularPower">The power of the singular values that scales the SVD's dimensions (0.5 weighs them less unevenly than 1).</param>
/// <param name="Seed">The seed of the random projection and of the k-means starts.</param>
internal sealed record NerModelClusterOptions(int Vocabulary, int Contexts, int Window, int Dimension, int Fine, int Coarse, bool Svd, bool Exchange, double Alpha, double SingularPower, int Seed);
