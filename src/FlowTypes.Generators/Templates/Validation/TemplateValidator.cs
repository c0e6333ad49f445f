using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Templates.Document;
using FlowTypes.Generators.Core.Shared;
using Microsoft.CodeAnalysis.Text;
using static FlowTypes.Generators.Core.Diagnostics.DiagnosticDescriptors;

namespace FlowTypes.Generators.Templates.Validation;

/// <summary>
/// Checks a template against Meta's and 8x8's template creation rules (docs/templates.md lists them with sources).
/// Produces <see cref="Finding"/>s located on the offending JSON token.
/// </summary>
internal static partial class TemplateValidator
{
    public const int MaxNameLength = WhatsAppLimits.TemplateName;
    public const int MaxHeaderTextLength = WhatsAppLimits.TemplateHeaderText;
    public const int MaxBodyLength = WhatsAppLimits.TemplateBody;
    public const int MaxFooterLength = WhatsAppLimits.TemplateFooter;
    public const int MaxButtons = WhatsAppLimits.TemplateButtons;
    public const int MaxButtonTextLength = WhatsAppLimits.TemplateButtonText;
    public const int MaxButtonTextLength8x8 = WhatsAppLimits.TemplateButtonText8x8;
    public const int MaxUrlLength = WhatsAppLimits.TemplateButtonUrl;

    internal static readonly string[] Categories = { "AUTHENTICATION", "MARKETING", "UTILITY" };
    internal static readonly string[] HeaderFormats = { "TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION", "GIF", "PRODUCT" };
    internal static readonly string[] ComponentTypes = { "HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL", "CALL_PERMISSION_REQUEST", "LIMITED_TIME_OFFER" };

    internal static readonly Dictionary<string, int> ButtonTypeCaps = new(StringComparer.Ordinal)
    {
        ["QUICK_REPLY"] = 10,
        ["URL"] = 2,
        ["PHONE_NUMBER"] = 1,
        ["COPY_CODE"] = 1,
        ["OTP"] = 1,
        ["FLOW"] = 10,
        ["VOICE_CALL"] = 1,
        ["CATALOG"] = 1,
        ["MPM"] = 1,
        ["SPM"] = 1,
    };

    public static ImmutableArray<Finding> Validate(TemplateDefinition template)
    {
        var problems = ImmutableArray.CreateBuilder<Finding>();
        void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextSpan span, params object?[] args) => problems.Add(new Finding(descriptor, span, args));

        var start = new TextSpan(template.Node.Span.Start, 1);
        var nameKey = template.FromListResponse ? "templateName" : "name";
        if (template.NameNode is null)
        {
            Report(MissingTemplateProperty, start, nameKey, "the template name, lowercase letters, digits and underscores");
        }
        else
        {
            CheckName(template.NameNode, Report);
        }

        if (template.LanguageNode is null)
        {
            Report(MissingTemplateProperty, template.AnchorSpan, "language", "the language code, for example en_US");
        }
        else if (!IsLanguageCode(template.LanguageNode.Value))
        {
            Report(InvalidTemplateLanguage, template.LanguageNode.Span, template.LanguageNode.Value);
        }

        var category = template.Category;
        if (template.CategoryNode is null)
        {
            if (!template.FromListResponse)
            {
                Report(MissingTemplateProperty, template.AnchorSpan, "category", "AUTHENTICATION, MARKETING or UTILITY");
            }
        }
        else if (Array.IndexOf(Categories, category) < 0)
        {
            Report(InvalidTemplateCategory, template.CategoryNode.Span, $"Category '{template.CategoryNode.Value}' is not valid; use AUTHENTICATION, MARKETING or UTILITY");
        }

        if (template.ComponentsNode is null)
        {
            Report(MissingTemplateProperty, template.AnchorSpan, "components", "an array with at least a BODY component");
            return problems.ToImmutable();
        }

        CheckComponentList(template.ComponentsNode, Report);

        if (template.Body is null)
        {
            Report(MissingTemplateBody, template.AnchorSpan, template.Name ?? "?");
        }
        else
        {
            CheckBody(template, template.Body, Report);
        }

        if (template.Header is { } header)
        {
            CheckHeader(template, header, category, Report);
        }

        if (template.Footer is { TextNode: null } textless && category is not null && category != "AUTHENTICATION")
        {
            // 8x8 "Add WhatsApp template": text is "Required for BODY and FOOTER types" (an AUTHENTICATION footer has only code_expiration_minutes).
            Report(MissingTemplateProperty, TypeSpan(textless.Node), "text", "the FOOTER component needs its text");
        }

