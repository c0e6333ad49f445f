using System.Collections.Generic;
using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Shared;
using FlowTypes.Generators.Templates.Document;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FlowTypes.Generators.SendCode;

/// <summary>
/// FT3030/FT3031: the carousel of a template send against the template's cards, card by card index. Takes components and
/// cards already resolved from the C# code (<see cref="SentCard"/>); it walks no operations of its own beyond the
/// parameters of one card component.
/// </summary>
internal static class CarouselChecks
{
    /// <summary>Checks the carousel component (or its absence) of a send of <paramref name="template"/>.</summary>
    /// <param name="context">The analysis context to report to.</param>
    /// <param name="template">The registered template.</param>
    /// <param name="language">The language of the send.</param>
    /// <param name="nameArgument">The template name argument (where a missing carousel is reported).</param>
    /// <param name="carousel">The <c>TemplateComponent.Carousel(...)</c> call of the send, or null.</param>
    /// <param name="cards">The cards of that call, or default when they are not all visible.</param>
    public static void Check(SendContext context, TemplateDefinition template, string language, IArgumentOperation nameArgument, IInvocationOperation? carousel, ImmutableArray<SentCard> cards)
    {
        var expected = template.Cards.Length;
        if (!template.IsCarousel)
        {
            if (carousel is not null)
            {
                Report(context, DiagnosticDescriptors.CarouselCardsMismatch, carousel, $"Template '{template.Name}' ({language}) has no carousel; remove this carousel component");
            }

            return;
        }

        if (carousel is null)
        {
            Report(context, DiagnosticDescriptors.CarouselCardsMismatch, nameArgument, $"Template '{template.Name}' ({language}) is a carousel with {expected} cards; add TemplateComponent.Carousel(...) with one CarouselCard per card");
            return;
        }

        if (cards.IsDefault)
        {
            return;
        }

        // Meta, Product card carousel templates: "An approved template with two product cards can be used to send up to
        // 10 cards"; a media card carousel is sent with exactly the cards it was created with.
        var products = expected > 0 && template.Cards[0].HeaderFormat == "PRODUCT";
        var last = (products ? WhatsAppLimits.ProductCarouselCards : expected) - 1;
        if (products && cards.Length > WhatsAppLimits.ProductCarouselCards)
        {
            Report(context, DiagnosticDescriptors.CarouselCardsMismatch, carousel, $"Template '{template.Name}' ({language}) is a product card carousel; it is sent with up to {WhatsAppLimits.ProductCarouselCards} cards, but {cards.Length} are sent");
        }
        else if (!products && cards.Length != expected)
        {
            Report(context, DiagnosticDescriptors.CarouselCardsMismatch, carousel, $"Template '{template.Name}' ({language}) has {expected} cards but {cards.Length} are sent; a carousel is sent with exactly the number of cards it was created with");
        }

        var seen = new HashSet<int>();
        foreach (var card in cards)
        {
            if (card.Index is not { } index)
            {
                continue;
            }

            if (index < 0 || index > last)
            {
                var range = products ? $"is a product card carousel, sent with cards 0 to {last}" : $"has cards 0 to {last}";
                Report(context, DiagnosticDescriptors.CarouselCardsMismatch, card.IndexArgument, $"Template '{template.Name}' ({language}) {range}; there is no card {index}");
                continue;
            }

            if (!seen.Add(index))
            {
                Report(context, DiagnosticDescriptors.CarouselCardsMismatch, card.IndexArgument, $"Card {index} is sent twice; give every card its own index from 0 to {last}");
                continue;
            }

            if (!card.Components.IsDefault)
            {
                // Product cards are all alike (FT2023): a card beyond the ones the template defines is checked against card 0.
                CheckCard(context, template, language, template.Cards[index < expected ? index : 0], card, index);
            }
        }
    }

