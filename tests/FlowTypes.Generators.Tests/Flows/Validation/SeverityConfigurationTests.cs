using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.FlowJson;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.Flows.FlowFileAnalyzer>;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>The severities documented in docs/diagnostics can be changed with a .globalconfig, as the pages say.</summary>
public class SeverityConfigurationTests
{
    [Fact]
    public Task Globalconfig_can_lower_an_error_to_a_warning_and_turn_a_warning_off()
    {
        var test = Verifier.Create();
        test.TestState.AdditionalFiles.Add((Path, Flow(End("SCREEN_1")).Replace("\"SCREEN_1\"", "{|#0:\"SCREEN_1\"|}").Replace("\"Done\"", "\"Done and send everything to us now!!\"")));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.FT1006.severity = warning\ndotnet_diagnostic.FT1048.severity = none\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.InvalidScreenId).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
            .WithArguments("SCREEN_1", "SCREEN_ONE"));
        return test.RunAsync();
    }
}
