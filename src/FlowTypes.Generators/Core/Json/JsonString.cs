using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Json;

internal sealed class JsonString : JsonNode
{
    public JsonString(TextSpan span, string value)
        : base(span) => Value = value;

    public override JsonKind Kind => JsonKind.String;

    /// <summary>The unescaped value.</summary>
    public string Value { get; }
}
