// The consumer smoke test's program (.ci/consumer-smoke.sh copies it into a fresh project outside the solution that
// references the packed ArabicNews.Nlp package). It must stay trimming- and Native-AOT-safe.
using ArabicNews.Nlp.Analysis;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: consumer ARTICLE [--require-entities]");
    return 2;
}

string text = File.ReadAllText(args[0]);
bool requireEntities = args.Contains("--require-entities");
int failures = 0;

AnalyzedDocument doc = ArabicNewsAnalyzer.Default.Analyze(text);
Check(doc.Tokens.Count > 0, $"tokens: {doc.Tokens.Count}");
Check(doc.Sentences.Count > 0, $"sentences: {doc.Sentences.Count}");
Check(doc.Tokens.Count(t => t.Kind == TokenKind.ArabicWord) > doc.Tokens.Count / 2, "most tokens are Arabic words");
Check(InOrderAndInside(doc), "token and sentence spans are ordered and inside the text");
Check(doc.Normalized.Text.Length > 0 && doc.Normalized.Original == text, "normalized view of the original text");
Check(doc.Entities.All(e => text[e.Start..e.End] == e.Text), $"entities: {doc.Entities.Count}, each span is its text");
if (requireEntities)
{
    Check(doc.Entities.Count > 0, "entities found (the recognizer is in the package)");
    Check(doc.Entities.Any(e => e.Type == EntityType.Person), "a person found");
}

Console.WriteLine($"     quotes: {doc.Quotes.Count}");

// The streaming overload over the article's paragraphs: one result per paragraph, in order.
string[] paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
int index = 0;
bool ordered = true;
await foreach (AnalyzedDocument part in ArabicNewsAnalyzer.Default.AnalyzeManyAsync(ToAsync(paragraphs), maxDegreeOfParallelism: 2))
{
    ordered &= ReferenceEquals(part.Text, paragraphs[index++]);
}

Check(ordered && index == paragraphs.Length, $"AnalyzeManyAsync: {index} paragraphs in order");

Console.WriteLine(failures == 0 ? "consumer smoke test: all checks passed" : $"consumer smoke test: {failures} check(s) failed");
return failures == 0 ? 0 : 1;

void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    failures += ok ? 0 : 1;
}

static bool InOrderAndInside(AnalyzedDocument doc)
{
    int end = 0;
    foreach (Token t in doc.Tokens)
    {
        if (t.Start < end || t.End > doc.Text.Length || t.Length <= 0)
        {
            return false;
        }

        end = t.End;
    }

    return doc.Sentences.All(s => s.Start >= 0 && s.Start < s.End && s.End <= doc.Text.Length);
}

static async IAsyncEnumerable<string> ToAsync(IEnumerable<string> items)
{
    foreach (string item in items)
    {
        await Task.Yield();
        yield return item;
    }
}
