using System;
using System.Collections.Generic;
using System.Linq;
using FlowTypes.Generators.Flows.Document;

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

    /// <summary>The newest version FlowTypes knows the rules of; a flow on a later version is checked as this one.</summary>
    public static string NewestKnownVersion => PublishableVersions[PublishableVersions.Length - 1];

    public static bool IsKnownVersion(string? version) =>
        version is not null && (Array.IndexOf(PublishableVersions, version) >= 0 || FrozenVersions.ContainsKey(version));

    /// <summary>
    /// True when <paramref name="version"/> is a well-formed "major.minor" later than <see cref="NewestKnownVersion"/>:
    /// a release of Meta's that came after this FlowTypes (forward-compatible), not a version that never existed.
    /// </summary>
    public static bool IsNewerThanKnown(string? version) =>
        version is not null && FlowVersion.TryParse(version) is { } parsed && parsed.ToString() == version
        && FlowVersion.TryParse(NewestKnownVersion) is { } newest && parsed.AtLeast(newest.Major, newest.Minor) && parsed != newest;

    /// <summary>
    /// The version whose rules apply to <paramref name="document"/>: its own when FlowTypes knows it, the newest known one
    /// when it is newer (checked and typed as that, FT1062), and null when it is missing or unknown (version gates off).
    /// </summary>
    public static FlowVersion? RulesVersion(FlowDocument document)
    {
        var text = document.Version?.Value;
        if (IsKnownVersion(text))
        {
            return document.ParsedVersion;
        }

        return IsNewerThanKnown(text) ? FlowVersion.TryParse(NewestKnownVersion) : null;
    }

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

    /// <summary>Allowed values of each item of array properties [§7 CalendarPicker include-days, DocumentPicker allowed-mime-types].</summary>
    public static readonly (string Type, string Property, string[] Values)[] EnumArrayProperties =
    {
        ("CalendarPicker", "include-days", new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" }),
        ("DocumentPicker", "allowed-mime-types", new[]
        {
            "application/gzip", "application/msword", "application/pdf", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.oasis.opendocument.presentation", "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.text",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/x-7z-compressed", "application/zip",
            "image/avif", "image/gif", "image/heic", "image/heif", "image/jpeg", "image/png", "image/tiff", "image/webp", "text/plain", "video/mp4", "video/mpeg",
        }),
    };

    /// <summary>Integer properties with an allowed range (inclusive) [§7 PhotoPicker, DocumentPicker: Media upload guide, "Allowed range"].</summary>
    public static readonly (string Type, string Property, int Min, int Max)[] IntegerRanges =
    {
        ("PhotoPicker", "max-file-size-kb", 1, 25600),
        ("PhotoPicker", "min-uploaded-photos", 0, 30),
        ("PhotoPicker", "max-uploaded-photos", 1, 30),
        ("DocumentPicker", "max-file-size-kb", 1, 25600),
        ("DocumentPicker", "min-uploaded-documents", 0, 30),
        ("DocumentPicker", "max-uploaded-documents", 1, 30),
    };

    /// <summary>The files a response message (the completion) can carry, whatever the picker allows [§7 PhotoPicker: Media upload guide].</summary>
    public const int MaxFilesPerResponseMessage = 10;

    /// <summary>The picker property that caps how many files it collects, and its default [§7 PhotoPicker, DocumentPicker].</summary>
    public static (string Property, int Default) MaxFiles(string pickerType) =>
        pickerType == "PhotoPicker" ? ("max-uploaded-photos", 30) : ("max-uploaded-documents", 30);

    /// <summary>TextInput input types a <c>pattern</c> works with [§7 TextInput: "Supported with input-type text, number, password, passcode"].</summary>
    public static readonly string[] PatternInputTypes = { "text", "number", "password", "passcode" };

    /// <summary>CalendarPicker properties that exist only when <c>mode</c> is <c>range</c> [§7 CalendarPicker].</summary>
    public static readonly string[] RangeOnlyProperties = { "title", "description", "min-days", "max-days" };

    /// <summary>
    /// CalendarPicker properties that take <c>{"start-date": …, "end-date": …}</c> in range mode and a plain value in single
    /// mode, with whether the range form needs both keys [§7 CalendarPicker; Flow Builder: label needs both].
    /// </summary>
    public static readonly (string Property, bool BothDates)[] RangeShapedProperties =
    {
        ("label", true), ("helper-text", false), ("required", false), ("init-value", false), ("error-message", false),
    };

    /// <summary>Components allowed in the branches of an If [§8 If: Components reference, "Allowed components"; ChipsSelector from 7.1].</summary>
    public static readonly HashSet<string> IfChildren = new()
    {
        "TextHeading", "TextSubheading", "TextBody", "TextCaption", "CheckboxGroup", "DatePicker", "Dropdown", "EmbeddedLink", "Footer",
        "Image", "OptIn", "RadioButtonsGroup", "Switch", "TextArea", "TextInput", "If", "ChipsSelector",
    };

    /// <summary>Components allowed in the cases of a Switch: those of If, without If and Switch [§8 Switch].</summary>
    public static readonly HashSet<string> SwitchChildren = new(IfChildren.Where(t => t is not ("If" or "Switch")));

    /// <summary>Components of which a whole flow may have only so many [§7 ImageCarousel: at most 3 per flow].</summary>
    public static readonly (string Type, int Max)[] PerFlowCaps = { ("ImageCarousel", 3) };

    /// <summary>
    /// Per-screen caps other than the 50-component limit [§6], with the version that introduced the cap (Form: one per
    /// screen, enforced by Meta's Flow Builder from 7.0).
    /// </summary>
    public static readonly (string Type, int Max, int Major, int Minor)[] PerScreenCaps =
    {
        ("Footer", 1, 0, 0), ("EmbeddedLink", 2, 0, 0), ("Image", 3, 0, 0), ("OptIn", 5, 0, 0), ("PhotoPicker", 1, 0, 0), ("DocumentPicker", 1, 0, 0),
        ("NavigationList", 2, 0, 0), ("ImageCarousel", 2, 0, 0), ("Form", 1, 7, 0),
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

    /// <summary>
    /// Meta's cap on the Flow JSON, "10 MB" [§2 Size], read as 10 MiB: the larger reading, so no file Meta accepts is
    /// reported.
    /// </summary>
    public const long MaxFlowJsonBytes = 10L * 1024 * 1024;

    /// <summary>Most tags on one NavigationList item [§7 NavigationList].</summary>
    public const int MaxNavigationTags = 3;

    /// <summary>Most characters of one NavigationList tag [§7 NavigationList].</summary>
    public const int MaxNavigationTagLength = 15;

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
            ("DatePicker" or "CalendarPicker", "on-select-action") => new[] { ("data_exchange", 0, 0) },
            ("OptIn", "on-select-action") => new[] { ("update_data", 6, 0) },
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
