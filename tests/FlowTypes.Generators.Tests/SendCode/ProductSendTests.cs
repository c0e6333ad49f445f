using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.SendCode.SendPayloadAnalyzer>;

namespace FlowTypes.Generators.Tests.SendCode;

/// <summary>
/// Sends of the catalog and product kinds Meta documents beyond the 8x8 reference: a PRODUCT header takes
/// <c>TemplateParameter.Product</c> (FT3004, FT3010), an MPM button needs its sections (FT3007) within Meta's limits
/// (FT3033), a CATALOG button takes <c>CatalogAction</c>, and a product card carousel is sent with up to 10 cards (FT3030, FT3031).
/// </summary>
public sealed class ProductSendTests
{
    /// <summary>Meta's example templates of each kind (the Get shape: registered in 8x8).</summary>
    private const string Templates = """
        {
          "templates": [
            { "templateName": "spm_offer", "language": "en_US", "category": "MARKETING", "components": [
              { "type": "HEADER", "format": "PRODUCT" },
              { "type": "BODY", "text": "Use code {{1}} to get {{2}} off our newest succulent!" },
              { "type": "BUTTONS", "buttons": [ { "type": "SPM", "text": "View" } ] } ] },
            { "templateName": "abandoned_cart", "language": "en_US", "category": "MARKETING", "components": [
              { "type": "HEADER", "format": "TEXT", "text": "Forget something, {{1}}?" },
              { "type": "BODY", "text": "Use code {{1}} to get 10% off!" },
              { "type": "BUTTONS", "buttons": [ { "type": "MPM", "text": "View items" } ] } ] },
            { "templateName": "intro_catalog_offer", "language": "en_US", "category": "MARKETING", "components": [
              { "type": "BODY", "text": "Shop our products right here on WhatsApp!" },
              { "type": "BUTTONS", "buttons": [ { "type": "CATALOG", "text": "View catalog" } ] } ] },
            { "templateName": "product_cards", "language": "en_US", "category": "MARKETING", "components": [
              { "type": "BODY", "text": "Rare succulents for sale, {{1}}!" },
              { "type": "CAROUSEL", "cards": [
                { "components": [ { "type": "HEADER", "format": "PRODUCT" }, { "type": "BUTTONS", "buttons": [ { "type": "SPM", "text": "View" } ] } ] },
                { "components": [ { "type": "HEADER", "format": "PRODUCT" }, { "type": "BUTTONS", "buttons": [ { "type": "SPM", "text": "View" } ] } ] } ] } ] }
          ]
        }
        """;

    private static Task Verify(string expression, params DiagnosticResult[] expected)
    {
        var test = Verifier.Create();
        test.TestState.Sources.Add(("/src/Send.cs", SendPayloadAnalyzerTests.Code(expression)));
        test.TestState.AdditionalFiles.Add(("/project/templates/products.template.json", Templates));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int location) => new DiagnosticResult(descriptor).WithLocation(location);

    private static string Card(int index) => $$"""new CarouselCard({{index}}, TemplateComponent.Header(TemplateParameter.Product("sku-{{index}}", "194836987003835")))""";

    private const string Spm = """TemplateComponent.Body(TemplateParameter.Text("25OFF"), TemplateParameter.Text("25%"))""";

