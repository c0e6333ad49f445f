using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows.Document;

namespace FlowTypes.Generators.Flows.Validation;

/// <summary>
/// Properties whose allowed values depend on the component's other settings or on a documented range [§7]: picker
/// counts and sizes (FT1080), enum items of array properties (FT1039), TextInput <c>pattern</c> (FT1083, FT1038,
/// FT1084), CalendarPicker properties by <c>mode</c> (FT1083), NavigationList items (FT1087, FT1083, FT1055, FT1048)
/// and images (FT1088–FT1090).
/// </summary>
internal sealed partial class FlowValidator
{
    private void ValidateConfiguration(FlowScreen screen, FlowComponent component, string description)
    {
        var type = component.Type!;
        foreach (var (rangeType, property, min, max) in FlowRules.IntegerRanges)
        {
            if (rangeType == type && component.Node.Get(property) is { } value)
            {
                ValidateIntegerRange(value, property, description, min, max);
            }
        }

        foreach (var (enumType, property, values) in FlowRules.EnumArrayProperties)
        {
            if (enumType == type && component.Node.Get(property) is JsonArray items)
            {
                foreach (var item in items.Items.OfType<JsonString>())
                {
                    if (!IsDynamic(item.Value) && Array.IndexOf(values, item.Value) < 0)
                    {
                        Report(DiagnosticDescriptors.InvalidPropertyValue, item.Span, item.Value, property, type, string.Join(", ", values));
                    }
                }
            }
        }

        ValidateImages(component, description);
        switch (type)
        {
            case "TextInput":
                ValidatePattern(component, description);
                break;
            case "CalendarPicker":
                ValidateCalendarMode(component, description);
                break;
            case "NavigationList":
                ValidateNavigationItems(component, description);
                break;
        }
    }

