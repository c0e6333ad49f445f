using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Json;

internal sealed class JsonArray : JsonNode
{
    public JsonArray(TextSpan span, ImmutableArray<JsonNode> items)
        : base(span) => Items = items;

    public override JsonKind Kind => JsonKind.Array;

    public ImmutableArray<JsonNode> Items { get; }
}
