using ArabicNews.Nlp.Entities;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>Prints what the compiled gazetteer knows about words or phrases (a debugging aid).</summary>
internal static class GazetteerLookup
{
    public static int Run(string[] args)
    {
        foreach (string phrase in args.Skip(1))
        {
            string key = GazetteerKey.Of(phrase);
            GazetteerEntry? e = Gazetteer.Default.Find(key);
            Console.WriteLine($"{phrase} [{key}] flags={Gazetteer.Default.FlagsOf(key)} entry={e}");
        }

        return 0;
    }
}
