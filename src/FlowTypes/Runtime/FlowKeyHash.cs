using System;
using System.ComponentModel;

namespace FlowTypes.Runtime;

/// <summary>
/// The hash of a JSON property name that the generated deserializers switch on to find a field. Not intended to be called directly:
/// the members may change between versions together with the generator that emits calls to them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FlowKeyHash
{
    /// <summary>
    /// FNV-1a (32-bit) of a property name's UTF-8 bytes. Generated code switches on it to find a field in O(1);
    /// the generator computes the same values at compile time with the same source file (Fnv1a.cs, linked into it).
    /// </summary>
    public static uint Hash(ReadOnlySpan<byte> utf8Name) => Fnv1a.Hash(utf8Name);
}
