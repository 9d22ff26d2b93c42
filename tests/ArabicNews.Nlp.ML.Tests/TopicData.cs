using System.Text;

namespace ArabicNews.Nlp.ML.Tests;

internal static class TopicData
{
    public const int Folds = 4;

    public static TopicRow[] Train => TrainFold(Folds - 1);

    public static TopicRow[] Test => TestFold(Folds - 1);

    /// <summary>Fold <paramref name="k"/> of a 4-fold split: sentence i of each category is held out when i % 4 == k.</summary>
    public static TopicRow[] TrainFold(int k) => [.. Rows(k, held: false)];

    public static TopicRow[] TestFold(int k) => [.. Rows(k, held: true)];

    public static TopicRow[] Noisy(TopicRow[] rows) => [.. rows.Select(r => new TopicRow { Label = r.Label, Text = Informal(r.Text) })];

    /// <summary>
    /// The held-out sentences as someone typing fast writes them: hamza seats dropped (أ إ آ → ا), final ى written ي,
    /// final ة written ه, a tatweel in some long words and a fatha on some first letters. These are the variations
    /// normalization exists for, so the gap measured on this set is an upper bound of what it buys on edited news.
    /// </summary>
    public static TopicRow[] NoisyTest => Noisy(Test);

    public static string Informal(string text)
    {
        string[] words = text.Split(' ');
        for (int w = 0; w < words.Length; w++)
        {
            var sb = new StringBuilder(words[w].Length + 2);
            string word = words[w];
            for (int i = 0; i < word.Length; i++)
            {
                char c = word[i];
                bool last = i == word.Length - 1 || !char.IsLetter(word[i + 1]);
                c = c switch
                {
                    'أ' or 'إ' or 'آ' => 'ا',
                    'ى' when last => 'ي',
                    'ة' when last => 'ه',
                    _ => c,
                };
                sb.Append(c);
                if (i == 0 && w % 3 == 1 && char.IsLetter(c))
                {
                    sb.Append('\u064E'); // fatha
                }

                if (i == 2 && w % 3 == 2 && word.Length > 4 && char.IsLetter(c) && c is not ('ا' or 'و' or 'ر' or 'ز' or 'د' or 'ذ'))
                {
                    sb.Append('\u0640'); // tatweel after a joining letter
                }
            }

            words[w] = sb.ToString();
        }

        return string.Join(' ', words);
    }

    private static IEnumerable<TopicRow> Rows(int fold, bool held)
    {
        foreach ((string category, string[] sentences) in TopicSentences.All)
        {
            for (int i = 0; i < sentences.Length; i++)
            {
                if ((i % Folds == fold) == held)
                {
                    yield return new TopicRow { Label = category, Text = sentences[i] };
                }
            }
        }
    }
}
