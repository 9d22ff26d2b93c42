using System.Buffers.Binary;
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

    public char[] Chars(int count)
    {
        char[] values = new char[Count(count)];
        Fill(values, count * sizeof(char));
        return values;
    }

    public int[] Ints(int count)
    {
        int[] values = new int[Count(count)];
        Fill(values, count * sizeof(int));
        return values;
    }

    public uint[] UInts(int count)
    {
        uint[] values = new uint[Count(count)];
        Fill(values, count * sizeof(uint));
        return values;
    }

    public ushort[] UShorts(int count)
    {
        ushort[] values = new ushort[Count(count)];
        Fill(values, count * sizeof(ushort));
        return values;
    }

    public byte[] Bytes(int count)
    {
        byte[] values = new byte[Count(count)];
        Fill(values, count);
        return values;
    }

    public float[] Floats(int count)
    {
        float[] values = new float[Count(count)];
        Fill(values, count * sizeof(float));
        return values;
    }

    public ulong[] ULongs(int count)
    {
        ulong[] values = new ulong[Count(count)];
        Fill(values, count * sizeof(ulong));
        return values;
    }

    private readonly int Count(int count) =>
        count >= 0 && count <= Remaining ? count : throw new InvalidDataException($"The {_what} is truncated.");

    private void Fill(Array array, int bytes)
    {
        int start = _offset;
        _ = Take(bytes);
        Buffer.BlockCopy(_data, start, array, 0, bytes);
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
