using System.Linq;
using FlowTypes.Generators.Tests.Infrastructure;
using Xunit;

namespace FlowTypes.Generators.Tests.Generator;

/// <summary>The generated code of real flows, compared with reviewed baselines and compiled with warnings as errors.</summary>
public class GeneratedSourceTests
{
    [Theory]
    [InlineData("8x8-docs__whatsapp-flows-examples-retail__flowJson.json", "returns.flow.json", "Returns.g.cs.txt")]
    [InlineData("8x8-docs__whatsapp-flows-examples-healthcare__flowJson.json", "appointment.flow.json", "Appointment.g.cs.txt")]
    [InlineData("8x8-docs__whatsapp-flows-examples-sales__flowJson.json", "lead-generation.flow.json", "LeadGeneration.g.cs.txt")]
    [InlineData("8x8-docs__whatsapp-flows-examples-professional-services__flowJson.json", "service_booking.flow.json", "ServiceBooking.g.cs.txt")]
    [InlineData("david-lev__pywa__tests__data__flows__2_1__examples__customer_satisfaction_survey.json", "customer_satisfaction.flow.json", "CustomerSatisfaction.g.cs.txt")]
    [InlineData("ChristianGroove__agency-manager__src__lib__meta__flows__schemas__lead_generation.json", "agency_leads.flow.json", "AgencyLeads.g.cs.txt")]
    [InlineData("misingo255__whatsapp-flows-template__assets__azam_marines_flow.json", "ferry_booking.flow.json", "FerryBooking.g.cs.txt")]
    [InlineData("david-lev__pywa__tests__data__flows__4_0__examples__forward_refs.json", "forward_refs.flow.json", "ForwardRefs.g.cs.txt")]
    [InlineData("david-lev__pywa__tests__data__flows__2_1__examples__sign_in.json", "sign_in.flow.json", "SignIn.g.cs.txt")]
    public void Generated_source_matches_the_baseline_and_compiles_cleanly(string corpusFile, string flowFileName, string baseline)
    {
        var result = GeneratorHarness.Run(("/project/flows/" + flowFileName, TestData.ReadCorpus(corpusFile)));

        Assert.Empty(result.GeneratorProblems);
        Assert.Empty(result.CompileDiagnostics);
        var source = Assert.Single(result.Sources, IsTypeFile);
        Baseline.AssertMatches(baseline, source.SourceText.ToString());

        // The readers live in their own file, next to the types: one per flow that has submissions.
        var readers = result.Sources.Where(s => s.HintName.EndsWith(".Reader.g.cs", System.StringComparison.Ordinal) && !s.HintName.EndsWith(".Endpoint.Reader.g.cs", System.StringComparison.Ordinal)).ToList();
        if (source.SourceText.ToString().Contains(": global::FlowTypes.FlowSubmission<"))
        {
            var reader = Assert.Single(readers);
            Assert.Equal(source.HintName.Replace(".g.cs", ".Reader.g.cs"), reader.HintName);
            Baseline.AssertMatches(baseline.Replace(".g.cs.txt", ".Reader.g.cs.txt"), reader.SourceText.ToString());
        }
        else
        {
            Assert.Empty(readers);
        }
    }

