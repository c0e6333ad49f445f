using System;
using System.Collections.Generic;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows.Document;

namespace FlowTypes.Generators.Flows.Validation;

/// <summary>
/// Unknown property keys below the screen (FT1061, Meta's <c>INVALID_PROPERTY_KEY</c>): layout, components by Flow JSON
/// version, actions and their <c>next</c>, data-source and NavigationList items, ImageCarousel images and the schemas of
/// screen data fields. Each finding sits on the key and suggests the known key it is closest to.
/// </summary>
internal sealed partial class FlowValidator
{
    private void ValidateLayoutKeys(FlowScreen screen, JsonObject layout) =>
        CheckKeys(layout, PropertyKeys.Layout, "in the layout of screen '" + ScreenName(screen) + "'");

    private void ValidateComponentKeys(FlowScreen screen, FlowComponent component, string type)
    {
        if (!PropertyKeys.Components.TryGetValue(type, out var table))
        {
            return;
        }

        var where = "on " + type + (_version is null ? string.Empty : " in Flow JSON " + VersionText);
        foreach (var property in component.Node.Properties)
        {
            var name = property.Name;
            var entry = Array.FindIndex(table, k => k.Key == name);
            if (entry < 0)
            {
                ReportUnknownKey(property, where, table.Select(k => k.Key));
                continue;
            }

            var (_, major, minor) = table[entry];
            var gatedElsewhere = FlowRules.PropertySince.Any(p => p.Type == type && p.Property == name);
            if (!gatedElsewhere && Below(major, minor))
            {
                Report(DiagnosticDescriptors.UnknownPropertyKey, property.NameSpan, name, where, "it exists from Flow JSON " + major + "." + minor + "; raise 'version' or remove it");
            }
        }

        switch (type)
        {
            case "CheckboxGroup" or "RadioButtonsGroup" or "Dropdown" or "ChipsSelector" when component.Node.Get("data-source") is JsonArray items:
                var itemKeys = PropertyKeys.DataSourceItem.Select(k => k.Key).ToArray();
                foreach (var item in items.Items.OfType<JsonObject>())
                {
                    CheckKeys(item, itemKeys, "on a data-source item of " + type);
                }

                break;
            case "NavigationList" when component.Node.Get("list-items") is JsonArray listItems:
                foreach (var item in listItems.Items.OfType<JsonObject>())
                {
                    CheckKeys(item, PropertyKeys.NavigationItem, "on a NavigationList item");
                    CheckKeys(item.Get("main-content") as JsonObject, PropertyKeys.NavigationMainContent, "in the 'main-content' of a NavigationList item");
                    CheckKeys(item.Get("start") as JsonObject, PropertyKeys.NavigationStart, "in the 'start' of a NavigationList item");
                    CheckKeys(item.Get("end") as JsonObject, PropertyKeys.NavigationEnd, "in the 'end' of a NavigationList item");
                }

                break;
            case "ImageCarousel" when component.Node.Get("images") is JsonArray images:
                foreach (var image in images.Items.OfType<JsonObject>())
                {
                    CheckKeys(image, PropertyKeys.CarouselImage, "on an ImageCarousel image");
                }

                break;
        }
    }

    private void ValidateActionKeys(JsonObject action, string name, string holder)
    {
        CheckKeys(action, PropertyKeys.Action(name), "in a '" + name + "' action (" + holder + ")");
        if (name == "navigate")
        {
            CheckKeys(action.Get("next") as JsonObject, PropertyKeys.Next, "in the 'next' of a navigate action");
        }
    }

    /// <summary>The schema of a data field, its <c>items</c> and each of its <c>properties</c>, recursively.</summary>
    private void ValidateDataSchemaKeys(JsonObject schema, string field, int depth)
    {
        if (depth > JsonReader.MaxDepth)
        {
            return;
        }

        CheckKeys(schema, PropertyKeys.DataSchema, "in the schema of data field '" + field + "'");
        if (schema.Get("items") is JsonObject items)
        {
            ValidateDataSchemaKeys(items, field, depth + 1);
        }

        if (schema.Get("properties") is JsonObject properties)
        {
            foreach (var property in properties.Properties)
            {
                if (property.Value is JsonObject child)
                {
                    ValidateDataSchemaKeys(child, field + "." + property.Name, depth + 1);
                }
            }
        }
    }

    private void CheckKeys(JsonObject? node, string[] known, string where)
    {
        if (node is null)
        {
            return;
        }

        foreach (var property in node.Properties)
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                ReportUnknownKey(property, where, known);
            }
        }
    }

    private void ReportUnknownKey(JsonProperty property, string where, IEnumerable<string> known)
    {
        var list = known.ToList();
        var fix = PropertyKeys.Suggest(property.Name, list) is { } suggestion
            ? "did you mean '" + suggestion + "'?"
            : "remove it or fix its spelling (allowed: " + string.Join(", ", list) + ")";
        Report(DiagnosticDescriptors.UnknownPropertyKey, property.NameSpan, property.Name, where, fix);
    }

    /// <summary>" (did you mean 'x'?)" for FT1005 at the top level and on screens, or nothing.</summary>
    private static string DidYouMean(string key, string[] known) =>
        PropertyKeys.Suggest(key, known) is { } suggestion ? " (did you mean '" + suggestion + "'?)" : string.Empty;
}
