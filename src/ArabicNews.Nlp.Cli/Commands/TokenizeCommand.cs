using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ArabicNews.Nlp.Cli.Output;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Cli.Commands;

/// <summary>
/// <c>tokenize PATH</c>: the tokens of a file, as JSON <c>{"tokens": [{start,end,text,kind,normalized}]}</c> or as
/// text (one token a line: start, end, kind, text, tab-separated).
/// </summary>
internal static class TokenizeCommand
{
    public static int Run(CliOptions options, CliConsole console)
    {
        string text = SingleInput.Read(options, console, out _);
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        ArabicNormalizer normalizer = ArabicNormalizer.Matching;
        if ((options.Format ?? "json") == "json")
        {
            var buffer = new ArrayBufferWriter<byte>(text.Length * 8 + 64);
            using (var w = new Utf8JsonWriter(buffer, JsonOutput.Options(!options.Compact)))
            {
                w.WriteStartObject();
                JsonOutput.WriteTokens(w, text, tokens, normalizer);
                w.WriteEndObject();
            }

            buffer.Write("\n"u8);
            console.Out.Write(buffer.WrittenSpan);
        }
        else
        {
            var sb = new StringBuilder(text.Length * 4);
            foreach (Token t in tokens)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{t.Start}\t{t.End}\t{Names.Of(t.Kind)}\t").Append(t.Slice(text)).Append('\n');
            }

            console.Out.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        }

        console.Out.Flush();
        return ExitCodes.Success;
    }
}
