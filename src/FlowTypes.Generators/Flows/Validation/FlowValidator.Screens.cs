using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows.Document;

namespace FlowTypes.Generators.Flows.Validation;

internal sealed partial class FlowValidator
{
    // ---------------------------------------------------------------- screens [§3, §6]

    private void ValidateScreen(FlowScreen screen)
    {
        var node = screen.Node;
        var name = ScreenName(screen);
        foreach (var property in node.Properties)
        {
            if (Array.IndexOf(FlowRules.ScreenKeys, property.Name) < 0)
            {
                Report(DiagnosticDescriptors.UnknownProperty, property.NameSpan, property.Name, "on a screen" + DidYouMean(property.Name, FlowRules.ScreenKeys), string.Join(", ", FlowRules.ScreenKeys));
            }
        }

        if (node.Find("sensitive") is { } sensitive)
        {
            if (Below(5, 1))
            {
                Report(DiagnosticDescriptors.RequiresNewerVersion, sensitive.NameSpan, "The screen property 'sensitive'", "5.1", VersionText);
            }

            ValidateSensitive(screen, sensitive.Value);
        }

        if (node.Find("success") is { } success && !screen.Terminal)
        {
            Report(DiagnosticDescriptors.SuccessOnNonTerminalScreen, success.NameSpan, name);
        }

        if (node.Find("refresh_on_back") is { Value.Kind: JsonKind.True } refresh && _doc.Root.Find("data_api_version") is null)
        {
            Report(DiagnosticDescriptors.RefreshOnBackWithoutEndpoint, refresh.Value.Span, name);
        }

        if (screen.Terminal && !screen.Components.Any(c => c.Type == "Footer"))
        {
            Report(DiagnosticDescriptors.TerminalScreenWithoutFooter, screen.IdNode?.Span ?? Start(node), name);
        }

        ValidateDataModel(screen);
        ValidateLayout(screen);
        ValidateComponentCounts(screen);
        if ((screen.Node.Get("layout") as JsonObject)?.Get("children") is JsonArray children)
        {
            ValidateBranches(screen, children, 0);
        }

        ValidatePlacement(screen);
        ValidateInputs(screen);
        foreach (var component in screen.Components)
        {
            ValidateComponent(screen, component);
        }

        ValidateActions(screen);
        ValidateReferences(screen);
        ValidateExpressions(screen);
    }

    /// <summary>Every 'sensitive' entry names a component of the screen (Meta's Flow Builder: INVALID_SENSITIVE_FIELD) [§3 sensitive].</summary>
    private void ValidateSensitive(FlowScreen screen, JsonNode sensitive)
    {
        if (sensitive is not JsonArray entries)
        {
            return;
        }

        var names = screen.Components.Select(c => c.Name).Where(n => n is not null).Distinct().ToList();
        foreach (var entry in entries.Items.OfType<JsonString>())
        {
            if (!names.Contains(entry.Value))
            {
                Report(DiagnosticDescriptors.UnknownSensitiveField, entry.Span, entry.Value, ScreenName(screen),
                    names.Count == 0 ? "the screen has no named components; remove it" : PropertyKeys.Suggest(entry.Value, names!) is { } close ? "did you mean '" + close + "'?" : "use the name of one of its inputs: " + string.Join(", ", names));
            }
        }
    }

