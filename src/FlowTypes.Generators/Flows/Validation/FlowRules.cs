using System.Collections.Generic;

namespace FlowTypes.Generators.Flows.Validation;

/// <summary>
/// The data behind <see cref="FlowValidator"/>: versions, component properties, enums, version gates, caps and
/// character limits, as listed in the Flow JSON rule table (sections in brackets).
/// </summary>
internal static class FlowRules
{
    /// <summary>Publishable versions today [§1], newest last.</summary>
    public static readonly string[] PublishableVersions = { "5.1", "6.0", "6.1", "6.2", "6.3", "7.0", "7.1", "7.2", "7.3" };

    /// <summary>Versions that still parse but can no longer be created, updated or published, with the date they froze [§1].</summary>
    public static readonly Dictionary<string, string> FrozenVersions = new()
    {
        ["2.1"] = "2025-04-08",
        ["3.0"] = "2025-04-08",
        ["3.1"] = "2025-04-08",
        ["4.0"] = "2025-04-08",
        ["5.0"] = "2025-09-10",
    };

    public static readonly string[] TopLevelKeys = { "version", "screens", "routing_model", "data_api_version" };

    public static readonly string[] ScreenKeys = { "id", "layout", "title", "terminal", "success", "refresh_on_back", "data", "sensitive" };

    public static readonly string[] ComponentTypes =
    {
        "TextHeading", "TextSubheading", "TextBody", "TextCaption", "RichText", "TextInput", "TextArea", "CheckboxGroup",
        "RadioButtonsGroup", "Dropdown", "ChipsSelector", "Footer", "OptIn", "EmbeddedLink", "DatePicker", "CalendarPicker",
        "Image", "ImageCarousel", "NavigationList", "PhotoPicker", "DocumentPicker", "Form", "If", "Switch",
    };

    /// <summary>Components that hold a form value [§6 Form before 4.0, Form optional].</summary>
    public static readonly HashSet<string> InputTypes = new()
    {
        "TextInput", "TextArea", "CheckboxGroup", "RadioButtonsGroup", "OptIn", "Dropdown", "DatePicker",
        "CalendarPicker", "ChipsSelector", "PhotoPicker", "DocumentPicker",
    };

    /// <summary>Inputs that must sit in a Form before 4.0 [§6 Form before 4.0].</summary>
    public static readonly HashSet<string> LegacyFormInputTypes = new()
    {
        "TextInput", "TextArea", "CheckboxGroup", "RadioButtonsGroup", "OptIn", "Dropdown", "DatePicker",
    };

    public static readonly HashSet<string> TextComponents = new() { "TextHeading", "TextSubheading", "TextBody", "TextCaption", "RichText" };

    /// <summary>The version that introduced a component [§1 Release contents, §7 Ver].</summary>
    public static readonly Dictionary<string, (int Major, int Minor)> ComponentSince = new()
    {
        ["If"] = (4, 0),
        ["Switch"] = (4, 0),
        ["PhotoPicker"] = (4, 0),
        ["DocumentPicker"] = (4, 0),
        ["RichText"] = (5, 1),
        ["CalendarPicker"] = (6, 1),
        ["NavigationList"] = (6, 2),
        ["ChipsSelector"] = (6, 3),
        ["ImageCarousel"] = (7, 1),
    };

    /// <summary>The version that introduced a component property [§1, §7].</summary>
    public static readonly (string Type, string Property, int Major, int Minor)[] PropertySince =
    {
        ("TextInput", "pattern", 6, 2),
        ("TextInput", "label-variant", 7, 0),
        ("TextArea", "label-variant", 7, 0),
        ("TextBody", "markdown", 5, 1),
        ("TextCaption", "markdown", 5, 1),
        ("CheckboxGroup", "media-size", 5, 0),
        ("RadioButtonsGroup", "media-size", 5, 0),
        ("CheckboxGroup", "description", 4, 0),
        ("RadioButtonsGroup", "description", 4, 0),
        ("ChipsSelector", "on-select-action", 7, 1),
        ("ChipsSelector", "on-unselect-action", 7, 1),
    };