    /// <summary>The file with a flow's types (not its reader, endpoint or the router).</summary>
    private static bool IsTypeFile(Microsoft.CodeAnalysis.GeneratedSourceResult source) =>
        source.HintName != "FlowRouter.g.cs"
        && !source.HintName.EndsWith(".Endpoint.g.cs", System.StringComparison.Ordinal)
        && !source.HintName.EndsWith(".Reader.g.cs", System.StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(TestData.ValidFlowFileData), MemberType = typeof(TestData))]
    public void Every_valid_corpus_flow_generates_code_that_compiles_without_warnings(string corpusFile)
    {
        var result = GeneratorHarness.Run(("/project/flows/" + corpusFile.Replace(".json", ".flow.json"), TestData.ReadCorpus(corpusFile)));

        Assert.Empty(result.GeneratorProblems);
        Assert.Empty(result.CompileDiagnostics);
        Assert.Single(result.Sources, IsTypeFile);
    }

    [Fact]
    public void Two_flows_with_the_same_file_name_in_different_folders_report_FT9002_and_generate_once()
    {
        var flow = TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json");

        var result = GeneratorHarness.Run(("/project/a/returns.flow.json", flow), ("/project/b/returns.flow.json", flow));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("FT9002", diagnostic.Id);
        Assert.Equal("/project/b/returns.flow.json: (0,0)-(0,1)", diagnostic.Location.GetLineSpan().ToString()); // the skipped file's opening brace
        Assert.Equal("Flow files '/project/a/returns.flow.json' and '/project/b/returns.flow.json' both map to the type name 'ReturnsFlow'; rename one file or set FlowTypeName metadata on its AdditionalFiles item (no types were generated for '/project/b/returns.flow.json')", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3, result.Sources.Count);
        Assert.Single(result.Sources, s => s.HintName.StartsWith("Returns.", System.StringComparison.Ordinal) && !s.HintName.EndsWith(".Reader.g.cs", System.StringComparison.Ordinal));
        Assert.Single(result.Sources, s => s.HintName.StartsWith("Returns.", System.StringComparison.Ordinal) && s.HintName.EndsWith(".Reader.g.cs", System.StringComparison.Ordinal));
        Assert.Single(result.Sources, s => s.HintName == "FlowRouter.g.cs");
        Assert.Empty(result.CompileDiagnostics);
    }

    [Fact]
    public void Malformed_flow_generates_nothing_and_does_not_throw()
    {
        var result = GeneratorHarness.Run(("/project/flows/broken.flow.json", "{ \"version\": \"7.2\", \"screens\": [ "));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("FT1001", diagnostic.Id);
        Assert.Equal("/project/flows/broken.flow.json: (0,33)-(0,33)", diagnostic.Location.GetLineSpan().ToString());
        Assert.Empty(result.Sources);
        Assert.All(result.Run.Results, r => Assert.Null(r.Exception));
    }

    [Fact]
    public void CSharp_below_9_reports_FT9001_instead_of_generating_code_that_cannot_compile()
    {
        var result = GeneratorHarness.Run(
            new[] { ("/project/flows/returns.flow.json", TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json")) },
            GeneratorHarness.ConsumerSource,
            Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("FT9001", diagnostic.Id);
        Assert.Contains("C# 8.0", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Namespace_comes_from_FlowTypesNamespace_when_set()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(
            new[] { new InMemoryAdditionalText("/p/returns.flow.json", TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json")) },
            globalOptions: new System.Collections.Generic.Dictionary<string, string> { ["build_property.FlowTypesNamespace"] = "Shop.WhatsApp", ["build_property.RootNamespace"] = "Shop" });

        var source = driver.RunGenerators(compilation).GetRunResult().GeneratedTrees.Single(t => !t.FilePath.EndsWith("FlowRouter.g.cs", System.StringComparison.Ordinal) && !t.FilePath.EndsWith(".Reader.g.cs", System.StringComparison.Ordinal)).ToString();

        Assert.Contains("namespace Shop.WhatsApp\n", source);
    }

    [Fact]
    public void Router_over_several_flows_matches_the_baseline_and_compiles_cleanly()
    {
        var result = GeneratorHarness.Run(
            ("/project/flows/returns.flow.json", TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json")),
            ("/project/flows/survey.flow.json", TestData.ReadCorpus("david-lev__pywa__tests__data__flows__2_1__examples__customer_satisfaction_survey.json")));

        Assert.Empty(result.GeneratorProblems);
        Assert.Empty(result.CompileDiagnostics);
        Baseline.AssertMatches("FlowRouter.g.cs.txt", result.Sources.Single(s => s.HintName == "FlowRouter.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Two_flows_whose_payloads_have_the_same_keys_report_FT9003_as_a_warning()
    {
        var flow = TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json");

        var result = GeneratorHarness.Run(("/project/a/returns.flow.json", flow), ("/project/b/returns-eu.flow.json", flow));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("FT9003", diagnostic.Id);
        Assert.Equal("/project/b/returns-eu.flow.json: (242,29)-(251,19)", diagnostic.Location.GetLineSpan().ToString()); // the second flow's complete payload
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.DefaultSeverity); // the harness compiles with warnings as errors
        Assert.Equal(
            "Flows 'returns.flow.json' and 'returns-eu.flow.json' complete with the same keys (additional_details, contact_method, customer_email, exchange_pref, item_name, order_number, resolution_type, return_reason); FlowRouter cannot tell them apart and picks 'returns.flow.json'. Give each flow file a distinct FlowTokenPrefix metadata and send flow tokens that start with it, or make the payloads differ.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Each_flow_that_cannot_be_told_apart_is_reported_once_against_the_flow_the_router_picks()
    {
        // Four flows with the same keys: a and d share a prefix, b has its own, c has none. The router picks the
        // earliest flow it cannot tell apart, so c and d are each reported once against a; b is routable by its prefix.
        // (Reporting every pair would give n(n - 1)/2 warnings for n copies of a flow.)
        var flow = TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json");
        var prefixes = new System.Collections.Generic.Dictionary<string, string?> { ["/p/a.flow.json"] = "us-", ["/p/b.flow.json"] = "eu-", ["/p/c.flow.json"] = null, ["/p/d.flow.json"] = "us-" };
        var files = prefixes.Keys.Select(path => new InMemoryAdditionalText(path, flow)).ToArray();
        var options = new TestAnalyzerConfigOptionsProvider(
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" },
            prefixes.Where(p => p.Value is not null).ToDictionary(
                p => p.Key,
                p => (System.Collections.Generic.IDictionary<string, string>)new System.Collections.Generic.Dictionary<string, string> { ["build_metadata.AdditionalFiles.FlowTokenPrefix"] = p.Value! }));
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(new[] { Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new FlowTypesGenerator()) }, files, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12), options);

        var diagnostics = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Diagnostics;

        Assert.Equal(
            new[] { "FT9003 a.flow.json c.flow.json", "FT9003 a.flow.json d.flow.json" },
            diagnostics.Select(d => $"{d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[1]} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[3]}").ToArray());
        Assert.Equal(
            new[] { "/p/c.flow.json: (242,29)-(251,19)", "/p/d.flow.json: (242,29)-(251,19)" },
            diagnostics.Select(d => d.Location.GetLineSpan().ToString()).ToArray());
    }

    [Fact]
    public void Distinct_flow_token_prefixes_make_identical_payloads_routable_without_FT9003()
    {
        var flow = TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json");
        var files = new[] { new InMemoryAdditionalText("/p/a/returns.flow.json", flow), new InMemoryAdditionalText("/p/b/returns-eu.flow.json", flow) };
        var options = new TestAnalyzerConfigOptionsProvider(
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" },
            new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IDictionary<string, string>>
            {
                ["/p/a/returns.flow.json"] = new System.Collections.Generic.Dictionary<string, string> { ["build_metadata.AdditionalFiles.FlowTokenPrefix"] = "us-" },
                ["/p/b/returns-eu.flow.json"] = new System.Collections.Generic.Dictionary<string, string> { ["build_metadata.AdditionalFiles.FlowTokenPrefix"] = "eu-" },
            });
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(new[] { Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new FlowTypesGenerator()) }, files, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12), options);

        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Field_names_and_option_ids_that_spell_deserializer_members_do_not_collide_with_them()
    {
        // Reader and TryParseWebhookAsync are members of every submission record (KeyIndex and TryRead were, and stay
        // reserved so that names do not change); option ids are constants next to the option type's own members.
        const string radio = "{ \"type\": \"RadioButtonsGroup\", \"name\": \"choice\", \"label\": \"Choice\", \"data-source\": [ { \"id\": \"_listed\", \"title\": \"A\" }, { \"id\": \"from_id\", \"title\": \"B\" }, { \"id\": \"listed_id\", \"title\": \"C\" }, { \"id\": \"id\", \"title\": \"D\" } ] }";
        const string checkbox = "{ \"type\": \"CheckboxGroup\", \"name\": \"picks\", \"label\": \"Picks\", \"data-source\": [ { \"id\": \"_from_id\", \"title\": \"A\" }, { \"id\": \"utf8_id0\", \"title\": \"B\" } ] }";
        var inputs = string.Join(", ", new[] { "key_index", "try_read", "try_parse_webhook_async", "utf8_key0", "reader" }.Select(n => "{ \"type\": \"TextInput\", \"name\": \"" + n + "\", \"label\": \"" + n + "\" }"));
        var payload = "{ " + string.Join(", ", new[] { "key_index", "try_read", "try_parse_webhook_async", "utf8_key0", "reader", "choice", "picks" }.Select(n => "\"" + n + "\": \"${form." + n + "}\"")) + " }";
        var footer = "{ \"type\": \"Footer\", \"label\": \"Done\", \"on-click-action\": { \"name\": \"complete\", \"payload\": " + payload + " } }";
        var flow = Flows.Validation.TestFlow.Flow(Flows.Validation.TestFlow.Screen("END", "{ \"type\": \"Form\", \"name\": \"form\", \"children\": [ " + inputs + ", " + radio + ", " + checkbox + ", " + footer + " ] }", "\"terminal\": true, "));

        var result = GeneratorHarness.Run(("/project/flows/names.flow.json", flow));

        Assert.Empty(result.GeneratorProblems);
        Assert.Empty(result.CompileDiagnostics);
        var source = Assert.Single(result.Sources, IsTypeFile).SourceText.ToString();
        Assert.Contains("public string? KeyIndex2 { get; init; }", source);
        Assert.Contains("public string? TryRead2 { get; init; }", source);
        Assert.Contains("public string? TryParseWebhookAsync2 { get; init; }", source);
        Assert.Contains("public string? Reader2 { get; init; }", source);
    }
}
