using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

// Placeholder until the full command-line tool lands: prints the tokens and normalized text of a file.
if (args.Length < 2 || args[0] != "analyze")
{
    Console.Error.WriteLine("usage: arabic-news analyze FILE");
    return 2;
}

string text = File.ReadAllText(args[1]);
Console.WriteLine(ArabicNormalizer.Matching.NormalizeToString(text));
foreach (Token token in ArabicTokenizer.Default.GetTokens(text))
{
    Console.WriteLine($"{token.Start}\t{token.End}\t{token.Kind}\t{token.GetText(text)}");
}

return 0;
