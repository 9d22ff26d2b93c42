using System.Text;

namespace ArabicNews.Nlp.Fuzz;

/// <summary>Turns fuzzer bytes into text. Two readings, so that both valid UTF-8 and raw UTF-16 (lone surrogates included) reach the library.</summary>
internal static class InputDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 0 && bytes[0] == 0xFF)
        {
            // 0xFF never starts UTF-8: the rest is raw UTF-16LE code units.
            ReadOnlySpan<byte> rest = bytes[1..];
            var chars = new char[rest.Length / 2];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)(rest[2 * i] | (rest[(2 * i) + 1] << 8));
            }

            return new string(chars);
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
