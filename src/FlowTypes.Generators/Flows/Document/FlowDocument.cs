using System.Collections.Immutable;
using FlowTypes.Generators.Core.Json;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows.Document;

/// <summary>
/// The structure of a Flow JSON file, read tolerantly from the JSON tree: anything missing or of the wrong shape
/// is simply absent here (the validators report it). Holds spans, so it is never a pipeline output.
/// </summary>
internal sealed class FlowDocument
{
    public FlowDocument(JsonObject root, JsonString? version, FlowVersion? parsedVersion, JsonString? dataApiVersion, JsonObject? routingModel, ImmutableArray<FlowScreen> screens)
    {
        Root = root;
        Version = version;
        ParsedVersion = parsedVersion;
        DataApiVersion = dataApiVersion;
        RoutingModel = routingModel;
        Screens = screens;
    }

    public JsonObject Root { get; }

    public JsonString? Version { get; }

    public FlowVersion? ParsedVersion { get; }

    public JsonString? DataApiVersion { get; }

    public JsonObject? RoutingModel { get; }

    public ImmutableArray<FlowScreen> Screens { get; }

    public FlowScreen? FindScreen(string id)
    {
        foreach (var screen in Screens)
        {
            if (screen.Id == id)
            {
                return screen;
            }
        }

        return null;
    }
}

/// <summary>A Flow JSON version "major.minor" (minor is not decimal: 1.10 follows 1.9).</summary>
internal readonly record struct FlowVersion(int Major, int Minor)
{
    public static FlowVersion? TryParse(string text)
    {
        var dot = text.IndexOf('.');
        if (dot <= 0 || dot == text.Length - 1)
        {
            return null;
        }

        return int.TryParse(text.Substring(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major)
            && int.TryParse(text.Substring(dot + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minor)
            ? new FlowVersion(major, minor)
            : null;
    }

    public bool AtLeast(int major, int minor) => Major > major || (Major == major && Minor >= minor);

    public override string ToString() => $"{Major}.{Minor}";
}

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

/// <summary>A field of a screen's data model: <c>"name": { "type": ..., "__example__": ... }</c>.</summary>
internal sealed class FlowDataField
{
    public FlowDataField(JsonProperty property)
    {
        Property = property;
        Schema = property.Value as JsonObject;
    }

    public JsonProperty Property { get; }

    public string Name => Property.Name;

    public TextSpan NameSpan => Property.NameSpan;

    public JsonObject? Schema { get; }

    public string? Type => Schema?.GetString("type");

    /// <summary>The declared item type of an array field (<c>items.type</c>), if any.</summary>
    public string? ItemType => (Schema?.Get("items") as JsonObject)?.GetString("type");
}

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

    public string? Name => Node.GetString("name");

    public string? Label => Node.Get("label") is JsonString label ? label.Value : null;

    /// <summary><c>required: true</c> as a literal (a dynamic <c>${data.x}</c> value counts as not required).</summary>
    public bool Required => Node.GetBoolean("required") == true;
}

/// <summary>An action object: <c>{ "name": "navigate" | "complete" | ..., "next": ..., "payload": ... }</c>.</summary>
internal sealed class FlowAction
{
    public FlowAction(JsonObject node, string propertyName, FlowComponent owner)
    {
        Node = node;
        PropertyName = propertyName;
        Owner = owner;
    }

    public JsonObject Node { get; }

    /// <summary>The property that holds the action, e.g. <c>on-click-action</c>.</summary>
    public string PropertyName { get; }

    public FlowComponent Owner { get; }

    public string? Name => Node.GetString("name");

    public JsonObject? Payload => Node.Get("payload") as JsonObject;

    /// <summary>The target screen id of a navigate action (<c>next.name</c>).</summary>
    public JsonString? NextScreen => (Node.Get("next") as JsonObject)?.Get("name") as JsonString;
}
