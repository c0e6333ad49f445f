using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.SendCode.TemplateFlowScreenAnalyzer>;

namespace FlowTypes.Generators.Tests.SendCode;

/// <summary>FT2028: a template FLOW button's navigateScreen against the screens of the flow file with that FlowId.</summary>
public sealed class TemplateFlowScreenAnalyzerTests
{
    private const string FlowPath = "/project/flows/booking.flow.json";

    private const string Flow = """
        {
          "version": "7.2",
          "screens": [
            { "id": "WELCOME", "title": "Welcome", "layout": { "type": "SingleColumnLayout", "children": [] } },
            { "id": "DETAILS", "title": "Details", "terminal": true, "layout": { "type": "SingleColumnLayout", "children": [] } }
          ]
        }
        """;

    private static string Template(string button) => $$"""
        {
          "language": "en_US",
          "name": "book_visit",
          "category": "UTILITY",
          "components": [
            { "type": "BODY", "text": "Book a visit" },
            { "type": "BUTTONS", "buttons": [ {{button}} ] }
          ]
        }
        """;

    private static Task Verify(string button, bool withFlowId, params DiagnosticResult[] expected)
    {
        var test = Verifier.Create();
        test.TestState.AdditionalFiles.Add(("/project/templates/book.template.json", Template(button)));
        test.TestState.AdditionalFiles.Add((FlowPath, Flow));
        if (withFlowId)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\n\n[{FlowPath}]\nbuild_metadata.AdditionalFiles.FlowId = 859504979861628\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public async Task Screen_of_the_flow_default_screen_and_other_flows_have_no_diagnostics()
    {
        await Verify("""{ "type": "FLOW", "text": "Book", "flowId": "859504979861628", "flowAction": "navigate", "navigateScreen": "DETAILS" }""", withFlowId: true);
        await Verify("""{ "type": "FLOW", "text": "Book", "flowId": "859504979861628", "navigateScreen": "FIRST_ENTRY_SCREEN" }""", withFlowId: true);
        await Verify("""{ "type": "FLOW", "text": "Book", "flowId": "859504979861628" }""", withFlowId: true);

        // A flow that is not in the project (or a flow file without FlowId metadata) cannot be checked.
        await Verify("""{ "type": "FLOW", "text": "Book", "flowId": "111", "navigateScreen": "NOPE" }""", withFlowId: true);
        await Verify("""{ "type": "FLOW", "text": "Book", "flowId": "859504979861628", "navigateScreen": "NOPE" }""", withFlowId: false);

        // With data_exchange the screen is not used (FT2027 reports it in the template file).
        await Verify("""{ "type": "FLOW", "text": "Book", "flowId": "859504979861628", "flowAction": "data_exchange", "navigateScreen": "NOPE" }""", withFlowId: true);
    }

    [Fact]
    public async Task FT2028_navigate_screen_not_in_the_flow()
    {
        await Verify(
            """{ "type": "FLOW", "text": "Book", "flowId": "859504979861628", "navigateScreen": {|#0:"RECOMMEND"|} }""",
            withFlowId: true,
            new DiagnosticResult(DiagnosticDescriptors.UnknownNavigateScreen).WithLocation(0).WithArguments("859504979861628", "booking.flow.json", "RECOMMEND", "WELCOME, DETAILS"));
        await Verify(
            """{ "type": "FLOW", "text": "Book", "flow_id": "859504979861628", "flow_action": "NAVIGATE", "navigate_screen": {|#0:"welcome"|} }""",
            withFlowId: true,
            new DiagnosticResult(DiagnosticDescriptors.UnknownNavigateScreen).WithLocation(0).WithArguments("859504979861628", "booking.flow.json", "welcome", "WELCOME, DETAILS"));
    }
}