        if (template.Footer is { } footer && footer.TextNode is { } footerText)
        {
            if (footerText.Value.Length > MaxFooterLength)
            {
                Report(TemplateTextTooLong, footerText.Span, "footer", footerText.Value.Length, MaxFooterLength);
            }

            if (footer.Variables.Length > 0)
            {
                Report(FooterHasVariables, footerText.Span, "{{" + footer.Variables[0].Name + "}}");
            }
        }

        CheckButtons(template, category, Report);
        CheckSettings(template, category, Report);
        CheckComponentProperties(template, category, Report);
        CheckButtonProperties(template.Buttons, Report);
        CheckCallPermissionRequest(template, category, Report);
        CheckCarousel(template, category, Report);
        CheckProductTemplate(template, category, Report);
        CheckKindsBeyond8x8(template, Report);
        return problems.ToImmutable();
    }

    private delegate void Reporter(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextSpan span, params object?[] args);

    private static void CheckName(JsonString name, Reporter report)
    {
        var value = name.Value;
        if (value.Length == 0)
        {
            report(InvalidTemplateName, name.Span, value, "it is empty");
            return;
        }

        if (value.Length > MaxNameLength)
        {
            report(InvalidTemplateName, name.Span, value, $"it has {value.Length} characters, 8x8 allows at most {MaxNameLength}");
            return;
        }

        foreach (var c in value)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            {
                report(InvalidTemplateName, name.Span, value, $"use only lowercase letters, digits and underscores (found '{c}')");
                return;
            }
        }
    }

    internal static bool IsLanguageCode(string code)
    {
        // ll, lll, ll_CC, lll_CC (Meta's list also has prs_AF, zh_HK ...).
        var parts = code.Split('_');
        if (parts.Length > 2 || parts[0].Length is < 2 or > 3 || !IsAll(parts[0], 'a', 'z'))
        {
            return false;
        }

        return parts.Length == 1 || (parts[1].Length == 2 && IsAll(parts[1], 'A', 'Z'));
    }

    private static bool IsAll(string value, char from, char to)
    {
        foreach (var c in value)
        {
            if (c < from || c > to)
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckComponentList(JsonArray components, Reporter report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in components.Items)
        {
            if (item is not JsonObject component)
            {
                report(InvalidTemplateComponent, item.Span, $"A component must be an object, but this is a {item.KindName}");
                continue;
            }

            if (component.Get("type") is not JsonString type)
            {
                report(InvalidTemplateComponent, new TextSpan(component.Span.Start, 1), "The component has no 'type'; use HEADER, BODY, FOOTER or BUTTONS");
                continue;
            }

            var upper = type.Value.ToUpperInvariant();
            if (Array.IndexOf(ComponentTypes, upper) < 0)
            {
                report(InvalidTemplateComponent, type.Span, $"Component type '{type.Value}' is not known; use HEADER, BODY, FOOTER, BUTTONS, CAROUSEL or CALL_PERMISSION_REQUEST");
            }
            else if (!seen.Add(upper))
            {
                report(InvalidTemplateComponent, type.Span, $"The template has more than one {upper} component; keep exactly one");
            }
            else if (upper == "BUTTONS" && component.Get("buttons") is not JsonArray)
            {
                report(InvalidTemplateComponent, type.Span, "The BUTTONS component has no 'buttons' array; add the buttons or remove the component");
            }
        }
    }

    private static void CheckBody(TemplateDefinition template, TemplateComponentDefinition body, Reporter report)
    {
        if (body.TextNode is not { } text)
        {
            if (template.Category != "AUTHENTICATION")
            {
                report(MissingTemplateProperty, TypeSpan(body.Node), "text", "the BODY component needs the message text");
            }

            return;
        }

        if (text.Value.Length > MaxBodyLength)
        {
            report(TemplateTextTooLong, text.Span, "body", text.Value.Length, MaxBodyLength);
        }

        if (!CheckVariables("body", text, body.Variables, report))
        {
            return;
        }

        // Already registered templates (a "Get WhatsApp templates" response) may predate this creation rule.
        if (body.Variables.Length > 0 && !template.FromListResponse)
        {
            var first = body.Variables[0];
            var last = body.Variables[body.Variables.Length - 1];
            if (text.Value.Substring(0, first.Offset).Trim().Length == 0)
            {
                report(VariableAtBodyEdge, text.Span, "starts", first.Name, "before");
            }
            else if (text.Value.Substring(last.Offset + last.Length).Trim().Length == 0)
            {
                report(VariableAtBodyEdge, text.Span, "ends", last.Name, "after");
            }
        }

        CheckExamples(template, "body", text, body, report);
    }

    private static void CheckHeader(TemplateDefinition template, TemplateComponentDefinition header, string? category, Reporter report)
    {
        if (header.FormatNode is not { } format)
        {
            report(InvalidTemplateHeader, TypeSpan(header.Node), "The HEADER component has no 'format'; use TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION");
            return;
        }

        var upper = format.Value.ToUpperInvariant();
        if (Array.IndexOf(HeaderFormats, upper) < 0)
        {
            report(InvalidTemplateHeader, format.Span, $"Header format '{format.Value}' is not known; use TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION");
            return;
        }

        if (upper == "GIF" && category is "AUTHENTICATION" or "UTILITY")
        {
            report(InvalidTemplateCategory, format.Span, "A GIF header is only available for MARKETING templates (Marketing Messages API); change the category or use an IMAGE or VIDEO header");
        }

        if (upper == "LOCATION" && category == "AUTHENTICATION")
        {
            report(InvalidTemplateCategory, format.Span, "A LOCATION header is only allowed in MARKETING or UTILITY templates; change the category or the header");
        }

        if (upper != "TEXT")
        {
            return;
        }

        if (header.TextNode is not { } text)
        {
            report(InvalidTemplateHeader, format.Span, "A TEXT header needs 'text'; add the header text");
            return;
        }

        if (text.Value.Length > MaxHeaderTextLength)
        {
            report(TemplateTextTooLong, text.Span, "header", text.Value.Length, MaxHeaderTextLength);
        }

        if (header.DistinctVariableCount > 1)
        {
            report(InvalidTemplateHeader, text.Span, $"A text header can have at most one variable but this one has {header.DistinctVariableCount}; move the others into the body");
            return;
        }

        if (CheckVariables("header", text, header.Variables, report))
        {
            CheckExamples(template, "header", text, header, report);
        }
    }

    /// <summary>Checks {{1}}..{{n}} numbering or named parameters; returns false when the variables are malformed.</summary>
    private static bool CheckVariables(string where, JsonString text, ImmutableArray<TemplateVariable> variables, Reporter report)
    {
        if (variables.IsDefaultOrEmpty)
        {
            return true;
        }

        var positional = 0;
        var named = 0;
        var numbers = new SortedSet<int>();
        foreach (var variable in variables)
        {
            if (variable.IsPositional)
            {
                positional++;
                numbers.Add(int.TryParse(variable.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue);
            }
            else
            {
                named++;
                if (!IsNamedParameter(variable.Name))
                {
                    report(InvalidTemplateVariables, text.Span, $"The {where} variable '{{{{{variable.Name}}}}}' is not valid; use {{{{1}}}}, {{{{2}}}}, ... or a lowercase name such as {{{{first_name}}}}");
                    return false;
                }
            }
        }

        if (positional > 0 && named > 0)
        {
            report(InvalidTemplateVariables, text.Span, $"The {where} mixes numbered and named variables; use only {{{{1}}}}, {{{{2}}}}, ... or only named variables");
            return false;
        }

        if (positional > 0)
        {
            var expected = 1;
            foreach (var number in numbers)
            {
                if (number != expected)
                {
                    report(InvalidTemplateVariables, text.Span, $"The {where} variables must be numbered {{{{1}}}} to {{{{{numbers.Count}}}}} without gaps, but {{{{{expected}}}}} is missing; renumber them");
                    return false;
                }

                expected++;
            }
        }

        return true;
    }

    private static bool IsNamedParameter(string name)
    {
        if (name.Length == 0 || !(name[0] >= 'a' && name[0] <= 'z'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckExamples(TemplateDefinition template, string where, JsonString text, TemplateComponentDefinition component, Reporter report)
    {
        var variables = component.DistinctVariableCount;
        if (component.Examples.IsDefault)
        {
            if (variables > 0 && !template.FromListResponse)
            {
                report(TemplateExampleCountMismatch, text.Span, where, variables, 0);
            }

            return;
        }

        if (component.Examples.Length != variables)
        {
            report(TemplateExampleCountMismatch, component.ExamplesNode!.Span, where, variables, component.Examples.Length);
        }
    }

    private static void CheckButtons(TemplateDefinition template, string? category, Reporter report)
    {
        if (template.Buttons.IsDefaultOrEmpty)
        {
            return;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var button in template.Buttons)
        {
            total++;
            var typeSpan = button.TypeNode?.Span ?? new TextSpan(button.Node.Span.Start, 1);
            if (total == MaxButtons + 1)
            {
                report(TooManyTemplateButtons, typeSpan, $"The template has {template.Buttons.Length} buttons; WhatsApp allows at most {MaxButtons}, remove {template.Buttons.Length - MaxButtons}");
            }

            var type = button.Type;
            if (type is null)
            {
                report(ButtonMissingProperty, typeSpan, "template", "type");
                continue;
            }

            if (!ButtonTypeCaps.TryGetValue(type, out var cap))
            {
                report(UnknownButtonType, typeSpan, button.TypeNode!.Value);
                continue;
            }

            counts[type] = counts.TryGetValue(type, out var count) ? count + 1 : 1;
            if (counts[type] == cap + 1)
            {
                report(TooManyTemplateButtons, typeSpan, $"A template can have at most {cap} {type} button{(cap == 1 ? string.Empty : "s")}; remove this one");
            }

            if (type == "VOICE_CALL" && category == "AUTHENTICATION")
            {
                report(InvalidTemplateCategory, typeSpan, "A VOICE_CALL button is only allowed in MARKETING or UTILITY templates; change the category or remove the button");
            }

            CheckButtonText(button, type, typeSpan, report);
            switch (type)
            {
                case "URL":
                    CheckUrlButton(template, button, typeSpan, report);
                    break;
                case "PHONE_NUMBER" when button.PhoneNumberNode is null:
                    report(ButtonMissingProperty, typeSpan, "PHONE_NUMBER", "phoneNumber");
                    break;
                case "FLOW" when button.FlowIdNode is null || button.FlowIdNode.Value.Length == 0:
                    report(ButtonMissingProperty, typeSpan, "FLOW", "flowId");
                    break;
            }
        }

        CheckGrouping(template.Buttons, report);
    }

    private static void CheckButtonText(TemplateButtonDefinition button, string type, TextSpan typeSpan, Reporter report)
    {
        if (button.TextNode is not { } text)
        {
            if (type is not ("VOICE_CALL" or "OTP" or "COPY_CODE"))
            {
                report(ButtonMissingProperty, typeSpan, type, "text");
            }

            return;
        }

        if (text.Value.Trim().Length == 0)
        {
            report(InvalidButtonText, text.Span, "Button text is empty; write the label shown on the button");
        }
        else if (text.Value.Length > MaxButtonTextLength)
        {
            report(InvalidButtonText, text.Span, $"Button text '{text.Value}' has {text.Value.Length} characters; WhatsApp allows at most {MaxButtonTextLength}, shorten it");
        }
        else if (text.Value.Length > MaxButtonTextLength8x8)
        {
            report(ButtonTextLongerThan20, text.Span, text.Value, text.Value.Length);
        }
    }

    private static void CheckUrlButton(TemplateDefinition template, TemplateButtonDefinition button, TextSpan typeSpan, Reporter report)
    {
        if (button.UrlNode is not { } url)
        {
            report(ButtonMissingProperty, typeSpan, "URL", "url");
            return;
        }

        if (url.Value.Length > MaxUrlLength)
        {
            report(InvalidUrlButton, url.Span, $"The URL has {url.Value.Length} characters; WhatsApp allows at most {MaxUrlLength}");
        }

        var variables = button.UrlVariables;
        if (variables.Length == 0)
        {
            return;
        }

        if (variables.Length > 1)
        {
            report(InvalidUrlButton, url.Span, $"The URL has {variables.Length} variables; a URL button can have only one, {{{{1}}}}, at the end");
            return;
        }

        var variable = variables[0];
        if (variable.Offset + variable.Length != url.Value.Length)
        {
            report(InvalidUrlButton, url.Span, $"The URL variable '{{{{{variable.Name}}}}}' must be at the end of the URL; move it after the fixed part");
            return;
        }

        if (variable.Name != "1")
        {
            report(InvalidUrlButton, url.Span, $"The URL variable must be {{{{1}}}}, not '{{{{{variable.Name}}}}}'");
            return;
        }

        if (button.Examples.IsDefaultOrEmpty && !template.FromListResponse)
        {
            report(InvalidUrlButton, url.Span, "The URL has a variable but the button has no example; add \"examples\": [\"<suffix>\"]");
        }
    }

    private static void CheckGrouping(ImmutableArray<TemplateButtonDefinition> buttons, Reporter report)
    {
        var groups = 0;
        bool? previous = null;
        foreach (var button in buttons)
        {
            if (button.Type is null)
            {
                continue;
            }

            var isQuickReply = button.Type == "QUICK_REPLY";
            if (previous != isQuickReply)
            {
                groups++;
                previous = isQuickReply;
                if (groups == 3)
                {
                    report(QuickReplyButtonsNotGrouped, button.TypeNode!.Span, button.Type, button.Index);
                    return;
                }
            }
        }
    }

    private static TextSpan TypeSpan(JsonObject node) => node.Find("type")?.Value.Span ?? new TextSpan(node.Span.Start, 1);
}
