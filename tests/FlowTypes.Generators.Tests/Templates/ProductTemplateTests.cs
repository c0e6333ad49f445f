using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.Templates.TemplateFileAnalyzer>;

namespace FlowTypes.Generators.Tests.Templates;

/// <summary>
/// The template kinds Meta documents beyond the 8x8 reference (FT2031) and Meta's rules for the catalog and product
/// kinds (FT2032, FT2005, FT2009): catalog, multi-product (MPM), single-product (SPM) and product card carousel templates.
/// </summary>
public sealed class ProductTemplateTests
{
    private const string Path = "/project/templates/t.template.json";
    private const string ProductKinds = "single-product message and product card carousel templates";

    private static DiagnosticResult Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor) => new(descriptor);

    private static DiagnosticResult Beyond8x8(int location, string what, string documented) =>
        Diagnostic(DiagnosticDescriptors.TemplateKindNotIn8x8Reference).WithLocation(location).WithArguments(what, documented);

    private static Task Verify(string markup, params DiagnosticResult[] expected) => Verifier.VerifyAdditionalFileAsync(Path, markup, expected);

    private static string Template(string components, string category = "MARKETING") => $$"""
        {
          "language": "en_US",
          "name": "t",
          "category": "{{category}}",
          "components": [
            {{components}}
          ]
        }
        """;

    /// <summary>A product card: PRODUCT header and the given buttons.</summary>
    private static string ProductCard(string format = """{|#9:"PRODUCT"|}""", string buttons = """{ "type": {|#8:"SPM"|}, "text": "View" }""") => $$"""
        { "components": [
                { "type": "HEADER", "format": {{format}} },
                { "type": "BUTTONS", "buttons": [ {{buttons}} ] }
              ] }
        """;

    private static string ProductCarousel(string first, string second, string category = "MARKETING") => Template(
        $$$"""
        { "type": "BODY", "text": "Rare succulents for sale, {{1}}!", "examples": ["Pablo"] },
            { "type": "CAROUSEL", "cards": [ {{{first}}}, {{{second}}} ] }
        """,
        category);

    [Fact]
    public async Task FT2031_a_catalog_template_is_a_warning_not_an_error()
    {
        await Verify(
            Template("""
                { "type": "BODY", "text": "Now shop for your favorite products right here on WhatsApp! Get Rs {{1}} off!", "examples": ["100"] },
                    { "type": "FOOTER", "text": "Best grocery deals on WhatsApp!" },
                    { "type": "BUTTONS", "buttons": [ { "type": {|#0:"CATALOG"|}, "text": "View catalog" } ] }
                """),
            Beyond8x8(0, "A CATALOG button", "catalog templates"));
    }

    [Fact]
    public async Task FT2031_a_single_product_template_is_reported_once_per_kind()
    {
        await Verify(
            Template("""
                { "type": "HEADER", "format": {|#0:"PRODUCT"|} },
                    { "type": "BODY", "text": "Use code {{1}} to get {{2}} off our newest succulent!", "examples": ["25OFF", "25%"] },
                    { "type": "BUTTONS", "buttons": [ { "type": {|#1:"SPM"|}, "text": "View" } ] }
                """),
            Beyond8x8(0, "A PRODUCT header", ProductKinds),
            Beyond8x8(1, "An SPM button", ProductKinds));
    }

    [Fact]
    public async Task FT2031_a_product_card_carousel_warns_at_the_first_card_only()
    {
        await Verify(
            ProductCarousel(ProductCard(), ProductCard(format: "\"PRODUCT\"", buttons: """{ "type": "SPM", "text": "View" }""")),
            Beyond8x8(9, "A PRODUCT header", ProductKinds),
            Beyond8x8(8, "An SPM button", ProductKinds));
    }

    [Fact]
    public async Task FT2031_a_limited_time_offer_and_an_mpm_button()
    {
        await Verify(
            Template("""
                { "type": "HEADER", "format": "TEXT", "text": "Forget something, {{1}}?", "examples": ["Pablo"] },
                    { "type": {|#0:"LIMITED_TIME_OFFER"|}, "limited_time_offer": { "text": "Expiring offer!", "has_expiration": true } },
                    { "type": "BODY", "text": "Looks like you left these items in your cart. Use code {{1}} to get 10% off!", "examples": ["10OFF"] },
                    { "type": "BUTTONS", "buttons": [ { "type": {|#1:"MPM"|}, "text": "View items" } ] }
                """),
            Beyond8x8(0, "A LIMITED_TIME_OFFER component", "limited-time offer templates"),
            Beyond8x8(1, "An MPM button", "multi-product message templates"));
    }

    [Fact]
    public async Task FT2031_is_not_reported_for_templates_8x8_has_registered()
    {
        // The Get shape lists templates that are in 8x8 already: whether 8x8 accepts the kind is settled.
        await Verify("""
            { "templates": [ { "templateName": "spm", "language": "en_US", "status": "APPROVED", "category": "MARKETING", "components": [
              { "type": "HEADER", "format": "PRODUCT" },
              { "type": "BODY", "text": "Our newest succulent!" },
              { "type": "BUTTONS", "buttons": [ { "type": "SPM", "text": "View" } ] } ] } ] }
            """);
    }

    [Fact]
    public async Task FT2005_catalog_and_product_kinds_only_in_marketing_templates()
    {
        await Verify(
            Template(
                """
                { "type": "HEADER", "format": {|#0:"PRODUCT"|} },
                    { "type": "BODY", "text": "Your order is ready." },
                    { "type": "BUTTONS", "buttons": [ { "type": {|#1:"SPM"|}, "text": "View" } ] }
                """,
                category: "UTILITY"),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateCategory).WithLocation(1).WithArguments("A SPM button is only allowed in MARKETING templates (Meta: catalog and product templates are marketing templates); change the category or remove the button"),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateCategory).WithLocation(0).WithArguments("A PRODUCT header is only allowed in MARKETING templates (Meta: single-product templates are marketing templates); change the category or the header"),
            Beyond8x8(0, "A PRODUCT header", ProductKinds),
            Beyond8x8(1, "An SPM button", ProductKinds));
        await Verify(
            Template(
                """
                { "type": "BODY", "text": "Browse our catalog." },
                    { "type": "BUTTONS", "buttons": [ { "type": {|#0:"CATALOG"|}, "text": "View catalog" } ] }
                """,
                category: "AUTHENTICATION"),
            Diagnostic(DiagnosticDescriptors.InvalidTemplateCategory).WithLocation(0).WithArguments("A CATALOG button is only allowed in MARKETING templates (Meta: catalog and product templates are marketing templates); change the category or remove the button"),
            Beyond8x8(0, "A CATALOG button", "catalog templates"));
    }

    [Fact]
    public async Task FT2032_product_header_and_spm_button_go_together()
    {
        await Verify(
            Template("""
                { "type": "HEADER", "format": {|#0:"PRODUCT"|} },
                    { "type": "BODY", "text": "Our newest succulent!" },
                    { "type": "BUTTONS", "buttons": [ { "type": "QUICK_REPLY", "text": "More like this" } ] }
                """),
            Diagnostic(DiagnosticDescriptors.InvalidProductTemplate).WithLocation(0).WithArguments("a PRODUCT header shows the catalog product of a single-product template, which also needs its SPM button; add {\"type\":\"SPM\",\"text\":\"View\"} to the BUTTONS or use another header format"),
            Beyond8x8(0, "A PRODUCT header", ProductKinds));
        await Verify(
            Template("""
                { "type": "HEADER", "format": "IMAGE", "examples": ["https://shop.example/a.png"] },
                    { "type": "BODY", "text": "Our newest succulent!" },
                    { "type": "BUTTONS", "buttons": [ { "type": {|#0:"SPM"|}, "text": "View" } ] }
                """),
            Diagnostic(DiagnosticDescriptors.InvalidProductTemplate).WithLocation(0).WithArguments("an SPM button opens the product shown in the template's PRODUCT header; add {\"type\":\"HEADER\",\"format\":\"PRODUCT\"} or remove the button"),
            Beyond8x8(0, "An SPM button", ProductKinds));
    }

    [Fact]
    public async Task FT2009_single_product_body_has_at_most_160_characters()
    {
        var body = new string('a', 161);
        await Verify(
            Template($$"""
                { "type": "HEADER", "format": {|#0:"PRODUCT"|} },
                    { "type": "BODY", "text": {|#1:"{{body}}"|} },
                    { "type": "BUTTONS", "buttons": [ { "type": {|#2:"SPM"|}, "text": "View" } ] }
                """),
            Diagnostic(DiagnosticDescriptors.TemplateTextTooLong).WithLocation(1).WithArguments("single-product template body", 161, 160),
            Beyond8x8(0, "A PRODUCT header", ProductKinds),
            Beyond8x8(2, "An SPM button", ProductKinds));
    }

    [Fact]
    public async Task FT2032_multi_product_template_needs_a_text_header()
    {
        await Verify(
            Template("""
                { "type": "BODY", "text": "Looks like you left these items in your cart." },
                    { "type": "BUTTONS", "buttons": [ { "type": {|#0:"MPM"|}, "text": "View items" } ] }
                """),
            Diagnostic(DiagnosticDescriptors.InvalidProductTemplate).WithLocation(0).WithArguments("a multi-product (MPM) template needs a TEXT header; add {\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"...\"}"),
            Beyond8x8(0, "An MPM button", "multi-product message templates"));
        await Verify(
            Template("""
                { "type": "HEADER", "format": {|#0:"IMAGE"|}, "examples": ["https://shop.example/a.png"] },
                    { "type": "BODY", "text": "Looks like you left these items in your cart." },
                    { "type": "BUTTONS", "buttons": [ { "type": {|#1:"MPM"|}, "text": "View items" } ] }
                """),
            Diagnostic(DiagnosticDescriptors.InvalidProductTemplate).WithLocation(0).WithArguments("the header of a multi-product (MPM) template is TEXT, not 'IMAGE' (the products' thumbnail is chosen when the message is sent)"),
            Beyond8x8(1, "An MPM button", "multi-product message templates"));
    }

    [Fact]
    public async Task FT2032_product_card_has_one_spm_or_url_button()
    {
        await Verify(
            ProductCarousel(
                ProductCard(buttons: """{ "type": {|#3:"SPM"|}, "text": "View" }, { "type": "URL", "text": "Buy", "url": "https://shop.example/p" }""").Replace("{ \"type\": \"BUTTONS\"", "{ \"type\": {|#0:\"BUTTONS\"|}"),
                ProductCard(format: "\"PRODUCT\"", buttons: """{ "type": {|#1:"QUICK_REPLY"|}, "text": "More" }""").Replace("{ \"type\": \"BUTTONS\"", "{ \"type\": {|#2:\"BUTTONS\"|}")),
            Diagnostic(DiagnosticDescriptors.InvalidProductTemplate).WithLocation(0).WithArguments("card 0 is a product card (PRODUCT header), which has exactly one button, SPM (\"View\") or URL, but it has 2"),
            Diagnostic(DiagnosticDescriptors.InvalidProductTemplate).WithLocation(1).WithArguments("card 1 is a product card (PRODUCT header), whose one button is SPM (\"View\") or URL, not 'QUICK_REPLY'"),
            Diagnostic(DiagnosticDescriptors.CarouselCardsDiffer).WithLocation(2).WithArguments(1, "has buttons [QUICK_REPLY]", "has buttons [SPM, URL]"),
            Beyond8x8(9, "A PRODUCT header", ProductKinds),
            Beyond8x8(3, "An SPM button", ProductKinds));
    }

    [Fact]
    public async Task FT2022_an_spm_button_on_a_media_card()
    {
        const string Media = """
            { "components": [
                    { "type": "HEADER", "format": "IMAGE", "examples": ["https://shop.example/a.png"] },
                    { "type": "BUTTONS", "buttons": [ { "type": {|#0:"SPM"|}, "text": "View" } ] }
                  ] }
            """;
        await Verify(
            ProductCarousel(Media, Media.Replace("{|#0:\"SPM\"|}", "{|#1:\"SPM\"|}")),
            Diagnostic(DiagnosticDescriptors.InvalidCarouselCard).WithLocation(0).WithArguments(0, "a card button is PHONE_NUMBER, URL, QUICK_REPLY, OTP or COPY_CODE (SPM on a product card), not 'SPM'; an SPM button belongs on a product card, whose HEADER has format PRODUCT"),
            Diagnostic(DiagnosticDescriptors.InvalidCarouselCard).WithLocation(1).WithArguments(1, "a card button is PHONE_NUMBER, URL, QUICK_REPLY, OTP or COPY_CODE (SPM on a product card), not 'SPM'; an SPM button belongs on a product card, whose HEADER has format PRODUCT"),
            Beyond8x8(0, "An SPM button", ProductKinds));
    }

    [Fact]
    public async Task FT2023_product_and_media_cards_are_not_mixed()
    {
        const string Media = """
            { "components": [
                    { "type": "HEADER", "format": {|#0:"IMAGE"|}, "examples": ["https://shop.example/a.png"] },
                    { "type": "BUTTONS", "buttons": [ { "type": "URL", "text": "Buy", "url": "https://shop.example/p" } ] }
                  ] }
            """;
        await Verify(
            ProductCarousel(ProductCard(buttons: """{ "type": "URL", "text": "Buy", "url": "https://shop.example/p" }"""), Media),
            Diagnostic(DiagnosticDescriptors.CarouselCardsDiffer).WithLocation(0).WithArguments(1, "has an IMAGE header", "has a PRODUCT header"),
            Beyond8x8(9, "A PRODUCT header", ProductKinds));
    }
}
