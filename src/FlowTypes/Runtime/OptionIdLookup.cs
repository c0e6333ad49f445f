using System;
using System.ComponentModel;

namespace FlowTypes.Runtime;

/// <summary>
/// The shape of a generated option type's id lookup: the constant for a listed id, given the id's UTF-8 bytes, or
/// <see langword="null"/> for an id the flow does not list.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate string? OptionIdLookup(ReadOnlySpan<byte> utf8Id);
