using ArabicNews.Nlp.Tooling;

namespace ArabicNews.Nlp.Tests.Tooling;

public sealed class ConllNerFileTests
{
    private static List<ConllSentence> Sentences(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new ConllSentence([$"كلمة{i}"], ["O"]))];

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(23)]
    [InlineData(3988)]
    public void The_folds_cut_the_sentences_into_contiguous_disjoint_parts_and_each_training_set_is_the_rest(int count)
    {
        List<ConllSentence> all = Sentences(count);
        var seen = new List<ConllSentence>();
        for (int k = 0; k < ConllNerFile.Folds; k++)
        {
            List<ConllSentence> fold = ConllNerFile.Fold(all, k);
            List<ConllSentence> rest = ConllNerFile.WithoutFold(all, k);
            Assert.Equal(count, fold.Count + rest.Count);
            Assert.Empty(fold.Intersect(rest));
            Assert.InRange(fold.Count, count / ConllNerFile.Folds, (count / ConllNerFile.Folds) + 1);
            seen.AddRange(fold);
        }

        Assert.Equal(all, seen); // in order, each sentence in exactly one fold
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void A_fold_outside_zero_to_four_is_refused(int k)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConllNerFile.Fold(Sentences(10), k));
    }
}
