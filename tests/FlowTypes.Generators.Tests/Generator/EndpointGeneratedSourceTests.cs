using System.Collections.Generic;
using System.Linq;
using FlowTypes.Generators.Tests.Infrastructure;
using Xunit;

namespace FlowTypes.Generators.Tests.Generator;

/// <summary>The generated endpoint handlers of real endpoint flows, compared with reviewed baselines and compiled with warnings as errors.</summary>
public class EndpointGeneratedSourceTests
{
    /// <summary>Every valid corpus flow that declares data_api_version.</summary>
    public static IEnumerable<object[]> EndpointFlowData() =>
        TestData.ValidFlowFiles().Where(name => TestData.ReadCorpus(name).Contains("\"data_api_version\"")).Select(name => new object[] { name });

    [Theory]
    // Three on-select data_exchanges on one screen told apart by their keys, a Footer data_exchange, {id, title} lists.
    [InlineData("david-lev__pywa__tests__data__flows__2_1__examples__book_a_table.json", "book_a_table.flow.json", "BookATable.Endpoint.g.cs.txt")]
    // One Footer data_exchange per screen, routes to several screens, an entry screen with no data.
    [InlineData("david-lev__pywa__tests__data__flows__2_1__examples__sign_in.json", "sign_in.flow.json", "SignIn.Endpoint.g.cs.txt")]
    // Seven screens with a branch, two entry screens for INIT (ERROR_SCREEN has no route to it), typed number data,
    // object lists from properties, terminal screens finishing through the endpoint.
    [InlineData("sipsyai__whatsapp-builder__backend__src__modules__chatbots__low-stock-report-flow.json", "low_stock_report.flow.json", "LowStockReport.Endpoint.g.cs.txt")]
    public void Generated_endpoint_matches_the_baseline_and_compiles_cleanly(string corpusFile, string flowFileName, string baseline)
    {
        var result = GeneratorHarness.Run(("/project/flows/" + flowFileName, TestData.ReadCorpus(corpusFile)));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileDiagnostics);
        var source = Assert.Single(result.Sources, s => s.HintName.EndsWith(".Endpoint.g.cs", System.StringComparison.Ordinal));
        Baseline.AssertMatches(baseline, source.SourceText.ToString());
        var reader = Assert.Single(result.Sources, s => s.HintName.EndsWith(".Endpoint.Reader.g.cs", System.StringComparison.Ordinal));
        Assert.Equal(source.HintName.Replace(".g.cs", ".Reader.g.cs"), reader.HintName);
        Baseline.AssertMatches(baseline.Replace(".g.cs.txt", ".Reader.g.cs.txt"), reader.SourceText.ToString());
    }

    [Theory]
    [MemberData(nameof(EndpointFlowData))]
    public void Every_valid_corpus_endpoint_flow_generates_a_handler_that_compiles_without_warnings(string corpusFile)
    {
        var result = GeneratorHarness.Run(("/project/flows/" + corpusFile.Replace(".json", ".flow.json"), TestData.ReadCorpus(corpusFile)));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileDiagnostics);
        Assert.Single(result.Sources, s => s.HintName.EndsWith(".Endpoint.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_flow_whose_data_exchanges_cannot_be_told_apart_generates_no_endpoint_but_its_submission()
    {
        // FT1070 (reported by FlowFileAnalyzer) says why; the generator neither guesses nor throws.
        const string Flow = """
            { "version": "7.3", "data_api_version": "3.0", "routing_model": { "END": [] }, "screens": [ { "id": "END", "terminal": true,
              "layout": { "type": "SingleColumnLayout", "children": [ { "type": "Form", "name": "form", "children": [
                { "type": "Dropdown", "name": "a", "label": "A", "data-source": [ { "id": "1", "title": "One" } ], "on-select-action": { "name": "data_exchange", "payload": {} } },
                { "type": "Dropdown", "name": "b", "label": "B", "data-source": [ { "id": "1", "title": "One" } ], "on-select-action": { "name": "data_exchange", "payload": {} } },
                { "type": "Footer", "label": "Done", "on-click-action": { "name": "complete", "payload": { "a": "${form.a}" } } } ] } ] } } ] }
            """;

        var result = GeneratorHarness.Run(("/project/flows/pick.flow.json", Flow));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileDiagnostics);
        Assert.Equal(new[] { "FlowRouter.g.cs", "Pick.", "Pick.Reader" }, result.Sources.Select(s => s.HintName.StartsWith("Pick.", System.StringComparison.Ordinal) ? (s.HintName.EndsWith(".Reader.g.cs", System.StringComparison.Ordinal) ? "Pick.Reader" : "Pick.") : s.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.DoesNotContain(result.Sources, s => s.HintName.EndsWith(".Endpoint.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Terminal_screens_that_finish_with_one_completion_payload_share_its_writer()
    {
        // Two terminal screens complete with the same payload (one submission type) and each asks the endpoint on a select.
        static string Screen(string id) => $$"""
            { "id": "{{id}}", "terminal": true, "layout": { "type": "SingleColumnLayout", "children": [ { "type": "Form", "name": "form", "children": [
              { "type": "Dropdown", "name": "pick", "label": "Pick", "required": true, "data-source": [ { "id": "1", "title": "One" } ],
                "on-select-action": { "name": "data_exchange", "payload": { "pick": "${form.pick}" } } },
              { "type": "Footer", "label": "Done", "on-click-action": { "name": "complete", "payload": { "pick": "${form.pick}" } } } ] } ] } }
            """;
        var flow = $$"""{ "version": "7.3", "data_api_version": "3.0", "routing_model": { "A": [], "B": [] }, "screens": [ {{Screen("A")}}, {{Screen("B")}} ] }""";

        var result = GeneratorHarness.Run(("/project/flows/pick.flow.json", flow));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileDiagnostics);
        var source = Assert.Single(result.Sources, s => s.HintName.EndsWith(".Endpoint.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Equal(
            new[] { "public static AResponse Finish(PickSubmission parameters) =>", "public static BResponse Finish(PickSubmission parameters) =>" },
            source.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("public static", System.StringComparison.Ordinal) && l.Contains(" Finish(")).ToArray());
        Assert.Equal(
            new[] { "private static void _WritePickSubmission(global::System.Text.Json.Utf8JsonWriter writer, PickSubmission value)" },
            source.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("private static void _Write", System.StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void A_flow_without_data_api_version_generates_no_endpoint()
    {
        var result = GeneratorHarness.Run(("/project/flows/returns.flow.json", TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json")));

        Assert.DoesNotContain(result.Sources, s => s.HintName.EndsWith(".Endpoint.g.cs", System.StringComparison.Ordinal));
    }
}
