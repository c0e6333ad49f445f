namespace FlowTypes.Generators.Core.Json;

/// <summary>The result of reading a JSON document: a root node, or the first syntax error.</summary>
internal sealed class JsonParseResult
{
    public JsonParseResult(JsonNode? root, JsonSyntaxError? error)
    {
        Root = root;
        Error = error;
    }

    public JsonNode? Root { get; }

    public JsonSyntaxError? Error { get; }
}
