using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Json;

internal sealed class JsonProperty
{
    public JsonProperty(string name, TextSpan nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    /// <summary>The span of the property name, including its quotes.</summary>
    public TextSpan NameSpan { get; }

    public JsonNode Value { get; }
}
