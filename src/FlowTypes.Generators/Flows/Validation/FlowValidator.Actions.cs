using System;
using System.Collections.Generic;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows.Document;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows.Validation;

internal sealed partial class FlowValidator
{
    private static readonly string[] ActionNames = { "navigate", "complete", "data_exchange", "update_data", "open_url" };

    /// <summary>Navigate edges found in the layouts: (from screen, target id, span of the target).</summary>
    private readonly List<(FlowScreen From, string To, TextSpan Span)> _navigateEdges = new();

    private readonly struct ActionSite
    {
        public ActionSite(JsonObject node, string property, FlowComponent owner, bool itemLevel)
        {
            Node = node;
            Property = property;
            Owner = owner;
            ItemLevel = itemLevel;
        }

        public JsonObject Node { get; }

        public string Property { get; }

        public FlowComponent Owner { get; }

        public bool ItemLevel { get; }
    }

    /// <summary>Component-level actions plus those on NavigationList items and data-source items.</summary>
    private static List<ActionSite> CollectActions(FlowScreen screen)
    {
        var sites = new List<ActionSite>();
        foreach (var action in screen.Actions)
        {
            sites.Add(new ActionSite(action.Node, action.PropertyName, action.Owner, itemLevel: false));
        }

        foreach (var component in screen.Components)
        {
            foreach (var listName in new[] { "list-items", "data-source" })
            {
                if (component.Node.Get(listName) is not JsonArray items)
                {
                    continue;
                }

                foreach (var item in items.Items)
                {
                    if (item is not JsonObject entry)
                    {
                        continue;
                    }

                    foreach (var property in entry.Properties)
                    {
                        if (property.Value is JsonObject action && property.Name.EndsWith("-action", StringComparison.Ordinal))
                        {
                            sites.Add(new ActionSite(action, property.Name, component, itemLevel: true));
                        }
                    }
                }
            }
        }

        return sites;
    }

    // ---------------------------------------------------------------- actions [§9]

    private void ValidateActions(FlowScreen screen)
    {
        foreach (var site in CollectActions(screen))
        {
            ValidateAction(screen, site);
        }
    }

