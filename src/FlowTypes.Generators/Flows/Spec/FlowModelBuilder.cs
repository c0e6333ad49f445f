using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Core.Shared;
using FlowTypes.Generators.Core.Text;
using FlowTypes.Generators.Core;
using FlowTypes.Generators.Flows.Document;
using FlowTypes.Generators.Flows.Validation;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>Derives the generated API of a flow (<see cref="FlowModel"/>) from its parsed document.</summary>
internal static class FlowModelBuilder
{
    private static readonly string[] ReservedMemberNames = { "FlowToken", "ExtensionData", "Parse", "TryParse", "ParseWebhook", "TryParseWebhook", "TryParseWebhookAsync", "TryRead", "KeyIndex", "Reader", "ReaderSource", "Equals", "GetHashCode", "ToString", "GetType", "EqualityContract", "Deconstruct" };

    /// <summary>
    /// The model of the flow in <paramref name="text"/> (whose structure is <paramref name="document"/>), with the
    /// places in the file that diagnostics about the whole flow set point at.
    /// </summary>
    public static FlowSpec Build(string path, SourceText text, FlowDocument document, string? flowId, string? typeNameOverride, string? flowTokenPrefix, CancellationToken cancellationToken)
    {
        var fileName = Naming.FileName(path);
        var baseName = string.IsNullOrWhiteSpace(typeNameOverride) ? Naming.TypeBaseNameFromPath(path) : Naming.ToPascalCase(typeNameOverride!, "Flow");

        var screenNames = new HashSet<string>(System.StringComparer.Ordinal);
        var screens = new List<ScreenModel>();
        foreach (var screen in document.Screens)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (screen.Id is { Length: > 0 } id && screens.All(s => s.Id != id))
            {
                screens.Add(new ScreenModel(id, Naming.MakeUnique(Naming.ToPascalCase(id, "Screen"), screenNames), screen.Terminal, screen.Title));
            }
        }

        var submissions = BuildSubmissions(document, baseName, cancellationToken);
        var model = new FlowModel(
            path,
            fileName,
            HintName(path, baseName),
            baseName,
            string.IsNullOrWhiteSpace(flowId) ? null : flowId,
            string.IsNullOrEmpty(flowTokenPrefix) ? null : flowTokenPrefix,
            document.Version?.Value,
            screens.ToImmutableEquatableArray(),
            submissions.Select(s => s.Model).ToImmutableEquatableArray());