    /// <summary>Checks one sent card's header, body and buttons against the template card with the same index.</summary>
    public static void CheckCard(SendContext context, TemplateDefinition template, string language, TemplateCardDefinition definition, SentCard card, int cardIndex)
    {
        void Mismatch(IOperation at, string message) =>
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CarouselCardParameterMismatch, at.Syntax.GetLocation(), cardIndex, template.Name, language, message));

        IInvocationOperation? header = null;
        IInvocationOperation? body = null;
        var buttons = new List<IInvocationOperation>();
        foreach (var component in card.Components)
        {
            switch (component.TargetMethod.Name)
            {
                case "Header":
                    header ??= component;
                    break;
                case "Body":
                    body ??= component;
                    break;
                case "Button":
                    buttons.Add(component);
                    break;
            }
        }

        // Header: the card's media (IMAGE or VIDEO) or catalog item (PRODUCT).
        var format = definition.HeaderFormat;
        var expectedHeader = format is "IMAGE" or "VIDEO" or "PRODUCT" ? TemplateChecks.HeaderParameter(format) : null;
        if (header is null)
        {
            if (expectedHeader is not null)
            {
                Mismatch(card.Creation, $"the card has {(format == "IMAGE" ? "an" : "a")} {format} header; add TemplateComponent.Header(TemplateParameter.{expectedHeader}(...))");
            }
        }
        else if (header.Arguments.Length == 1 && Operations.Unwrap(header.Arguments[0].Value) is IInvocationOperation parameter
                 && parameter.TargetMethod.ContainingType?.Name == "TemplateParameter" && expectedHeader is not null && parameter.TargetMethod.Name != expectedHeader)
        {
            Mismatch(header.Arguments[0], $"the card has {(format == "IMAGE" ? "an" : "a")} {format} header; send TemplateParameter.{expectedHeader}(...) instead of TemplateParameter.{parameter.TargetMethod.Name}(...)");
        }

        // Body: one value per card body variable.
        var variables = definition.Body?.DistinctVariableCount ?? 0;
        if (body is null)
        {
            if (variables > 0)
            {
                Mismatch(card.Creation, $"the card body has {variables} variable(s); add TemplateComponent.Body(...) with {variables} value(s)");
            }
        }
        else
        {
            var values = Operations.Elements(Operations.Argument(body, "parameters"));
            if (!values.IsDefault && values.Length != variables)
            {
                Mismatch(values.Length > variables ? values[variables] : body, $"the card body has {variables} variable(s) but {values.Length} value(s) are sent; send exactly {variables}");
            }
        }

        // Buttons: index within the card, sub-type, and every button that needs a value gets one.
        var sent = new HashSet<int>();
        var unknownIndex = false;
        foreach (var button in buttons)
        {
            var indexArgument = Operations.Argument(button, "index");
            if (indexArgument is null || Operations.ConstantInt(indexArgument.Value) is not { } index)
            {
                unknownIndex = true;
                continue;
            }

            sent.Add(index);
            if (index < 0 || index >= definition.Buttons.Length)
            {
                var range = definition.Buttons.Length == 0 ? "the card has no buttons; remove this button component" : $"the card has {definition.Buttons.Length} button(s); use an index from 0 to {definition.Buttons.Length - 1}";
                Mismatch(indexArgument, range);
                continue;
            }

            var target = definition.Buttons[index];
            if (target.ExpectedSubType is not { } expectedSubType)
            {
                var kind = target.Type == "URL" ? "static URL" : target.Type ?? "untyped";
                Mismatch(indexArgument, $"button {index} of the card is a {kind} button and takes no parameters; remove this button component or fix the index");
                continue;
            }

            if (Operations.Argument(button, "subType") is { } subTypeArgument && Operations.ConstantString(subTypeArgument) is { } subType
                && !string.Equals(subType, expectedSubType, System.StringComparison.OrdinalIgnoreCase))
            {
                Mismatch(subTypeArgument, $"button {index} of the card is a {target.Type} button; use subType \"{expectedSubType}\" instead of \"{subType}\"");
            }
        }

        if (unknownIndex)
        {
            return;
        }

        foreach (var button in definition.Buttons)
        {
            if (button.RequiresParameter && !sent.Contains(button.Index))
            {
                var kind = button.Type == "URL" ? "URL (with a variable)" : button.Type;
                var subType = button.ExpectedSubTypeConstant is { } constant ? "ButtonSubType." + constant : "\"" + button.ExpectedSubType + "\"";
                Mismatch(card.Creation, $"button {button.Index} of the card is a {kind} button that needs a parameter; add TemplateComponent.Button({button.Index}, {subType}, ...)");
            }
        }
    }

    private static void Report(SendContext context, DiagnosticDescriptor descriptor, IOperation at, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(descriptor, at.Syntax.GetLocation(), message));

    /// <summary>One <c>new CarouselCard(cardIndex, components...)</c> of a send, resolved from the C# code.</summary>
    internal readonly struct SentCard
    {
        public SentCard(IOperation creation, IArgumentOperation indexArgument, int? index, ImmutableArray<IInvocationOperation> components)
        {
            Creation = creation;
            IndexArgument = indexArgument;
            Index = index;
            Components = components;
        }

        /// <summary>The card creation (where a missing card component is reported).</summary>
        public IOperation Creation { get; }

        /// <summary>The <c>cardIndex</c> argument.</summary>
        public IArgumentOperation IndexArgument { get; }

        /// <summary>The constant card index, or null when it is computed at run time.</summary>
        public int? Index { get; }

        /// <summary>The card's <c>TemplateComponent</c> calls, or default when a component is built elsewhere.</summary>
        public ImmutableArray<IInvocationOperation> Components { get; }
    }
}
