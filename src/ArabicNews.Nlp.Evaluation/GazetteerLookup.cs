using ArabicNews.Nlp.Entities;

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

            return 0;
        }

        foreach (string phrase in args.Skip(1))
        {
            string key = GazetteerKey.Of(phrase);
            GazetteerEntry? e = Gazetteer.Default.Find(key);
            Console.WriteLine($"{phrase} [{key}] flags={Gazetteer.Default.FlagsOf(key)} entry={e}");
        }

        return 0;
    }
}
