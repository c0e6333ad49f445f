using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Json;

internal sealed class JsonObject : JsonNode
{
    public JsonObject(TextSpan span, ImmutableArray<JsonProperty> properties)
        : base(span) => Properties = properties;

    public override JsonKind Kind => JsonKind.Object;

    /// <summary>The properties in document order. Duplicate names are kept (validators report them).</summary>
    public ImmutableArray<JsonProperty> Properties { get; }

    /// <summary>The first property with this exact name, or null.</summary>
    public JsonProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    public JsonNode? Get(string name) => Find(name)?.Value;

    public string? GetString(string name) => Get(name) is JsonString s ? s.Value : null;

    public bool? GetBoolean(string name) => Get(name)?.Kind switch
    {
        JsonKind.True => true,
        JsonKind.False => false,
        _ => null,
    };
}
