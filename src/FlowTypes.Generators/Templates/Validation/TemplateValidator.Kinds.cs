using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Templates.Document;
using Microsoft.CodeAnalysis.Text;
using static FlowTypes.Generators.Core.Diagnostics.DiagnosticDescriptors;

namespace FlowTypes.Generators.Templates.Validation;

/// <summary>
/// The template kinds and properties of the 8x8 "Add WhatsApp template" reference beyond header, body, footer and
/// buttons: CAROUSEL cards, CALL_PERMISSION_REQUEST, the AUTHENTICATION-only BODY/FOOTER properties, the VOICE_CALL
/// button's <c>ttlMinutes</c>, the FLOW button's <c>flowAction</c>/<c>navigateScreen</c>, a button's <c>country</c>,
/// and the template settings <c>message_send_ttl_seconds</c> and <c>allow_category_change</c>.
/// </summary>
internal static partial class TemplateValidator
{
    public const int MinCards = 2;
    public const int MaxCards = 10;
    public const int MaxCardButtons = 2;
    public const int MaxCardBodyLength = 160;
    public const int MinVoiceCallTtlMinutes = 1440;
    public const int MaxVoiceCallTtlMinutes = 43200;
    public const int MinCodeExpirationMinutes = 1;
    public const int MaxCodeExpirationMinutes = 90;

    /// <summary>8x8 "Add WhatsApp template", <c>cards[].buttons[].type</c>.</summary>
    private static readonly string[] CardButtonTypes = { "PHONE_NUMBER", "URL", "QUICK_REPLY", "OTP", "COPY_CODE" };

