using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Authoring;

/// <summary>A component of a screen's layout, with the components it holds and the actions it triggers.</summary>
public sealed class FlowComponentOutline
{
    internal FlowComponentOutline(string? type, FlowValue node, ImmutableArray<FlowComponentOutline> children, ImmutableArray<FlowBranch> branches, ImmutableArray<FlowActionOutline> actions)
    {
        Type = type;
        Node = node;
        Children = children;
        Branches = branches;
        Actions = actions;
    }

    /// <summary>The component <c>type</c> (<c>TextInput</c>, <c>Footer</c>, ...), when it is a string.</summary>
    public string? Type { get; }

    /// <summary>The component object as written: every property, for example <c>Node.GetString("label")</c>.</summary>
    public FlowValue Node { get; }

    /// <summary>The <c>children</c> of a Form; empty for other components.</summary>
    public ImmutableArray<FlowComponentOutline> Children { get; }

    /// <summary>The branches of an If (then, else) or a Switch (its cases); empty for other components.</summary>
    public ImmutableArray<FlowBranch> Branches { get; }

    /// <summary>
    /// The actions of this component: its own (<c>on-click-action</c>, <c>on-select-action</c>, ...) and those of the
    /// items of its <c>list-items</c> or <c>data-source</c> (<see cref="FlowActionOutline.ItemIndex"/>).
    /// </summary>
    public ImmutableArray<FlowActionOutline> Actions { get; }

    /// <summary>Where the component's object starts in the file.</summary>
    public LinePosition Start => Node.Start;
}