    /// <summary>A whole number in [min, max]; <c>${...}</c> values are not judged [§7 PhotoPicker, DocumentPicker].</summary>
    private void ValidateIntegerRange(JsonNode value, string property, string description, int min, int max)
    {
        var allowed = "a whole number from " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture);
        switch (value)
        {
            case JsonNumber number when !number.IsInteger || number.Value < min || number.Value > max:
                Report(DiagnosticDescriptors.ValueOutOfRange, value.Span, property, description, number.Text, allowed);
                break;
            case JsonString text when !IsDynamic(text.Value):
                Report(DiagnosticDescriptors.ValueOutOfRange, value.Span, property, description, "the string \"" + Shorten(text.Value) + "\"", allowed + " (a JSON number, not a string)");
                break;
        }
    }

    /// <summary>
    /// TextInput <c>pattern</c> (6.2+): only with input-type text, number, password or passcode; needs a helper-text (Flow
    /// Builder: MISSING_REQUIRED_PROPERTY); must be a regular expression [§7 TextInput].
    /// </summary>
    private void ValidatePattern(FlowComponent component, string description)
    {
        if (component.Node.Find("pattern") is not { } pattern)
        {
            return;
        }

        if (component.Node.Get("input-type") is JsonString inputType && !IsDynamic(inputType.Value) && Array.IndexOf(FlowRules.PatternInputTypes, inputType.Value) < 0)
        {
            Report(DiagnosticDescriptors.PropertyNotForConfiguration, pattern.NameSpan, "pattern", description,
                "works only with input-type text, number, password or passcode, and this one is '" + inputType.Value + "'; remove 'pattern' or change 'input-type'");
        }

        if (component.Node.Find("helper-text") is null)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, pattern.NameSpan, description + " has a 'pattern', so it", "helper-text");
        }

        if (pattern.Value is JsonString { Value: var expression } value && !IsDynamic(expression) && RegexError(expression) is { } error)
        {
            Report(DiagnosticDescriptors.InvalidPattern, value.Span, description, error);
        }
    }

    /// <summary>
    /// Why <paramref name="pattern"/> does not parse as a regular expression, or null. Meta names no dialect; its clients
    /// (Android, iOS) and the Flow Builder run Perl-style engines whose common syntax .NET's parser also reads, so what
    /// .NET rejects (unbalanced groups or classes, a quantifier with nothing to repeat, a bad escape) is rejected there too.
    /// Only the pattern is parsed; nothing is matched, so no input can make this slow.
    /// </summary>
    private static string? RegexError(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>
    /// CalendarPicker by <c>mode</c> (default single) [§7 CalendarPicker; Flow Builder: INVALID_PROPERTY_NAME_FOR_CONDITION,
    /// INVALID_TYPE, MISSING_/UNEXPECTED_CALENDAR_PICKER_RANGE_MODE_PROP]: title, description, min-days and max-days exist
    /// only in range mode; label, helper-text, required, init-value and error-message are plain values in single mode and
    /// <c>{"start-date": …, "end-date": …}</c> in range mode. A dynamic mode is not judged.
    /// </summary>
    private void ValidateCalendarMode(FlowComponent component, string description)
    {
        var mode = component.Node.Get("mode");
        var range = mode is JsonString { Value: "range" };
        if (!(mode is null || mode is JsonString { Value: "single" } || range))
        {
            return;
        }

        if (!range)
        {
            foreach (var property in FlowRules.RangeOnlyProperties)
            {
                if (component.Node.Find(property) is { } found)
                {
                    Report(DiagnosticDescriptors.PropertyNotForConfiguration, found.NameSpan, property, description, "exists only when 'mode' is \"range\"; remove it or set \"mode\": \"range\"");
                }
            }
        }

        foreach (var (property, bothDates) in FlowRules.RangeShapedProperties)
        {
            var value = component.Node.Get(property);
            if (value is null || value is JsonString { Value: var text } && IsDynamic(text))
            {
                continue;
            }

            if (!range)
            {
                if (value is JsonObject)
                {
                    Report(DiagnosticDescriptors.PropertyNotForConfiguration, value.Span, property, description,
                        "is a {\"start-date\", \"end-date\"} object, which only a range CalendarPicker takes; give a single value here or set \"mode\": \"range\"");
                }

                continue;
            }

            var shape = bothDates ? "{\"start-date\": ..., \"end-date\": ...}" : "{\"start-date\": ...} or {\"start-date\": ..., \"end-date\": ...}";
            if (value is not JsonObject dates)
            {
                Report(DiagnosticDescriptors.PropertyNotForConfiguration, value.Span, property, description, "must be " + shape + " when 'mode' is \"range\", not " + Article(value));
                continue;
            }

            foreach (var key in dates.Properties.Where(p => p.Name is not ("start-date" or "end-date")))
            {
                Report(DiagnosticDescriptors.PropertyNotForConfiguration, key.NameSpan, property, description, "takes only the keys start-date and end-date, not '" + key.Name + "'");
            }

            var missing = dates.Find("start-date") is null ? "start-date" : bothDates && dates.Find("end-date") is null ? "end-date" : null;
            if (missing is not null)
            {
                Report(DiagnosticDescriptors.PropertyNotForConfiguration, value.Span, property, description, "must be " + shape + " when 'mode' is \"range\"; add \"" + missing + "\"");
            }
        }
    }

    /// <summary>
    /// NavigationList items (Components, NavigationList "Limits and restrictions"): one badge per list, no <c>end</c>
    /// with <c>media-size</c> large, at most 3 tags of at most 15 characters. Badge and tag text are judged when static.
    /// </summary>
    private void ValidateNavigationItems(FlowComponent component, string description)
    {
        if (component.Node.Get("list-items") is not JsonArray items)
        {
            return;
        }

        var large = component.Node.Get("media-size") is JsonString { Value: "large" };
        string? firstBadge = null;
        for (var index = 0; index < items.Items.Length; index++)
        {
            if (items.Items[index] is not JsonObject entry)
            {
                continue;
            }

            var itemName = entry.GetString("id") ?? "list-items[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            var itemDescription = "list item '" + itemName + "' of " + description;
            if (entry.Find("badge") is { Value: JsonString badge } badgeProperty && !IsDynamic(badge.Value))
            {
                if (firstBadge is null)
                {
                    firstBadge = itemName;
                }
                else
                {
                    Report(DiagnosticDescriptors.SecondBadge, badgeProperty.NameSpan, itemName, description, firstBadge);
                }
            }

            if (large && entry.Find("end") is { } end)
            {
                Report(DiagnosticDescriptors.PropertyNotForConfiguration, end.NameSpan, "end", itemDescription, "is not allowed when the list's 'media-size' is 'large'; remove 'end' or use media-size 'regular'");
            }

            if (entry.Get("tags") is JsonArray tags)
            {
                if (tags.Items.Length > FlowRules.MaxNavigationTags)
                {
                    Report(DiagnosticDescriptors.InvalidItemCount, tags.Span, "tags", itemDescription, tags.Items.Length, 0, FlowRules.MaxNavigationTags, "remove tags");
                }

                for (var tag = 0; tag < tags.Items.Length; tag++)
                {
                    if (tags.Items[tag] is JsonString text)
                    {
                        CheckLength(text, FlowRules.MaxNavigationTagLength, "Tag " + (tag + 1).ToString(CultureInfo.InvariantCulture) + " of " + itemDescription);
                    }
                }
            }
        }
    }
}