    [Fact]
    public async Task Meta_example_sends_of_each_kind_have_no_diagnostics()
    {
        await Verify($$"""new TemplateMessage("spm_offer", "en_US", TemplateComponent.Header(TemplateParameter.Product("nqryix03ez", "194836987003835")), {{Spm}})""");
        await Verify("""
            new TemplateMessage("abandoned_cart", "en_US",
                TemplateComponent.Header(TemplateParameter.Text("Pablo")),
                TemplateComponent.Body(TemplateParameter.Text("10OFF")),
                TemplateComponent.Button(0, ButtonSubType.Mpm, TemplateParameter.ProductListAction("2lc20305pt",
                    new ProductSection("Popular Bundles", "2lc20305pt", "nseiw1x3ch"),
                    new ProductSection("Premium Packages", "n6k6x0y7oe"))))
            """);
        await Verify("""new TemplateMessage("intro_catalog_offer", "en_US", TemplateComponent.Button(0, ButtonSubType.Catalog, TemplateParameter.CatalogAction("2lc20305pt")))""");
        await Verify("""new TemplateMessage("intro_catalog_offer", "en_US")""");

        // A product card carousel created with two cards is sent with up to 10 (Meta's example sends 3).
        await Verify($$"""new TemplateMessage("product_cards", "en_US", TemplateComponent.Body(TemplateParameter.Text("Pablo")), TemplateComponent.Carousel({{Card(0)}}, {{Card(1)}}, {{Card(2)}}))""");
        await Verify($$"""new TemplateMessage("product_cards", "en_US", TemplateComponent.Body(TemplateParameter.Text("Pablo")), TemplateComponent.Carousel({{string.Join(", ", Enumerable.Range(0, 10).Select(Card))}}))""");
    }

    [Fact]
    public async Task FT3010_FT3004_a_product_header_takes_a_product()
    {
        await Verify(
            $$"""new TemplateMessage({|#0:"spm_offer"|}, "en_US", {{Spm}})""",
            Diagnostic(DiagnosticDescriptors.MissingHeaderParameter, 0).WithArguments("spm_offer", "en_US", "PRODUCT", "TemplateParameter.Product(...)"));
        await Verify(
            $$"""new TemplateMessage("spm_offer", "en_US", TemplateComponent.Header({|#0:TemplateParameter.Image("https://x.example/p.png")|}), {{Spm}})""",
            Diagnostic(DiagnosticDescriptors.HeaderParameterMismatch, 0).WithArguments("Template 'spm_offer' (en_US) has a PRODUCT header; send TemplateParameter.Product(...) instead of TemplateParameter.Image(...)"));
    }

    [Fact]
    public async Task FT3005_FT3007_the_mpm_button_needs_its_sections_and_the_spm_button_takes_none()
    {
        await Verify(
            """new TemplateMessage({|#0:"abandoned_cart"|}, "en_US", TemplateComponent.Header(TemplateParameter.Text("Pablo")), TemplateComponent.Body(TemplateParameter.Text("10OFF")))""",
            Diagnostic(DiagnosticDescriptors.MissingButtonParameter, 0).WithArguments("abandoned_cart", "en_US", "MPM", 0, "ButtonSubType.Mpm"));
        await Verify(
            $$"""new TemplateMessage("spm_offer", "en_US", TemplateComponent.Header(TemplateParameter.Product("nqryix03ez", "1")), {{Spm}}, TemplateComponent.Button({|#0:0|}, ButtonSubType.QuickReply))""",
            Diagnostic(DiagnosticDescriptors.InvalidButtonIndex, 0).WithArguments("The button at index 0 of template 'spm_offer' is a SPM button and takes no parameters; remove this button component or fix the index"));
        await Verify(
            """new TemplateMessage("intro_catalog_offer", "en_US", TemplateComponent.Button(0, {|#0:ButtonSubType.Mpm|}, TemplateParameter.CatalogAction()))""",
            new DiagnosticResult(DiagnosticDescriptors.WrongButtonSubType).WithLocation(0).WithArguments(0, "intro_catalog_offer", "CATALOG", "catalog", "mpm"));
    }

