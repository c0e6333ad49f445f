using System.Threading.Tasks;
using FlowTypes.Generators.Analyzers;
using FlowTypes.Generators.Diagnostics;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.Analyzers.FlowFileAnalyzer>;

namespace FlowTypes.Generators.Tests.Analyzers;

public class MalformedFlowJsonTests
{
    [Fact]
    public Task Missing_comma_is_reported_on_the_token_after_the_value() =>
        Verifier.VerifyAdditionalFileAsync(
            "/project/flows/returns.flow.json",
            "{\n  \"version\": \"7.2\"\n  {|#0:\"|}screens\": []\n}",
            new DiagnosticResult(DiagnosticDescriptors.MalformedFlowJson)
                .WithLocation(0)
                .WithArguments("Expected ',' or '}' after the value of \"version\" but found '\"' (is a comma missing?)"));

    [Fact]
    public Task Truncated_file_is_reported_at_the_end_of_the_file() =>
        Verifier.VerifyAdditionalFileAsync(
            "/project/flows/returns.flow.json",
            "{\n  \"version\": \"7.2\",\n  \"screens\": [\n{|#0:|}",
            new DiagnosticResult(DiagnosticDescriptors.MalformedFlowJson)
                .WithLocation(0)
                .WithArguments("Unexpected end of file; a JSON value is missing (is a closing bracket or brace missing?)"));

    [Fact]
    public Task Exact_line_and_column_are_reported() =>
        Verifier.VerifyAdditionalFileAsync(
            "/project/flows/returns.flow.json",
            "{\n  \"version\": \"7.2\",\n  \"screens\": [\n    { \"id\": 'A' }\n  ]\n}",
            new DiagnosticResult(DiagnosticDescriptors.MalformedFlowJson)
                .WithSpan("/project/flows/returns.flow.json", 4, 13, 4, 14)
                .WithArguments("Unexpected character '''; expected a JSON value (object, array, string, number, true, false or null)"));

    [Fact]
    public Task Root_that_is_not_an_object_is_reported_on_its_first_character() =>
        Verifier.VerifyAdditionalFileAsync(
            "/project/a.flow.json",
            "  {|#0:[|}1, 2]",
            new DiagnosticResult(DiagnosticDescriptors.MalformedFlowJson)
                .WithLocation(0)
                .WithArguments("the root of a flow file must be a JSON object, but it is an array"));

    [Fact]
    public Task Files_that_are_not_flow_files_are_ignored() =>
        Verifier.VerifyAdditionalFileAsync("/project/settings.json", "{ not json");
}
