using FlowTypes.Generators.Core.Json;

namespace FlowTypes.Generators.Flows.Document;

/// <summary>A component anywhere in a screen's layout tree.</summary>
internal sealed class FlowComponent
{
    public FlowComponent(JsonObject node, string? type, FlowComponent? parent, int ifDepth, bool conditional, bool insideForm)
    {
        Node = node;
        Type = type;
        Parent = parent;
        IfDepth = ifDepth;
        Conditional = conditional;
        InsideForm = insideForm;
    }

    public JsonObject Node { get; }

    public string? Type { get; }

    public FlowComponent? Parent { get; }

    /// <summary>How many If components enclose this one.</summary>
    public int IfDepth { get; }

    /// <summary>True when the component sits in an If or Switch branch (it may not be shown).</summary>
    public bool Conditional { get; }

    public bool InsideForm { get; }

    /// <summary>
    /// True when the component may not be on screen when its screen is submitted: it sits in an If or Switch branch, or its
    /// <c>visible</c> is anything but absent or <c>true</c> (a <c>${...}</c> binding, an expression, <c>false</c>). A
    /// hidden input cannot be filled in, so its value may be missing from the payload even when it is <c>required</c>.
    /// </summary>
    public bool MayBeHidden => Conditional || Node.Get("visible") is { Kind: not JsonKind.True };

    public string? Name => Node.GetString("name");

    public string? Label => Node.Get("label") is JsonString label ? label.Value : null;

    /// <summary><c>required: true</c> as a literal (a dynamic <c>${data.x}</c> value counts as not required).</summary>
    public bool Required => Node.GetBoolean("required") == true;
}
