using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ArabicNews.Nlp.Cli.Input;

/// <summary>
/// Turns input bytes into the text that is analyzed, exactly as Python's <c>Path.read_text(encoding="utf-8")</c> reads
/// it (the evaluation's reference): strict UTF-8, a byte order mark kept as U+FEFF at offset 0 (so offsets never shift),
/// and universal newlines (<c>\r\n</c> and <c>\r</c> read as <c>\n</c>) unless the caller keeps carriage returns.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Decodes <paramref name="bytes"/>, or throws a <see cref="CliException"/> with the matching exit code.</summary>
    /// <param name="bytes">The raw input.</param>
    /// <param name="name">The input's name, for messages.</param>
    /// <param name="keepCarriageReturns">True to keep <c>\r</c> characters as they are.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string name, bool keepCarriageReturns)
    {
        if (bytes.IsEmpty)
        {
            throw new CliException(ExitCodes.EmptyInput, $"{name}: the input is empty");
        }

        string? foreign = bytes switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 (little-endian)",
            [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 (big-endian)",
            [0xFF, 0xFE, ..] => "UTF-16 (little-endian)",
            [0xFE, 0xFF, ..] => "UTF-16 (big-endian)",
            _ => null,
        };
        if (foreign is not null)
        {
            throw new CliException(ExitCodes.UnsupportedEncoding, $"{name}: the input is {foreign}, not UTF-8; convert it first (iconv -f UTF-16 -t UTF-8)");
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new CliException(ExitCodes.UnsupportedEncoding, $"{name}: the input looks binary (a NUL byte at byte {nul}), not UTF-8 text");
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            OperationStatus status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status != OperationStatus.Done)
            {
                int line = 1 + bytes[..read].Count((byte)'\n');
                throw new CliException(ExitCodes.InvalidUtf8, $"{name}: not valid UTF-8 (byte 0x{bytes[read]:X2} at byte offset {read}, line {line}); convert it to UTF-8 first");
            }

            Span<char> chars = buffer.AsSpan(0, written);
            if (IsBlank(chars))
            {
                throw new CliException(ExitCodes.EmptyInput, $"{name}: the input holds only white space");
            }

            return keepCarriageReturns || !chars.Contains('\r') ? new string(chars) : UniversalNewlines(chars);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>True when the text has no visible character: white space, BOM and zero-width controls only.</summary>
    public static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\uFEFF' or (>= '\u200B' and <= '\u200F') or '\u2060'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Python's universal newlines: <c>\r\n</c> → <c>\n</c>, then a lone <c>\r</c> → <c>\n</c>.</summary>
    public static string UniversalNewlines(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Reads a whole file's bytes, mapping the file system's failures to exit codes.</summary>
    /// <param name="path">The file.</param>
    public static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException(ExitCodes.NotFound, $"{path}: no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.IoError, $"{path}: permission denied");
        }
        catch (IOException e)
        {
            throw new CliException(ExitCodes.IoError, $"{path}: cannot be read ({e.Message})");
        }
    }

    /// <summary>Reads a stream to its end.</summary>
    /// <param name="stream">The stream (standard input).</param>
    public static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
