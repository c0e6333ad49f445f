using System.Collections.Generic;
using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FlowTypes.Generators.SendCode;

/// <summary>FT3008/FT3009: WhatsApp's limits on constant values of interactive messages.</summary>
internal static class InteractiveChecks
{
    public static void Report(OperationAnalysisContext context, IOperation at, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InteractiveLimitExceeded, at.Syntax.GetLocation(), message));

    private static void MaxLength(OperationAnalysisContext context, IArgumentOperation? argument, int max, string what)
    {
        if (argument is not null && Operations.ConstantString(argument) is { } value && value.Length > max)
        {
            Report(context, argument, $"The {what} has {value.Length} characters; WhatsApp allows at most {max}, shorten it");
        }
    }

    private static void Common(OperationAnalysisContext context, IObjectCreationOperation creation, int maxBody)
    {
        MaxLength(context, Operations.Argument(creation, "body"), maxBody, "body text");
        if (Operations.InitializerValue(creation, "Footer") is { } footer && Operations.ConstantString(footer) is { } text && text.Length > 60)
        {
            Report(context, footer, $"The footer text has {text.Length} characters; WhatsApp allows at most 60, shorten it");
        }
    }

    public static void ReplyButtonsMessage(OperationAnalysisContext context, IObjectCreationOperation creation)
    {
        Common(context, creation, 1024);
        var buttons = Operations.ParamsElements(Operations.Argument(creation, "buttons"));
        if (buttons.IsDefault)
        {
            return;
        }

        for (var i = 3; i < buttons.Length; i++)
        {
            Report(context, buttons[i], $"A reply-button message can have at most 3 buttons; this is button {i + 1}, remove it or send a list message");
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
                Report(context, title, $"The button title '{titleValue}' is used twice; reply-button titles must be unique");
            }
        }
    }

    public static void ReplyButton(OperationAnalysisContext context, IObjectCreationOperation creation)
    {
        MaxLength(context, Operations.Argument(creation, "title"), 20, "reply button title");
        MaxLength(context, Operations.Argument(creation, "id"), 256, "reply button id");
        if (Operations.Argument(creation, "title") is { } title && Operations.ConstantString(title) is { Length: 0 })
        {
            Report(context, title, "The reply button title is empty; write the label shown on the button");
        }
    }

    public static void ListMessage(OperationAnalysisContext context, IObjectCreationOperation creation)
    {
        Common(context, creation, 4096);
        MaxLength(context, Operations.Argument(creation, "button"), 20, "list button text");
        if (Operations.InitializerValue(creation, "Header") is { } header && Operations.Unwrap(header) is IInvocationOperation { TargetMethod.Name: not "Text" } media)
        {
            Report(context, header, $"A list message header can only be text; replace InteractiveHeader.{media.TargetMethod.Name}(...) with InteractiveHeader.Text(...)");
        }

        var sections = Operations.ParamsElements(Operations.Argument(creation, "sections"));
        if (sections.IsDefault)
        {
            return;
        }

        for (var i = 10; i < sections.Length; i++)
        {
            Report(context, sections[i], "A list message can have at most 10 sections; remove this one");
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
                Report(context, title, "A list message with more than one section needs a title on every section; add one (at most 24 characters)");
            }

            var sectionRows = Operations.ParamsElements(Operations.Argument(section, "rows"));
            if (sectionRows.IsDefault)
            {
                return;
            }

            foreach (var rowElement in sectionRows)
            {
                rows++;
                if (rows == 11)
                {
                    Report(context, rowElement, "A list message can have at most 10 rows in all sections together; remove this row and the ones after it");
                }

                if (Operations.Unwrap(rowElement) is IObjectCreationOperation row && Operations.Argument(row, "id") is { } id
                    && Operations.ConstantString(id) is { } idValue && !ids.Add(idValue))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateInteractiveId, id.Syntax.GetLocation(), idValue));
                }
            }
        }
    }

    public static void ListSection(OperationAnalysisContext context, IObjectCreationOperation creation) =>
        MaxLength(context, Operations.Argument(creation, "title"), 24, "section title");

    public static void ListRow(OperationAnalysisContext context, IObjectCreationOperation creation)
    {
        MaxLength(context, Operations.Argument(creation, "id"), 200, "row id");
        MaxLength(context, Operations.Argument(creation, "title"), 24, "row title");
        MaxLength(context, Operations.Argument(creation, "description"), 72, "row description");
    }

    public static void CtaUrlMessage(OperationAnalysisContext context, IObjectCreationOperation creation)
    {
        Common(context, creation, 1024);
        MaxLength(context, Operations.Argument(creation, "displayText"), 20, "button text");
        if (Operations.Argument(creation, "url") is { } url && Operations.ConstantString(url) is { } value
            && !value.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase) && !value.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase))
        {
            Report(context, url, $"The CTA URL '{value}' is not an http or https URL; write the full address starting with https://");
        }
    }

    public static void FlowMessage(OperationAnalysisContext context, IObjectCreationOperation creation)
    {
        Common(context, creation, 1024);
        var cta = Operations.Argument(creation, "flowCta");
        if (cta is not null && Operations.ConstantString(cta) is { Length: 0 })
        {
            Report(context, cta, "The flowCta is empty; write the text of the button that opens the flow (at most 20 characters)");
        }

        MaxLength(context, cta, 20, "flowCta");
    }
}
