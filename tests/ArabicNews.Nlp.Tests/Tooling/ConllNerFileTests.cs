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

    [Theory]
    [InlineData(new string[0], true, -1)]
    [InlineData(new[] { "--model", "m.bin" }, true, -1)]
    [InlineData(new[] { "--fold", "3" }, true, 3)]
    [InlineData(new[] { "--fold", "5" }, false, -1)]
    [InlineData(new[] { "--fold", "x" }, false, -1)]
    [InlineData(new[] { "--model", "m.bin", "--fold" }, false, -1)]
    public void The_fold_option_is_absent_a_fold_or_refused(string[] args, bool valid, int fold)
    {
        Assert.Equal(valid, ConllNerFile.TryReadFoldOption(args, out int k));
        Assert.Equal(fold, k);
    }

    [Fact]
    public void A_training_part_is_all_the_first_nine_tenths_or_all_but_a_fold()
    {
        List<ConllSentence> all = Sentences(20);
        Assert.Equal(all, ConllNerFile.TrainingPart(all, holdout: false, fold: -1));
        Assert.Equal(ConllNerFile.FirstNineTenths(all), ConllNerFile.TrainingPart(all, holdout: true, fold: -1));
        Assert.Equal(ConllNerFile.WithoutFold(all, 2), ConllNerFile.TrainingPart(all, holdout: false, fold: 2));
    }
}
