using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>
/// Compares two <see cref="JsonElement"/>s by the JSON value they hold, not by the document they come from
/// (<c>JsonElement.DeepEquals</c> only exists from .NET 9): the same kind; objects with the same members in any order;
/// arrays with equal items in order; strings by their unescaped text; numbers by value when both fit a
/// <see cref="decimal"/> (<c>1</c>, <c>1.0</c> and <c>1e0</c> are equal), otherwise by their JSON text.
/// </summary>
internal sealed class JsonValueComparer : IEqualityComparer<JsonElement>
{
    /// <summary>The one instance.</summary>
    public static JsonValueComparer Instance { get; } = new();

    private JsonValueComparer()
    {
    }

    /// <inheritdoc />
    public bool Equals(JsonElement x, JsonElement y)
    {
        if (x.ValueKind != y.ValueKind)
        {
            return false;
        }

        switch (x.ValueKind)
        {
            case JsonValueKind.Object:
                return ObjectsEqual(x, y);
            case JsonValueKind.Array:
                return ArraysEqual(x, y);
            case JsonValueKind.String:
                return y.ValueEquals(x.GetString());
            case JsonValueKind.Number:
                return NumbersEqual(x, y);
            default:
                // True, False, Null (and Undefined, the default JsonElement): the kind is the value.
                return true;
        }
    }

    /// <summary>
    /// A hash consistent with <see cref="Equals(JsonElement, JsonElement)"/>: the kind, and the length of an array.
    /// Cheap on purpose; extension data rarely holds many values of one kind under different keys.
    /// </summary>
    public int GetHashCode(JsonElement obj) =>
        obj.ValueKind == JsonValueKind.Array ? unchecked(((int)obj.ValueKind * 397) ^ obj.GetArrayLength()) : (int)obj.ValueKind;

    private bool ArraysEqual(JsonElement x, JsonElement y)
    {
        if (x.GetArrayLength() != y.GetArrayLength())
        {
            return false;
        }

        using var left = x.EnumerateArray();
        using var right = y.EnumerateArray();
        while (left.MoveNext() && right.MoveNext())
        {
            if (!Equals(left.Current, right.Current))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NumbersEqual(JsonElement x, JsonElement y)
    {
        var xText = x.GetRawText();
        var yText = y.GetRawText();
        if (string.Equals(xText, yText, StringComparison.Ordinal))
        {
            return true;
        }

        return x.TryGetDecimal(out var xValue) && y.TryGetDecimal(out var yValue) && xValue == yValue;
    }

    /// <summary>
    /// Same members in any order: walks both objects in their own order first (two parses of one payload keep it);
    /// at the first name that differs, compares the members sorted by name instead. Members with the same name twice
    /// (which the readers reject, but a hand-made element may hold) are compared in their order.
    /// </summary>
    private bool ObjectsEqual(JsonElement x, JsonElement y)
    {
        var count = 0;
        var inOrder = true;
        using (var left = x.EnumerateObject())
        using (var right = y.EnumerateObject())
        {
            while (true)
            {
                var hasLeft = left.MoveNext();
                var hasRight = right.MoveNext();
                if (hasLeft != hasRight)
                {
                    return false;
                }

                if (!hasLeft)
                {
                    break;
                }

                count++;
                if (inOrder)
                {
                    if (!right.Current.NameEquals(left.Current.Name))
                    {
                        inOrder = false;
                    }
                    else if (!Equals(left.Current.Value, right.Current.Value))
                    {
                        return false;
                    }
                }
            }
        }

        return inOrder || SortedMembersEqual(x, y, count);
    }

    private bool SortedMembersEqual(JsonElement x, JsonElement y, int count)
    {
        var left = SortedMembers(x, count);
        var right = SortedMembers(y, count);
        for (var i = 0; i < count; i++)
        {
            if (!string.Equals(left[i].Name, right[i].Name, StringComparison.Ordinal) || !Equals(left[i].Value, right[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    private static Member[] SortedMembers(JsonElement element, int count)
    {
        var members = new Member[count];
        var i = 0;
        foreach (var property in element.EnumerateObject())
        {
            members[i] = new Member(property.Name, property.Value, i);
            i++;
        }

        Array.Sort(members, static (a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : a.Position.CompareTo(b.Position);
        });
        return members;
    }

    private readonly struct Member
    {
        public Member(string name, JsonElement value, int position)
        {
            Name = name;
            Value = value;
            Position = position;
        }

        public string Name { get; }

        public JsonElement Value { get; }

        public int Position { get; }
    }
}