    private void ValidateAction(FlowScreen screen, ActionSite site)
    {
        var description = Describe(site.Owner, screen);
        var holder = (site.ItemLevel ? "item " : string.Empty) + site.Property;
        var nameProperty = site.Node.Find("name");
        if (nameProperty?.Value is not JsonString nameNode)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, nameProperty?.Value.Span ?? Start(site.Node), "The " + holder + " of " + description, "name");
            return;
        }

        var name = nameNode.Value;
        if (Array.IndexOf(ActionNames, name) < 0)
        {
            Report(DiagnosticDescriptors.InvalidPropertyValue, nameNode.Span, name, "name", "an action", string.Join(", ", ActionNames));
            return;
        }

        ValidateActionKeys(site.Node, name, holder + " of " + description);
        var allowed = FlowRules.AllowedActions(site.Owner.Type, site.Property, site.ItemLevel);
        var match = allowed.FirstOrDefault(a => a.Name == name);
        if (match.Name is null)
        {
            if (name == "complete")
            {
                Report(DiagnosticDescriptors.CompleteOutsideFooter, nameNode.Span, description, holder);
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidPropertyValue, nameNode.Span, name, "name", "the " + holder + " of " + (site.Owner.Type ?? "a component"), string.Join(", ", allowed.Select(a => a.Name)));
            }
        }
        else if (Below(match.Major, match.Minor))
        {
            Report(DiagnosticDescriptors.RequiresNewerVersion, nameNode.Span, "The '" + name + "' action", match.Major + "." + match.Minor, VersionText);
        }

        switch (name)
        {
            case "complete" when !screen.Terminal:
                Report(DiagnosticDescriptors.CompleteOnNonTerminalScreen, nameNode.Span, ScreenName(screen));
                break;
            case "data_exchange" when _doc.Root.Find("data_api_version") is null:
                Report(DiagnosticDescriptors.DataApiVersionRequired, nameNode.Span);
                break;
            case "navigate":
                ValidateNavigate(screen, site, nameNode);
                break;
            case "update_data" when site.Node.Get("payload") is JsonObject updates:
                foreach (var key in updates.Properties)
                {
                    if (screen.FindDataField(key.Name) is null)
                    {
                        Report(DiagnosticDescriptors.UpdateDataUnknownField, key.NameSpan, key.Name, ScreenName(screen));
                    }
                }

                break;
        }

        if (site.Node.Get("payload") is JsonObject payload)
        {
            ValidateMediaInPayload(screen, payload, name);
        }
    }

    private void ValidateNavigate(FlowScreen screen, ActionSite site, JsonString nameNode)
    {
        var nextProperty = site.Node.Find("next");
        if (nextProperty?.Value is not JsonObject next)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, nextProperty?.Value.Span ?? nameNode.Span, "The navigate action", "next ({ \"type\": \"screen\", \"name\": \"SCREEN_ID\" })");
            return;
        }

        if (next.Get("type") is JsonString { Value: not "screen" })
        {
            return; // e.g. a plugin target: its name is not a screen id.
        }

        if (next.Get("name") is not JsonString target)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, next.Find("name")?.Value.Span ?? nextProperty.NameSpan, "The 'next' of a navigate action", "name (the id of the next screen)");
            return;
        }

        var targetScreen = _doc.FindScreen(target.Value);
        if (targetScreen is null)
        {
            var ids = string.Join(", ", _doc.Screens.Where(s => s.Id is not null && s != screen).Select(s => s.Id));
            Report(DiagnosticDescriptors.NavigateToUnknownScreen, target.Span, target.Value, ids.Length == 0 ? "(no other screen; add one)" : ids);
            return;
        }

        if (targetScreen == screen)
        {
            Report(DiagnosticDescriptors.NavigateToSameScreen, target.Span, target.Value);
            return;
        }

        _navigateEdges.Add((screen, target.Value, target.Span));

        // Endpoint-less flows: the payload is the next screen's data, key for key [§9 navigate].
        if (_doc.Root.Find("data_api_version") is not null)
        {
            return;
        }

        var payloadProperty = site.Node.Find("payload");
        var payload = payloadProperty?.Value as JsonObject;
        var missingSpan = payloadProperty?.NameSpan ?? nameNode.Span;
        foreach (var field in targetScreen.DataFields)
        {
            if (payload?.Find(field.Name) is null)
            {
                Report(DiagnosticDescriptors.NavigatePayloadMissingField, missingSpan, target.Value, field.Name);
            }
        }

        if (payload is not null)
        {
            foreach (var key in payload.Properties)
            {
                if (targetScreen.FindDataField(key.Name) is not { } field)
                {
                    Report(DiagnosticDescriptors.NavigatePayloadExtraField, key.NameSpan, target.Value, key.Name);
                }
                else if (field.Type is { } declared && PayloadValueType(screen, key.Value) is { } actual && !TypeFits(declared, actual))
                {
                    Report(DiagnosticDescriptors.NavigatePayloadTypeMismatch, key.Value.Span, key.Name, Article(actual), target.Value, declared);
                }
            }
        }
    }

    /// <summary>
    /// The data type of a navigate payload value when it is certain: a static literal, exactly one <c>${data.x}</c> of the
    /// current screen, or exactly one <c>${form.x}</c> of an input whose value type Meta documents (rule table §10).
    /// </summary>
    private static string? PayloadValueType(FlowScreen screen, JsonNode value)
    {
        switch (value)
        {
            case JsonString s:
                if (!IsDynamic(s.Value))
                {
                    return "string";
                }

                var references = FindReferences(s.Value);
                if (references.Count != 1 || references[0].Text != s.Value.Trim() || references[0].Segments.Count != 2)
                {
                    return null;
                }

                var name = references[0].Segments[1];
                return references[0].Segments[0] switch
                {
                    "data" => screen.FindDataField(name)?.Type,
                    "form" => screen.Components.FirstOrDefault(c => c.Name == name && c.Type != "Form") is { } input ? FormValueType(input) : null,
                    _ => null,
                };
            case JsonNumber:
                return "number";
            case JsonObject:
                return "object";
            case JsonArray:
                return "array";
            default:
                return value.Kind is JsonKind.True or JsonKind.False ? "boolean" : null;
        }
    }

    /// <summary>
    /// What <c>${form.x}</c> of <paramref name="input"/> is [§10]: null where it is not certain (a TextInput with
    /// input-type number, which the Flow Builder types as a number and relays as a string; a dynamic input-type or mode;
    /// media pickers, which FT1018 reports).
    /// </summary>
    private static string? FormValueType(FlowComponent input) => input.Type switch
    {
        "TextInput" => input.Node.Get("input-type") switch
        {
            null => "string",
            JsonString { Value: var inputType } when !IsDynamic(inputType) && inputType != "number" => "string",
            _ => null,
        },
        "TextArea" or "RadioButtonsGroup" or "Dropdown" or "DatePicker" => "string",
        "CalendarPicker" => input.Node.Get("mode") switch
        {
            null or JsonString { Value: "single" } => "string",
            JsonString { Value: "range" } => "object",
            _ => null,
        },
        "CheckboxGroup" or "ChipsSelector" => "array",
        "OptIn" => "boolean",
        _ => null,
    };

    private static bool TypeFits(string declared, string actual) =>
        declared == actual
        || (declared == "number" && actual == "integer")
        || (declared == "integer" && actual == "number")
        || Array.IndexOf(new[] { "string", "number", "integer", "boolean", "object", "array" }, declared) < 0
        || Array.IndexOf(new[] { "string", "number", "integer", "boolean", "object", "array" }, actual) < 0;

    private static string Article(string type) => type is "object" or "array" or "integer" ? "an " + type : "a " + type;

    private static IEnumerable<JsonString> AllStrings(JsonNode node, int depth)
    {
        if (depth > JsonReader.MaxDepth)
        {
            yield break;
        }

        switch (node)
        {
            case JsonString s:
                yield return s;
                break;
            case JsonObject o:
                foreach (var property in o.Properties)
                {
                    foreach (var s in AllStrings(property.Value, depth + 1))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a.Items)
                {
                    foreach (var s in AllStrings(item, depth + 1))
                    {
                        yield return s;
                    }
                }

                break;
        }
    }
}
