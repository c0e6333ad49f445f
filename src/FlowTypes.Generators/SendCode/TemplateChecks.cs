using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Templates.Document;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FlowTypes.Generators.SendCode;

/// <summary>FT3001-FT3007, FT3010: a constant <c>new TemplateMessage(name, language, components...)</c> against its template.</summary>
internal static class TemplateChecks
{
    public static void Analyze(SendContext context, IObjectCreationOperation creation, TemplateRegistry registry, FlowIndex flows)
    {
        if (registry.IsEmpty)
        {
            return;
        }

        var nameArgument = Operations.Argument(creation, "name");
        var languageArgument = Operations.Argument(creation, "language");
        if (nameArgument is null || languageArgument is null
            || Operations.ConstantString(nameArgument) is not { } name
            || Operations.ConstantString(languageArgument) is not { } language)
        {
            return;
        }

        if (!registry.TryGet(name, language, out var template, out var languages))
        {
            if (languages is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownTemplate, nameArgument.Syntax.GetLocation(), name, string.Empty));
            }
            else
            {
                var known = string.Join(", ", languages.OrderBy(l => l, System.StringComparer.Ordinal));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownTemplate, languageArgument.Syntax.GetLocation(), name, $" in language '{language}' (registered: {known})"));
            }

            return;
        }

        CheckStatus(context, template!, nameArgument);

        var components = Operations.Elements(Operations.Argument(creation, "components"));
        if (components.IsDefault)
        {
            return;
        }

        var calls = new List<IInvocationOperation>();
        foreach (var element in components)
        {
            if (Operations.Unwrap(element) is IInvocationOperation call && call.TargetMethod.ContainingType?.Name == "TemplateComponent")
            {
                calls.Add(call);
            }
            else
            {
                // A component built elsewhere: its contents are not visible, so do not guess.
                return;
            }
        }

        var t = template!;
        var header = calls.FirstOrDefault(c => c.TargetMethod.Name == "Header");
        var body = calls.FirstOrDefault(c => c.TargetMethod.Name == "Body");
        CheckHeader(context, t, language, header, nameArgument);
        CheckBody(context, t, language, body, nameArgument);

        var sentIndexes = new HashSet<int>();
        var unknownIndex = false;
        foreach (var call in calls.Where(c => c.TargetMethod.Name == "Button"))
        {
            var index = Operations.Argument(call, "index") is { } indexArgument ? Operations.ConstantInt(indexArgument.Value) : null;
            if (index is null)
            {
                unknownIndex = true;
                continue;
            }

            sentIndexes.Add(index.Value);
            CheckButton(context, t, call, index.Value, flows);
        }

        // Carousel cards: resolved here from the written components, checked by CarouselChecks against the template's cards.
        var carousel = calls.FirstOrDefault(c => c.TargetMethod.Name == "Carousel");
        CarouselChecks.Check(context, t, language, nameArgument, carousel, carousel is null ? default : ReadCards(carousel));

        if (!unknownIndex)
        {
            foreach (var button in t.Buttons)
            {
                if (button.RequiresParameter && !sentIndexes.Contains(button.Index))
                {
                    var kind = button.Type == "URL" ? "URL (with a variable)" : button.Type;
                    var subType = button.ExpectedSubTypeConstant is { } constant ? "ButtonSubType." + constant : "\"" + button.ExpectedSubType + "\"";
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingButtonParameter, nameArgument.Syntax.GetLocation(), name, language, kind, button.Index, subType));
                }
            }
        }
    }

    private static void CheckHeader(SendContext context, TemplateDefinition template, string language, IInvocationOperation? header, IArgumentOperation nameArgument)
    {
        var format = template.HeaderFormat;
        var needsText = format == "TEXT" && template.Header!.DistinctVariableCount > 0;
        var expected = format == "TEXT" ? (needsText ? "Text" : null) : HeaderParameter(format);

        if (header is null)
        {
            if (expected is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.MissingHeaderParameter,
                    nameArgument.Syntax.GetLocation(),
                    template.Name,
                    language,
                    format,
                    $"TemplateParameter.{expected}(...)"));
            }

            return;
        }

        var argument = header.Arguments.Length == 1 ? header.Arguments[0] : null;
        if (argument is null)
        {
            return;
        }

        if (format is null || (format == "TEXT" && !needsText))
        {
            var what = format is null ? "has no header" : "has a fixed text header without a variable";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HeaderParameterMismatch, argument.Syntax.GetLocation(), $"Template '{template.Name}' ({language}) {what}; remove this header component"));
            return;
        }

        if (expected is null || Operations.Unwrap(argument.Value) is not IInvocationOperation parameter || parameter.TargetMethod.ContainingType?.Name != "TemplateParameter")
        {
            return;
        }

        if (parameter.TargetMethod.Name != expected)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.HeaderParameterMismatch,
                argument.Syntax.GetLocation(),
                $"Template '{template.Name}' ({language}) has a {format} header; send TemplateParameter.{expected}(...) instead of TemplateParameter.{parameter.TargetMethod.Name}(...)"));
        }
    }

    /// <summary>The <c>TemplateParameter</c> method a header of a media or product <paramref name="format"/> is sent with, or null (TEXT, LOCATION, none).</summary>
    internal static string? HeaderParameter(string? format) => format switch
    {
        "IMAGE" => "Image",
        "VIDEO" => "Video",
        "DOCUMENT" => "Document",
        "PRODUCT" => "Product",
        _ => null,
    };

    private static void CheckBody(SendContext context, TemplateDefinition template, string language, IInvocationOperation? body, IArgumentOperation nameArgument)
    {
        var expected = template.BodyVariableCount;
        if (body is null)
        {
            if (expected > 0)
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(SendPayloadAnalyzer.MissingCountProperty, expected.ToString(CultureInfo.InvariantCulture))
                    .Add(SendPayloadAnalyzer.ExamplesProperty, template.Body is { } definition ? MissingExamples(definition, 0, expected) : string.Empty)
                    .Add(SendPayloadAnalyzer.MissingBodyComponentProperty, "true");
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingBodyParameters, nameArgument.Syntax.GetLocation(), properties, template.Name, language, expected, 0));
            }

            return;
        }

        var parameters = Operations.Elements(Operations.Argument(body, "parameters"));
        if (parameters.IsDefault)
        {
            return;
        }

        if (parameters.Length < expected)
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(SendPayloadAnalyzer.MissingCountProperty, (expected - parameters.Length).ToString(CultureInfo.InvariantCulture))
                .Add(SendPayloadAnalyzer.ExamplesProperty, MissingExamples(template.Body!, parameters.Length, expected));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingBodyParameters, body.Syntax.GetLocation(), properties, template.Name, language, expected, parameters.Length));
        }

        for (var i = expected; i < parameters.Length; i++)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ExtraBodyParameter, parameters[i].Syntax.GetLocation(), template.Name, language, expected));
        }
    }

    /// <summary>
    /// The cards of a written <c>TemplateComponent.Carousel(new CarouselCard(i, components...), ...)</c>, or default when
    /// any card or card component is built elsewhere (its contents are not visible, so nothing is guessed).
    /// </summary>
    private static ImmutableArray<CarouselChecks.SentCard> ReadCards(IInvocationOperation carousel)
    {
        var elements = Operations.Elements(Operations.Argument(carousel, "cards"));
        if (elements.IsDefault)
        {
            return default;
        }

        var cards = ImmutableArray.CreateBuilder<CarouselChecks.SentCard>(elements.Length);
        foreach (var element in elements)
        {
            if (Operations.Unwrap(element) is not IObjectCreationOperation { Type.Name: "CarouselCard" } creation
                || Operations.Argument(creation, "cardIndex") is not { } indexArgument)
            {
                return default;
            }

            var components = Operations.Elements(Operations.Argument(creation, "components"));
            var calls = ImmutableArray.CreateBuilder<IInvocationOperation>();
            foreach (var component in components.IsDefault ? ImmutableArray<IOperation>.Empty : components)
            {
                if (Operations.Unwrap(component) is IInvocationOperation call && call.TargetMethod.ContainingType?.Name == "TemplateComponent")
                {
                    calls.Add(call);
                }
                else
                {
                    components = default;
                    break;
                }
            }

            cards.Add(new CarouselChecks.SentCard(creation, indexArgument, Operations.ConstantInt(indexArgument.Value), components.IsDefault ? default : calls.ToImmutable()));
        }

        return cards.MoveToImmutable();
    }

    /// <summary>The example values of the missing variables, separated by U+001F (empty when the file has none).</summary>
    private static string MissingExamples(TemplateComponentDefinition body, int from, int to)
    {
        var values = new List<string>();
        for (var i = from; i < to; i++)
        {
            values.Add(!body.Examples.IsDefault && i < body.Examples.Length ? body.Examples[i] : string.Empty);
        }

        return string.Join(SendPayloadAnalyzer.ExampleSeparator, values);
    }

    private static void CheckButton(SendContext context, TemplateDefinition template, IInvocationOperation call, int index, FlowIndex flows)
    {
        var indexArgument = Operations.Argument(call, "index")!;
        if (index < 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidButtonIndex, indexArgument.Syntax.GetLocation(), $"A button index is 0-based and cannot be {index}; use the position of the button in template '{template.Name}'"));
            return;
        }

        if (index >= template.Buttons.Length)
        {
            var range = template.Buttons.Length == 0 ? "has no buttons; remove this button component" : $"has {template.Buttons.Length} button(s); use an index from 0 to {template.Buttons.Length - 1}";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidButtonIndex, indexArgument.Syntax.GetLocation(), $"Template '{template.Name}' {range}"));
            return;
        }

        var button = template.Buttons[index];
        var expectedSubType = button.ExpectedSubType;
        if (expectedSubType is null)
        {
            var kind = button.Type == "URL" ? "static URL" : button.Type ?? "untyped";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidButtonIndex,
                indexArgument.Syntax.GetLocation(),
                $"The button at index {index} of template '{template.Name}' is a {kind} button and takes no parameters; remove this button component or fix the index"));
            return;
        }

        if (Operations.Argument(call, "subType") is { } subTypeArgument && Operations.ConstantString(subTypeArgument) is { } subType
            && !string.Equals(subType, expectedSubType, System.StringComparison.OrdinalIgnoreCase))
        {
            // Sub-type and parameters agree with each other and with another button: the index is what is wrong.
            var intended = IndexOfButtonFor(template, subType, index);
            if (intended >= 0 && ParametersFit(call, subType))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidButtonIndex,
                    indexArgument.Syntax.GetLocation(),
                    $"The button at index {index} of template '{template.Name}' is a {button.Type} button, but this '{subType}' parameter is for the {template.Buttons[intended].Type} button at index {intended}; use index {intended}"));
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(SendPayloadAnalyzer.ExpectedSubTypeProperty, expectedSubType);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.WrongButtonSubType,
                subTypeArgument.Syntax.GetLocation(),
                properties,
                index,
                template.Name,
                button.Type,
                expectedSubType,
                subType));
            return;
        }

        // A FLOW button opened on a screen: the screen must exist in the flow the template button launches.
        if (button.Type == "FLOW" && button.FlowIdNode?.Value is { } flowId && flows.TryGet(flowId, out var flow))
        {
            var parameters = Operations.Elements(Operations.Argument(call, "parameters"));
            foreach (var parameter in parameters.IsDefault ? ImmutableArray<IOperation>.Empty : parameters)
            {
                if (Operations.Unwrap(parameter) is IInvocationOperation { TargetMethod.Name: "Action" } action
                    && Operations.Argument(action, "flowActionData") is { } data)
                {
                    FlowChecks.CheckScreen(context, data.Value, flowId, flow);
                }
            }
        }
    }

    /// <summary>The index of another button of the template that takes parameters of this sub-type, or -1.</summary>
    private static int IndexOfButtonFor(TemplateDefinition template, string subType, int excluding)
    {
        for (var i = 0; i < template.Buttons.Length; i++)
        {
            if (i != excluding && string.Equals(template.Buttons[i].ExpectedSubType, subType, System.StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when every constant parameter is of the kind a button of this sub-type takes (url: text, quick_reply: payload, ...).</summary>
    private static bool ParametersFit(IInvocationOperation call, string subType)
    {
        var expected = subType.ToLowerInvariant() switch
        {
            "url" => "Text",
            "quick_reply" => "Payload",
            "flow" => "Action",
            "copy_code" => "CouponCode",
            "catalog" => "CatalogAction",
            "mpm" => "ProductListAction",
            _ => null,
        };
        var parameters = Operations.Elements(Operations.Argument(call, "parameters"));
        if (expected is null || parameters.IsDefaultOrEmpty)
        {
            return false;
        }

        foreach (var parameter in parameters)
        {
            if (Operations.Unwrap(parameter) is not IInvocationOperation { TargetMethod.Name: var method } || method != expected)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// FT3013/FT3014: a template whose file carries an 8x8 <c>status</c> (the Get shape) other than APPROVED. Statuses
    /// that stop sends until someone acts are errors; ones that may still turn into APPROVED are warnings.
    /// </summary>
    private static void CheckStatus(SendContext context, TemplateDefinition template, IArgumentOperation nameArgument)
    {
        var status = template.Status;
        if (status is null or "APPROVED")
        {
            return;
        }

        var descriptor = status is "REJECTED" or "PAUSED" or "DISABLED" or "DELETED" or "PENDING_DELETION" or "LIMIT_EXCEEDED" or "ARCHIVED"
            ? DiagnosticDescriptors.TemplateNotSendable
            : DiagnosticDescriptors.TemplateNotApprovedYet;
        context.ReportDiagnostic(Diagnostic.Create(descriptor, nameArgument.Syntax.GetLocation(), template.Name, template.Language, status));
    }
}
