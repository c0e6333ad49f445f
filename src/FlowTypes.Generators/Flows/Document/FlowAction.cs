using FlowTypes.Generators.Core.Json;

namespace FlowTypes.Generators.Flows.Document;

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