    [Fact]
    public async Task FT3033_sections_titles_and_products_within_metas_limits()
    {
        var eleven = string.Join(", ", Enumerable.Range(1, 11).Select(i => i == 11 ? "{|#0:new ProductSection(\"S11\", \"p\")|}" : $"new ProductSection(\"S{i}\", \"p\")"));
        await Verify(
            $"TemplateParameter.ProductListAction(\"t\", {eleven})",
            Diagnostic(DiagnosticDescriptors.ProductListLimitExceeded, 0).WithArguments("a message has at most 10 product sections; remove this one"));

        var ids = string.Join(", ", Enumerable.Range(1, 20).Select(i => $"\"p{i}\""));
        await Verify(
            $"TemplateParameter.ProductListAction(\"t\", new ProductSection(\"A\", {ids}), new ProductSection(\"B\", \"q1\", \"q2\", \"q3\", \"q4\", \"q5\", \"q6\", \"q7\", \"q8\", \"q9\", \"q10\", {{|#0:\"q11\"|}}, \"q12\"))",
            Diagnostic(DiagnosticDescriptors.ProductListLimitExceeded, 0).WithArguments("a message has at most 30 products in all sections together; remove this product and the ones after it"));

        await Verify(
            "TemplateParameter.ProductListAction(\"t\", new ProductSection({|#0:\"Our most popular bundles!\"|}, \"p\"), new ProductSection({|#1:\"\"|}, \"q\"))",
            Diagnostic(DiagnosticDescriptors.ProductListLimitExceeded, 0).WithArguments("the section title has 25 characters, but at most 24 are allowed; shorten it"),
            Diagnostic(DiagnosticDescriptors.ProductListLimitExceeded, 1).WithArguments("the section title is empty; write the title shown above the section's products"));

        await Verify(
            "{|#0:TemplateParameter.ProductListAction(\"t\")|}",
            Diagnostic(DiagnosticDescriptors.ProductListLimitExceeded, 0).WithArguments("an MPM button shows sections of products, but none is given; add at least one ProductSection"));

        // Sections known only at run time are not counted.
        await Verify("TemplateParameter.ProductListAction(\"t\", new ProductSection(text, \"p\"), index > 0 ? new ProductSection(\"A\", \"p\") : new ProductSection(\"B\", \"q\"))");
    }

    [Fact]
    public async Task FT3030_FT3031_a_product_card_carousel_up_to_ten_cards_each_with_a_product()
    {
        var eleven = string.Join(", ", Enumerable.Range(0, 10).Select(Card)) + """, new CarouselCard({|#1:10|}, TemplateComponent.Header(TemplateParameter.Product("sku-10", "194836987003835")))""";
        await Verify(
            $$"""new TemplateMessage("product_cards", "en_US", TemplateComponent.Body(TemplateParameter.Text("Pablo")), {|#0:TemplateComponent.Carousel({{eleven}})|})""",
            Diagnostic(DiagnosticDescriptors.CarouselCardsMismatch, 0).WithArguments("Template 'product_cards' (en_US) is a product card carousel; it is sent with up to 10 cards, but 11 are sent"),
            Diagnostic(DiagnosticDescriptors.CarouselCardsMismatch, 1).WithArguments("Template 'product_cards' (en_US) is a product card carousel, sent with cards 0 to 9; there is no card 10"));
        await Verify(
            $$"""new TemplateMessage("product_cards", "en_US", TemplateComponent.Body(TemplateParameter.Text("Pablo")), TemplateComponent.Carousel({{Card(0)}}, new CarouselCard(4, TemplateComponent.Header({|#0:TemplateParameter.Image("https://x.example/p.png")|})), {|#1:new CarouselCard(5)|}))""",
            new DiagnosticResult(DiagnosticDescriptors.CarouselCardParameterMismatch).WithLocation(0).WithArguments(4, "product_cards", "en_US", "the card has a PRODUCT header; send TemplateParameter.Product(...) instead of TemplateParameter.Image(...)"),
            new DiagnosticResult(DiagnosticDescriptors.CarouselCardParameterMismatch).WithLocation(1).WithArguments(5, "product_cards", "en_US", "the card has a PRODUCT header; add TemplateComponent.Header(TemplateParameter.Product(...))"));
    }
}
