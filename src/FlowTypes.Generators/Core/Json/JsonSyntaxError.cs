using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Json;

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
