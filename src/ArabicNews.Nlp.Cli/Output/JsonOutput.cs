using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArabicNews.Nlp.Quotes;
using ArabicNews.Nlp.Segmentation;
using ArabicNews.Nlp.Text;
using ArabicNews.Nlp.Tokenization;

namespace ArabicNews.Nlp.Cli.Output;

/// <summary>
/// Writes the JSON of a document with <see cref="Utf8JsonWriter"/> (no reflection: trim and AOT friendly). Arabic is
/// written as UTF-8, not escaped; offsets are UTF-16 code units of the analyzed text.
/// </summary>
internal static class JsonOutput
{
    /// <summary>The writer options: Arabic unescaped, indented or one line.</summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
        SkipValidation = false,
    };

    /// <summary>Serializes one document as a JSON object followed by a line feed.</summary>
    public static byte[] Serialize(AnalysisView view, ArabicNormalizer normalizer, bool indented, Action<Utf8JsonWriter>? writeId = null)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, view.Text.Length * 8));
        using (var writer = new Utf8JsonWriter(buffer, Options(indented)))
        {
            writer.WriteStartObject();
            writeId?.Invoke(writer);
            WriteAnalysis(writer, view, normalizer);
            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Streams one document as a JSON object followed by a line feed into <paramref name="stream"/>, flushing as it goes,
    /// so that a large document's JSON never has to fit in one buffer (a byte array stops at 2 GB).
    /// </summary>
    public static void Write(Stream stream, AnalysisView view, ArabicNormalizer normalizer, bool indented)
    {
        using (var writer = new Utf8JsonWriter(stream, Options(indented)))
        {
            writer.WriteStartObject();
            WriteAnalysis(writer, view, normalizer);
            writer.WriteEndObject();
        }

        stream.Write("\n"u8);
    }

    /// <summary>Writes the properties of a document's analysis into the current object.</summary>
    public static void WriteAnalysis(Utf8JsonWriter w, AnalysisView view, ArabicNormalizer normalizer)
    {
        string text = view.Text;
        w.WriteStartArray("sentences");
        foreach (Sentence s in view.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        WriteTokens(w, text, view.Tokens, normalizer, view.Segments);

        w.WriteStartArray("entities");
        foreach (var e in view.Entities)
        {
            w.WriteStartObject();
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteString("text", e.Text);
            w.WriteString("type", Names.Of(e.Type));
            w.WriteString("canonical", e.Canonical);
            w.WriteNumber("confidence", Round(e.Confidence));
            if (e.CountryCode is not null)
            {
                w.WriteString("country", e.CountryCode);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (Quote q in view.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("kind", Names.Of(q.Kind));
            w.WritePropertyName("content");
            WriteSpan(w, text, q.Content);
            w.WritePropertyName("cue");
            if (q.Cue is TextSpan cue)
            {
                WriteSpan(w, text, cue);
            }
            else
            {
                w.WriteNullValue();
            }

            w.WritePropertyName("speaker");
            WriteSpeaker(w, text, q.Speaker);
            w.WriteStartArray("via");
            foreach (Speaker via in q.Via)
            {
                WriteSpeaker(w, text, via);
            }

            w.WriteEndArray();
            w.WriteNumber("confidence", Round(q.Confidence));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// Writes the <c>tokens</c> array: start, end, text, kind, the token's normalized form and, with
    /// <paramref name="segmentsOf"/>, its clitic <c>segments</c> [{start, end, text, form, role}] (surface offsets;
    /// <c>form</c> is the segment as written alone, e.g. ل + المناطق for للمناطق).
    /// </summary>
    public static void WriteTokens(Utf8JsonWriter w, string text, IReadOnlyList<Token> tokens, ArabicNormalizer? normalizer, TokenSegments? segmentsOf = null)
    {
        Span<Segment> segments = stackalloc Segment[ArabicSegmenter.MaxSegmentsPerWord];
        w.WriteStartArray("tokens");
        char[]? rented = null;
        Span<char> scratch = stackalloc char[256];
        for (int index = 0; index < tokens.Count; index++)
        {
            Token t = tokens[index];
            if (w.BytesPending > 1 << 20)
            {
                // Hands the pending bytes to the output now: a stream receives them instead of a growing buffer.
                w.Flush();
            }

            w.WriteStartObject();
            w.WriteNumber("start", t.Start);
            w.WriteNumber("end", t.End);
            ReadOnlySpan<char> surface = t.Slice(text);
            w.WriteString("text", surface);
            w.WriteString("kind", Names.Of(t.Kind));
            if (normalizer is not null)
            {
                int max = normalizer.GetMaxNormalizedLength(surface.Length);
                Span<char> destination = scratch;
                if (max > scratch.Length)
                {
                    if (rented is null || rented.Length < max)
                    {
                        if (rented is not null)
                        {
                            ArrayPool<char>.Shared.Return(rented);
                        }

                        rented = ArrayPool<char>.Shared.Rent(max);
                    }

                    destination = rented;
                }

                if (normalizer.TryNormalize(surface, destination, out int written))
                {
                    w.WriteString("normalized", destination[..written]);
                }
                else
                {
                    w.WriteString("normalized", normalizer.NormalizeToString(surface.ToString()));
                }
            }

            if (segmentsOf is not null)
            {
                w.WriteStartArray("segments");
                foreach (Segment segment in segmentsOf(index, segments))
                {
                    w.WriteStartObject();
                    w.WriteNumber("start", segment.Start);
                    w.WriteNumber("end", segment.End);
                    w.WriteString("text", segment.Slice(text));
                    w.WriteString("form", segment.GetForm(text));
                    w.WriteString("role", Names.Of(segment.Role));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, string text, TextSpan span)
    {
        w.WriteStartObject();
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", SafeSlice(text, span));
        w.WriteEndObject();
    }

    private static void WriteSpeaker(Utf8JsonWriter w, string text, Speaker? speaker)
    {
        if (speaker is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("canonical", speaker.Canonical);
        if (speaker.Type is { } type)
        {
            w.WriteString("type", Names.Of(type));
        }
        else
        {
            w.WriteNull("type");
        }

        w.WritePropertyName("mention");
        if (speaker.Mention is TextSpan mention)
        {
            WriteSpan(w, text, mention);
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteEndObject();
    }

    /// <summary>The span's text, clamped to the text (a faulty span never crashes the output).</summary>
    public static ReadOnlySpan<char> SafeSlice(string text, TextSpan span)
    {
        int start = Math.Clamp(span.Start, 0, text.Length);
        int end = Math.Clamp(span.End, start, text.Length);
        return text.AsSpan(start, end - start);
    }

    private static double Round(float value) => Math.Round(value, 3);
}