        // The file's first byte (its opening brace) and each submission's first complete payload.
        var sites = new FlowSites(
            SourceLocations.Locate(path, text, new TextSpan(document.Root.Span.Start, 1)),
            submissions.Select(s => SourceLocations.Locate(path, text, s.PayloadSpan)).ToImmutableEquatableArray());
        return new FlowSpec(model, sites);
    }

    /// <summary>A hint name that is unique per path: two folders may both hold "signup.flow.json".</summary>
    private static string HintName(string path, string baseName)
    {
        // FNV-1a over the normalised path's UTF-8 bytes; stable across runs and machines for the same relative layout.
        var hash = Fnv1a.Hash(System.Text.Encoding.UTF8.GetBytes(path.Replace('\\', '/')));
        return $"{baseName}.{hash.ToString("x8", CultureInfo.InvariantCulture)}.g.cs";
    }

    private static List<(SubmissionModel Model, TextSpan PayloadSpan)> BuildSubmissions(FlowDocument document, string baseName, CancellationToken cancellationToken)
    {
        // One submission type per distinct key set of terminal-screen complete payloads.
        var groups = new List<(List<string> Screens, List<FieldModel> Fields, string Signature, TextSpan PayloadSpan)>();
        foreach (var screen in document.Screens)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var action in screen.Actions)
            {
                if (action.Name != "complete" || action.Owner.Type != "Footer" || screen.Id is null)
                {
                    continue;
                }

                var fields = BuildFields(document, screen, action.Payload);
                var signature = string.Join("\u0001", fields.Select(f => f.JsonName + ":" + f.Kind + ":" + string.Join(",", f.Options?.Options.Select(o => o.Id) ?? Enumerable.Empty<string>())));
                var existing = groups.FindIndex(g => g.Signature == signature);
                if (existing >= 0)
                {
                    if (!groups[existing].Screens.Contains(screen.Id))
                    {
                        groups[existing].Screens.Add(screen.Id);
                    }

                    // The same payload completed from several places: a field is required only if it is everywhere.
                    var merged = groups[existing].Fields;
                    for (var i = 0; i < merged.Count; i++)
                    {
                        if (merged[i].Required && !fields[i].Required)
                        {
                            merged[i] = merged[i] with { Required = false };
                        }
                    }
                }
                else
                {
                    groups.Add((new List<string> { screen.Id }, fields, signature, (action.Payload ?? action.Node).Span));
                }
            }
        }

        var typeNames = new HashSet<string>(System.StringComparer.Ordinal) { baseName + "Flow" };
        var result = new List<(SubmissionModel, TextSpan)>();
        foreach (var group in groups)
        {
            var typeName = groups.Count == 1
                ? baseName + "Submission"
                : baseName + Naming.ToPascalCase(string.Join("_", group.Screens), "Screen") + "Submission";
            result.Add((new SubmissionModel(
                Naming.MakeUnique(typeName, typeNames),
                group.Screens.ToImmutableEquatableArray(),
                group.Fields.ToImmutableEquatableArray()), group.PayloadSpan));
        }

        return result;
    }

    /// <summary>The typed keys of an action payload (completion payloads, and the data_exchange requests of endpoint flows).</summary>
    internal static List<FieldModel> BuildFields(FlowDocument document, FlowScreen screen, JsonObject? payload)
    {
        var fields = new List<FieldModel>();
        if (payload is null)
        {
            return fields;
        }

        var used = new HashSet<string>(ReservedMemberNames, System.StringComparer.Ordinal);
        var seenKeys = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var property in payload.Properties)
        {
            // flow_token is always surfaced as FlowToken; duplicate keys keep their first occurrence (FT1xxx reports the rest).
            if (property.Name == "flow_token" || !seenKeys.Add(property.Name))
            {
                continue;
            }

            var resolved = Resolve(document, screen, property.Value, new HashSet<string>(System.StringComparer.Ordinal));
            var propertyName = Naming.MakeUnique(Naming.ToPascalCase(property.Name, "Field"), used);
            OptionSetModel? options = null;
            if (resolved.Options is { } choices)
            {
                options = new OptionSetModel(Naming.MakeUnique(propertyName + "Option", used), resolved.Summary, choices);
            }

            fields.Add(new FieldModel(property.Name, propertyName, resolved.Kind, resolved.Required, resolved.Summary, options));
        }

        return fields;
    }

    private readonly record struct Resolved(FlowFieldKind Kind, bool Required, string Summary, ImmutableEquatableArray<OptionModel>? Options = null);

    /// <summary>Infers the type of a payload value expression by following it to the component or data that produces it.</summary>
    private static Resolved Resolve(FlowDocument document, FlowScreen screen, JsonNode value, HashSet<string> visited)
    {
        switch (value)
        {
            case JsonString text:
                // Only a value that is exactly one reference has the type of what it refers to; nested paths
                // (${data.a.b}) and anything computed are typed by what they are, as text or JSON.
                if (FlowExpression.WholeReference(text.Value) is { } reference)
                {
                    var segments = reference.Segments;
                    if (segments.Count == 2 && segments[0] == "form")
                    {
                        return FromComponent(document, screen, screen.FindInput(segments[1]));
                    }

                    if (segments.Count == 2 && segments[0] == "data")
                    {
                        return FromData(document, screen, segments[1], visited);
                    }

                    if (segments.Count == 4 && segments[0] == "screen" && segments[2] is "form" or "data")
                    {
                        var target = document.FindScreen(segments[1]);
                        if (target is null)
                        {
                            return new Resolved(FlowFieldKind.Json, false, "A reference to an unknown screen.");
                        }

                        var inner = segments[2] == "form" ? FromComponent(document, target, target.FindInput(segments[3])) : FromData(document, target, segments[3], visited);

                        // A global reference may point at a screen the user never visited.
                        return inner with { Required = false };
                    }
                }

                if (ExpressionResult(document, screen, text.Value) is { } computed)
                {
                    return computed;
                }

                return FlowExpression.IsDynamic(text.Value)
                    ? new Resolved(FlowFieldKind.String, false, "A computed text value.")
                    : new Resolved(FlowFieldKind.String, true, $"Always <c>{CSharpText.XmlDoc(text.Value)}</c> (a static value in the flow).");
            case JsonNumber:
                return new Resolved(FlowFieldKind.Number, true, "A static number in the flow.");
            case JsonLiteral { Kind: JsonKind.True or JsonKind.False }:
                return new Resolved(FlowFieldKind.Boolean, true, "A static boolean in the flow.");
            default:
                return new Resolved(FlowFieldKind.Json, false, "A static JSON value in the flow.");
        }
    }

    /// <summary>
    /// A nested expression (Flow JSON 6.0+) is typed by what it returns: a comparison or logical operation is a boolean,
    /// math a number, parts side by side a string. Null when the value is no expression or does not parse (FT1063).
    /// </summary>
    private static Resolved? ExpressionResult(FlowDocument document, FlowScreen screen, string value)
    {
        if (!FlowExpression.IsNestedExpression(value) || FlowRules.RulesVersion(document) is { } version && !version.AtLeast(6, 0))
        {
            return null;
        }

        if (FlowExpression.Parse(value, 1, value.Length - 1).Root is not { } root)
        {
            return null;
        }

        var summary = $"Computed by the expression <c>{CSharpText.XmlDoc(value)}</c>";
        return FlowExpressionTyping.TypeOf(root, reference => FlowValueTypes.Of(document, screen, reference)) switch
        {
            FlowValueType.Boolean => new Resolved(FlowFieldKind.Boolean, false, summary + " (true or false)."),
            FlowValueType.Number => new Resolved(FlowFieldKind.Number, false, summary + " (a number)."),
            _ => new Resolved(FlowFieldKind.String, false, summary + " (text)."),
        };
    }

    private static Resolved FromComponent(FlowDocument document, FlowScreen screen, FlowComponent? component)
    {
        if (component is null)
        {
            return new Resolved(FlowFieldKind.Json, false, $"A form value on screen <c>{CSharpText.XmlDoc(screen.Id ?? "?")}</c> that matches no input.");
        }

        var options = StaticOptions(component);
        var kind = component.Type switch
        {
            "TextInput" when component.Node.GetString("input-type") == "number" => FlowFieldKind.Number,
            "RadioButtonsGroup" or "Dropdown" => options is null ? FlowFieldKind.String : FlowFieldKind.Option,
            "CheckboxGroup" or "ChipsSelector" => options is null ? FlowFieldKind.StringList : FlowFieldKind.OptionList,
            "TextInput" or "TextArea" => FlowFieldKind.String,
            "DatePicker" => SendsTimestamps(document) ? FlowFieldKind.Timestamp : FlowFieldKind.Date,
            "CalendarPicker" => component.Node.GetString("mode") == "range" ? FlowFieldKind.DateRange : FlowFieldKind.Date,
            "PhotoPicker" or "DocumentPicker" => FlowFieldKind.Media,
            "OptIn" => FlowFieldKind.Boolean,
            _ => FlowFieldKind.Json,
        };

        var label = component.Label is { } l ? $"“{CSharpText.XmlDoc(l)}” " : string.Empty;
        var summary = $"The {label}{CSharpText.XmlDoc(component.Type ?? "component")} <c>{CSharpText.XmlDoc(component.Name ?? "?")}</c> on screen <c>{CSharpText.XmlDoc(screen.Id ?? "?")}</c>.";
        if (kind == FlowFieldKind.Timestamp)
        {
            summary += " Before Flow JSON 5.0 WhatsApp sends the picked date as a UTC timestamp; Meta: convert it to the business's time zone and use the date part (<c>TimeZoneInfo.ConvertTime(value, zone).Date</c>).";
        }

        // A range CalendarPicker declares required as {"start-date": bool, "end-date": bool}; the range exists when the start is required.
        var required = component.Required || (component.Node.Get("required") as JsonObject)?.GetBoolean("start-date") == true;
        return new Resolved(kind, required && !component.MayBeHidden, summary, kind is FlowFieldKind.Option or FlowFieldKind.OptionList ? options : null);
    }

    /// <summary>
    /// Before Flow JSON 5.0 a DatePicker sends a millisecond timestamp whose date depends on the business's time zone
    /// (Meta's Components reference, DatePicker, "Guidelines for Usage"); from 5.0 a "YYYY-MM-DD" date. A flow without a
    /// known version is read as 5.0+, whose reader accepts timestamps too.
    /// </summary>
    private static bool SendsTimestamps(FlowDocument document) => FlowRules.RulesVersion(document) is { } version && !version.AtLeast(5, 0);

    /// <summary>The options of a choice component when they are written in the flow (not bound to dynamic data).</summary>
    private static ImmutableEquatableArray<OptionModel>? StaticOptions(FlowComponent component)
    {
        if (component.Node.Get("data-source") is not JsonArray items || items.Items.Length == 0)
        {
            return null;
        }

        var used = new HashSet<string>(System.StringComparer.Ordinal) { "Id", "Title", "IsKnown", "Equals", "GetHashCode", "ToString", "GetType" };
        var options = new List<OptionModel>();
        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var item in items.Items)
        {
            if (item is not JsonObject option || option.Get("id") is not JsonString id || !ids.Add(id.Value))
            {
                return null;
            }

            var name = Naming.ToPascalCase(id.Value, "Option");
            if (name.StartsWith("_", System.StringComparison.Ordinal) || name.StartsWith("@", System.StringComparison.Ordinal))
            {
                name = "Option" + name.TrimStart('_', '@');
            }

            options.Add(new OptionModel(id.Value, Naming.MakeUnique(name, used), option.GetString("title") ?? id.Value));
        }

        return options.ToImmutableEquatableArray();
    }

    private static Resolved FromData(FlowDocument document, FlowScreen screen, string name, HashSet<string> visited)
    {
        var key = (screen.Id ?? string.Empty) + "\u0001" + name;
        var declared = screen.FindDataField(name);
        if (!visited.Add(key))
        {
            return FromDeclaredType(declared, screen, name);
        }

        // Follow every navigate action that feeds this screen and supplies this key.
        var sources = new List<Resolved>();
        foreach (var source in document.Screens)
        {
            foreach (var action in source.Actions)
            {
                if (action.Name == "navigate" && action.NextScreen?.Value == screen.Id && action.Payload?.Get(name) is { } relayed)
                {
                    sources.Add(Resolve(document, source, relayed, visited));
                }
            }
        }

        if (sources.Count == 0)
        {
            return FromDeclaredType(declared, screen, name);
        }

        var first = sources[0];
        var required = sources.All(s => s.Required) && !IsEntryScreenData(document, screen);
        if (sources.All(s => s.Kind == first.Kind && Equals(s.Options, first.Options)))
        {
            return first with { Required = required };
        }

        // Sources disagree: widen to the narrowest kind that holds every source, and say so.
        var note = $" Several screens feed this value and disagree on its type, so it is widened.";
        if (sources.All(s => s.Kind is FlowFieldKind.String or FlowFieldKind.Option))
        {
            return new Resolved(FlowFieldKind.String, required, first.Summary + note);
        }

        if (sources.All(s => s.Kind is FlowFieldKind.StringList or FlowFieldKind.OptionList))
        {
            return new Resolved(FlowFieldKind.StringList, required, first.Summary + note);
        }

        return new Resolved(FlowFieldKind.Json, false, $"Screen data <c>{CSharpText.XmlDoc(name)}</c> on screen <c>{CSharpText.XmlDoc(screen.Id ?? "?")}</c>; its sources disagree on the type, so the raw JSON value is kept.");
    }

    /// <summary>The first screen's data can also come from the message that opened the flow, which the flow file cannot see.</summary>
    private static bool IsEntryScreenData(FlowDocument document, FlowScreen screen) => document.Screens.Length > 0 && ReferenceEquals(document.Screens[0], screen);

    private static Resolved FromDeclaredType(FlowDataField? declared, FlowScreen screen, string name)
    {
        var summary = $"Screen data <c>{CSharpText.XmlDoc(name)}</c> of screen <c>{CSharpText.XmlDoc(screen.Id ?? "?")}</c>.";
        var kind = declared?.Type switch
        {
            "string" => FlowFieldKind.String,
            "number" or "integer" => FlowFieldKind.Number,
            "boolean" => FlowFieldKind.Boolean,
            "array" when declared.ItemType == "string" => FlowFieldKind.StringList,
            _ => FlowFieldKind.Json,
        };
        return new Resolved(kind, false, summary);
    }
}
