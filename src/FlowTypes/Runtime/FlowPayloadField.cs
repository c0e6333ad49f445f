using System;
using System.ComponentModel;

namespace FlowTypes.Runtime;

/// <summary>
/// One field of a generated payload type: its JSON key, how it is read, whether the flow always sends it and, for a
/// choice, the ids the flow lists. Not intended to be used directly: generated field tables use it, and the members may
/// change between versions together with the generator.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct FlowPayloadField
{
    /// <summary>Describes a field.</summary>
    /// <param name="jsonName">The JSON key.</param>
    /// <param name="kind">How the value is read.</param>
    /// <param name="required">True when every payload of the flow carries the key (a missing key is an error).</param>
    /// <param name="optionIds">For <see cref="FlowFieldKind.Option"/> and <see cref="FlowFieldKind.OptionList"/>: the ids the flow lists.</param>
    public FlowPayloadField(string jsonName, FlowFieldKind kind, bool required, string[]? optionIds = null)
    {
        JsonName = jsonName ?? throw new ArgumentNullException(nameof(jsonName));
        Kind = kind;
        Required = required;
        OptionIds = optionIds;
    }

    /// <summary>The JSON key.</summary>
    public string JsonName { get; }

    /// <summary>How the value is read.</summary>
    public FlowFieldKind Kind { get; }

    /// <summary>True when every payload of the flow carries the key.</summary>
    public bool Required { get; }

    /// <summary>The ids a choice field's flow lists, or null.</summary>
    public string[]? OptionIds { get; }
}
