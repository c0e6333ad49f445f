using System.Collections.Immutable;
using FlowTypes.Generators.Core.Json;

namespace FlowTypes.Generators.Flows.Document;

internal sealed class FlowScreen
{
    public FlowScreen(JsonObject node, int index, string? id, JsonString? idNode, bool terminal, JsonObject? data, ImmutableArray<FlowDataField> dataFields, ImmutableArray<FlowComponent> components, ImmutableArray<FlowAction> actions)
    {
        Node = node;
        Index = index;
        Id = id;
        IdNode = idNode;
        Terminal = terminal;
        Data = data;
        DataFields = dataFields;
        Components = components;
        Actions = actions;
    }

    public JsonObject Node { get; }

    /// <summary>The position of the screen in the <c>screens</c> array.</summary>
    public int Index { get; }

    public string? Id { get; }

    public JsonString? IdNode { get; }

    public bool Terminal { get; }

    public JsonObject? Data { get; }

    /// <summary>The declared fields of the screen's <c>data</c> model.</summary>
    public ImmutableArray<FlowDataField> DataFields { get; }

    /// <summary>Every component on the screen, depth first, including those inside Form, If and Switch.</summary>
    public ImmutableArray<FlowComponent> Components { get; }

    /// <summary>Every action on the screen's components (on-click, on-select, on-unselect), in document order.</summary>
    public ImmutableArray<FlowAction> Actions { get; }

    public string? Title => Node.GetString("title");

    public FlowDataField? FindDataField(string name)
    {
        foreach (var field in DataFields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The first input component with this name (form binding target), or null.</summary>
    public FlowComponent? FindInput(string name)
    {
        foreach (var component in Components)
        {
            if (component.Name == name && component.Type != "Form")
            {
                return component;
            }
        }

        return null;
    }
}
