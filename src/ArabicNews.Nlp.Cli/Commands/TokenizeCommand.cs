using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ArabicNews.Nlp.Cli.Output;
using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Cli.Commands;

/// <summary>
/// <c>tokenize PATH [--segment]</c>: the tokens of a file, as JSON <c>{"tokens": [{start,end,text,kind,normalized,segments?}]}</c>
/// or as text (one token a line: start, end, kind, text and with --segment the segments, tab-separated).
/// </summary>
internal static class TokenizeCommand
{
    public static int Run(CliOptions options, CliConsole console)
    {
        string text = SingleInput.Read(options, console, out _);
        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        ArabicNormalizer normalizer = ArabicNormalizer.Matching;
        TokenSegments? segmentsOf = options.Segment ? (i, scratch) => scratch[..ArabicSegmenter.Default.Segment(text, tokens[i], scratch)] : null;
        if ((options.Format ?? "json") == "json")
        {
            var buffer = new ArrayBufferWriter<byte>(text.Length * 8 + 64);
            using (var w = new Utf8JsonWriter(buffer, JsonOutput.Options(!options.Compact)))
            {
                w.WriteStartObject();
                JsonOutput.WriteTokens(w, text, tokens, normalizer, segmentsOf);
                w.WriteEndObject();
            }

            buffer.Write("\n"u8);
            console.Out.Write(buffer.WrittenSpan);
        }
        else
        {
            var sb = new StringBuilder(text.Length * 4);
            Span<Segment> scratch = stackalloc Segment[ArabicSegmenter.MaxSegmentsPerWord];
            for (int index = 0; index < tokens.Length; index++)
            {
                Token t = tokens[index];
                sb.Append(CultureInfo.InvariantCulture, $"{t.Start}\t{t.End}\t{Names.Of(t.Kind)}\t").Append(t.Slice(text));
                if (segmentsOf is not null)
                {
                    // و+ كتاب +ه, 3 +%: what comes before the stem ends with +, what comes after it starts with +.
                    sb.Append('\t');
                    ReadOnlySpan<Segment> segments = segmentsOf(index, scratch);
                    bool afterStem = false;
                    for (int i = 0; i < segments.Length; i++)
                    {
                        Segment s = segments[i];
                        bool stem = s.Role == SegmentRole.Stem;
                        sb.Append(i == 0 ? string.Empty : " ")
                          .Append(afterStem ? "+" : string.Empty)
                          .Append(s.Slice(text))
                          .Append(!stem && !afterStem ? "+" : string.Empty);
                        afterStem |= stem;
                    }
                }

                sb.Append('\n');
            }

            console.Out.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        }

        console.Out.Flush();
        return ExitCodes.Success;
    }
}
