using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Authoring;

/// <summary>A screen of a flow: its id, title, data model and layout.</summary>
public sealed class FlowScreenOutline
{
    internal FlowScreenOutline(int index, FlowValue node, ImmutableArray<FlowDataOutline> data, ImmutableArray<FlowComponentOutline> children, ImmutableArray<FlowActionOutline> actions)
    {
        Index = index;
        Node = node;
        Data = data;
        Children = children;
        Actions = actions;
    }

    /// <summary>The position of the screen in the <c>screens</c> array.</summary>
    public int Index { get; }

    /// <summary>The screen object as written.</summary>
    public FlowValue Node { get; }

    /// <summary>The screen <c>id</c>, when it is a string.</summary>
    public string? Id => Node.GetString("id");

    /// <summary>The <c>title</c> as written (it may hold <c>${data.…}</c>), when it is a string.</summary>
    public string? Title => Node.GetString("title");

    /// <summary>True when the screen is <c>terminal</c>.</summary>
    public bool Terminal => Node.Get("terminal")?.Boolean == true;

    /// <summary>The fields of the screen's <c>data</c> model, in document order.</summary>
    public ImmutableArray<FlowDataOutline> Data { get; }

    /// <summary>The top-level components of <c>layout.children</c>, in order.</summary>
    public ImmutableArray<FlowComponentOutline> Children { get; }

    /// <summary>Every action on the screen, depth first in document order (including those in Form, If and Switch).</summary>
    public ImmutableArray<FlowActionOutline> Actions { get; }

    /// <summary>Where the screen's object starts in the file.</summary>
    public LinePosition Start => Node.Start;

    /// <summary>The data field with this name, or null.</summary>
    public FlowDataOutline? FindData(string name)
    {
        foreach (var field in Data)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }
}
