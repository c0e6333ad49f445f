using System.Collections.Generic;
using System.IO;
using System.Linq;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FlowTypes.Generators.Tests.Templates;

/// <summary>The template builder generator: output baseline, compile-time enforcement of counts, caching.</summary>
public sealed class TemplateGeneratorTests
{
    private const string Marketing = """
        {
          "language": "en_US",
          "name": "marketing_image_template_demo",
          "category": "MARKETING",
          "components": [
            { "type": "HEADER", "format": "image", "examples": ["https://example.com/a.png"] },
            { "type": "BODY", "text": "Hi {{1}}, ready to elevate your customer communications? Discover the power of 8x8 CPaaS.", "examples": ["Tony"] },
            { "type": "FOOTER", "text": "Powered by 8x8" },
            { "type": "BUTTONS", "buttons": [
              { "type": "URL", "text": "All channels", "url": "https://cpaas.8x8.com/en/products/{{1}}", "examples": ["omnichannel-messaging"] },
              { "type": "quick_reply", "text": "Talk to Sales" }
            ] }
          ]
        }
        """;

    private static (GeneratorDriver Driver, Compilation Output, IReadOnlyList<Diagnostic> Diagnostics) Run(string consumer, params (string Path, string Text)[] files)
    {
        var compilation = GeneratorHarness.CreateCompilation(consumer);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new TemplateGenerator().AsSourceGenerator() },
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)),
            new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose),
            new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver, output, output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList());
    }

    private static string Generated(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "FlowTypes.WhatsAppTemplates.g.cs").SourceText.ToString();

    [Fact]
    public void Generated_builders_match_the_baseline_and_compile_without_warnings()
    {
        var (driver, _, diagnostics) = Run(
            GeneratorHarness.ConsumerSource,
            ("/p/marketing.template.json", Marketing),
            ("/p/channel.template.json", """
                { "templates": [
                  { "templateName": "appointment_reminder", "language": "es", "category": "UTILITY", "components": [
                    { "type": "HEADER", "format": "TEXT", "text": "Cita {{name}}" },
                    { "type": "BODY", "text": "Hola {{first_name}}, tu cita es el {{date}} & {{first_name}}." },
                    { "type": "BUTTONS", "buttons": [ { "type": "PHONE_NUMBER", "text": "Llamar", "phoneNumber": "+1" }, { "type": "FLOW", "text": "Cambiar", "flowId": "1" } ] } ] },
                  { "templateName": "appointment_reminder", "language": "en_US", "category": "UTILITY", "components": [
                    { "type": "BODY", "text": "Hi {{1}}, see you on {{2}}." } ] },
                  { "templateName": "login_code", "language": "en", "category": "AUTHENTICATION", "components": [
                    { "type": "BODY", "add_security_recommendation": true },
                    { "type": "BUTTONS", "buttons": [ { "type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code" } ] } ] },
                  { "templateName": "spring_sale", "language": "en", "category": "MARKETING", "components": [
                    { "type": "BODY", "text": "Use the code below for 10% off." },
                    { "type": "BUTTONS", "buttons": [ { "type": "COPY_CODE", "example": "SAVE10" } ] } ] }
                ] }
                """));

        Assert.Empty(diagnostics);
        Baseline.AssertMatches("WhatsAppTemplates.g.cs.txt", Generated(driver));
    }

    /// <summary>A carousel in two languages: image cards with a body variable and a dynamic URL; video cards with a coupon code.</summary>
    private const string Carousel = """
        { "templates": [
          { "templateName": "succulents", "language": "en_US", "category": "MARKETING", "components": [
            { "type": "BODY", "text": "Rare succulents for sale, {{1}}!", "example": { "bodyText": ["Pablo"] } },
            { "type": "CAROUSEL", "cards": [
              { "components": [
                { "type": "HEADER", "format": "image", "examples": ["https://shop.example/blue-elf.png"] },
                { "type": "BODY", "text": "Blue {{1}}", "examples": ["elf"] },
                { "type": "BUTTONS", "buttons": [ { "type": "QUICK_REPLY", "text": "More like this" }, { "type": "URL", "text": "Shop", "url": "https://shop.example/{{1}}", "examples": ["blue-elf"] } ] } ] },
              { "components": [
                { "type": "HEADER", "format": "image", "examples": ["https://shop.example/buddha.png"] },
                { "type": "BODY", "text": "Buddha {{1}} & {{2}}", "examples": ["x", "y"] },
                { "type": "BUTTONS", "buttons": [ { "type": "QUICK_REPLY", "text": "More like this" }, { "type": "URL", "text": "Shop", "url": "https://shop.example/{{1}}", "examples": ["buddha"] } ] } ] }
            ] } ] },
          { "templateName": "succulents", "language": "es", "category": "MARKETING", "components": [
            { "type": "BODY", "text": "Suculentas raras." },
            { "type": "CAROUSEL", "cards": [
              { "components": [ { "type": "HEADER", "format": "video" }, { "type": "BUTTONS", "buttons": [ { "type": "COPY_CODE", "example": "SAVE10" } ] } ] },
              { "components": [ { "type": "HEADER", "format": "video" }, { "type": "BUTTONS", "buttons": [ { "type": "COPY_CODE", "example": "SAVE20" } ] } ] }
            ] } ] }
        ] }
        """;

    [Fact]
    public void Carousel_builders_take_one_typed_argument_per_card_match_the_baseline_and_compile_without_warnings()
    {
        var (driver, _, diagnostics) = Run(GeneratorHarness.ConsumerSource, ("/p/carousel.template.json", Carousel));

        Assert.Empty(diagnostics);
        Baseline.AssertMatches("WhatsAppTemplates.Carousel.g.cs.txt", Generated(driver));
    }

    [Fact]
    public void Carousel_cards_cannot_be_swapped_or_left_out()
    {
        const string Consumer = """
            namespace Consumer
            {
                using Consumer.Flows;

                internal static class Use
                {
                    internal static object Ok() => WhatsAppTemplates.Succulents.EnUs(
                        "Pablo",
                        new WhatsAppTemplates.Succulents.EnUsCard0("https://x.example/0.png", "elf", "blue-elf"),
                        new WhatsAppTemplates.Succulents.EnUsCard1("https://x.example/1.png", "x", "y", "buddha"));

                    internal static object Swapped() => WhatsAppTemplates.Succulents.EnUs(
                        "Pablo",
                        new WhatsAppTemplates.Succulents.EnUsCard1("https://x.example/1.png", "x", "y", "buddha"),
                        new WhatsAppTemplates.Succulents.EnUsCard0("https://x.example/0.png", "elf", "blue-elf"));

                    internal static object Missing() => WhatsAppTemplates.Succulents.Es(new WhatsAppTemplates.Succulents.EsCard0("https://x.example/0.mp4", "SAVE10"));
                }
            }
            """;

        var (_, _, diagnostics) = Run(Consumer, ("/p/carousel.template.json", Carousel));

        Assert.Equal(new[] { "CS1503", "CS1503", "CS7036" }, diagnostics.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "CS7036" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("card1", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Calling_a_builder_with_the_wrong_number_of_values_does_not_compile()
    {
        const string Consumer = """
            namespace Consumer
            {
                internal static class Use
                {
                    internal static object Ok() => Consumer.Flows.WhatsAppTemplates.MarketingImageTemplateDemo.EnUs("https://x.example/a.png", "Jason", "suffix");
                    internal static object Missing() => Consumer.Flows.WhatsAppTemplates.MarketingImageTemplateDemo.EnUs("https://x.example/a.png", "Jason");
                }
            }
            """;

        var (_, _, diagnostics) = Run(Consumer, ("/p/marketing.template.json", Marketing));

        var error = Assert.Single(diagnostics);
        Assert.Equal("CS7036", error.Id); // There is no argument given that corresponds to the required parameter 'button0UrlSuffix'
        Assert.Contains("button0UrlSuffix", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_would_clash_with_the_enclosing_types_are_adjusted()
    {
        var (driver, _, diagnostics) = Run(
            GeneratorHarness.ConsumerSource,
            ("/p/clash.template.json", """
                { "templates": [
                  { "templateName": "en", "language": "en", "category": "UTILITY", "components": [ { "type": "BODY", "text": "Hello there." } ] },
                  { "templateName": "whats_app_templates", "language": "en", "category": "UTILITY", "components": [ { "type": "BODY", "text": "Hello there." } ] },
                  { "templateName": "en_us_card0", "language": "en_US", "category": "MARKETING", "components": [
                    { "type": "BODY", "text": "Hello there." },
                    { "type": "CAROUSEL", "cards": [
                      { "components": [ { "type": "HEADER", "format": "image" } ] },
                      { "components": [ { "type": "HEADER", "format": "image" } ] } ] } ] }
                ] }
                """));

        Assert.Empty(diagnostics);
        var source = Generated(driver);
        Assert.Contains("public static partial class En", source, System.StringComparison.Ordinal);
        Assert.Contains("TemplateMessage InEn()", source, System.StringComparison.Ordinal);
        Assert.Contains("public static partial class WhatsAppTemplatesTemplate", source, System.StringComparison.Ordinal);
        Assert.Contains("public static partial class EnUsCard0", source, System.StringComparison.Ordinal);
        Assert.Contains("TemplateMessage EnUs(EnUsCard0Values card0, EnUsCard1 card1)", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_with_errors_or_no_template_files_generate_nothing()
    {
        var (withError, _, _) = Run(GeneratorHarness.ConsumerSource, ("/p/bad.template.json", Marketing.Replace("\"marketing_image_template_demo\"", "\"Bad Name\"")));
        Assert.Empty(withError.GetRunResult().Results.Single().GeneratedSources);

        var (none, _, _) = Run(GeneratorHarness.ConsumerSource, ("/p/x.flow.json", "{}"));
        Assert.Empty(none.GetRunResult().Results.Single().GeneratedSources);
    }

    [Fact]
    public void Kinds_beyond_the_8x8_reference_get_no_builder_and_the_others_keep_theirs()
    {
        // FT2031 kinds (pywa's examples, the Add shape and the registered Get shape alike): 8x8 documents no send shape
        // for their product, section or offer values, so a builder could only send an incomplete message.
        var examples = Path.Combine(System.AppContext.BaseDirectory, "TestData", "templates", "pywa");
        var files = Directory.GetFiles(examples, "*.template.json").OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => ("/p/" + Path.GetFileName(f), File.ReadAllText(f)))
            .Append(("/p/registered.template.json", """
                { "templates": [ { "templateName": "spm_registered", "language": "en", "category": "MARKETING", "components": [
                  { "type": "HEADER", "format": "PRODUCT" }, { "type": "BODY", "text": "New!" }, { "type": "BUTTONS", "buttons": [ { "type": "SPM", "text": "View" } ] } ] } ] }
                """))
            .ToArray();

        var (driver, _, diagnostics) = Run(GeneratorHarness.ConsumerSource, files);

        Assert.Empty(diagnostics);
        var builders = System.Text.RegularExpressions.Regex.Matches(Generated(driver), @"public static partial class (\w+)").Select(m => m.Groups[1].Value).Where(n => n != "WhatsAppTemplates");
        Assert.Equal(
            new[] { "AuthenticationCodeAutofillButton", "AuthenticationCodeCopyCodeButton", "CarouselTemplateMediaCardsV1", "CouponCodeFall202325off", "OrderConfirmation", "OrderDeliveryUpdate", "SeasonalPromotion", "ZeroTapAuthTemplate" },
            builders.OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_second_run_with_the_same_files_is_cached(bool carousel)
    {
        var (driver, output, _) = Run(GeneratorHarness.ConsumerSource, carousel ? ("/p/carousel.template.json", Carousel) : ("/p/marketing.template.json", Marketing));
        driver = driver.RunGenerators(output.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Other { }", new CSharpParseOptions(LanguageVersion.CSharp12))));
        var run = driver.GetRunResult().Results.Single();
        var reasons = run.TrackedSteps[TrackingNames.TemplateBuilderSpecs].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }
}
