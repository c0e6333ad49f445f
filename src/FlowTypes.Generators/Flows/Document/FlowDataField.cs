using FlowTypes.Generators.Core.Json;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows.Document;

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
