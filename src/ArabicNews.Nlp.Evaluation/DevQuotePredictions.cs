using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>
/// Writes the library's entities and quotes for every dev text (DIR/NAME.txt) as DIR_OUT/NAME.json in the shape
/// eval/score.py reads. With --oracle-entities the gold entities of NAME.gold.json are given to the quote attributor
/// instead of the recognizer's, to measure attribution on its own.
/// usage: quotes-dev --out DIR [--dev DIR] [--oracle-entities|--no-entities] | quotes-dev --throughput MB [--no-entities]
/// </summary>
internal static class DevQuotePredictions
{
    public static int Run(string shared, string[] args)
    {
        if (CommandLine.Option(args, "--throughput") is { } megabytes)
        {
            return Throughput(int.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture), args);
        }

        string dev = CommandLine.Option(args, "--dev") ?? Path.Combine(shared, "eval", "dev");
        string? outDir = CommandLine.Option(args, "--out");
        bool oracle = args.Contains("--oracle-entities");
        if (outDir is null || !Directory.Exists(dev))
        {
            Console.Error.WriteLine("usage: ArabicNews.Nlp.Evaluation quotes-dev --out DIR [--dev DIR] [--oracle-entities|--no-entities] | --throughput MB [--no-entities]");
            return 2;
        }

        Directory.CreateDirectory(outDir);
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        int files = 0, quotes = 0;
        foreach (string path in Directory.GetFiles(dev, "*.txt").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            string text = File.ReadAllText(path);
            string goldPath = Path.Combine(dev, name + ".gold.json");
            if (File.Exists(goldPath))
            {
                // Score offsets refer to the gold "text"; use it when present so both agree exactly.
                text = JsonNode.Parse(File.ReadAllText(goldPath))!["text"]!.GetValue<string>();
            }

            Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
            Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
            IReadOnlyList<Entity> entities = oracle && File.Exists(goldPath) ? GoldEntities(goldPath)
                : args.Contains("--no-entities") ? []
                : ArabicEntityRecognizer.Default.Recognize(text, tokens, sentences);
            IReadOnlyList<Quote> found = ArabicQuoteAttributor.Default.Attribute(text, tokens, sentences, entities);
            var root = new JsonObject
            {
                ["entities"] = new JsonArray([.. entities.Select(e => (JsonNode)new JsonObject
                {
                    ["start"] = e.Start, ["end"] = e.End, ["text"] = e.Text, ["type"] = e.Type.ToString().ToUpperInvariant(), ["canonical"] = e.Canonical,
                })]),
                ["quotes"] = new JsonArray([.. found.Select(q => (JsonNode)QuoteJson(q, text))]),
            };
            File.WriteAllText(Path.Combine(outDir, name + ".json"), root.ToJsonString(options));
            files++;
            quotes += found.Count;
        }

        Console.WriteLine($"wrote {files} predictions ({quotes} quotes) to {outDir}{(oracle ? " with gold entities" : "")}");
        return 0;
    }

    /// <summary>Times the attributor alone (tokens and sentences precomputed) on the seed article repeated to N MB.</summary>
    private static int Throughput(int megabytes, string[] args)
    {
        var root = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ArabicNews.Nlp.sln")))
        {
            root = root.Parent;
        }

        string seed = File.ReadAllText(Path.Combine(root?.FullName ?? ".", "seeds", "putin-erdogan-moscow-summit.txt"));
        var sb = new System.Text.StringBuilder();
        while (sb.Length < megabytes * 1_000_000)
        {
            sb.Append(seed).Append('\n');
        }

        string text = sb.ToString();
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
        IReadOnlyList<Entity> entities = args.Contains("--no-entities") ? [] : ArabicEntityRecognizer.Default.Recognize(text, tokens, sentences);
        ArabicQuoteAttributor.Default.Attribute(text, tokens, sentences, entities); // warm-up
        var watch = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        int quotes = 0;
        const int Rounds = 5;
        for (int round = 0; round < Rounds; round++)
        {
            quotes = ArabicQuoteAttributor.Default.Attribute(text, tokens, sentences, entities).Count;
        }

        watch.Stop();
        double cpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / Rounds;
        double wallSeconds = watch.Elapsed.TotalSeconds / Rounds;
        double mb = System.Text.Encoding.UTF8.GetByteCount(text) / 1e6;
        Console.WriteLine($"cue lexicon: {CueLexicon.Default.Count} surface forms");
        Console.WriteLine($"attributor: {text.Length} chars ({mb:F1} MB UTF-8), {quotes} quotes, {wallSeconds:F3} s wall, {cpuSeconds:F3} s CPU per run: {mb / cpuSeconds:F1} MB/s of CPU");
        return 0;
    }

    private static JsonObject QuoteJson(Quote q, string text)
    {
        return new JsonObject
        {
            ["kind"] = q.Kind.ToString().ToLowerInvariant(),
            ["content"] = Span(q.Content, text),
            ["cue"] = q.Cue is { } cue ? Span(cue, text) : null,
            ["speaker"] = q.Speaker is { } s ? SpeakerJson(s, text) : null,
            ["via"] = new JsonArray([.. q.Via.Select(v => (JsonNode)JsonValue.Create(v.Canonical))]),
            ["confidence"] = Math.Round(q.Confidence, 3),
        };
    }

    private static JsonObject SpeakerJson(Speaker s, string text) => new()
    {
        ["canonical"] = s.Canonical,
        ["type"] = s.Type?.ToString().ToUpperInvariant(),
        ["mention"] = s.Mention is { } m ? Span(m, text) : null,
    };

    private static JsonObject Span(TextSpan span, string text) => new()
    {
        ["start"] = span.Start, ["end"] = span.End, ["text"] = span.GetText(text),
    };

    private static List<Entity> GoldEntities(string goldPath)
    {
        var list = new List<Entity>();
        foreach (JsonNode? node in JsonNode.Parse(File.ReadAllText(goldPath))!["entities"]!.AsArray())
        {
            if (node is null || !Enum.TryParse(node["type"]!.GetValue<string>(), ignoreCase: true, out EntityType type))
            {
                continue;
            }

            list.Add(new Entity(node["start"]!.GetValue<int>(), node["end"]!.GetValue<int>(), node["text"]!.GetValue<string>(), type, node["canonical"]!.GetValue<string>(), 1f, null));
        }

        return [.. list.OrderBy(e => e.Start)];
    }
}