    private static void CheckSettings(TemplateDefinition template, string? category, Reporter report)
    {
        if (template.Node.Find("allow_category_change") is { } allow && allow.Value.Kind is not (JsonKind.True or JsonKind.False))
        {
            report(InvalidTemplateSetting, allow.Value.Span, $"'allow_category_change' must be true or false, but it is {Describe(allow.Value)}");
        }

        if (template.Node.Find("message_send_ttl_seconds") is not { } ttl)
        {
            return;
        }

        if (ttl.Value is not JsonNumber { IsInteger: true } number || !long.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
        {
            report(InvalidTemplateSetting, ttl.Value.Span, $"'message_send_ttl_seconds' must be a whole number of seconds, but it is {Describe(ttl.Value)}");
            return;
        }

        // 8x8 "Add WhatsApp template" (and Meta, Time-to-live): AUTHENTICATION 30-900 or -1, UTILITY 30-43200 or -1, MARKETING 43200-2592000.
        var (min, max, minusOne) = category switch
        {
            "AUTHENTICATION" => (30L, 900L, true),
            "UTILITY" => (30L, 43200L, true),
            "MARKETING" => (43200L, 2592000L, false),
            _ => (0L, 0L, false),
        };
        if (max == 0 || (seconds == -1 && minusOne) || (seconds >= min && seconds <= max))
        {
            return;
        }

        var allowed = minusOne ? $"{min} to {max} seconds, or -1 for 30 days" : $"{min} to {max} seconds";
        report(InvalidTemplateSetting, number.Span, $"'message_send_ttl_seconds' is {seconds}; {category} templates allow {allowed}");
    }

    /// <summary><c>add_security_recommendation</c> (BODY) and <c>code_expiration_minutes</c> (FOOTER): AUTHENTICATION only.</summary>
    private static void CheckComponentProperties(TemplateDefinition template, string? category, Reporter report)
    {
        foreach (var component in ComponentObjects(template))
        {
            var type = component.GetString("type")?.ToUpperInvariant();
            if (component.Find("add_security_recommendation") is { } security)
            {
                if (CheckAuthenticationOnly(security, type, "BODY", category, report)
                    && security.Value.Kind is not (JsonKind.True or JsonKind.False))
                {
                    report(AuthenticationOnlyProperty, security.Value.Span, $"'add_security_recommendation' must be true or false, but it is {Describe(security.Value)}");
                }
            }

            if (component.Find("code_expiration_minutes") is { } expiration
                && CheckAuthenticationOnly(expiration, type, "FOOTER", category, report)
                && (expiration.Value is not JsonNumber { IsInteger: true } minutes || minutes.Value < MinCodeExpirationMinutes || minutes.Value > MaxCodeExpirationMinutes))
            {
                report(AuthenticationOnlyProperty, expiration.Value.Span, $"'code_expiration_minutes' must be a whole number from {MinCodeExpirationMinutes} to {MaxCodeExpirationMinutes}, but it is {Describe(expiration.Value)}");
            }
        }
    }

    /// <summary>Reports a property on the wrong component or outside AUTHENTICATION; returns true when it is in the right place.</summary>
    private static bool CheckAuthenticationOnly(JsonProperty property, string? componentType, string expectedComponent, string? category, Reporter report)
    {
        if (componentType != expectedComponent)
        {
            report(AuthenticationOnlyProperty, property.NameSpan, $"'{property.Name}' belongs to the {expectedComponent} component of an AUTHENTICATION template, not to {(componentType is null ? "this component" : "the " + componentType + " component")}; move or remove it");
            return false;
        }

        if (category is not null && category != "AUTHENTICATION")
        {
            report(AuthenticationOnlyProperty, property.NameSpan, $"'{property.Name}' is only for AUTHENTICATION templates, and this template is {category}; remove it");
            return false;
        }

        return true;
    }

    /// <summary>The top-level component objects and every card's component objects.</summary>
    private static IEnumerable<JsonObject> ComponentObjects(TemplateDefinition template)
    {
        foreach (var item in template.ComponentsNode?.Items ?? ImmutableArray<JsonNode>.Empty)
        {
            if (item is JsonObject component)
            {
                yield return component;
            }
        }

        foreach (var card in template.Cards)
        {
            foreach (var item in card.ComponentsNode?.Items ?? ImmutableArray<JsonNode>.Empty)
            {
                if (item is JsonObject component)
                {
                    yield return component;
                }
            }
        }
    }

    /// <summary><c>ttlMinutes</c> (VOICE_CALL only, 1440..43200), <c>flowAction</c>/<c>navigateScreen</c> (FLOW only), <c>country</c> (two letters).</summary>
    private static void CheckButtonProperties(ImmutableArray<TemplateButtonDefinition> buttons, Reporter report)
    {
        foreach (var button in buttons)
        {
            var type = button.Type;
            if (type is null)
            {
                continue;
            }

            if (button.TtlMinutes is { } ttl)
            {
                if (type != "VOICE_CALL")
                {
                    report(InvalidVoiceCallButton, ttl.NameSpan, $"'ttlMinutes' is only for VOICE_CALL buttons, and this is a {type} button; remove it");
                }
                else if (ttl.Value is not JsonNumber { IsInteger: true } minutes || minutes.Value < MinVoiceCallTtlMinutes || minutes.Value > MaxVoiceCallTtlMinutes)
                {
                    report(InvalidVoiceCallButton, ttl.Value.Span, $"'ttlMinutes' must be a whole number from {MinVoiceCallTtlMinutes} (1 day) to {MaxVoiceCallTtlMinutes} (30 days), but it is {Describe(ttl.Value)}");
                }
            }

            CheckFlowAction(button, type, report);

            if (button.Country is { } country && (country.Value is not JsonString code || code.Value.Length != 2 || !IsAll(code.Value.ToUpperInvariant(), 'A', 'Z')))
            {
                report(InvalidButtonCountry, country.Value.Span, country.Value is JsonString text ? text.Value : Describe(country.Value));
            }
        }
    }

    private static void CheckFlowAction(TemplateButtonDefinition button, string type, Reporter report)
    {
        foreach (var property in new[] { button.FlowAction, button.NavigateScreen })
        {
            if (property is not null && type != "FLOW")
            {
                report(InvalidFlowButtonAction, property.NameSpan, $"'{property.Name}' is only for FLOW buttons, and this is a {type} button; remove it");
            }
        }

        if (type != "FLOW")
        {
            return;
        }

        if (button.FlowAction is { } action && (action.Value is not JsonString value || value.Value.ToLowerInvariant() is not ("navigate" or "data_exchange")))
        {
            report(InvalidFlowButtonAction, action.Value.Span, $"'{action.Name}' must be \"navigate\" or \"data_exchange\", but it is {Describe(action.Value)}");
            return;
        }

        if (button.NavigateScreen is not { } screen)
        {
            return;
        }

        if (screen.Value is not JsonString { Value.Length: > 0 } screenName)
        {
            report(InvalidFlowButtonAction, screen.Value.Span, $"'{screen.Name}' must be the id of a screen of the flow, but it is {Describe(screen.Value)}");
        }
        else if (button.FlowActionValue == "data_exchange")
        {
            report(NavigateScreenIgnored, screen.NameSpan, screenName.Value);
        }
    }

    /// <summary>CALL_PERMISSION_REQUEST: MARKETING or UTILITY only (Meta, Call permission request message template).</summary>
    private static void CheckCallPermissionRequest(TemplateDefinition template, string? category, Reporter report)
    {
        if (template.CallPermissionRequest is { } component && category == "AUTHENTICATION")
        {
            report(InvalidTemplateCategory, TypeSpan(component), "A CALL_PERMISSION_REQUEST component is only allowed in MARKETING or UTILITY templates; change the category or remove the component");
        }
    }

    private static void CheckCarousel(TemplateDefinition template, string? category, Reporter report)
    {
        foreach (var item in template.ComponentsNode!.Items)
        {
            if (item is JsonObject component && component.Find("cards") is { } misplaced && component.GetString("type")?.ToUpperInvariant() != "CAROUSEL")
            {
                report(InvalidCarousel, misplaced.NameSpan, "'cards' belongs to the CAROUSEL component only; move the cards into {\"type\":\"CAROUSEL\",\"cards\":[...]}");
            }
        }

        if (template.CarouselComponent is not { } carousel)
        {
            return;
        }

        var carouselType = TypeSpan(carousel);
        if (category is not null && category != "MARKETING")
        {
            report(InvalidTemplateCategory, carouselType, "A CAROUSEL component is only allowed in MARKETING templates; change the category or remove the carousel");
        }

        // A carousel template is the message body plus the cards: header, footer and buttons live in the cards.
        foreach (var item in template.ComponentsNode!.Items)
        {
            if (item is JsonObject component && component.GetString("type")?.ToUpperInvariant() is "HEADER" or "FOOTER" or "BUTTONS" or "LIMITED_TIME_OFFER")
            {
                var type = component.GetString("type")!.ToUpperInvariant();
                report(InvalidCarousel, TypeSpan(component), $"A carousel template has only a BODY and the CAROUSEL; remove the top-level {type} (headers and buttons belong in each card)");
            }
        }

        if (template.CardsNode is not { } cards)
        {
            var found = carousel.Get("cards") is { } other ? $"'cards' is {Describe(other)}" : "it has no 'cards'";
            report(InvalidCarousel, carousel.Get("cards")?.Span ?? carouselType, $"The CAROUSEL component needs 'cards', an array of {MinCards} to {MaxCards} cards, but {found}");
            return;
        }

        if (cards.Items.Length < MinCards)
        {
            report(InvalidCarousel, cards.Span, $"The carousel has {cards.Items.Length} card(s); a carousel needs {MinCards} to {MaxCards} cards, and every send must carry the same number");
        }
        else if (cards.Items.Length > MaxCards)
        {
            report(InvalidCarousel, new TextSpan(cards.Items[MaxCards].Span.Start, 1), $"The carousel has {cards.Items.Length} cards; WhatsApp allows at most {MaxCards}, remove {cards.Items.Length - MaxCards}");
        }

        foreach (var item in cards.Items)
        {
            if (item is not JsonObject)
            {
                report(InvalidCarousel, item.Span, $"A card must be an object {{\"components\":[...]}}, but this is a {item.KindName}");
            }
        }

        foreach (var card in template.Cards)
        {
            CheckCard(template, card, report);
        }

        CheckCardsAlike(template.Cards, report);
    }

    private static void CheckCard(TemplateDefinition template, TemplateCardDefinition card, Reporter report)
    {
        void Card(TextSpan span, string message) => report(InvalidCarouselCard, span, card.Index, message);

        if (card.ComponentsNode is null)
        {
            var hint = card.Node.Get("type") is JsonString
                ? "this looks like a single component; wrap the card's HEADER, BODY and BUTTONS in {\"components\":[...]}"
                : "add {\"components\":[HEADER, BODY, BUTTONS]}";
            Card(card.Node.Get("components")?.Span ?? card.AnchorSpan, $"a card needs a 'components' array; {hint}");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in card.ComponentsNode.Items)
        {
            if (item is not JsonObject component)
            {
                Card(item.Span, $"a card component must be an object, but this is a {item.KindName}");
                continue;
            }

            if (component.Get("type") is not JsonString type)
            {
                Card(new TextSpan(component.Span.Start, 1), "the component has no 'type'; use HEADER, BODY or BUTTONS");
                continue;
            }

            var upper = type.Value.ToUpperInvariant();
            if (upper is not ("HEADER" or "BODY" or "BUTTONS"))
            {
                Card(type.Span, $"a card component is HEADER, BODY or BUTTONS, not '{type.Value}'");
            }
            else if (!seen.Add(upper))
            {
                Card(type.Span, $"the card has more than one {upper} component; keep one");
            }
            else if (upper == "BUTTONS" && component.Get("buttons") is not JsonArray)
            {
                Card(type.Span, "the BUTTONS component has no 'buttons' array; add the buttons or remove the component");
            }
        }

        // Header: required, IMAGE or VIDEO.
        if (card.Header is not { } header)
        {
            Card(card.AnchorSpan, "a card needs a HEADER with format IMAGE or VIDEO");
        }
        else if (header.FormatNode is not { } format)
        {
            Card(TypeSpan(header.Node), "the card HEADER has no 'format'; use IMAGE or VIDEO");
        }
        else if (format.Value.ToUpperInvariant() is not ("IMAGE" or "VIDEO" or "PRODUCT"))
        {
            Card(format.Span, $"a card header is IMAGE or VIDEO (PRODUCT on a product card), not '{format.Value}'");
        }

        // Body: optional, at most 160 characters, variables and examples as in the message body.
        if (card.Body is { } body)
        {
            if (body.TextNode is not { } text)
            {
                Card(TypeSpan(body.Node), "the card BODY has no 'text'; add the card text or remove the BODY");
            }
            else
            {
                if (text.Value.Length > MaxCardBodyLength)
                {
                    report(TemplateTextTooLong, text.Span, $"card {card.Index} body", text.Value.Length, MaxCardBodyLength);
                }

                if (CheckVariables($"card {card.Index} body", text, body.Variables, report))
                {
                    CheckExamples(template, $"card {card.Index} body", text, body, report);
                }
            }
        }

        // Buttons: at most two, of the card button types; text and URL rules as for template buttons.
        for (var i = 0; i < card.Buttons.Length; i++)
        {
            var button = card.Buttons[i];
            var typeSpan = button.TypeNode?.Span ?? new TextSpan(button.Node.Span.Start, 1);
            if (i == MaxCardButtons)
            {
                Card(typeSpan, $"a card has at most {MaxCardButtons} buttons, but this one has {card.Buttons.Length}; remove {card.Buttons.Length - MaxCardButtons}");
            }

            if (button.Type is not { } type)
            {
                report(ButtonMissingProperty, typeSpan, "card", "type");
                continue;
            }

            if (Array.IndexOf(CardButtonTypes, type) < 0 && !(type == "SPM" && card.HeaderFormat == "PRODUCT"))
            {
                var spm = type == "SPM" ? "; an SPM button belongs on a product card, whose HEADER has format PRODUCT" : string.Empty;
                Card(typeSpan, $"a card button is PHONE_NUMBER, URL, QUICK_REPLY, OTP or COPY_CODE (SPM on a product card), not '{button.TypeNode!.Value}'{spm}");
                continue;
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
            }
        }

        CheckButtonProperties(card.Buttons, report);
        CheckProductCard(card, report);
    }

    /// <summary>All cards have the components of card 0: the same header format, a body in all or none, the same button types in the same order.</summary>
    private static void CheckCardsAlike(ImmutableArray<TemplateCardDefinition> cards, Reporter report)
    {
        if (cards.Length < 2 || cards[0].ComponentsNode is null)
        {
            return;
        }

        var first = cards[0];
        for (var c = 1; c < cards.Length; c++)
        {
            var card = cards[c];
            if (card.ComponentsNode is null)
            {
                continue;
            }

            if (first.HeaderFormat is { } format && card.HeaderFormat is { } other && format != other)
            {
                report(CarouselCardsDiffer, card.Header!.FormatNode!.Span, card.Index, $"has {Article(other)} {other} header", $"has {Article(format)} {format} header");
            }

            if ((first.Body is null) != (card.Body is null))
            {
                var span = card.Body is { } body ? TypeSpan(body.Node) : card.AnchorSpan;
                report(CarouselCardsDiffer, span, card.Index, card.Body is null ? "has no BODY" : "has a BODY", first.Body is null ? "has none" : "has one");
            }

            var expected = ButtonTypes(first);
            var actual = ButtonTypes(card);
            if (expected != actual)
            {
                var span = card.ButtonsComponent is { } buttons ? TypeSpan(buttons) : card.AnchorSpan;
                report(CarouselCardsDiffer, span, card.Index, "has buttons " + actual, "has buttons " + expected);
            }
        }
    }

    private static string ButtonTypes(TemplateCardDefinition card)
    {
        var types = new List<string>();
        foreach (var button in card.Buttons)
        {
            types.Add(button.Type ?? "?");
        }

        return types.Count == 0 ? "(none)" : "[" + string.Join(", ", types) + "]";
    }

    /// <summary>A JSON value for a message: a string in quotes, a number as written, otherwise its kind ("an object").</summary>
    private static string Describe(JsonNode value) => value switch
    {
        JsonString s => "\"" + s.Value + "\"",
        JsonNumber n => n.Text,
        _ => Article(value.KindName) + " " + value.KindName,
    };

    private static string Article(string word) => word.Length > 0 && "AEIOUaeiou".IndexOf(word[0]) >= 0 ? "an" : "a";
}
