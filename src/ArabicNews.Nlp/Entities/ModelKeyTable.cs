namespace ArabicNews.Nlp.Entities;

/// <summary>An immutable open-addressing map from non-zero 32-bit keys to non-negative integers, for the sequence model.</summary>
internal sealed class ModelKeyTable
{
    private readonly uint[] _keys;
    private readonly int[] _values;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Builds the table; the first occurrence of a repeated key wins.</summary>
    public ModelKeyTable(ReadOnlySpan<uint> keys, ReadOnlySpan<int> values)
    {
        if (keys.Length != values.Length)
        {
            throw new ArgumentException("Keys and values differ in length.", nameof(values));
        }

        int bits = 4;
        while ((1 << bits) < keys.Length * 2)
        {
            bits++;
        }

        _keys = new uint[1 << bits];
        _values = new int[1 << bits];
        _shift = 32 - bits;
        _mask = (1 << bits) - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            uint key = keys[i] == 0 ? 1u : keys[i];
            int slot = Slot(key);
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }

            if (_keys[slot] == 0)
            {
                _keys[slot] = key;
                _values[slot] = values[i];
                Count++;
            }
        }
    }

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; }

    /// <summary>The value of a key, or -1.</summary>
    public int Find(uint key)
    {
        key = key == 0 ? 1u : key;
        int slot = Slot(key);
        while (true)
        {
            uint k = _keys[slot];
            if (k == key)
            {
                return _values[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> _shift);
}
