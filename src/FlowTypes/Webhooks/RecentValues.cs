using System;
using System.Text.Json;
using System.Threading;

namespace FlowTypes.Webhooks;

/// <summary>
/// The last few strings read for a field whose value is the same on almost every webhook an application receives
/// (its sub-account id, its channel id). A value whose UTF-8 bytes match one of them is returned as that string instead
/// of a new one, as Kestrel reuses the strings of request headers that repeat. Four entries, replaced in turn; the one
/// read last is tried first. An entry is immutable and swapped whole, so concurrent readers need no lock. Values longer
/// than 64 bytes, or with escapes, are read as usual.
/// </summary>
internal sealed class RecentValues
{
    private const int MaxLength = 64;
    private readonly Entry?[] _entries = new Entry?[4];
    private int _next;
    private Entry? _last;

    /// <summary>The string the reader is at (a <see cref="JsonTokenType.String"/> token).</summary>
    public string Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            return reader.GetString()!;
        }

        var bytes = reader.ValueSpan;
        var last = Volatile.Read(ref _last);
        if (last is not null && bytes.SequenceEqual(last.Utf8))
        {
            return last.Value;
        }

        foreach (var entry in _entries)
        {
            if (entry is not null && bytes.SequenceEqual(entry.Utf8))
            {
                Volatile.Write(ref _last, entry);
                return entry.Value;
            }
        }

        var value = reader.GetString()!;
        var slot = (Interlocked.Increment(ref _next) & int.MaxValue) % _entries.Length;
        var added = new Entry(bytes.ToArray(), value);
        Volatile.Write(ref _entries[slot], added);
        Volatile.Write(ref _last, added);
        return value;
    }

    private sealed class Entry
    {
        public Entry(byte[] utf8, string value)
        {
            Utf8 = utf8;
            Value = value;
        }

        public byte[] Utf8 { get; }

        public string Value { get; }
    }
}
