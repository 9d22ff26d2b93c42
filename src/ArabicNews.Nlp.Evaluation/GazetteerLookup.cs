using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>Prints what the compiled gazetteer knows about words or phrases (a debugging aid).</summary>
internal static class GazetteerLookup
{
    public static int Run(string[] args)
    {
        if (args.Length > 2 && args[1] == "--text")
        {
            foreach (Entity e in ArabicEntityRecognizer.Default.Recognize(args[2]))
            {
                Console.WriteLine($"{e.Start}-{e.End} {e.Type} '{e.Text}' -> {e.Canonical} {e.CountryCode} {e.Confidence:0.00}");
            }

            // what the statistical model alone proposes, sentence by sentence
            string text = args[2];
            Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
            foreach (Sentence sentence in SentenceSplitter.Default.Split(text))
            {
                foreach (ModelMention m in SequenceModel.Default!.Recognize(text, tokens, sentence))
                {
                    Console.WriteLine($"  model: {m.Start}-{m.End} {m.Type} '{text[m.Start..m.End]}' {m.Confidence:0.00}");
                }
            }

            return 0;
        }

        // --gazetteer FILE: another compiled gazetteer (a holdout one from `gazetteers --holdout --out DIR`)
        Gazetteer gazetteer = Gazetteer.Default;
        IEnumerable<string> phrases = args.Skip(1);
        if (args.Length > 2 && args[1] == "--gazetteer")
        {
            using FileStream stream = File.OpenRead(args[2]);
            gazetteer = Gazetteer.Read(stream);
            phrases = args.Skip(3);
        }

        foreach (string phrase in phrases)
        {
            string key = GazetteerKey.Of(phrase);
            GazetteerEntry? e = gazetteer.Find(key);
            Console.WriteLine($"{phrase} [{key}] flags={gazetteer.FlagsOf(key)} entry={e}");
        }

        return 0;
    }
}
