using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace FlowTypes.Runtime;

/// <summary>
/// The id held by a generated option type (a <c>readonly record struct</c>): equality is ordinal, and the id of
/// <see langword="default"/> is the empty string, so the record struct's compiler-synthesized equality compares options
/// by id without members written out per type. Also looks up an option's title in the generated id/title pairs. Not
/// intended to be used directly: the members may change between versions together with the generator that emits them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct FlowOptionId : IEquatable<FlowOptionId>
{
    /// <summary>The tables passed to <see cref="Title(string, string)"/>, split once each (keyed by the literal's instance).</summary>
    private static readonly ConditionalWeakTable<string, string[]> s_tables = new();

    private readonly string? _value;

    /// <summary>Holds <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public FlowOptionId(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The id; the empty string for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Ordinal comparison of the ids (<see langword="default"/> equals an empty id).</summary>
    public bool Equals(FlowOptionId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FlowOptionId other && Equals(other);

    /// <summary>The hash of the id (the same as <see cref="string.GetHashCode()"/> of <see cref="Value"/>).</summary>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>The id.</summary>
    public override string ToString() => Value;

    /// <summary>
    /// The title paired with <paramref name="id"/> (ordinal) in <paramref name="idTitleTable"/>: id, title, id, title, …
    /// separated by <c>'\0'</c> (none of them may contain one), or <see langword="null"/> when no pair has that id. The
    /// table is split on its first use and kept, so a lookup allocates nothing after that.
    /// </summary>
    public static string? Title(string idTitleTable, string id)
    {
        if (idTitleTable is null)
        {
            throw new ArgumentNullException(nameof(idTitleTable));
        }

        return Title(s_tables.GetValue(idTitleTable, static table => table.Split('\0')), id);
    }

    /// <summary>
    /// The title paired with <paramref name="id"/> (ordinal) in <paramref name="idTitlePairs"/> (id, title, id, title, …),
    /// or <see langword="null"/> when no pair has that id.
    /// </summary>
    public static string? Title(string[] idTitlePairs, string id)
    {
        if (idTitlePairs is null)
        {
            throw new ArgumentNullException(nameof(idTitlePairs));
        }

        for (var i = 0; i + 1 < idTitlePairs.Length; i += 2)
        {
            if (string.Equals(idTitlePairs[i], id, StringComparison.Ordinal))
            {
                return idTitlePairs[i + 1];
            }
        }

        return null;
    }
}
