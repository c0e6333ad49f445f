using System;
using System.Collections;
using System.Collections.Generic;

namespace FlowTypes.Runtime;

/// <summary>
/// The read-only list behind every list property of a parsed submission (CheckboxGroup, ChipsSelector, PhotoPicker,
/// DocumentPicker). It compares by value: two lists are equal when they hold equal items in the same order, so the
/// synthesized <c>Equals</c> of a generated record is value-based for its list properties too.
/// </summary>
/// <remarks>
/// One object over the items array the reader filled (no copy); the list never changes after it is built. It is equal
/// only to another <see cref="FlowList{T}"/>: an array with the same items is not, because the array's own
/// <c>Equals</c> would not return the same answer the other way round.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class FlowList<T> : IReadOnlyList<T>, IList<T>, IEquatable<FlowList<T>>
{
    private readonly T[] _items;
    private readonly int _count;

    /// <summary>Wraps all of <paramref name="items"/>; the caller gives up the array.</summary>
    public FlowList(T[] items)
        : this(items, items?.Length ?? 0)
    {
    }

    /// <summary>Wraps the first <paramref name="count"/> items of <paramref name="items"/>; the caller gives up the array.</summary>
    public FlowList(T[] items, int count)
    {
        _items = items ?? throw new ArgumentNullException(nameof(items));
        if ((uint)count > (uint)items.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _count = count;
    }

    /// <summary>The shared empty list.</summary>
    public static FlowList<T> Empty { get; } = new(Array.Empty<T>());

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public bool IsReadOnly => true;

    /// <inheritdoc cref="IReadOnlyList{T}.this" />
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _items[index];
        }
    }

    T IList<T>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    /// <summary>Enumerates the items without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _count == 0 ? EmptyEnumerator.Instance : new BoxedEnumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <inheritdoc />
    public int IndexOf(T item) => Array.IndexOf(_items, item, 0, _count);

    /// <inheritdoc />
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <inheritdoc />
    public void CopyTo(T[] array, int arrayIndex) => Array.Copy(_items, 0, array, arrayIndex, _count);

    void IList<T>.Insert(int index, T item) => throw ReadOnly();

    void IList<T>.RemoveAt(int index) => throw ReadOnly();

    void ICollection<T>.Add(T item) => throw ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    /// <summary>Whether <paramref name="other"/> holds equal items (by <see cref="EqualityComparer{T}.Default"/>) in the same order.</summary>
    public bool Equals(FlowList<T>? other)
    {
        if (other is null || other._count != _count)
        {
            return false;
        }

        if (ReferenceEquals(other, this))
        {
            return true;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _count; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FlowList<T> other && Equals(other);

    /// <summary>A hash of the items in order, consistent with <see cref="Equals(FlowList{T})"/>.</summary>
    public override int GetHashCode()
    {
        var comparer = EqualityComparer<T>.Default;
        var hash = _count;
        for (var i = 0; i < _count; i++)
        {
            var item = _items[i];
            hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
        }

        return hash;
    }

    /// <summary>The items, comma-separated in brackets (what a record's <c>ToString</c> shows for the property).</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder("[");
        for (var i = 0; i < _count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(_items[i]);
        }

        return text.Append(']').ToString();
    }

    private static NotSupportedException ReadOnly() => new("The list of a parsed submission is read-only.");

    /// <summary>Enumerates a <see cref="FlowList{T}"/>.</summary>
    public struct Enumerator
    {
        private readonly FlowList<T> _list;
        private int _index;

        internal Enumerator(FlowList<T> list)
        {
            _list = list;
            _index = -1;
        }

        /// <summary>The current item.</summary>
        public readonly T Current => _list._items[_index];

        /// <summary>Moves to the next item.</summary>
        public bool MoveNext() => ++_index < _list._count;
    }

    private sealed class BoxedEnumerator : IEnumerator<T>
    {
        private readonly FlowList<T> _list;
        private int _index = -1;

        public BoxedEnumerator(FlowList<T> list) => _list = list;

        public T Current => _list._items[_index];

        object? IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _list._count;

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }

    private sealed class EmptyEnumerator : IEnumerator<T>
    {
        public static readonly EmptyEnumerator Instance = new();

        public T Current => throw new InvalidOperationException();

        object? IEnumerator.Current => Current;

        public bool MoveNext() => false;

        public void Reset()
        {
        }

        public void Dispose()
        {
        }
    }
}
