using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Json;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A node of a parsed JSON document. Every node knows the exact character span it covers in the source text,
/// so diagnostics can point at the offending token.
/// </summary>
internal abstract class JsonNode
{
    protected JsonNode(TextSpan span) => Span = span;

    public TextSpan Span { get; }

    public abstract JsonKind Kind { get; }

    /// <summary>A short name of the JSON type, for messages ("string", "object", ...).</summary>
    public string KindName => Kind switch
    {
        JsonKind.Object => "object",
        JsonKind.Array => "array",
        JsonKind.String => "string",
        JsonKind.Number => "number",
        JsonKind.True or JsonKind.False => "boolean",
        _ => "null",
    };
}

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

internal sealed class JsonArray : JsonNode
{
    public JsonArray(TextSpan span, ImmutableArray<JsonNode> items)
        : base(span) => Items = items;

    public override JsonKind Kind => JsonKind.Array;

    public ImmutableArray<JsonNode> Items { get; }
}

internal sealed class JsonString : JsonNode
{
    public JsonString(TextSpan span, string value)
        : base(span) => Value = value;

    public override JsonKind Kind => JsonKind.String;

    /// <summary>The unescaped value.</summary>
    public string Value { get; }
}

internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(TextSpan span, string text, double value)
        : base(span)
    {
        Text = text;
        Value = value;
    }

    public override JsonKind Kind => JsonKind.Number;

    /// <summary>The number exactly as written.</summary>
    public string Text { get; }

    public double Value { get; }

    public bool IsInteger => Text.IndexOfAny(new[] { '.', 'e', 'E' }) < 0;
}

internal sealed class JsonLiteral : JsonNode
{
    public JsonLiteral(TextSpan span, JsonKind kind)
        : base(span) => Kind = kind;

    public override JsonKind Kind { get; }
}

/// <summary>A syntax error found while reading JSON text.</summary>
internal readonly struct JsonSyntaxError
{
    public JsonSyntaxError(string message, TextSpan span)
    {
        Message = message;
        Span = span;
    }

    public string Message { get; }

    public TextSpan Span { get; }
}

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
