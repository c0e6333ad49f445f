using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Json;

internal sealed class JsonLiteral : JsonNode
{
    public JsonLiteral(TextSpan span, JsonKind kind)
        : base(span) => Kind = kind;

    public override JsonKind Kind { get; }
}
