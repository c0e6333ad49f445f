using System;
using System.Collections.Generic;

namespace FlowTypes.Generators.Flows.Validation;

/// <summary>
/// The property keys Meta's Flow JSON schema accepts at each level below the screen, per Flow JSON version
/// (Meta's component reference, media upload guide and changelog, as listed in the rule table §7–§9). A key outside
/// these tables is rejected by Meta's validator with <c>INVALID_PROPERTY_KEY</c> ("Additional properties are not allowed").
/// A version on a key is the version that introduced it; keys without one exist in every version the component has.
/// </summary>
internal static class PropertyKeys
{
    private static readonly (int Major, int Minor) Always = (0, 0);

    /// <summary>Keys of <c>layout</c> [§3 layout].</summary>
    public static readonly string[] Layout = { "type", "children" };

    /// <summary>Keys per component type [§7, §8]; the version gate is the first version that accepts the key.</summary>
    public static readonly Dictionary<string, (string Key, int Major, int Minor)[]> Components = new(StringComparer.Ordinal)
    {
        ["TextHeading"] = Keys("type", "text", "visible"),
        ["TextSubheading"] = Keys("type", "text", "visible"),
        ["TextBody"] = With(Keys("type", "text", "font-weight", "strikethrough", "visible"), ("markdown", 5, 1)),
        ["TextCaption"] = With(Keys("type", "text", "font-weight", "strikethrough", "visible"), ("markdown", 5, 1)),
        ["RichText"] = Keys("type", "text", "visible"),
        ["TextInput"] = With(
            Keys("type", "name", "label", "input-type", "required", "min-chars", "max-chars", "helper-text", "visible", "enabled"),
            ("init-value", 4, 0), ("error-message", 4, 0), ("pattern", 6, 2), ("label-variant", 7, 0)),
        ["TextArea"] = With(
            Keys("type", "name", "label", "required", "max-length", "helper-text", "enabled", "visible"),
            ("init-value", 4, 0), ("error-message", 4, 0), ("label-variant", 7, 0)),
        ["CheckboxGroup"] = With(
            Keys("type", "name", "data-source", "label", "min-selected-items", "max-selected-items", "required", "enabled", "visible", "on-select-action"),
            ("description", 4, 0), ("init-value", 4, 0), ("error-message", 4, 0), ("media-size", 5, 0), ("on-unselect-action", 6, 0)),
        ["RadioButtonsGroup"] = With(
            Keys("type", "name", "data-source", "label", "required", "enabled", "visible", "on-select-action"),
            ("description", 4, 0), ("init-value", 4, 0), ("error-message", 4, 0), ("media-size", 5, 0), ("on-unselect-action", 6, 0)),
        ["Dropdown"] = With(
            Keys("type", "name", "label", "data-source", "required", "enabled", "visible", "on-select-action"),
            ("init-value", 4, 0), ("error-message", 4, 0), ("on-unselect-action", 6, 0)),
        ["ChipsSelector"] = With(
            Keys("type", "name", "label", "data-source", "min-selected-items", "max-selected-items", "required", "enabled", "visible", "description", "init-value", "error-message"),
            ("on-select-action", 7, 1), ("on-unselect-action", 7, 1)),
        ["Footer"] = Keys("type", "label", "on-click-action", "left-caption", "center-caption", "right-caption", "enabled", "visible"),
        ["OptIn"] = With(Keys("type", "name", "label", "required", "visible", "enabled", "on-click-action"), ("init-value", 4, 0), ("on-select-action", 6, 0), ("on-unselect-action", 6, 0)),
        ["EmbeddedLink"] = Keys("type", "text", "on-click-action", "visible"),
        ["DatePicker"] = With(
            Keys("type", "name", "label", "min-date", "max-date", "unavailable-dates", "helper-text", "required", "enabled", "visible", "on-select-action"),
            ("init-value", 4, 0), ("error-message", 4, 0)),
        ["CalendarPicker"] = Keys(
            "type", "name", "label", "mode", "title", "description", "helper-text", "required", "enabled", "visible", "min-date", "max-date",
            "unavailable-dates", "include-days", "min-days", "max-days", "on-select-action", "init-value", "error-message"),
        ["Image"] = Keys("type", "src", "width", "height", "scale-type", "aspect-ratio", "alt-text", "visible"),
        ["ImageCarousel"] = Keys("type", "images", "aspect-ratio", "scale-type", "visible"),
        ["NavigationList"] = Keys("type", "name", "list-items", "label", "description", "media-size", "on-click-action", "visible"),
        ["PhotoPicker"] = Keys(
            "type", "name", "label", "description", "photo-source", "max-file-size-kb", "min-uploaded-photos", "max-uploaded-photos", "enabled", "visible", "error-message"),
        ["DocumentPicker"] = Keys(
            "type", "name", "label", "description", "max-file-size-kb", "min-uploaded-documents", "max-uploaded-documents", "allowed-mime-types", "enabled", "visible", "error-message"),
        ["Form"] = Keys("type", "name", "children", "init-values", "error-messages"),
        ["If"] = Keys("type", "condition", "then", "else"),
        ["Switch"] = Keys("type", "value", "cases"),
    };

