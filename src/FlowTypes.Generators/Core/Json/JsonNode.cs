using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Json;

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
