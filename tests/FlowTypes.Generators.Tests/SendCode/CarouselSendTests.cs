using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.SendCode.SendPayloadAnalyzer>;

namespace FlowTypes.Generators.Tests.SendCode;

/// <summary>FT3030/FT3031: the carousel of a template send against the template's cards, by card index.</summary>
public sealed class CarouselSendTests
{
    /// <summary>A 2-card carousel (image header, body with {{1}}, quick reply + dynamic URL) and a plain template.</summary>
    private const string Templates = """
        {
          "templates": [
            {
              "templateName": "succulents",
              "language": "en_US",
              "category": "MARKETING",
              "components": [
                { "type": "BODY", "text": "Rare succulents for sale, {{1}}!" },
                { "type": "CAROUSEL", "cards": [
                  { "components": [
                    { "type": "HEADER", "format": "IMAGE" },
                    { "type": "BODY", "text": "Blue {{1}}" },
                    { "type": "BUTTONS", "buttons": [ { "type": "QUICK_REPLY", "text": "More" }, { "type": "URL", "text": "Shop", "url": "https://shop.example/{{1}}" } ] } ] },
                  { "components": [
                    { "type": "HEADER", "format": "IMAGE" },
                    { "type": "BODY", "text": "Buddha {{1}}" },
                    { "type": "BUTTONS", "buttons": [ { "type": "QUICK_REPLY", "text": "More" }, { "type": "URL", "text": "Shop", "url": "https://shop.example/{{1}}" } ] } ] }
                ] }
              ]
            },
            {
              "templateName": "plain",
              "language": "en_US",
              "category": "UTILITY",
              "components": [ { "type": "BODY", "text": "Hello there" } ]
            }
          ]
        }
        """;

    private const string Card0 = """new CarouselCard(0, TemplateComponent.Header(TemplateParameter.Image("https://x.example/0.png")), TemplateComponent.Body(TemplateParameter.Text("elf")), TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text("blue-elf")))""";

    private const string Card1 = """new CarouselCard(1, TemplateComponent.Header(TemplateParameter.Image("https://x.example/1.png")), TemplateComponent.Body(TemplateParameter.Text("x")), TemplateComponent.Button(0, ButtonSubType.QuickReply, TemplateParameter.Payload("more")), TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text("buddha")))""";

    private static string Send(string cards) => $$"""new TemplateMessage("succulents", "en_US", TemplateComponent.Body(TemplateParameter.Text("Pablo")), {{cards}})""";