    /// <summary>Required properties per component; a version means "required from that version" [§7 bold, §8].</summary>
    public static readonly Dictionary<string, (string Property, int Major, int Minor)[]> RequiredProperties = new()
    {
        ["TextHeading"] = new[] { ("text", 0, 0) },
        ["TextSubheading"] = new[] { ("text", 0, 0) },
        ["TextBody"] = new[] { ("text", 0, 0) },
        ["TextCaption"] = new[] { ("text", 0, 0) },
        ["RichText"] = new[] { ("text", 0, 0) },
        ["TextInput"] = new[] { ("name", 0, 0), ("label", 0, 0) },
        ["TextArea"] = new[] { ("name", 0, 0), ("label", 0, 0) },
        ["CheckboxGroup"] = new[] { ("name", 0, 0), ("data-source", 0, 0), ("label", 4, 0) },
        ["RadioButtonsGroup"] = new[] { ("name", 0, 0), ("data-source", 0, 0), ("label", 4, 0) },
        ["Dropdown"] = new[] { ("name", 0, 0), ("label", 0, 0), ("data-source", 0, 0) },
        ["ChipsSelector"] = new[] { ("name", 0, 0), ("label", 0, 0), ("data-source", 0, 0) },
        ["Footer"] = new[] { ("label", 0, 0), ("on-click-action", 0, 0) },
        ["OptIn"] = new[] { ("name", 0, 0), ("label", 0, 0) },
        ["EmbeddedLink"] = new[] { ("text", 0, 0), ("on-click-action", 0, 0) },
        ["DatePicker"] = new[] { ("name", 0, 0), ("label", 0, 0) },
        ["CalendarPicker"] = new[] { ("name", 0, 0), ("label", 0, 0) },
        ["Image"] = new[] { ("src", 0, 0) },
        ["ImageCarousel"] = new[] { ("images", 0, 0) },
        ["NavigationList"] = new[] { ("name", 0, 0), ("list-items", 0, 0) },
        ["PhotoPicker"] = new[] { ("name", 0, 0), ("label", 0, 0) },
        ["DocumentPicker"] = new[] { ("name", 0, 0), ("label", 0, 0) },
        ["Form"] = new[] { ("name", 0, 0), ("children", 0, 0) },
        ["If"] = new[] { ("condition", 0, 0), ("then", 0, 0) },
        ["Switch"] = new[] { ("value", 0, 0), ("cases", 0, 0) },
    };

    /// <summary>Allowed static values of enum properties [§7].</summary>
    public static readonly (string Type, string Property, string[] Values)[] EnumProperties =
    {
        ("TextInput", "input-type", new[] { "text", "number", "email", "password", "passcode", "phone" }),
        ("TextInput", "label-variant", new[] { "large" }),
        ("TextArea", "label-variant", new[] { "large" }),
        ("TextBody", "font-weight", new[] { "bold", "italic", "bold_italic", "normal" }),
        ("TextCaption", "font-weight", new[] { "bold", "italic", "bold_italic", "normal" }),
        ("Image", "scale-type", new[] { "cover", "contain" }),
        ("ImageCarousel", "scale-type", new[] { "contain", "cover" }),
        ("ImageCarousel", "aspect-ratio", new[] { "4:3", "16:9" }),
        ("PhotoPicker", "photo-source", new[] { "camera_gallery", "camera", "gallery" }),
        ("CalendarPicker", "mode", new[] { "single", "range" }),
        ("CheckboxGroup", "media-size", new[] { "regular", "large" }),
        ("RadioButtonsGroup", "media-size", new[] { "regular", "large" }),
        ("NavigationList", "media-size", new[] { "regular", "large" }),
    };

    /// <summary>Per-screen caps other than the 50-component limit [§6].</summary>
    public static readonly (string Type, int Max)[] PerScreenCaps =
    {
        ("Footer", 1), ("EmbeddedLink", 2), ("Image", 3), ("OptIn", 5), ("PhotoPicker", 1), ("DocumentPicker", 1),
        ("NavigationList", 2), ("ImageCarousel", 2),
    };

    public const int MaxComponentsPerScreen = 50;

    public const int MaxBranches = 10;

    public const int MaxIfNesting = 3;

    /// <summary>Minimum/maximum property pairs that must be ordered [§7].</summary>
    public static readonly (string Type, string Min, string Max)[] MinMaxPairs =
    {
        ("TextInput", "min-chars", "max-chars"),
        ("CheckboxGroup", "min-selected-items", "max-selected-items"),
        ("ChipsSelector", "min-selected-items", "max-selected-items"),
        ("PhotoPicker", "min-uploaded-photos", "max-uploaded-photos"),
        ("DocumentPicker", "min-uploaded-documents", "max-uploaded-documents"),
        ("CalendarPicker", "min-days", "max-days"),
        ("DatePicker", "min-date", "max-date"),
        ("CalendarPicker", "min-date", "max-date"),
    };

