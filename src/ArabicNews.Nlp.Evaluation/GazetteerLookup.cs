using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>
/// Prints what the compiled gazetteer knows about words or phrases, or (--text "…" or --text-file F, with --model M and
/// --gazetteer G for other resources, --no-model for the rules alone) the entities of a text and the model's own mentions (a debugging aid).
/// </summary>
internal static class GazetteerLookup
{
    public static int Run(string[] args)
    {
        string? text = CommandLine.Option(args, "--text") ?? (CommandLine.Option(args, "--text-file") is { } textFile ? File.ReadAllText(textFile) : null);
        if (text is not null)
        {
            // --model FILE and --gazetteer FILE: other resources (a holdout or tuning build) instead of the embedded ones
            SequenceModel? model = CommandLine.Model(args) ?? SequenceModel.Default;
            var recognizer = new ArabicEntityRecognizer(new EntityRecognizerOptions { UseStatisticalModel = !args.Contains("--no-model") }, model, CommandLine.Gazetteer(args));
            foreach (Entity e in recognizer.Recognize(text))
            {
                Console.WriteLine($"{e.Start}-{e.End} {e.Type} '{e.Text}' -> {e.Canonical} {e.CountryCode} {e.Confidence:0.00}");
            }

            // what the statistical model alone proposes, sentence by sentence
            Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
            foreach (Sentence sentence in SentenceSplitter.Default.Split(text))
            {
                foreach (ModelMention m in model?.Recognize(text, tokens, sentence) ?? [])
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