    /// <summary>Keys of an action object per action name [§9].</summary>
    public static string[] Action(string name) => name switch
    {
        "navigate" => new[] { "name", "next", "payload" },
        "open_url" => new[] { "name", "url" },
        _ => new[] { "name", "payload" },
    };

    /// <summary>Keys of <c>next</c> in a navigate action [§9].</summary>
    public static readonly string[] Next = { "type", "name" };

    /// <summary>Keys of a data-source item (CheckboxGroup, RadioButtonsGroup, Dropdown, ChipsSelector) [§7 data-source item].</summary>
    public static readonly (string Key, int Major, int Minor)[] DataSourceItem = With(
        Keys("id", "title", "description", "metadata", "enabled"),
        ("image", 5, 0), ("alt-text", 5, 0), ("color", 5, 0), ("on-select-action", 6, 0), ("on-unselect-action", 6, 0));

    /// <summary>Keys of a NavigationList item and of its parts [§7 NavigationList].</summary>
    public static readonly string[] NavigationItem = { "id", "main-content", "start", "end", "badge", "tags", "on-click-action" };

    public static readonly string[] NavigationMainContent = { "title", "description", "metadata" };

    public static readonly string[] NavigationStart = { "image", "alt-text" };

    public static readonly string[] NavigationEnd = { "title", "description", "metadata" };

    /// <summary>Keys of an ImageCarousel image [§7 ImageCarousel].</summary>
    public static readonly string[] CarouselImage = { "src", "alt-text" };

    /// <summary>
    /// Keys of a screen data field's schema [§3 data]: the JSON-Schema subset Meta documents (<c>type</c>, <c>items</c>,
    /// <c>properties</c>) plus <c>__example__</c> (checked separately: top level only) and the annotation and value keywords
    /// of JSON Schema Meta's validator passes through (<c>description</c>, <c>enum</c>, <c>format</c>, <c>required</c>, ...).
    /// </summary>
    public static readonly string[] DataSchema =
    {
        "type", "items", "properties", "__example__", "description", "title", "enum", "format", "required", "default",
        "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "pattern", "additionalProperties", "nullable",
    };

    private static (string Key, int Major, int Minor)[] Keys(params string[] keys)
    {
        var result = new (string, int, int)[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            result[i] = (keys[i], Always.Major, Always.Minor);
        }

        return result;
    }

    private static (string Key, int Major, int Minor)[] With((string Key, int Major, int Minor)[] always, params (string Key, int Major, int Minor)[] since)
    {
        var result = new (string, int, int)[always.Length + since.Length];
        always.CopyTo(result, 0);
        since.CopyTo(result, always.Length);
        return result;
    }

    /// <summary>
    /// The known key closest to <paramref name="key"/>, or null: same key in another case or with <c>_</c>/<c>-</c>/camelCase
    /// swapped (<c>helper_text</c>, <c>helperText</c> → <c>helper-text</c>), else an edit distance of at most 2 (1 for short keys).
    /// </summary>
    public static string? Suggest(string key, IEnumerable<string> known)
    {
        var normalised = Normalise(key);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            if (Normalise(candidate) == normalised)
            {
                return candidate;
            }

            var distance = Distance(key.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        var limit = key.Length <= 4 ? 1 : 2;
        return bestDistance <= limit ? best : null;
    }

    private static string Normalise(string key)
    {
        var builder = new System.Text.StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is not ('_' or '-' or ' '))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