    private void ValidateDataModel(FlowScreen screen)
    {
        var dataProperty = screen.Node.Find("data");
        if (dataProperty is null)
        {
            return;
        }

        if (dataProperty.Value is not JsonObject)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, dataProperty.Value.Span, "The 'data' of screen '" + ScreenName(screen) + "'", "one entry per field (it must be an object)");
            return;
        }

        foreach (var field in screen.DataFields)
        {
            if (field.Schema is not { } schema)
            {
                Report(DiagnosticDescriptors.MissingRequiredProperty, field.Property.Value.Span, "Data field '" + field.Name + "'", "type (the field must be an object such as { \"type\": \"string\", \"__example__\": \"...\" })");
                continue;
            }

            if (schema.Get("type") is not JsonString)
            {
                Report(DiagnosticDescriptors.MissingRequiredProperty, field.NameSpan, "Data field '" + field.Name + "'", "type");
            }

            if (field.Type == "array" && schema.Find("items") is null)
            {
                Report(DiagnosticDescriptors.MissingRequiredProperty, field.NameSpan, "Array data field '" + field.Name + "'", "items (the item schema, for example { \"type\": \"string\" })");
            }

            ValidateDataSchemaKeys(schema, field.Name, 0);
            foreach (var nested in NestedExamples(schema, 0))
            {
                Report(DiagnosticDescriptors.UnknownProperty, nested.NameSpan, "__example__", "inside the schema of data field '" + field.Name + "' (only the field's top level may have one)", "type, items, properties, description and the other schema keywords");
            }

            if (schema.Find("__example__") is not { } example)
            {
                Report(DiagnosticDescriptors.MissingDataExample, field.NameSpan, field.Name, ScreenName(screen), field.Type ?? "see 'type'");
            }
            else if (field.Type is { } type && !ExampleMatches(type, example.Value))
            {
                Report(DiagnosticDescriptors.ExampleTypeMismatch, example.Value.Span, field.Name, ScreenName(screen), Article(example.Value), type);
            }
        }
    }

    /// <summary>'__example__' keys below the top level of a data field's schema (Meta allows it only at the top) [§3 data].</summary>
    private static IEnumerable<JsonProperty> NestedExamples(JsonObject schema, int depth)
    {
        if (depth > JsonReader.MaxDepth)
        {
            yield break;
        }

        foreach (var property in schema.Properties)
        {
            if (property.Name == "__example__")
            {
                if (depth > 0)
                {
                    yield return property;
                }

                continue;
            }

            var children = property.Value switch
            {
                JsonObject o => new[] { o },
                JsonArray a => a.Items.OfType<JsonObject>().ToArray(),
                _ => Array.Empty<JsonObject>(),
            };
            foreach (var child in children)
            {
                foreach (var nested in NestedExamples(child, depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>Whether an example value fits a declared data type; unknown types are not judged.</summary>
    private static bool ExampleMatches(string type, JsonNode example) => type switch
    {
        "string" => example is JsonString,
        "number" => example is JsonNumber,
        "integer" => example is JsonNumber { IsInteger: true },
        "boolean" => example.Kind is JsonKind.True or JsonKind.False,
        "object" => example is JsonObject,
        "array" => example is JsonArray,
        _ => true,
    };

    private static string Article(JsonNode node) => node.Kind switch
    {
        JsonKind.Object or JsonKind.Array => "an " + node.KindName,
        JsonKind.Null => "null",
        _ => "a " + node.KindName,
    };

    private void ValidateLayout(FlowScreen screen)
    {
        var layoutProperty = screen.Node.Find("layout");
        if (layoutProperty is null)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, screen.IdNode?.Span ?? Start(screen.Node), "Screen '" + ScreenName(screen) + "'", "layout");
            return;
        }

        if (layoutProperty.Value is not JsonObject layout)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, layoutProperty.Value.Span, "Screen '" + ScreenName(screen) + "'", "layout (an object with type and children)");
            return;
        }

        var type = layout.Find("type");
        if (type is null)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, layoutProperty.NameSpan, "The layout of screen '" + ScreenName(screen) + "'", "type");
        }
        else if (type.Value is not JsonString { Value: "SingleColumnLayout" })
        {
            Report(DiagnosticDescriptors.InvalidPropertyValue, type.Value.Span, ValueText(type.Value), "type", "the layout of screen '" + ScreenName(screen) + "'", "SingleColumnLayout");
        }

        ValidateLayoutKeys(screen, layout);
        if (layout.Get("children") is not JsonArray)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, layout.Find("children")?.Value.Span ?? layoutProperty.NameSpan, "The layout of screen '" + ScreenName(screen) + "'", "children (an array of components)");
        }
    }

    private static string ValueText(JsonNode node) => node is JsonString s ? s.Value : node is JsonNumber n ? n.Text : node.KindName;

    // ---------------------------------------------------------------- counts and caps [§6]

    private void ValidateComponentCounts(FlowScreen screen)
    {
        var name = ScreenName(screen);
        var layoutChildren = (screen.Node.Get("layout") as JsonObject)?.Find("children");
        if (screen.Components.Length > FlowRules.MaxComponentsPerScreen && layoutChildren is not null)
        {
            Report(DiagnosticDescriptors.TooManyComponents, layoutChildren.NameSpan, name, screen.Components.Length);
        }

        if (layoutChildren?.Value is not JsonArray children)
        {
            return;
        }

        foreach (var (type, max, major, minor) in FlowRules.PerScreenCaps)
        {
            if (Below(major, minor))
            {
                continue;
            }

            var count = MaxOnAnyPath(children, type, 0);
            if (count > max && screen.Components.LastOrDefault(c => c.Type == type) is { } last)
            {
                Report(DiagnosticDescriptors.TooManyOfComponent, TypeSpan(last), name, count, type, max);
            }
        }

        var photo = screen.Components.FirstOrDefault(c => c.Type == "PhotoPicker");
        var document = screen.Components.FirstOrDefault(c => c.Type == "DocumentPicker");
        if (photo is not null && document is not null)
        {
            var later = photo.Node.Span.Start > document.Node.Span.Start ? photo : document;
            Report(DiagnosticDescriptors.BothMediaPickers, TypeSpan(later), name);
        }

    }

    /// <summary>RichText and NavigationList do not share their screen; NavigationList is not used on terminal screens [§6, §7].</summary>
    private void ValidatePlacement(FlowScreen screen)
    {
        var name = ScreenName(screen);
        var richText = screen.Components.FirstOrDefault(c => c.Type == "RichText");
        if (richText is not null)
        {
            var withFooter = AtLeast(6, 3);
            if (screen.Components.Any(c => c.Type != "RichText" && !(withFooter && c.Type == "Footer")))
            {
                Report(
                    DiagnosticDescriptors.InvalidComponentPlacement,
                    TypeSpan(richText),
                    "RichText",
                    name,
                    withFooter
                        ? "can only share its screen with a Footer; move the other components to another screen"
                        : "must be the only component on its screen before Flow JSON 6.3; move the other components to another screen (6.3 also allows a Footer)");
            }
        }

        foreach (var footer in screen.Components.Where(c => c.Type == "Footer" && c.IfDepth > 1))
        {
            Report(DiagnosticDescriptors.InvalidComponentPlacement, TypeSpan(footer), "Footer", name, "is inside a nested If, but a Footer can only be placed in a first-level If; move it to the outer If's branches");
        }

        foreach (var component in screen.Components)
        {
            if (component.Parent?.Type is not ("If" or "Switch") || component.Type is not { } type || Array.IndexOf(FlowRules.ComponentTypes, type) < 0)
            {
                continue;
            }

            var allowed = component.Parent.Type == "If" ? FlowRules.IfChildren : FlowRules.SwitchChildren;
            if (!allowed.Contains(type))
            {
                Report(DiagnosticDescriptors.InvalidComponentPlacement, TypeSpan(component), Named(component), name,
                    "cannot be placed inside " + (component.Parent.Type == "If" ? "an If" : "a Switch") + "; move it out of the branch (allowed there: " + string.Join(", ", FlowRules.ComponentTypes.Where(allowed.Contains)) + ")");
            }
        }

        var navigationList = screen.Components.FirstOrDefault(c => c.Type == "NavigationList");
        if (navigationList is not null)
        {
            if (screen.Components.Any(c => c.Type is not ("NavigationList" or "Form")))
            {
                Report(DiagnosticDescriptors.InvalidComponentPlacement, TypeSpan(navigationList), "NavigationList", name, "cannot be combined with other components; move them to another screen");
            }

            if (screen.Terminal)
            {
                Report(DiagnosticDescriptors.InvalidComponentPlacement, TypeSpan(navigationList), "NavigationList", name, "cannot be used on a terminal screen; navigate from it to a terminal screen instead");
            }
        }
    }

    private static Microsoft.CodeAnalysis.Text.TextSpan TypeSpan(FlowComponent component) =>
        component.Node.Get("type")?.Span ?? Start(component.Node);

    /// <summary>The largest number of <paramref name="type"/> components shown at once (If/Switch branches are alternatives).</summary>
    private static int MaxOnAnyPath(JsonArray children, string type, int depth)
    {
        if (depth > JsonReader.MaxDepth)
        {
            return 0;
        }

        var total = 0;
        foreach (var item in children.Items)
        {
            if (item is not JsonObject node)
            {
                continue;
            }

            var itemType = node.GetString("type");
            if (itemType == type)
            {
                total++;
            }

            switch (itemType)
            {
                case "Form" when node.Get("children") is JsonArray formChildren:
                    total += MaxOnAnyPath(formChildren, type, depth + 1);
                    break;
                case "If":
                    total += Math.Max(
                        node.Get("then") is JsonArray then ? MaxOnAnyPath(then, type, depth + 1) : 0,
                        node.Get("else") is JsonArray otherwise ? MaxOnAnyPath(otherwise, type, depth + 1) : 0);
                    break;
                case "Switch" when node.Get("cases") is JsonObject cases:
                    var best = 0;
                    foreach (var branch in cases.Properties)
                    {
                        if (branch.Value is JsonArray caseChildren)
                        {
                            best = Math.Max(best, MaxOnAnyPath(caseChildren, type, depth + 1));
                        }
                    }

                    total += best;
                    break;
            }
        }

        return total;
    }

    /// <summary>If/Switch structure: empty branches, Footer in every branch or none, nesting depth, conditions [§8].</summary>
    private void ValidateBranches(FlowScreen screen, JsonArray children, int depth)
    {
        if (depth > JsonReader.MaxDepth)
        {
            return;
        }

        foreach (var item in children.Items)
        {
            if (item is not JsonObject node)
            {
                continue;
            }

            switch (node.GetString("type"))
            {
                case "Form" when node.Get("children") is JsonArray formChildren:
                    ValidateBranches(screen, formChildren, depth + 1);
                    break;
                case "If":
                    ValidateIf(screen, node, depth);
                    break;
                case "Switch":
                    ValidateSwitch(screen, node, depth);
                    break;
            }
        }
    }

    private void ValidateIf(FlowScreen screen, JsonObject node, int depth)
    {
        var then = node.Find("then");
        var otherwise = node.Find("else");
        if (then?.Value is JsonArray { Items.Length: 0 } emptyThen)
        {
            Report(DiagnosticDescriptors.EmptyBranch, emptyThen.Span, "The 'then' branch of an If on screen '" + ScreenName(screen) + "'");
        }

        if (otherwise?.Value is JsonArray { Items.Length: 0 } emptyElse)
        {
            Report(DiagnosticDescriptors.EmptyBranch, emptyElse.Span, "The 'else' branch of an If on screen '" + ScreenName(screen) + "'");
        }

        var thenHasFooter = then?.Value is JsonArray thenItems && HasDirectFooter(thenItems);
        var elseHasFooter = otherwise?.Value is JsonArray elseItems && HasDirectFooter(elseItems);
        if (thenHasFooter != elseHasFooter)
        {
            var what = "The If on screen '" + ScreenName(screen) + "'";
            if (!thenHasFooter)
            {
                Report(DiagnosticDescriptors.FooterMissingInBranch, then?.NameSpan ?? TypeSpanOf(node), what, "its 'then' branch");
            }
            else
            {
                Report(DiagnosticDescriptors.FooterMissingInBranch, otherwise?.NameSpan ?? TypeSpanOf(node), what, otherwise is null ? "an 'else' branch (add one)" : "its 'else' branch");
            }
        }

        if (node.Get("condition") is JsonString condition && !IsDynamic(condition.Value) && condition.Value.Trim().Length > 0)
        {
            Report(DiagnosticDescriptors.ConditionWithoutDynamicValue, condition.Span, condition.Value);
        }

        if (then?.Value is JsonArray thenChildren)
        {
            ValidateBranches(screen, thenChildren, depth + 1);
        }

        if (otherwise?.Value is JsonArray elseChildren)
        {
            ValidateBranches(screen, elseChildren, depth + 1);
        }
    }

    private void ValidateSwitch(FlowScreen screen, JsonObject node, int depth)
    {
        var casesProperty = node.Find("cases");
        if (casesProperty?.Value is not JsonObject cases)
        {
            return;
        }

        if (cases.Properties.Length == 0)
        {
            Report(DiagnosticDescriptors.EmptyBranch, cases.Span, "The 'cases' of a Switch on screen '" + ScreenName(screen) + "'");
            return;
        }

        var withFooter = cases.Properties.Where(p => p.Value is JsonArray a && HasDirectFooter(a)).ToList();
        if (withFooter.Count > 0)
        {
            foreach (var branch in cases.Properties)
            {
                if (!withFooter.Contains(branch))
                {
                    Report(DiagnosticDescriptors.FooterMissingInBranch, branch.NameSpan, "The Switch on screen '" + ScreenName(screen) + "'", "case '" + branch.Name + "'");
                }
            }
        }

        foreach (var branch in cases.Properties)
        {
            if (branch.Value is JsonArray caseChildren)
            {
                ValidateBranches(screen, caseChildren, depth + 1);
            }
        }
    }

    private static Microsoft.CodeAnalysis.Text.TextSpan TypeSpanOf(JsonObject node) => node.Get("type")?.Span ?? Start(node);

    private static bool HasDirectFooter(JsonArray items) => items.Items.Any(i => i is JsonObject o && o.GetString("type") == "Footer");

    // ---------------------------------------------------------------- inputs [§6]

    private void ValidateInputs(FlowScreen screen)
    {
        var hasForm = screen.Components.Any(c => c.Type == "Form");
        var names = new Dictionary<string, FlowComponent>(StringComparer.Ordinal);
        foreach (var component in screen.Components)
        {
            if (component.Type is not { } type || !FlowRules.InputTypes.Contains(type))
            {
                continue;
            }

            if (!component.InsideForm)
            {
                if (Below(4, 0) && FlowRules.LegacyFormInputTypes.Contains(type))
                {
                    Report(DiagnosticDescriptors.InputOutsideForm, TypeSpan(component), type, component.Name ?? "?", "(before Flow JSON 4.0 every input must be inside a Form; wrap the inputs in { \"type\": \"Form\", \"name\": \"form\", \"children\": [...] } or raise 'version')");
                }
                else if (hasForm && AtLeast(4, 0))
                {
                    Report(DiagnosticDescriptors.InputOutsideForm, TypeSpan(component), type, component.Name ?? "?", "because screen '" + ScreenName(screen) + "' has a Form (either every input is in the Form or the screen has no Form); move it into the Form");
                }
            }

            if (component.Node.Get("name") is JsonString nameNode)
            {
                if (names.ContainsKey(nameNode.Value))
                {
                    Report(DiagnosticDescriptors.DuplicateInputName, nameNode.Span, nameNode.Value, ScreenName(screen));
                }
                else
                {
                    names[nameNode.Value] = component;
                }
            }
        }
    }
}
