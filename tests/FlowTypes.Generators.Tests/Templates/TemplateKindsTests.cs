using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.Templates.TemplateFileAnalyzer>;

namespace FlowTypes.Generators.Tests.Templates;

/// <summary>
/// FT2021-FT2030 and the FT2005 category rules of the template kinds the 8x8 "Add WhatsApp template" reference documents:
/// CAROUSEL, CALL_PERMISSION_REQUEST, the AUTHENTICATION-only properties, VOICE_CALL <c>ttlMinutes</c>, FLOW
/// <c>flowAction</c>/<c>navigateScreen</c>, button <c>country</c> and the template settings.
/// </summary>
public sealed class TemplateKindsTests
{
    private const string Path = "/project/templates/t.template.json";

    private static DiagnosticResult Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor) => new(descriptor);

    private static Task Verify(string markup, params DiagnosticResult[] expected) => Verifier.VerifyAdditionalFileAsync(Path, markup, expected);

    /// <summary>A card in Meta's shape: image header, a body with one variable, a quick reply and a URL button.</summary>
    private static string Card(string header = "\"image\"", string body = """{ "type": "BODY", "text": "Rare {{1}} succulent", "examples": ["blue"] },""", string buttons = """{ "type": "QUICK_REPLY", "text": "More like this" }, { "type": "URL", "text": "Shop", "url": "https://shop.example/p/{{1}}", "examples": ["blue-elf"] }""") => $$"""
        { "components": [
                { "type": "HEADER", "format": {{header}}, "examples": ["https://shop.example/a.png"] },
                {{body}}
                { "type": "BUTTONS", "buttons": [ {{buttons}} ] }
              ] }
        """;

    /// <summary>A carousel template ("Add WhatsApp template" body) with the given cards and extra top-level components.</summary>
    private static string Carousel(string cards, string category = "\"MARKETING\"", string extraComponents = "") => $$$"""
        {
          "language": "en_US",
          "name": "succulents",
          "category": {{{category}}},
          "components": [
            { "type": "BODY", "text": "Rare succulents for sale, {{1}}!", "examples": ["Pablo"] },
            { "type": "CAROUSEL", "cards": {{{cards}}} }{{{extraComponents}}}
          ]
        }
        """;

    private static string Template(string category, string components) => $$"""
        {
          "language": "en_US",
          "name": "t",
          "category": "{{category}}",
          "components": [
            {{components}}
          ]
        }
        """;

    [Fact]
    public async Task Valid_carousel_has_no_diagnostics()
    {
        await Verify(Carousel($"[ {Card()}, {Card()}, {Card(body: """{ "type": "BODY", "text": "Buddha {{1}}", "examples": ["x"] },""")} ]"));
    }

    [Fact]
    public async Task Meta_media_card_carousel_example_has_no_diagnostics()
    {
        // Meta, "Media card carousel templates", example request (2 of its 3 cards; card URL examples are strings in "example").
        const string Documented = """
            {
              "name": "carousel_template_media_cards_v1",
              "language": "en_US",
              "category": "marketing",
              "components": [
                {
                  "type": "body",
                  "text": "Rare succulents for sale! {{1}}, add these unique plants to your collection. Each of these rare succulents are {{2}} if you checkout using code {{3}}. Shop now and add some unique and beautiful plants to your collection!",
                  "example": { "body_text": [ [ "Pablo", "30%", "30OFF" ] ] }
                },
                {
                  "type": "carousel",
                  "cards": [
                    { "components": [
                      { "type": "header", "format": "image", "example": { "header_handle": [ "4::an..." ] } },
                      { "type": "buttons", "buttons": [
                        { "type": "quick_reply", "text": {|#0:"Send me more like this!"|} },
                        { "type": "url", "text": "Shop", "url": "https://www.luckyshrub.com/rare-succulents/{{1}}", "example": [ "BLUE_ELF" ] } ] } ] },
                    { "components": [
                      { "type": "header", "format": "image", "example": { "header_handle": [ "4::an..." ] } },
                      { "type": "buttons", "buttons": [
                        { "type": "quick_reply", "text": {|#1:"Send me more like this!"|} },
                        { "type": "url", "text": "Shop", "url": "https://www.luckyshrub.com/rare-succulents{{1}}", "example": [ "BUDDHA" ] } ] } ] }
                  ]
                }
              ]
            }
            """;

        // Meta's 23-character quick-reply label is within Meta's 25 but over the 20 of the 8x8 reference (warning only).
        await Verify(
            Documented,
            Diagnostic(DiagnosticDescriptors.ButtonTextLongerThan20).WithLocation(0).WithArguments("Send me more like this!", 23),
            Diagnostic(DiagnosticDescriptors.ButtonTextLongerThan20).WithLocation(1).WithArguments("Send me more like this!", 23));
    }

    [Fact]
    public async Task FT2005_carousel_only_in_marketing_templates()
    {
        await Verify(
            Carousel($"[ {Card()}, {Card()} ]", category: "\"UTILITY\"").Replace("{ \"type\": \"CAROUSEL\"", "{ \"type\": {|#0:\"CAROUSEL\"|}"),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateCategory).WithLocation(0).WithArguments("A CAROUSEL component is only allowed in MARKETING templates; change the category or remove the carousel"));
    }

    [Fact]
    public async Task FT2021_cards_missing_or_not_an_array()
    {
        await Verify(
            Carousel("[]").Replace("{ \"type\": \"CAROUSEL\", \"cards\": [] }", "{ \"type\": {|#0:\"CAROUSEL\"|} }"),
            Diagnostic(DiagnosticDescriptors.InvalidCarousel).WithLocation(0).WithArguments("The CAROUSEL component needs 'cards', an array of 2 to 10 cards, but it has no 'cards'"));
        await Verify(
            Carousel("{|#0:{}|}"),
            Diagnostic(DiagnosticDescriptors.InvalidCarousel).WithLocation(0).WithArguments("The CAROUSEL component needs 'cards', an array of 2 to 10 cards, but 'cards' is an object"));
    }

    [Fact]
    public async Task FT2021_one_card_and_eleven_cards()
    {
        await Verify(
            Carousel($"{{|#0:[ {Card()} ]|}}"),
            Diagnostic(DiagnosticDescriptors.InvalidCarousel).WithLocation(0).WithArguments("The carousel has 1 card(s); a carousel needs 2 to 10 cards, and every send must carry the same number"));

        var cards = string.Join(", ", System.Linq.Enumerable.Repeat(Card(), 10));
        await Verify(
            Carousel($"[ {cards}, {{|#0:{{|}} \"components\": {Card().Substring(Card().IndexOf('['))} ]"),
            Diagnostic(DiagnosticDescriptors.InvalidCarousel).WithLocation(0).WithArguments("The carousel has 11 cards; WhatsApp allows at most 10, remove 1"));
    }

    [Fact]
    public async Task FT2021_top_level_header_footer_and_buttons_next_to_a_carousel()
    {
        await Verify(
            Carousel($"[ {Card()}, {Card()} ]", extraComponents: """
                ,
                    { "type": {|#0:"HEADER"|}, "format": "TEXT", "text": "Sale" },
                    { "type": {|#1:"FOOTER"|}, "text": "Thanks" },
                    { "type": {|#2:"BUTTONS"|}, "buttons": [ { "type": "QUICK_REPLY", "text": "Stop" } ] }
                """),
            Diagnostic(DiagnosticDescriptors.InvalidCarousel).WithLocation(0).WithArguments("A carousel template has only a BODY and the CAROUSEL; remove the top-level HEADER (headers and buttons belong in each card)"),
            Diagnostic(DiagnosticDescriptors.InvalidCarousel).WithLocation(1).WithArguments("A carousel template has only a BODY and the CAROUSEL; remove the top-level FOOTER (headers and buttons belong in each card)"),
            Diagnostic(DiagnosticDescriptors.InvalidCarousel).WithLocation(2).WithArguments("A carousel template has only a BODY and the CAROUSEL; remove the top-level BUTTONS (headers and buttons belong in each card)"));
    }

    [Fact]
    public async Task FT2021_cards_on_another_component()
    {
        await Verify(
            Template("MARKETING", """{ "type": "BODY", "text": "Hello there", {|#0:"cards"|}: [] }"""),
            Diagnostic(DiagnosticDescriptors.InvalidCarousel).WithLocation(0).WithArguments("'cards' belongs to the CAROUSEL component only; move the cards into {\"type\":\"CAROUSEL\",\"cards\":[...]}"));
    }

    [Fact]
    public async Task FT2002_footer_without_text_outside_authentication()
    {
        await Verify(
            Template("UTILITY", """{ "type": "BODY", "text": "Hello there" }, { "type": {|#0:"FOOTER"|} }"""),
            Diagnostic(DiagnosticDescriptors.MissingTemplateProperty).WithLocation(0).WithArguments("text", "the FOOTER component needs its text"));
    }

    [Fact]
    public async Task FT2021_a_card_that_is_not_an_object()
    {
        await Verify(
            Carousel($"[ {Card()}, {Card()}, {{|#0:\"card\"|}} ]"),
            Diagnostic(DiagnosticDescriptors.InvalidCarousel).WithLocation(0).WithArguments("A card must be an object {\"components\":[...]}, but this is a string"));
    }

    [Fact]
    public async Task FT2022_card_without_components_wrapper()
    {
        // The 8x8 reference lists the card's fields (type, format, ...) without the {"components":[...]} wrapper.
        await Verify(
            Carousel("[ " + Card() + """, {|#0:{|} "type": "HEADER", "format": "image" } ]"""),
            Diagnostic(DiagnosticDescriptors.InvalidCarouselCard).WithLocation(0).WithArguments(1, "a card needs a 'components' array; this looks like a single component; wrap the card's HEADER, BODY and BUTTONS in {\"components\":[...]}"));
    }

    [Fact]
    public async Task FT2022_card_header_missing_or_not_image_or_video()
    {
        await Verify(
            Carousel("[ " + Card() + """, {|#0:{|} "components": [ { "type": "BODY", "text": "Rare {{1}} succulent", "examples": ["blue"] }, { "type": "BUTTONS", "buttons": [ { "type": "QUICK_REPLY", "text": "More like this" }, { "type": "URL", "text": "Shop", "url": "https://shop.example/p/{{1}}", "examples": ["blue-elf"] } ] } ] } ]"""),
            Diagnostic(DiagnosticDescriptors.InvalidCarouselCard).WithLocation(0).WithArguments(1, "a card needs a HEADER with format IMAGE or VIDEO"));
        await Verify(
            Carousel($"[ {Card(header: "{|#0:\"DOCUMENT\"|}")}, {Card(header: "{|#1:\"DOCUMENT\"|}")} ]"),
            Diagnostic(DiagnosticDescriptors.InvalidCarouselCard).WithLocation(0).WithArguments(0, "a card header is IMAGE or VIDEO (PRODUCT on a product card), not 'DOCUMENT'"),
            Diagnostic(DiagnosticDescriptors.InvalidCarouselCard).WithLocation(1).WithArguments(1, "a card header is IMAGE or VIDEO (PRODUCT on a product card), not 'DOCUMENT'"));
    }

    [Fact]
    public async Task FT2022_card_component_type_and_button_rules()
    {
        await Verify(
            Carousel("[ " + Card() + """, { "components": [ { "type": "HEADER", "format": "image" }, { "type": {|#0:"FOOTER"|}, "text": "x" }, { "type": "BODY", "text": "Rare {{1}} succulent", "examples": ["blue"] }, { "type": "BUTTONS", "buttons": [ { "type": "QUICK_REPLY", "text": "More like this" }, { "type": "URL", "text": "Shop", "url": "https://shop.example/p/{{1}}", "examples": ["blue-elf"] } ] } ] } ]"""),
            Diagnostic(DiagnosticDescriptors.InvalidCarouselCard).WithLocation(0).WithArguments(1, "a card component is HEADER, BODY or BUTTONS, not 'FOOTER'"));

        const string Three = """{ "type": "QUICK_REPLY", "text": "More like this" }, { "type": "URL", "text": "Shop", "url": "https://shop.example/p/{{1}}", "examples": ["blue-elf"] }, { "type": {|#0:"PHONE_NUMBER"|}, "text": "Call", "phoneNumber": "+15550051310" }""";
        await Verify(
            Carousel($"[ {Card(buttons: Three)}, {Card(buttons: Three.Replace("#0", "#1"))} ]"),
            Diagnostic(DiagnosticDescriptors.InvalidCarouselCard).WithLocation(0).WithArguments(0, "a card has at most 2 buttons, but this one has 3; remove 1"),
            Diagnostic(DiagnosticDescriptors.InvalidCarouselCard).WithLocation(1).WithArguments(1, "a card has at most 2 buttons, but this one has 3; remove 1"));

        const string Flow = """{ "type": {|#0:"FLOW"|}, "text": "Book", "flowId": "1" }""";
        await Verify(
            Carousel($"[ {Card(buttons: Flow)}, {Card(buttons: Flow.Replace("#0", "#1"))} ]"),
            Diagnostic(DiagnosticDescriptors.InvalidCarouselCard).WithLocation(0).WithArguments(0, "a card button is PHONE_NUMBER, URL, QUICK_REPLY, OTP or COPY_CODE (SPM on a product card), not 'FLOW'"),
            Diagnostic(DiagnosticDescriptors.InvalidCarouselCard).WithLocation(1).WithArguments(1, "a card button is PHONE_NUMBER, URL, QUICK_REPLY, OTP or COPY_CODE (SPM on a product card), not 'FLOW'"));
    }

    [Fact]
    public async Task Card_body_length_variables_and_examples_use_the_template_rules()
    {
        var longBody = "{ \"type\": \"BODY\", \"text\": {|#0:\"" + new string('a', 161) + "\"|} },";
        await Verify(
            Carousel("[ " + Card() + ", " + Card(body: longBody) + " ]"),
            Diagnostic(DiagnosticDescriptors.TemplateTextTooLong).WithLocation(0).WithArguments("card 1 body", 161, 160));
        await Verify(
            Carousel("[ " + Card() + ", " + Card(body: """{ "type": "BODY", "text": {|#0:"Rare {{1}} succulent"|} },""") + " ]"),
            Diagnostic(DiagnosticDescriptors.TemplateExampleCountMismatch).WithLocation(0).WithArguments("card 1 body", 1, 0));
        await Verify(
            Carousel("[ " + Card() + ", " + Card(body: """{ "type": "BODY", "text": {|#0:"Rare {{2}} succulent"|}, "examples": ["x"] },""") + " ]"),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateVariables).WithLocation(0).WithArguments("The card 1 body variables must be numbered {{1}} to {{1}} without gaps, but {{1}} is missing; renumber them"));
    }

    [Fact]
    public async Task Card_buttons_use_the_text_and_url_rules()
    {
        await Verify(
            Carousel("[ " + Card() + ", " + Card(buttons: """{ "type": "QUICK_REPLY", "text": "More like this" }, { "type": "URL", "text": "Shop", "url": {|#0:"https://shop.example/{{1}}/p"|}, "examples": ["blue-elf"] }""") + " ]"),
            Diagnostic(DiagnosticDescriptors.InvalidUrlButton).WithLocation(0).WithArguments("The URL variable '{{1}}' must be at the end of the URL; move it after the fixed part"));
    }

    [Fact]
    public async Task FT2023_cards_differ()
    {
        await Verify(
            Carousel($"[ {Card()}, {Card(header: "{|#0:\"video\"|}")} ]"),
            Diagnostic(DiagnosticDescriptors.CarouselCardsDiffer).WithLocation(0).WithArguments(1, "has a VIDEO header", "has an IMAGE header"));
        await Verify(
            Carousel("[ " + Card() + """, {|#0:{|} "components": [ { "type": "HEADER", "format": "image" }, { "type": "BUTTONS", "buttons": [ { "type": "QUICK_REPLY", "text": "More like this" }, { "type": "URL", "text": "Shop", "url": "https://shop.example/p/{{1}}", "examples": ["blue-elf"] } ] } ] } ]"""),
            Diagnostic(DiagnosticDescriptors.CarouselCardsDiffer).WithLocation(0).WithArguments(1, "has no BODY", "has one"));
        await Verify(
            Carousel("[ " + Card() + """, { "components": [ { "type": "HEADER", "format": "image" }, { "type": "BODY", "text": "Rare {{1}} succulent", "examples": ["blue"] }, { "type": {|#0:"BUTTONS"|}, "buttons": [ { "type": "URL", "text": "Shop", "url": "https://shop.example/p/{{1}}", "examples": ["blue-elf"] }, { "type": "QUICK_REPLY", "text": "More like this" } ] } ] } ]"""),
            Diagnostic(DiagnosticDescriptors.CarouselCardsDiffer).WithLocation(0).WithArguments(1, "has buttons [URL, QUICK_REPLY]", "has buttons [QUICK_REPLY, URL]"));
    }

    [Fact]
    public async Task Call_permission_request_in_marketing_and_utility_has_no_diagnostics()
    {
        await Verify(Template("UTILITY", """{ "type": "BODY", "text": "We would like to call you to help support your order." }, { "type": "CALL_PERMISSION_REQUEST" }"""));
        await Verify(Template("MARKETING", """{ "type": "BODY", "text": "We would like to call you to help support your order." }, { "type": "call_permission_request" }"""));
    }

    [Fact]
    public async Task FT2005_call_permission_request_not_in_authentication()
    {
        await Verify(
            Template("AUTHENTICATION", """{ "type": "BODY" }, { "type": {|#0:"CALL_PERMISSION_REQUEST"|} }"""),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateCategory).WithLocation(0).WithArguments("A CALL_PERMISSION_REQUEST component is only allowed in MARKETING or UTILITY templates; change the category or remove the component"));
    }

    [Fact]
    public async Task FT2005_gif_header_only_in_marketing()
    {
        await Verify(Template("MARKETING", """{ "type": "HEADER", "format": "Gif" }, { "type": "BODY", "text": "Hello there" }"""));
        await Verify(
            Template("UTILITY", """{ "type": "HEADER", "format": {|#0:"Gif"|} }, { "type": "BODY", "text": "Hello there" }"""),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateCategory).WithLocation(0).WithArguments("A GIF header is only available for MARKETING templates (Marketing Messages API); change the category or use an IMAGE or VIDEO header"));
    }

    [Fact]
    public async Task Authentication_template_with_its_properties_has_no_diagnostics()
    {
        await Verify(Template("AUTHENTICATION", """
            { "type": "BODY", "add_security_recommendation": true },
                { "type": "FOOTER", "code_expiration_minutes": 10 },
                { "type": "BUTTONS", "buttons": [ { "type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code" } ] }
            """));
    }

    [Fact]
    public async Task FT2024_authentication_properties_outside_authentication_or_on_the_wrong_component()
    {
        await Verify(
            Template("UTILITY", """{ "type": "BODY", "text": "Hello there", {|#0:"add_security_recommendation"|}: true }, { "type": "FOOTER", "text": "x", {|#1:"code_expiration_minutes"|}: 5 }"""),
            Diagnostic(DiagnosticDescriptors.AuthenticationOnlyProperty).WithLocation(0).WithArguments("'add_security_recommendation' is only for AUTHENTICATION templates, and this template is UTILITY; remove it"),
            Diagnostic(DiagnosticDescriptors.AuthenticationOnlyProperty).WithLocation(1).WithArguments("'code_expiration_minutes' is only for AUTHENTICATION templates, and this template is UTILITY; remove it"));
        await Verify(
            Template("AUTHENTICATION", """{ "type": "BODY", {|#0:"code_expiration_minutes"|}: 5 }, { "type": "FOOTER", {|#1:"add_security_recommendation"|}: true }"""),
            Diagnostic(DiagnosticDescriptors.AuthenticationOnlyProperty).WithLocation(1).WithArguments("'add_security_recommendation' belongs to the BODY component of an AUTHENTICATION template, not to the FOOTER component; move or remove it"),
            Diagnostic(DiagnosticDescriptors.AuthenticationOnlyProperty).WithLocation(0).WithArguments("'code_expiration_minutes' belongs to the FOOTER component of an AUTHENTICATION template, not to the BODY component; move or remove it"));
    }

    [Fact]
    public async Task FT2024_authentication_property_values()
    {
        await Verify(
            Template("AUTHENTICATION", """{ "type": "BODY", "add_security_recommendation": {|#0:"yes"|} }, { "type": "FOOTER", "code_expiration_minutes": {|#1:91|} }"""),
            Diagnostic(DiagnosticDescriptors.AuthenticationOnlyProperty).WithLocation(0).WithArguments("'add_security_recommendation' must be true or false, but it is \"yes\""),
            Diagnostic(DiagnosticDescriptors.AuthenticationOnlyProperty).WithLocation(1).WithArguments("'code_expiration_minutes' must be a whole number from 1 to 90, but it is 91"));
        await Verify(
            Template("AUTHENTICATION", """{ "type": "BODY" }, { "type": "FOOTER", "code_expiration_minutes": {|#0:0|} }"""),
            Diagnostic(DiagnosticDescriptors.AuthenticationOnlyProperty).WithLocation(0).WithArguments("'code_expiration_minutes' must be a whole number from 1 to 90, but it is 0"));
    }

    [Fact]
    public async Task Voice_call_button_with_ttl_in_range_has_no_diagnostics()
    {
        await Verify(Template("UTILITY", """{ "type": "BODY", "text": "Call us any time" }, { "type": "BUTTONS", "buttons": [ { "type": "VOICE_CALL", "ttlMinutes": 1440 } ] }"""));
        await Verify(Template("MARKETING", """{ "type": "BODY", "text": "Call us any time" }, { "type": "BUTTONS", "buttons": [ { "type": "VOICE_CALL", "text": "Call now", "ttlMinutes": 43200 } ] }"""));
    }

    [Fact]
    public async Task FT2025_voice_call_ttl_out_of_range_or_on_another_button()
    {
        await Verify(
            Template("UTILITY", """{ "type": "BODY", "text": "Call us any time" }, { "type": "BUTTONS", "buttons": [ { "type": "VOICE_CALL", "ttlMinutes": {|#0:1439|} } ] }"""),
            Diagnostic(DiagnosticDescriptors.InvalidVoiceCallButton).WithLocation(0).WithArguments("'ttlMinutes' must be a whole number from 1440 (1 day) to 43200 (30 days), but it is 1439"));
        await Verify(
            Template("UTILITY", """{ "type": "BODY", "text": "Call us any time" }, { "type": "BUTTONS", "buttons": [ { "type": "VOICE_CALL", "ttlMinutes": {|#0:43201|} } ] }"""),
            Diagnostic(DiagnosticDescriptors.InvalidVoiceCallButton).WithLocation(0).WithArguments("'ttlMinutes' must be a whole number from 1440 (1 day) to 43200 (30 days), but it is 43201"));
        await Verify(
            Template("UTILITY", """{ "type": "BODY", "text": "Call us any time" }, { "type": "BUTTONS", "buttons": [ { "type": "VOICE_CALL", "ttlMinutes": {|#0:"1440"|} } ] }"""),
            Diagnostic(DiagnosticDescriptors.InvalidVoiceCallButton).WithLocation(0).WithArguments("'ttlMinutes' must be a whole number from 1440 (1 day) to 43200 (30 days), but it is \"1440\""));
        await Verify(
            Template("UTILITY", """{ "type": "BODY", "text": "Call us any time" }, { "type": "BUTTONS", "buttons": [ { "type": "QUICK_REPLY", "text": "Stop", {|#0:"ttlMinutes"|}: 1440 } ] }"""),
            Diagnostic(DiagnosticDescriptors.InvalidVoiceCallButton).WithLocation(0).WithArguments("'ttlMinutes' is only for VOICE_CALL buttons, and this is a QUICK_REPLY button; remove it"));
    }

    [Fact]
    public async Task Flow_button_with_documented_action_and_screen_has_no_diagnostics()
    {
        // 8x8 "Get WhatsApp templates" schema example values: flowAction "navigate", navigateScreen "RECOMMEND".
        await Verify(Template("UTILITY", """{ "type": "BODY", "text": "Book a visit" }, { "type": "BUTTONS", "buttons": [ { "type": "FLOW", "text": "Book", "flowId": "859504979861628", "flowAction": "navigate", "navigateScreen": "RECOMMEND" }, { "type": "FLOW", "text": "Quote", "flowId": "859504979861628", "flowAction": "data_exchange" } ] }"""));
    }

    [Fact]
    public async Task FT2026_flow_action_not_navigate_or_data_exchange()
    {
        await Verify(
            Template("UTILITY", """{ "type": "BODY", "text": "Book a visit" }, { "type": "BUTTONS", "buttons": [ { "type": "FLOW", "text": "Book", "flowId": "1", "flowAction": {|#0:"open"|} } ] }"""),
            Diagnostic(DiagnosticDescriptors.InvalidFlowButtonAction).WithLocation(0).WithArguments("'flowAction' must be \"navigate\" or \"data_exchange\", but it is \"open\""));
        await Verify(
            Template("UTILITY", """{ "type": "BODY", "text": "Book a visit" }, { "type": "BUTTONS", "buttons": [ { "type": "FLOW", "text": "Book", "flowId": "1", "navigateScreen": {|#0:""|} } ] }"""),
            Diagnostic(DiagnosticDescriptors.InvalidFlowButtonAction).WithLocation(0).WithArguments("'navigateScreen' must be the id of a screen of the flow, but it is \"\""));
    }

    [Fact]
    public async Task FT2026_flow_properties_on_another_button()
    {
        await Verify(
            Template("UTILITY", """{ "type": "BODY", "text": "Book a visit" }, { "type": "BUTTONS", "buttons": [ { "type": "QUICK_REPLY", "text": "Book", {|#0:"flowAction"|}: "navigate", {|#1:"navigateScreen"|}: "A" } ] }"""),
            Diagnostic(DiagnosticDescriptors.InvalidFlowButtonAction).WithLocation(0).WithArguments("'flowAction' is only for FLOW buttons, and this is a QUICK_REPLY button; remove it"),
            Diagnostic(DiagnosticDescriptors.InvalidFlowButtonAction).WithLocation(1).WithArguments("'navigateScreen' is only for FLOW buttons, and this is a QUICK_REPLY button; remove it"));
    }

    [Fact]
    public async Task FT2027_navigate_screen_with_data_exchange()
    {
        await Verify(
            Template("UTILITY", """{ "type": "BODY", "text": "Book a visit" }, { "type": "BUTTONS", "buttons": [ { "type": "FLOW", "text": "Book", "flowId": "1", "flow_action": "DATA_EXCHANGE", {|#0:"navigate_screen"|}: "RECOMMEND" } ] }"""),
            Diagnostic(DiagnosticDescriptors.NavigateScreenIgnored).WithLocation(0).WithArguments("RECOMMEND"));
    }

    [Fact]
    public async Task FT2029_message_send_ttl_seconds_by_category()
    {
        const string Body = """{ "type": "BODY", "text": "Hello there" }""";
        await Verify(Template("AUTHENTICATION", "{ \"type\": \"BODY\" }").Replace("\"category\"", "\"message_send_ttl_seconds\": 900, \"category\""));
        await Verify(Template("UTILITY", Body).Replace("\"category\"", "\"message_send_ttl_seconds\": -1, \"allow_category_change\": false, \"category\""));
        await Verify(Template("MARKETING", Body).Replace("\"category\"", "\"message_send_ttl_seconds\": 2592000, \"category\""));
        await Verify(
            Template("AUTHENTICATION", "{ \"type\": \"BODY\" }").Replace("\"category\"", "\"message_send_ttl_seconds\": {|#0:901|}, \"category\""),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateSetting).WithLocation(0).WithArguments("'message_send_ttl_seconds' is 901; AUTHENTICATION templates allow 30 to 900 seconds, or -1 for 30 days"));
        await Verify(
            Template("UTILITY", Body).Replace("\"category\"", "\"message_send_ttl_seconds\": {|#0:29|}, \"category\""),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateSetting).WithLocation(0).WithArguments("'message_send_ttl_seconds' is 29; UTILITY templates allow 30 to 43200 seconds, or -1 for 30 days"));
        await Verify(
            Template("MARKETING", Body).Replace("\"category\"", "\"message_send_ttl_seconds\": {|#0:-1|}, \"category\""),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateSetting).WithLocation(0).WithArguments("'message_send_ttl_seconds' is -1; MARKETING templates allow 43200 to 2592000 seconds"));
        await Verify(
            Template("MARKETING", Body).Replace("\"category\"", "\"message_send_ttl_seconds\": {|#0:\"300\"|}, \"category\""),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateSetting).WithLocation(0).WithArguments("'message_send_ttl_seconds' must be a whole number of seconds, but it is \"300\""));
    }

    [Fact]
    public async Task FT2029_allow_category_change_is_a_boolean()
    {
        await Verify(
            Template("UTILITY", """{ "type": "BODY", "text": "Hello there" }""").Replace("\"category\"", "\"allow_category_change\": {|#0:\"false\"|}, \"category\""),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateSetting).WithLocation(0).WithArguments("'allow_category_change' must be true or false, but it is \"false\""));
    }

    [Fact]
    public async Task FT2030_button_country_is_two_letters()
    {
        await Verify(Template("UTILITY", """{ "type": "BODY", "text": "Call us any time" }, { "type": "BUTTONS", "buttons": [ { "type": "PHONE_NUMBER", "text": "Call", "phoneNumber": "5551234567", "country": "US" } ] }"""));
        await Verify(
            Template("UTILITY", """{ "type": "BODY", "text": "Call us any time" }, { "type": "BUTTONS", "buttons": [ { "type": "PHONE_NUMBER", "text": "Call", "phoneNumber": "5551234567", "country": {|#0:"USA"|} } ] }"""),
            Diagnostic(DiagnosticDescriptors.InvalidButtonCountry).WithLocation(0).WithArguments("USA"));
    }
}