    private static Task Verify(string expression, params DiagnosticResult[] expected)
    {
        var test = Verifier.Create();
        test.TestState.Sources.Add(("/src/Send.cs", SendPayloadAnalyzerTests.Code(expression)));
        test.TestState.AdditionalFiles.Add(("/project/templates/carousel.template.json", Templates));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Cards(int location, string message) =>
        new DiagnosticResult(DiagnosticDescriptors.CarouselCardsMismatch).WithLocation(location).WithArguments(message);

    private static DiagnosticResult Card(int location, int card, string message) =>
        new DiagnosticResult(DiagnosticDescriptors.CarouselCardParameterMismatch).WithLocation(location).WithArguments(card, "succulents", "en_US", message);

    [Fact]
    public async Task Complete_carousel_has_no_diagnostics()
    {
        await Verify(Send($"TemplateComponent.Carousel({Card0}, {Card1})"));

        // Cards in any order; values known only at run time are not checked.
        await Verify(Send($"TemplateComponent.Carousel({Card1}, {Card0})"));
        await Verify(Send($"TemplateComponent.Carousel({Card0}, new CarouselCard(index, TemplateComponent.Header(TemplateParameter.Video(text))))"));
        await Verify(Send("TemplateComponent.Carousel(new CarouselCard[0])"));
    }

    [Fact]
    public async Task FT3030_carousel_missing_or_sent_for_a_template_without_one()
    {
        await Verify(
            """new TemplateMessage({|#0:"succulents"|}, "en_US", TemplateComponent.Body(TemplateParameter.Text("Pablo")))""",
            Cards(0, "Template 'succulents' (en_US) is a carousel with 2 cards; add TemplateComponent.Carousel(...) with one CarouselCard per card"));
        await Verify(
            $$"""new TemplateMessage("plain", "en_US", {|#0:TemplateComponent.Carousel({{Card0}})|})""",
            Cards(0, "Template 'plain' (en_US) has no carousel; remove this carousel component"));
    }

    [Fact]
    public async Task FT3030_card_count_index_out_of_range_and_duplicate_index()
    {
        await Verify(
            Send($"{{|#0:TemplateComponent.Carousel({Card0})|}}"),
            Cards(0, "Template 'succulents' (en_US) has 2 cards but 1 are sent; a carousel is sent with exactly the number of cards it was created with"));
        await Verify(
            Send($"TemplateComponent.Carousel({Card0}, {Card1.Replace("new CarouselCard(1,", "new CarouselCard({|#0:2|},")})"),
            Cards(0, "Template 'succulents' (en_US) has cards 0 to 1; there is no card 2"));
        await Verify(
            Send($"TemplateComponent.Carousel({Card0}, {Card0.Replace("new CarouselCard(0,", "new CarouselCard({|#0:0|},")})"),
            Cards(0, "Card 0 is sent twice; give every card its own index from 0 to 1"));
    }

    [Fact]
    public async Task FT3031_card_header_missing_or_of_another_kind()
    {
        await Verify(
            Send($"TemplateComponent.Carousel({Card0}, {Card1.Replace("TemplateComponent.Header(TemplateParameter.Image(\"https://x.example/1.png\"))", "TemplateComponent.Header({|#0:TemplateParameter.Video(\"https://x.example/1.mp4\")|})")})"),
            Card(0, 1, "the card has an IMAGE header; send TemplateParameter.Image(...) instead of TemplateParameter.Video(...)"));
        await Verify(
            Send($"TemplateComponent.Carousel({{|#0:{Card0.Replace("TemplateComponent.Header(TemplateParameter.Image(\"https://x.example/0.png\")), ", string.Empty)}|}}, {Card1})"),
            Card(0, 0, "the card has an IMAGE header; add TemplateComponent.Header(TemplateParameter.Image(...))"));
    }

    [Fact]
    public async Task FT3031_card_body_values()
    {
        await Verify(
            Send($"TemplateComponent.Carousel({Card0}, {{|#0:{Card1.Replace("TemplateComponent.Body(TemplateParameter.Text(\"x\")), ", string.Empty)}|}})"),
            Card(0, 1, "the card body has 1 variable(s); add TemplateComponent.Body(...) with 1 value(s)"));
        await Verify(
            Send($"TemplateComponent.Carousel({Card0}, {Card1.Replace("TemplateComponent.Body(TemplateParameter.Text(\"x\"))", "{|#0:TemplateComponent.Body()|}")})"),
            Card(0, 1, "the card body has 1 variable(s) but 0 value(s) are sent; send exactly 1"));
        await Verify(
            Send($"TemplateComponent.Carousel({Card0}, {Card1.Replace("TemplateComponent.Body(TemplateParameter.Text(\"x\"))", "TemplateComponent.Body(TemplateParameter.Text(\"x\"), {|#0:TemplateParameter.Text(\"y\")|})")})"),
            Card(0, 1, "the card body has 1 variable(s) but 2 value(s) are sent; send exactly 1"));
    }

    [Fact]
    public async Task FT3031_card_buttons_by_index_within_the_card()
    {
        await Verify(
            Send($"TemplateComponent.Carousel({Card0}, {Card1.Replace("TemplateComponent.Button(0, ButtonSubType.QuickReply", "TemplateComponent.Button({|#0:2|}, ButtonSubType.QuickReply")})"),
            Card(0, 1, "the card has 2 button(s); use an index from 0 to 1"));
        await Verify(
            Send($"TemplateComponent.Carousel({Card0}, {Card1.Replace("TemplateComponent.Button(0, ButtonSubType.QuickReply", "TemplateComponent.Button(0, {|#0:ButtonSubType.Url|}")})"),
            Card(0, 1, "button 0 of the card is a QUICK_REPLY button; use subType \"quick_reply\" instead of \"url\""));
        await Verify(
            Send($"TemplateComponent.Carousel({{|#0:{Card0.Replace(", TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text(\"blue-elf\"))", string.Empty)}|}}, {Card1})"),
            Card(0, 0, "button 1 of the card is a URL (with a variable) button that needs a parameter; add TemplateComponent.Button(1, ButtonSubType.Url, ...)"));
    }
}
