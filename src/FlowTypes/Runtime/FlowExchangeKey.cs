using System;
using System.ComponentModel;

namespace FlowTypes.Runtime;

/// <summary>
/// One key of a <c>data_exchange</c> payload in a generated request table: its name, whether every request carries it,
/// and its static value when the flow writes one. Not intended to be used directly: the members may change between
/// versions together with the generator.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct FlowExchangeKey
{
    /// <summary>Describes a payload key. Called by generated code.</summary>
    /// <param name="name">The JSON key.</param>
    /// <param name="value">Whether every request carries it, and the kind of its static value.</param>
    /// <param name="literal">
    /// For <see cref="FlowExchangeValue.String"/>, the string; for <see cref="FlowExchangeValue.Number"/>, the number as the
    /// flow writes it; otherwise null.
    /// </param>
    public FlowExchangeKey(string name, FlowExchangeValue value, string? literal = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        if (value is FlowExchangeValue.String or FlowExchangeValue.Number ? literal is null : literal is not null)
        {
            throw new ArgumentException($"A {value} key {(literal is null ? "needs a" : "takes no")} literal.", nameof(literal));
        }

        Value = value;
        Literal = literal;
    }

    /// <summary>The JSON key.</summary>
    public string Name { get; }

    /// <summary>Whether every request carries the key, and the kind of its static value.</summary>
    public FlowExchangeValue Value { get; }

    /// <summary>The static string or number text, or null.</summary>
    public string? Literal { get; }
}
