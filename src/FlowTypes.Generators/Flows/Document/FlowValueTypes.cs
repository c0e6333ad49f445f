using System.Collections.Generic;
using FlowTypes.Generators.Core.Json;

namespace FlowTypes.Generators.Flows.Document;

/// <summary>
/// The type a <c>${...}</c> reference holds, as Meta's Flow Builder types it for expressions: screen data by its declared
/// <c>type</c> (following <c>properties</c> for nested paths), an input by its component. Unknown when the flow does not
/// say (an undeclared field, a dynamic <c>input-type</c> or <c>mode</c>); unknown values are never judged.
/// </summary>
internal static class FlowValueTypes
{
    public static FlowValueType Of(FlowDocument document, FlowScreen screen, FlowReference reference)
    {
        var segments = reference.Segments;
        switch (segments[0])
        {
            case "data":
                return OfData(screen, segments, 1);
            case "form":
                return segments.Count == 2 ? OfInput(screen.FindInput(segments[1])) : FlowValueType.Unknown;
            case "screen" when segments.Count >= 4 && document.FindScreen(segments[1]) is { } target:
                return segments[2] switch
                {
                    "data" => OfData(target, segments, 3),
                    "form" when segments.Count == 4 => OfInput(target.FindInput(segments[3])),
                    _ => FlowValueType.Unknown,
                };
            default:
                return FlowValueType.Unknown;
        }
    }

    /// <summary>A data model <c>type</c> (<c>integer</c> is a number).</summary>
    public static FlowValueType OfDataType(string? type) => type switch
    {
        "string" => FlowValueType.String,
        "number" or "integer" => FlowValueType.Number,
        "boolean" => FlowValueType.Boolean,
        "object" => FlowValueType.Object,
        "array" => FlowValueType.Array,
        _ => FlowValueType.Unknown,
    };

    /// <summary>The value an input component holds: text inputs, dates and single choices are strings, a number TextInput a number, OptIn a boolean, multi-choices and pickers arrays.</summary>
    public static FlowValueType OfInput(FlowComponent? component)
    {
        switch (component?.Type)
        {
            case "TextInput":
                return component.Node.Get("input-type") switch
                {
                    null => FlowValueType.String,
                    JsonString { Value: "number" } => FlowValueType.Number,
                    JsonString { Value: var type } when !FlowExpression.IsDynamic(type) => FlowValueType.String,
                    _ => FlowValueType.Unknown,
                };
            case "TextArea" or "Dropdown" or "RadioButtonsGroup" or "DatePicker":
                return FlowValueType.String;
            case "CalendarPicker":
                return component.Node.Get("mode") switch
                {
                    null or JsonString { Value: "single" } => FlowValueType.String,
                    JsonString { Value: "range" } => FlowValueType.Object,
                    _ => FlowValueType.Unknown,
                };
            case "OptIn":
                return FlowValueType.Boolean;
            case "CheckboxGroup" or "ChipsSelector" or "PhotoPicker" or "DocumentPicker":
                return FlowValueType.Array;
            default:
                return FlowValueType.Unknown;
        }
    }

    private static FlowValueType OfData(FlowScreen screen, IReadOnlyList<string> segments, int first)
    {
        var schema = screen.FindDataField(segments[first])?.Schema;
        for (var i = first + 1; i < segments.Count && schema is not null; i++)
        {
            schema = (schema.Get("properties") as JsonObject)?.Get(segments[i]) as JsonObject;
        }

        return OfDataType(schema?.GetString("type"));
    }
}
