using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Json;

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
