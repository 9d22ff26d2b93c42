using System.Buffers;

namespace ArabicNews.Nlp.Cli.Input;

/// <summary>Reads a stream as lines of raw bytes (a trailing <c>\r</c> and a leading UTF-8 BOM removed), lazily, in constant memory per line.</summary>
internal static class LineReader
{
    /// <summary>The stream's non-empty lines with their 1-based line numbers.</summary>
    public static IEnumerable<(long Number, byte[] Bytes)> ReadLines(Stream stream)
    {
        byte[] buffer = new byte[1 << 16];
        var line = new ArrayBufferWriter<byte>(1024);
        long number = 0;
        bool first = true;
        while (true)
        {
            int read = stream.Read(buffer, 0, buffer.Length);
            if (read == 0)
            {
                break;
            }

            int offset = 0;
            while (true)
            {
                int nl = buffer.AsSpan(offset, read - offset).IndexOf((byte)'\n');
                if (nl < 0)
                {
                    line.Write(buffer.AsSpan(offset, read - offset));
                    break;
                }

                line.Write(buffer.AsSpan(offset, nl));
                offset += nl + 1;
                number++;
                byte[]? bytes = Take(line, ref first);
                if (bytes is not null)
                {
                    yield return (number, bytes);
                }
            }
        }

        if (line.WrittenCount > 0)
        {
            number++;
            byte[]? bytes = Take(line, ref first);
            if (bytes is not null)
            {
                yield return (number, bytes);
            }
        }
    }

    private static byte[]? Take(ArrayBufferWriter<byte> line, ref bool first)
    {
        ReadOnlySpan<byte> span = line.WrittenSpan;
        if (first && span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        first = false;
        if (!span.IsEmpty && span[^1] == (byte)'\r')
        {
            span = span[..^1];
        }

        byte[]? result = span.Trim(" \t"u8).IsEmpty ? null : span.ToArray();
        line.ResetWrittenCount();
        return result;
    }
}
