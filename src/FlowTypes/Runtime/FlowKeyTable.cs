using System;
using System.Text;
using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>
/// Finds a JSON property name (or an option id) among a fixed set of keys from its UTF-8 bytes, without transcoding or
/// allocating: an open-addressed table on the FNV-1a hash of the bytes, confirmed with a byte comparison. Built once per
/// generated type, from the keys its field table lists.
/// </summary>
internal sealed class FlowKeyTable
{
    private readonly byte[][] _utf8;
    private readonly string[] _keys;
    private readonly uint[] _hashes;
    private readonly int[] _slots; // index + 1 of the key in each slot, 0 for an empty slot
    private readonly int _mask;

    public FlowKeyTable(string[] keys)
    {
        _keys = keys;
        _utf8 = new byte[keys.Length][];
        var size = 4;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        _hashes = new uint[size];
        _slots = new int[size];
        _mask = size - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            _utf8[i] = Encoding.UTF8.GetBytes(keys[i]);
            var hash = Fnv1a.Hash(_utf8[i]);
            var slot = (int)hash & _mask;
            while (_slots[slot] != 0)
            {
                if (_hashes[slot] == hash && _utf8[_slots[slot] - 1].AsSpan().SequenceEqual(_utf8[i]))
                {
                    break; // a key listed twice keeps its first index
                }

                slot = (slot + 1) & _mask;
            }

            if (_slots[slot] == 0)
            {
                _hashes[slot] = hash;
                _slots[slot] = i + 1;
            }
        }
    }

    /// <summary>The number of keys.</summary>
    public int Count => _keys.Length;

    /// <summary>The key at an index, as given to the constructor (the generated constant, for an option id).</summary>
    public string this[int index] => _keys[index];

    /// <summary>The index of a key given as UTF-8 bytes, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> utf8)
    {
        var hash = Fnv1a.Hash(utf8);
        var slot = (int)hash & _mask;
        int entry;
        while ((entry = _slots[slot]) != 0)
        {
            if (_hashes[slot] == hash && utf8.SequenceEqual(_utf8[entry - 1]))
            {
                return entry - 1;
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    /// <summary>
    /// The index of the property name the reader is at, or -1. <paramref name="expected"/> is compared first: payloads
    /// list their keys in the flow's order, so one comparison usually finds the key. Escaped names are unescaped.
    /// </summary>
    public int IndexOf(ref Utf8JsonReader reader, int expected)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            for (var i = 0; i < _utf8.Length; i++)
            {
                if (reader.ValueTextEquals(_utf8[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        var name = reader.ValueSpan;
        if ((uint)expected < (uint)_utf8.Length && name.SequenceEqual(_utf8[expected]))
        {
            return expected;
        }

        return IndexOf(name);
    }

    /// <summary>The listed key for these UTF-8 bytes (the very string given to the constructor), or null.</summary>
    public string? Find(ReadOnlySpan<byte> utf8)
    {
        var index = IndexOf(utf8);
        return index < 0 ? null : _keys[index];
    }
}
