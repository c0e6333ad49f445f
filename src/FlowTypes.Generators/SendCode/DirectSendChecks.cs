using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FlowTypes.Generators.SendCode;

/// <summary>
/// FT3032: a <c>new DirectSendSample(...)</c> against 8x8's "Submit WhatsApp Direct Send Sample": a text that is not
/// empty; an interactive message whose header is text only, whose body and button texts are not empty, with at most
/// 10 reply buttons. The message inside is checked as any interactive message is (FT3008, FT3009), except that a sample
/// may have up to 10 reply buttons instead of 3.
/// </summary>
internal static class DirectSendChecks
{
    public static void Sample(SendContext context, IObjectCreationOperation creation)
    {
        if (Operations.Argument(creation, "text") is { } text)
        {
            Empty(context, text, "the text of a text sample is empty; write the message text");
            return;
        }

        if (Operations.Argument(creation, "interactive") is not { } argument || Operations.Unwrap(argument.Value) is not IObjectCreationOperation message)
        {
            return;
        }

        if (Operations.InitializerValue(message, "Header") is { } header && Operations.Unwrap(header) is IInvocationOperation { TargetMethod.Name: not "Text" } media)
        {
            Report(context, header, $"a sample's header is text only; replace InteractiveHeader.{media.TargetMethod.Name}(...) with InteractiveHeader.Text(...) or remove it");
        }

        if (Operations.Argument(message, "body") is { } body)
        {
            Empty(context, body, "the body text is empty; write the message text");
        }

        if (Operations.Argument(message, "displayText") is { } displayText)
        {
            Empty(context, displayText, "the button text (display_text) is empty; write the text of the call-to-action button");
        }

        var buttons = Operations.Elements(Operations.Argument(message, "buttons"));
        if (buttons.IsDefault)
        {
            return;
        }

        if (buttons.Length == 0 && message.Type?.Name == "ReplyButtonsMessage")
        {
            Report(context, message, "a reply-button sample has no buttons; add at least one ReplyButton");
        }

        for (var i = WhatsAppLimits.DirectSendReplyButtons; i < buttons.Length; i++)
        {
            Report(context, buttons[i], $"a sample has at most {WhatsAppLimits.DirectSendReplyButtons} reply buttons; this is button {i + 1}, remove it");
        }

        foreach (var element in buttons)
        {
            if (Operations.Unwrap(element) is IObjectCreationOperation button && Operations.Argument(button, "id") is { } id)
            {
                Empty(context, id, "the reply button id is empty; give every button an id");
            }
        }
    }

    /// <summary>
    /// True when <paramref name="message"/> is written as the argument of a <c>new DirectSendSample(...)</c>: its reply
    /// buttons are then counted against the sample's limit (10) by <see cref="Sample"/>, not against a message's (3).
    /// </summary>
    public static bool IsSampleMessage(IObjectCreationOperation message)
    {
        IOperation? parent = message.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: IObjectCreationOperation { Type: { Name: "DirectSendSample" } sample } }
            && sample.ContainingNamespace?.ToDisplayString() + "." == SendPayloadAnalyzer.SendingNamespace;
    }

    private static void Empty(SendContext context, IArgumentOperation argument, string message)
    {
        if (Operations.ConstantString(argument) is { } value && value.Trim().Length == 0)
        {
            Report(context, argument, message);
        }
    }

    private static void Report(SendContext context, IOperation at, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidDirectSendSample, at.Syntax.GetLocation(), message));
}