    /// <summary>Documented display limits (characters) per component property [§7]; warnings only.</summary>
    public static readonly (string Type, string Property, int Max)[] CharacterLimits =
    {
        ("TextHeading", "text", 80),
        ("TextSubheading", "text", 80),
        ("TextBody", "text", 4096),
        ("TextCaption", "text", 409),
        ("TextInput", "label", 20),
        ("TextInput", "helper-text", 80),
        ("TextInput", "error-message", 30),
        ("TextArea", "label", 20),
        ("TextArea", "helper-text", 80),
        ("CheckboxGroup", "label", 30),
        ("RadioButtonsGroup", "label", 30),
        ("Dropdown", "label", 20),
        ("ChipsSelector", "label", 80),
        ("ChipsSelector", "description", 300),
        ("Footer", "label", 35),
        ("Footer", "left-caption", 15),
        ("Footer", "center-caption", 15),
        ("Footer", "right-caption", 15),
        ("OptIn", "label", 120),
        ("EmbeddedLink", "text", 25),
        ("DatePicker", "label", 40),
        ("DatePicker", "helper-text", 80),
        ("DatePicker", "error-message", 80),
        ("CalendarPicker", "title", 80),
        ("CalendarPicker", "description", 300),
        ("CalendarPicker", "label", 40),
        ("CalendarPicker", "helper-text", 80),
        ("CalendarPicker", "error-message", 80),
        ("PhotoPicker", "label", 80),
        ("PhotoPicker", "description", 300),
        ("DocumentPicker", "label", 80),
        ("DocumentPicker", "description", 300),
        ("NavigationList", "label", 80),
        ("NavigationList", "description", 300),
    };

    /// <summary>Display limits of data-source item fields [§7 CheckboxGroup, RadioButtonsGroup, Dropdown].</summary>
    public static readonly (string Property, int Max)[] DataSourceItemLimits = { ("title", 30), ("description", 300), ("metadata", 20) };

    /// <summary>Display limits of NavigationList item fields: (object holding it, or "" for the item itself, property, max) [§7 NavigationList].</summary>
    public static readonly (string Part, string Property, int Max)[] NavigationItemLimits =
    {
        ("main-content", "title", 30), ("main-content", "description", 20), ("main-content", "metadata", 80),
        ("end", "title", 10), ("end", "description", 10), ("end", "metadata", 10), ("", "badge", 15),
    };

    /// <summary>Action names allowed per holder; a version means "from that version" [§9].</summary>
    public static (string Name, int Major, int Minor)[] AllowedActions(string? componentType, string property, bool itemLevel)
    {
        if (itemLevel)
        {
            return componentType == "NavigationList"
                ? new[] { ("navigate", 0, 0), ("data_exchange", 0, 0) }
                : new[] { ("update_data", 6, 0) };
        }

        return (componentType, property) switch
        {
            ("Footer", "on-click-action") => new[] { ("navigate", 0, 0), ("complete", 0, 0), ("data_exchange", 0, 0) },
            ("EmbeddedLink" or "OptIn", "on-click-action") => new[] { ("navigate", 0, 0), ("data_exchange", 0, 0), ("open_url", 6, 0) },
            ("NavigationList", "on-click-action") => new[] { ("navigate", 0, 0), ("data_exchange", 0, 0) },
            (_, "on-unselect-action") => new[] { ("update_data", 6, 0) },
            (_, "on-select-action") => new[] { ("data_exchange", 0, 0), ("update_data", 6, 0) },
            _ => new[] { ("navigate", 0, 0), ("complete", 0, 0), ("data_exchange", 0, 0), ("update_data", 6, 0), ("open_url", 6, 0) },
        };
    }

    /// <summary>
    /// The data-model types a component property accepts when bound to a whole <c>${data.x}</c> [§3 Dynamic refs, §7];
    /// null when the property is not checked.
    /// </summary>
    public static string[]? ExpectedDataTypes(string componentType, string property)
    {
        switch (property)
        {
            case "label" or "helper-text" or "description" or "title" or "left-caption" or "center-caption" or "right-caption" or "pattern" or "src" or "alt-text":
                return new[] { "string" };
            case "error-message":
                return new[] { "string", "object" };
            case "text":
                return componentType is "TextBody" or "TextCaption" or "RichText" ? new[] { "string", "array" } : new[] { "string" };
            case "visible" or "enabled":
                return new[] { "boolean" };
            case "required":
                return componentType == "CalendarPicker" ? new[] { "boolean", "object" } : new[] { "boolean" };
            case "data-source" or "list-items" or "unavailable-dates" or "images" or "include-days" or "allowed-mime-types":
                return new[] { "array" };
            case "min-chars" or "max-chars" or "max-length" or "min-selected-items" or "max-selected-items" or "width" or "height"
                or "max-file-size-kb" or "min-uploaded-photos" or "max-uploaded-photos" or "min-uploaded-documents" or "max-uploaded-documents"
                or "min-days" or "max-days":
                return new[] { "number", "integer" };
            default:
                return null;
        }
    }
}
