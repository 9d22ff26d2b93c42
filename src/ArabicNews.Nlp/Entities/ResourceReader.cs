using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace ArabicNews.Nlp.Entities;

/// <summary>
/// Reads a decompressed resource held in one byte array: typed arrays come out as block copies of its slices (one
/// non-generic copy routine whatever the element type, so loading compiles little code), in the little-endian layout
/// <see cref="BinaryWriter"/> writes.
/// </summary>
internal ref struct ResourceReader
{
    private readonly byte[] _data;
    private readonly string _what;
    private int _offset;

    /// <summary>Starts at the beginning of <paramref name="data"/>; <paramref name="what"/> names the resource in errors.</summary>
    public ResourceReader(byte[] data, string what)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException($"The {what} is read on little-endian machines only.");
        }

        _data = data;
        _what = what;
    }

    /// <summary>How many bytes are left.</summary>
    public readonly int Remaining => _data.Length - _offset;

    /// <summary>The rest of a stream in one array (one copy when the stream knows its length, as resource streams do).</summary>
    public static byte[] ReadAll(Stream stream)
    {
        if (stream.CanSeek)
        {
            byte[] data = new byte[checked((int)(stream.Length - stream.Position))];
            stream.ReadExactly(data);
            return data;
        }

        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it (7-bit encoded length, UTF-8).</summary>
    public string String()
    {
        int length = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = Take(1)[0];
            length |= (b & 0x7F) << shift;
            if (b < 0x80 || shift > 28)
            {
                break;
            }
        }

        return Encoding.UTF8.GetString(Take(length));
    }

    public char[] Chars(int count) => Array<char>(count);

    public int[] Ints(int count) => Array<int>(count);

    public uint[] UInts(int count) => Array<uint>(count);

    public ushort[] UShorts(int count) => Array<ushort>(count);

    public byte[] Bytes(int count) => Array<byte>(count);

    public float[] Floats(int count) => Array<float>(count);

    public ulong[] ULongs(int count) => Array<ulong>(count);

    /// <summary>The next <paramref name="count"/> values, copied as one block (little-endian, as written).</summary>
    private T[] Array<T>(int count)
        where T : unmanaged
    {
        // The byte count in 64 bits: a corrupt count must not wrap around to a small one.
        long bytes = (long)count * Unsafe.SizeOf<T>();
        if (count < 0 || bytes > Remaining)
        {
            throw new InvalidDataException($"The {_what} is truncated.");
        }

        T[] values = new T[count];
        Take((int)bytes).CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private ReadOnlySpan<byte> Take(int bytes)
    {
        if (bytes < 0 || bytes > Remaining)
        {
            throw new InvalidDataException($"The {_what} is truncated.");
        }

        _offset += bytes;
        return _data.AsSpan(_offset - bytes, bytes);
    }
}
