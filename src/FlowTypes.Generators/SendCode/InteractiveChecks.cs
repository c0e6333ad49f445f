using System.Collections.Generic;
using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FlowTypes.Generators.SendCode;

/// <summary>FT3008/FT3009: WhatsApp's limits on constant values of interactive messages.</summary>
internal static class InteractiveChecks
{
    /// <summary>FT3008 at <paramref name="at"/>: "{subject} {problem}, but WhatsApp allows {allowed}; {fix}".</summary>
    private static void Report(SendContext context, IOperation at, string subject, string problem, string allowed, string fix) =>
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InteractiveLimitExceeded, at.Syntax.GetLocation(), subject, problem, allowed, fix));

    /// <summary>FT3008 for a constant text longer than WhatsApp's <paramref name="max"/> characters.</summary>
    public static void ReportTooLong(SendContext context, IOperation at, string what, int length, int max) =>
        Report(context, at, "The " + what, $"has {length} characters", $"at most {max}", "shorten it");

    private static void MaxLength(SendContext context, IArgumentOperation? argument, int max, string what)
    {
        if (argument is not null && Operations.ConstantString(argument) is { } value && value.Length > max)
        {
            ReportTooLong(context, argument, what, value.Length, max);
        }
    }

    private static void Common(SendContext context, IObjectCreationOperation creation, int maxBody)
    {
        MaxLength(context, Operations.Argument(creation, "body"), maxBody, "body text");
        if (Operations.InitializerValue(creation, "Footer") is { } footer && Operations.ConstantString(footer) is { } text && text.Length > WhatsAppLimits.InteractiveFooterText)
        {
            ReportTooLong(context, footer, "footer text", text.Length, WhatsAppLimits.InteractiveFooterText);
        }
    }

    public static void ReplyButtonsMessage(SendContext context, IObjectCreationOperation creation)
    {
        Common(context, creation, WhatsAppLimits.InteractiveBody);
        var buttons = Operations.Elements(Operations.Argument(creation, "buttons"));
        if (buttons.IsDefault)
        {
            return;
        }

        // A Direct Send sample allows more reply buttons; DirectSendChecks counts them there.
        var max = DirectSendChecks.IsSampleMessage(creation) ? int.MaxValue : WhatsAppLimits.ReplyButtons;
        for (var i = max; i < buttons.Length; i++)
        {
            Report(context, buttons[i], "This reply-button message", $"has {buttons.Length} buttons", $"at most {WhatsAppLimits.ReplyButtons}", $"remove button {i + 1} or send a list message");
        }

        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        var titles = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var element in buttons)
        {
            if (Operations.Unwrap(element) is not IObjectCreationOperation button)
            {
                continue;
            }

            if (Operations.Argument(button, "id") is { } id && Operations.ConstantString(id) is { } idValue && !ids.Add(idValue))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateInteractiveId, id.Syntax.GetLocation(), idValue));
            }

            if (Operations.Argument(button, "title") is { } title && Operations.ConstantString(title) is { } titleValue && !titles.Add(titleValue))
            {
                Report(context, title, $"The button title '{titleValue}'", "is used twice", "each reply-button title once", "make the titles unique");
            }
        }
    }

    public static void ReplyButton(SendContext context, IObjectCreationOperation creation)
    {
        MaxLength(context, Operations.Argument(creation, "title"), WhatsAppLimits.ReplyButtonTitle, "reply button title");
        MaxLength(context, Operations.Argument(creation, "id"), WhatsAppLimits.ReplyButtonId, "reply button id");
        if (Operations.Argument(creation, "title") is { } title && Operations.ConstantString(title) is { Length: 0 })
        {
            Report(context, title, "The reply button title", "is empty", $"1 to {WhatsAppLimits.ReplyButtonTitle} characters", "write the label shown on the button");
        }
    }

    public static void ListMessage(SendContext context, IObjectCreationOperation creation)
    {
        Common(context, creation, WhatsAppLimits.ListBody);
        MaxLength(context, Operations.Argument(creation, "button"), WhatsAppLimits.ListButtonText, "list button text");
        if (Operations.InitializerValue(creation, "Header") is { } header && Operations.Unwrap(header) is IInvocationOperation { TargetMethod.Name: not "Text" } media)
        {
            Report(context, header, "The list message header", $"is InteractiveHeader.{media.TargetMethod.Name}(...)", "only a text header", "replace it with InteractiveHeader.Text(...)");
        }

        var sections = Operations.Elements(Operations.Argument(creation, "sections"));
        if (sections.IsDefault)
        {
            return;
        }

        for (var i = WhatsAppLimits.ListSections; i < sections.Length; i++)
        {
            Report(context, sections[i], "This list message", $"has {sections.Length} sections", $"at most {WhatsAppLimits.ListSections}", "remove this one");
        }

        var rows = 0;
        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var element in sections)
        {
            if (Operations.Unwrap(element) is not IObjectCreationOperation section)
            {
                return;
            }

            if (sections.Length > 1 && Operations.Argument(section, "title") is { } title && title.Value.ConstantValue is { HasValue: true, Value: null })
            {
                Report(context, title, "This section", $"has no title in a list message with {sections.Length} sections", "an untitled section only when it is the only one", $"add a title (at most {WhatsAppLimits.ListSectionTitle} characters)");
            }

            var sectionRows = Operations.Elements(Operations.Argument(section, "rows"));
            if (sectionRows.IsDefault)
            {
                return;
            }

            foreach (var rowElement in sectionRows)
            {
                rows++;
                if (rows == WhatsAppLimits.ListRows + 1)
                {
                    Report(context, rowElement, "This row", $"is row {rows} of the list message", $"at most {WhatsAppLimits.ListRows} rows in all sections together", "remove it and the ones after it");
                }

                if (Operations.Unwrap(rowElement) is IObjectCreationOperation row && Operations.Argument(row, "id") is { } id
                    && Operations.ConstantString(id) is { } idValue && !ids.Add(idValue))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateInteractiveId, id.Syntax.GetLocation(), idValue));
                }
            }
        }
    }

    public static void ListSection(SendContext context, IObjectCreationOperation creation) =>
        MaxLength(context, Operations.Argument(creation, "title"), WhatsAppLimits.ListSectionTitle, "section title");

    public static void ListRow(SendContext context, IObjectCreationOperation creation)
    {
        MaxLength(context, Operations.Argument(creation, "id"), WhatsAppLimits.ListRowId, "row id");
        MaxLength(context, Operations.Argument(creation, "title"), WhatsAppLimits.ListRowTitle, "row title");
        MaxLength(context, Operations.Argument(creation, "description"), WhatsAppLimits.ListRowDescription, "row description");
    }

    public static void CtaUrlMessage(SendContext context, IObjectCreationOperation creation)
    {
        Common(context, creation, WhatsAppLimits.InteractiveBody);
        MaxLength(context, Operations.Argument(creation, "displayText"), WhatsAppLimits.CtaUrlDisplayText, "button text");
        if (Operations.Argument(creation, "url") is { } url && Operations.ConstantString(url) is { } value
            && !value.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase) && !value.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase))
        {
            Report(context, url, $"The CTA URL '{value}'", "is not an http or https URL", "only http and https URLs", "write the full address starting with https://");
        }
    }

    public static void FlowMessage(SendContext context, IObjectCreationOperation creation)
    {
        Common(context, creation, WhatsAppLimits.InteractiveBody);
        var cta = Operations.Argument(creation, "flowCta");
        if (cta is not null && Operations.ConstantString(cta) is { Length: 0 })
        {
            Report(context, cta, "The flowCta", "is empty", $"1 to {WhatsAppLimits.FlowCta} characters", "write the text of the button that opens the flow");
        }

        MaxLength(context, cta, WhatsAppLimits.FlowCta, "flowCta");
    }
}
