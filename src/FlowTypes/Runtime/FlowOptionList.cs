using System;
using System.Collections;
using System.Collections.Generic;

namespace FlowTypes.Runtime;

/// <summary>
/// The ids of a multiple-choice field seen as a list of the generated option type: one object over the ids the reader
/// collected, each item made on access (an option is a struct around its id). Equal to another such list with the same ids.
/// </summary>
internal sealed class FlowOptionList<TOption> : IReadOnlyList<TOption>, IEquatable<FlowOptionList<TOption>>
    where TOption : struct
{
    private readonly string[] _ids;
    private readonly Func<string, TOption> _create;

    public FlowOptionList(string[] ids, Func<string, TOption> create)
    {
        _ids = ids;
        _create = create;
    }

    public int Count => _ids.Length;

    public TOption this[int index] => _create(_ids[index]);

    public IEnumerator<TOption> GetEnumerator()
    {
        foreach (var id in _ids)
        {
            yield return _create(id);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(FlowOptionList<TOption>? other)
    {
        if (other is null || other._ids.Length != _ids.Length)
        {
            return false;
        }

        for (var i = 0; i < _ids.Length; i++)
        {
            if (!string.Equals(_ids[i], other._ids[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is FlowOptionList<TOption> other && Equals(other);

    /// <summary>The ids, comma-separated in brackets (what a record's <c>ToString</c> shows for the property).</summary>
    public override string ToString() => "[" + string.Join(", ", _ids) + "]";

    public override int GetHashCode()
    {
        var hash = _ids.Length;
        foreach (var id in _ids)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(id));
        }

        return hash;
    }
}
