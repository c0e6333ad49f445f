using System;
using System.Collections;
using System.Collections.Generic;

namespace FlowTypes.Generators.Core;

/// <summary>
/// An immutable array with structural (element-wise) equality, so that pipeline models that contain
/// collections compare equal when their contents do. Incremental caching depends on this.
/// </summary>
internal sealed class ImmutableEquatableArray<T> : IEquatable<ImmutableEquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    public static ImmutableEquatableArray<T> Empty { get; } = new(Array.Empty<T>());

    private readonly T[] _values;

    public ImmutableEquatableArray(IEnumerable<T> values) => _values = values is T[] array ? (T[])array.Clone() : new List<T>(values).ToArray();

    private ImmutableEquatableArray(T[] values) => _values = values;

    public T this[int index] => _values[index];

    public int Count => _values.Length;

    public bool Equals(ImmutableEquatableArray<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._values.Length != _values.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _values.Length; i++)
        {
            if (!comparer.Equals(_values[i], other._values[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ImmutableEquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var value in _values)
        {
            hash = unchecked((hash * 31) + (value is null ? 0 : value.GetHashCode()));
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _values.GetEnumerator();
}

internal static class ImmutableEquatableArray
{
    public static ImmutableEquatableArray<T> ToImmutableEquatableArray<T>(this IEnumerable<T> values)
        where T : IEquatable<T> => new(values);
}
