using System;
using System.Globalization;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows.Document;

namespace FlowTypes.Generators.Flows.Validation;

internal sealed partial class FlowValidator
{
    // ---------------------------------------------------------------- components [§7, §8]

    private void ValidateComponent(FlowScreen screen, FlowComponent component)
    {
        var node = component.Node;
        var typeProperty = node.Find("type");
        if (typeProperty is null)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, Start(node), "A component on screen '" + ScreenName(screen) + "'", "type");
            return;
        }

        if (component.Type is not { } type)
        {
            Report(DiagnosticDescriptors.UnknownComponentType, typeProperty.Value.Span, ValueText(typeProperty.Value), string.Join(", ", FlowRules.ComponentTypes));
            return;
        }

        if (Array.IndexOf(FlowRules.ComponentTypes, type) < 0)
        {
            Report(DiagnosticDescriptors.UnknownComponentType, typeProperty.Value.Span, type, string.Join(", ", FlowRules.ComponentTypes));
            return;
        }

        var typeSpan = typeProperty.Value.Span;
        var description = Describe(component, screen);
        if (FlowRules.ComponentSince.TryGetValue(type, out var since) && Below(since.Major, since.Minor))
        {
            Report(DiagnosticDescriptors.RequiresNewerVersion, typeSpan, "The " + type + " component", since.Major + "." + since.Minor, VersionText);
        }

        if (type == "ChipsSelector" && component.Conditional && Below(7, 1))
        {
            Report(DiagnosticDescriptors.RequiresNewerVersion, typeSpan, "A ChipsSelector inside If or Switch", "7.1", VersionText);
        }

        if (type == "If" && component.IfDepth >= FlowRules.MaxIfNesting)
        {
            Report(DiagnosticDescriptors.IfNestingTooDeep, typeSpan, component.IfDepth + 1);
        }

        ValidateComponentKeys(screen, component, type);
        foreach (var (propertyType, property, major, minor) in FlowRules.PropertySince)
        {
            if (propertyType == type && node.Find(property) is { } found && Below(major, minor))
            {
                Report(DiagnosticDescriptors.RequiresNewerVersion, found.NameSpan, "The property '" + property + "' of " + type, major + "." + minor, VersionText);
            }
        }

        if (FlowRules.RequiredProperties.TryGetValue(type, out var required))
        {
            foreach (var (property, major, minor) in required)
            {
                if (node.Find(property) is null && AtLeast(major, minor))
                {
                    Report(DiagnosticDescriptors.MissingRequiredProperty, typeSpan, description, property);
                }
            }
        }

        foreach (var (enumType, property, values) in FlowRules.EnumProperties)
        {
            if (enumType == type && node.Get(property) is JsonString value && !IsDynamic(value.Value) && Array.IndexOf(values, value.Value) < 0)
            {
                Report(DiagnosticDescriptors.InvalidPropertyValue, value.Span, value.Value, property, type, string.Join(", ", values));
            }
        }

        ValidateBoundTypes(screen, component, description);
        ValidateFooterCaptions(screen, component);
        ValidateInitValues(screen, component);
        ValidateItemCounts(component, description);
        ValidateDates(component, description);
        ValidateBlankStrings(component, description);
        ValidateMinMax(component, description);
        ValidateCharacterLimits(component, description);
        ValidateDataSource(component, description);
        ValidateConfiguration(screen, component, description);
    }

    /// <summary>A property bound to exactly one <c>${data.x}</c> must get a field of a type it accepts [§3 Dynamic refs].</summary>
    private void ValidateBoundTypes(FlowScreen screen, FlowComponent component, string description)
    {
        foreach (var property in component.Node.Properties)
        {
            if (property.Value is not JsonString value || FlowRules.ExpectedDataTypes(component.Type!, property.Name) is not { } expected)
            {
                continue;
            }

            var references = FindReferences(value.Value);
            if (references.Count != 1 || references[0].Segments.Count != 2 || references[0].Segments[0] != "data" || references[0].Text != value.Value.Trim())
            {
                continue;
            }

            if (screen.FindDataField(references[0].Segments[1])?.Type is { } declared && Array.IndexOf(expected, declared) < 0
                && Array.IndexOf(new[] { "string", "number", "integer", "boolean", "object", "array" }, declared) >= 0)
            {
                Report(DiagnosticDescriptors.DataTypeMismatch, ReferenceSpan(value, references[0]), references[0].Text, declared, ScreenName(screen), property.Name, description, string.Join(" or ", expected.Where(e => e != "integer")));
            }
        }
    }

    /// <summary>
    /// DatePicker/CalendarPicker dates must be "YYYY-MM-DD" from 5.0 [§1 5.0, §7]. The pre-5.0 timestamp format is not
    /// enforced: no source says Meta rejects other strings there.
    /// </summary>
    private void ValidateDates(FlowComponent component, string description)
    {
        if (component.Type is not ("DatePicker" or "CalendarPicker") || _version is not { } version)
        {
            return;
        }

        if (!version.AtLeast(5, 0))
        {
            return;
        }

        foreach (var name in new[] { "min-date", "max-date", "unavailable-dates" })
        {
            var values = component.Node.Get(name) switch
            {
                JsonString s => new[] { s },
                JsonArray a => a.Items.OfType<JsonString>().ToArray(),
                _ => Array.Empty<JsonString>(),
            };
            foreach (var value in values)
            {
                if (IsDynamic(value.Value))
                {
                    continue;
                }

                if (!IsIsoDate(value.Value))
                {
                    Report(DiagnosticDescriptors.InvalidDateFormat, value.Span, value.Value, name, description, "a \"YYYY-MM-DD\" date", ToIsoDate(value.Value) is { } converted ? "\"" + converted + "\"" : "\"2025-01-31\"");
                }
            }
        }
    }

    private static bool IsTimestamp(string value) => value.Length > 0 && value.Length <= 15 && value.All(c => c >= '0' && c <= '9');

    /// <summary>A millisecond timestamp as its UTC date, for the fix suggestion.</summary>
    private static string? ToIsoDate(string value) =>
        IsTimestamp(value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms <= 253402300799999
            ? new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(ms).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// Form init-values: no media pickers, and (from 7.0, when the value is static) String for single-value inputs and
    /// Array&lt;String&gt; for CheckboxGroup/ChipsSelector; component-level init-value/error-message only outside a Form [§6].
    /// </summary>
    private void ValidateInitValues(FlowScreen screen, FlowComponent component)
    {
        var name = ScreenName(screen);
        if (component.InsideForm && FlowRules.InputTypes.Contains(component.Type!))
        {
            foreach (var property in new[] { "init-value", "error-message" })
            {
                if (component.Node.Find(property) is { } found)
                {
                    Report(DiagnosticDescriptors.InvalidInitValue, found.NameSpan, "'" + property + "' of " + component.Type + " '" + (component.Name ?? "?") + "'", name,
                        "this property exists only on inputs outside a Form; inside a Form use the Form's '" + (property == "init-value" ? "init-values" : "error-messages") + "' map");
                }
            }
        }

        if (component.Type != "Form")
        {
            return;
        }

        ValidateFormErrorMessages(screen, component);
        if (component.Node.Get("init-values") is not JsonObject initValues)
        {
            return;
        }

        var formName = component.Name ?? "?";
        foreach (var entry in initValues.Properties)
        {
            var input = screen.Components.FirstOrDefault(c => c.Name == entry.Name && c.Type != "Form" && c.InsideForm);
            if (input?.Type is "PhotoPicker" or "DocumentPicker")
            {
                Report(DiagnosticDescriptors.InvalidInitValue, entry.NameSpan, "init-values entry '" + entry.Name + "' of Form '" + formName + "'", name, "a " + input.Type + " cannot be initialised; remove the entry");
                continue;
            }

            if (input is null || !AtLeast(7, 0) || _version is null || entry.Value is JsonString { Value: var text } && IsDynamic(text))
            {
                continue;
            }

            var wantsArray = input.Type is "CheckboxGroup" or "ChipsSelector";
            var wantsString = input.Type is "TextInput" or "TextArea" or "Dropdown" or "RadioButtonsGroup" or "DatePicker";
            var isStringArray = entry.Value is JsonArray array && array.Items.All(i => i is JsonString);
            if ((wantsArray && !isStringArray) || (wantsString && entry.Value is not JsonString))
            {
                Report(DiagnosticDescriptors.InvalidInitValue, entry.Value.Span, "init-values entry '" + entry.Name + "' of Form '" + formName + "'", name,
                    input.Type + " '" + entry.Name + "' needs " + (wantsArray ? "an array of strings" : "a string") + " from Flow JSON 7.0, not " + Article(entry.Value));
            }
        }
    }

    /// <summary>
    /// Form <c>error-messages</c> map an input's name to a string (Flow JSON reference, Form), type-checked from 7.0
    /// (changelog 7.0) [§6 Form props]. A CalendarPicker's entry is left alone: its range shape is the Builder's rule.
    /// </summary>
    private void ValidateFormErrorMessages(FlowScreen screen, FlowComponent form)
    {
        if (form.Node.Get("error-messages") is not JsonObject messages || !AtLeast(7, 0) || _version is null)
        {
            return;
        }

        foreach (var entry in messages.Properties)
        {
            var input = screen.Components.FirstOrDefault(c => c.Name == entry.Name && c.Type != "Form" && c.InsideForm);
            if (input is null || input.Type == "CalendarPicker" || entry.Value is JsonString)
            {
                continue;
            }

            Report(DiagnosticDescriptors.InvalidInitValue, entry.Value.Span, "error-messages entry '" + entry.Name + "' of Form '" + (form.Name ?? "?") + "'", ScreenName(screen),
                "the message for " + input.Type + " '" + entry.Name + "' must be a string from Flow JSON 7.0, not " + Article(entry.Value));
        }
    }

    /// <summary>Footer captions: left and right come together; center excludes both [§7 Footer].</summary>
    private void ValidateFooterCaptions(FlowScreen screen, FlowComponent component)
    {
        if (component.Type != "Footer")
        {
            return;
        }

        var node = component.Node;
        var left = node.Find("left-caption");
        var right = node.Find("right-caption");
        var center = node.Find("center-caption");
        if (center is not null && (left ?? right) is { } side)
        {
            Report(DiagnosticDescriptors.InvalidFooterCaptions, side.NameSpan, ScreenName(screen), side.Name, "together with 'center-caption'");
        }
        else if (left is not null && right is null)
        {
            Report(DiagnosticDescriptors.InvalidFooterCaptions, left.NameSpan, ScreenName(screen), "left-caption", "without 'right-caption'");
        }
        else if (right is not null && left is null)
        {
            Report(DiagnosticDescriptors.InvalidFooterCaptions, right.NameSpan, ScreenName(screen), "right-caption", "without 'left-caption'");
        }
    }

    /// <summary>Static option/item arrays must have an allowed number of entries [§7].</summary>
    private void ValidateItemCounts(FlowComponent component, string description)
    {
        var (property, min, max) = component.Type switch
        {
            "CheckboxGroup" or "RadioButtonsGroup" => ("data-source", 1, 20),
            "Dropdown" => ("data-source", 1, 200),
            "ChipsSelector" => ("data-source", 2, 20),
            "NavigationList" => ("list-items", 1, 20),
            "ImageCarousel" => ("images", 1, 3),
            _ => (string.Empty, 0, 0),
        };
        if (property.Length == 0 || component.Node.Get(property) is not JsonArray items)
        {
            return;
        }

        if (component.Type == "Dropdown" && items.Items.Any(i => i is JsonObject o && o.Find("image") is not null))
        {
            max = 100; // Dropdown: at most 100 options when any option has an image [§7].
        }

        var count = items.Items.Length;
        if (count < min)
        {
            Report(DiagnosticDescriptors.InvalidItemCount, items.Span, property, description, count, min, max, "add items");
        }
        else if (count > max)
        {
            Report(DiagnosticDescriptors.InvalidItemCount, items.Span, property, description, count, min, max, "remove items or split them over several components or screens");
        }
    }

    private void ValidateBlankStrings(FlowComponent component, string description)
    {
        var type = component.Type!;
        foreach (var property in component.Node.Properties)
        {
            if (property.Value is not JsonString value || value.Value.Trim().Length > 0 || property.Name == "type")
            {
                continue;
            }

            // Text components reject blank text in every version; other string properties from 6.0 [§6 Empty strings].
            if (FlowRules.TextComponents.Contains(type) && property.Name == "text")
            {
                Report(DiagnosticDescriptors.BlankString, value.Span, "The 'text' of " + description, string.Empty);
            }
            else if (AtLeast(6, 0) && _version is not null)
            {
                Report(DiagnosticDescriptors.BlankString, value.Span, "The '" + property.Name + "' of " + description, " from Flow JSON 6.0");
            }
        }
    }

    private void ValidateMinMax(FlowComponent component, string description)
    {
        foreach (var (type, minName, maxName) in FlowRules.MinMaxPairs)
        {
            if (type != component.Type)
            {
                continue;
            }

            var min = component.Node.Get(minName);
            var max = component.Node.Get(maxName);
            if (min is null || max is null)
            {
                continue;
            }

            if (min is JsonNumber minNumber && max is JsonNumber maxNumber)
            {
                if (minNumber.Value > maxNumber.Value)
                {
                    Report(DiagnosticDescriptors.MinGreaterThanMax, min.Span, minName, minNumber.Text, maxName, maxNumber.Text, description);
                }
            }
            else if (min is JsonString minDate && max is JsonString maxDate && IsIsoDate(minDate.Value) && IsIsoDate(maxDate.Value)
                && string.CompareOrdinal(minDate.Value, maxDate.Value) > 0)
            {
                Report(DiagnosticDescriptors.MinGreaterThanMax, min.Span, minName, minDate.Value, maxName, maxDate.Value, description);
            }
        }
    }

    private static bool IsIsoDate(string value) =>
        value.Length == 10 && value[4] == '-' && value[7] == '-'
        && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private void ValidateCharacterLimits(FlowComponent component, string description)
    {
        foreach (var (type, property, max) in FlowRules.CharacterLimits)
        {
            if (type == component.Type && component.Node.Get(property) is JsonString value)
            {
                CheckLength(value, max, "The '" + property + "' of " + description);
            }
        }

        if (component.Type == "NavigationList" && component.Node.Get("list-items") is JsonArray items)
        {
            foreach (var item in items.Items.OfType<JsonObject>())
            {
                foreach (var (part, property, max) in FlowRules.NavigationItemLimits)
                {
                    var holder = part.Length == 0 ? item : item.Get(part) as JsonObject;
                    if (holder?.Get(property) is JsonString value)
                    {
                        CheckLength(value, max, "The '" + (part.Length == 0 ? property : part + "." + property) + "' of a list item of " + description);
                    }
                }
            }
        }
    }

    private void CheckLength(JsonString value, int max, string what)
    {
        if (IsDynamic(value.Value))
        {
            return;
        }

        var length = TextLength(value.Value);
        if (length > max)
        {
            Report(DiagnosticDescriptors.TextTooLong, value.Span, what, length, max);
        }
    }

    /// <summary>Length in Unicode code points (a surrogate pair counts once).</summary>
    internal static int TextLength(string value)
    {
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            length++;
        }

        return length;
    }

    private void ValidateDataSource(FlowComponent component, string description)
    {
        if (component.Type is not ("CheckboxGroup" or "RadioButtonsGroup" or "Dropdown" or "ChipsSelector") || component.Node.Get("data-source") is not JsonArray items)
        {
            return;
        }

        foreach (var item in items.Items)
        {
            if (item is not JsonObject entry)
            {
                continue;
            }

            foreach (var property in new[] { "id", "title" })
            {
                if (entry.Find(property) is null)
                {
                    Report(DiagnosticDescriptors.MissingRequiredProperty, Start(entry), "Each data-source item of " + description, property);
                }
            }

            foreach (var property in new[] { "image", "alt-text", "color" })
            {
                if (entry.Find(property) is { } found && Below(5, 0))
                {
                    Report(DiagnosticDescriptors.RequiresNewerVersion, found.NameSpan, "The data-source item property '" + property + "'", "5.0", VersionText);
                }
            }

            foreach (var property in new[] { "on-select-action", "on-unselect-action" })
            {
                if (entry.Find(property) is { } found && Below(6, 0))
                {
                    Report(DiagnosticDescriptors.RequiresNewerVersion, found.NameSpan, "The data-source item property '" + property + "'", "6.0", VersionText);
                }
            }

            if (component.Type != "ChipsSelector")
            {
                foreach (var (property, max) in FlowRules.DataSourceItemLimits)
                {
                    if (entry.Get(property) is JsonString value)
                    {
                        CheckLength(value, max, "The '" + property + "' of a data-source item of " + description);
                    }
                }
            }
        }
    }
}
