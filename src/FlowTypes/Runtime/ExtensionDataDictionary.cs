using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>
/// The dictionary behind <c>ExtensionData</c> of a parsed submission or file: keys compared ordinally, and equality by
/// value, so the synthesized <c>Equals</c> of a generated record is value-based for its extension data too. Two are
/// equal when they have the same keys and each key's values are equal JSON values (<see cref="JsonValueComparer"/>:
/// whitespace, member order and number spelling such as <c>1.0</c> for <c>1</c> do not count).
/// </summary>
/// <remarks>
/// It derives from <see cref="Dictionary{TKey, TValue}"/> so that the generated readers, which fill a
/// <c>Dictionary&lt;string, JsonElement&gt;</c> through <see cref="FlowExtensionData.TryAddExtensionData"/>, get it
/// without a copy. It is equal only to another <see cref="ExtensionDataDictionary"/>.
/// </remarks>
internal sealed class ExtensionDataDictionary : Dictionary<string, JsonElement>, IEquatable<ExtensionDataDictionary>
{
    /// <summary>Creates an empty dictionary with ordinal keys.</summary>
    public ExtensionDataDictionary()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>Creates an empty dictionary with ordinal keys and room for <paramref name="capacity"/> keys.</summary>
    public ExtensionDataDictionary(int capacity)
        : base(capacity, StringComparer.Ordinal)
    {
    }

    /// <summary>Whether <paramref name="other"/> has the same keys with equal JSON values.</summary>
    public bool Equals(ExtensionDataDictionary? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        if (ReferenceEquals(other, this))
        {
            return true;
        }

        foreach (var pair in this)
        {
            if (!other.TryGetValue(pair.Key, out var value) || !JsonValueComparer.Instance.Equals(pair.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExtensionDataDictionary other && Equals(other);

    /// <summary>
    /// A hash consistent with <see cref="Equals(ExtensionDataDictionary)"/> and independent of the order the keys were
    /// added in: the count, and per key its ordinal hash mixed with the cheap hash of its value.
    /// </summary>
    public override int GetHashCode()
    {
        var hash = Count;
        foreach (var pair in this)
        {
            hash = unchecked(hash + ((StringComparer.Ordinal.GetHashCode(pair.Key) * 397) ^ JsonValueComparer.Instance.GetHashCode(pair.Value)));
        }

        return hash;
    }

    /// <summary>
    /// The keys with their JSON text, in the style of a record's <c>ToString</c>: <c>{ note = "hi", tags = [1,2] }</c>
    /// (what a submission's <c>ToString</c> shows for <c>ExtensionData</c>).
    /// </summary>
    public override string ToString()
    {
        if (Count == 0)
        {
            return "{ }";
        }

        var text = new StringBuilder("{ ");
        var first = true;
        foreach (var pair in this)
        {
            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            text.Append(pair.Key).Append(" = ").Append(pair.Value.ValueKind == JsonValueKind.Undefined ? string.Empty : pair.Value.GetRawText());
        }

        return text.Append(" }").ToString();
    }
}
