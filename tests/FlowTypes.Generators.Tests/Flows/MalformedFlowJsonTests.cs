using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FlowTypes.Generators.Tests.Flows;

/// <summary>FT1001 is reported by the generator (its diagnostics surface even when the C# fails to compile).</summary>
public class MalformedFlowJsonTests
{
    [Fact]
    public Task Missing_comma_is_reported_on_the_token_after_the_value() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            "/project/flows/returns.flow.json",
            "{\n  \"version\": \"7.2\"\n  {|#0:\"|}screens\": []\n}",
            new DiagnosticResult(DiagnosticDescriptors.MalformedFlowJson)
                .WithLocation(0)
                .WithArguments("Expected ',' or '}' after the value of \"version\" but found '\"' (is a comma missing?)"));

    [Fact]
    public Task Truncated_file_is_reported_at_the_end_of_the_file() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            "/project/flows/returns.flow.json",
            "{\n  \"version\": \"7.2\",\n  \"screens\": [\n{|#0:|}",
            new DiagnosticResult(DiagnosticDescriptors.MalformedFlowJson)
                .WithLocation(0)
                .WithArguments("Unexpected end of file; a JSON value is missing (is a closing bracket or brace missing?)"));

    [Fact]
    public Task Exact_line_and_column_are_reported() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            "/project/flows/returns.flow.json",
            "{\n  \"version\": \"7.2\",\n  \"screens\": [\n    { \"id\": 'A' }\n  ]\n}",
            new DiagnosticResult(DiagnosticDescriptors.MalformedFlowJson)
                .WithSpan("/project/flows/returns.flow.json", 4, 13, 4, 14)
                .WithArguments("Unexpected character '''; expected a JSON value (object, array, string, number, true, false or null)"));

    [Fact]
    public Task Root_that_is_not_an_object_is_reported_on_its_first_character() =>
        GeneratorVerifier.VerifyDiagnosticsAsync(
            "/project/a.flow.json",
            "  {|#0:[|}1, 2]",
            new DiagnosticResult(DiagnosticDescriptors.MalformedFlowJson)
                .WithLocation(0)
                .WithArguments("the root of a flow file must be a JSON object, but it is an array"));

    [Fact]
    public Task Files_that_are_not_flow_files_are_ignored() =>
        GeneratorVerifier.VerifyDiagnosticsAsync("/project/settings.json", "{ not json");

    [Theory]
    [MemberData(nameof(TestData.ValidFlowFileData), MemberType = typeof(TestData))]
    public void Real_corpus_flows_are_well_formed(string corpusFile)
    {
        var result = GeneratorHarness.Run(("/project/flows/" + corpusFile.Replace(".json", ".flow.json"), TestData.ReadCorpus(corpusFile)));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == DiagnosticDescriptors.MalformedFlowJsonId);
    }
}
