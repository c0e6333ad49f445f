using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.SendCode.SendPayloadAnalyzer>;

namespace FlowTypes.Generators.Tests.SendCode;

/// <summary>FT3011/FT3012: flow ids and flowActionData screens in send code against the project's flow files.</summary>
public sealed class FlowReferenceTests
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

    private static Task Verify(string expression, bool withFlowId, params DiagnosticResult[] expected)
    {
        var test = Verifier.Create();
        test.TestState.Sources.Add(("/src/Send.cs", SendPayloadAnalyzerTests.Code(expression)));
        test.TestState.AdditionalFiles.Add(("/project/templates/all.template.json", SendPayloadAnalyzerTests.TemplateFile));
        test.TestState.AdditionalFiles.Add((FlowPath, Flow));
        if (withFlowId)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\n\n[{FlowPath}]\nbuild_metadata.AdditionalFiles.FlowId = 1234567890123456\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public async Task Known_flow_and_screen_have_no_diagnostics()
    {
        await Verify("new FlowMessage(\"Body\", \"1234567890123456\", \"Book\") { FlowActionData = new FlowActionData(\"WELCOME\") }", withFlowId: true);
        await Verify("new FlowMessage(\"Body\", \"1234567890123456\", \"Book\") { FlowActionData = new FlowActionData(name) }", withFlowId: true);
        await Verify("new FlowMessage(\"Body\", name, \"Book\")", withFlowId: true);
    }

    [Fact]
    public async Task Without_FlowId_metadata_flow_ids_are_not_checked()
    {
        await Verify("new FlowMessage(\"Body\", \"999\", \"Book\") { FlowActionData = new FlowActionData(\"NOPE\") }", withFlowId: false);
    }

    [Fact]
    public async Task FT3011_unknown_flow_id()
    {
        await Verify(
            "new FlowMessage(\"Body\", {|#0:\"999\"|}, \"Book\")",
            withFlowId: true,
            new DiagnosticResult(DiagnosticDescriptors.UnknownFlowId).WithLocation(0).WithArguments("999", "1234567890123456"));
    }

    [Fact]
    public async Task FT3012_unknown_screen_in_a_flow_message()
    {
        await Verify(
            "new FlowMessage(\"Body\", \"1234567890123456\", \"Book\") { FlowActionData = new FlowActionData({|#0:\"NOPE\"|}) }",
            withFlowId: true,
            new DiagnosticResult(DiagnosticDescriptors.UnknownFlowScreen).WithLocation(0).WithArguments("1234567890123456", "booking.flow.json", "NOPE", "WELCOME, DETAILS"));
    }

    [Fact]
    public async Task FT3012_unknown_screen_for_a_template_flow_button()
    {
        await Verify(
            """
            new TemplateMessage("order_update", "en_US",
                    TemplateComponent.Header(TemplateParameter.Image("https://x.example/a.png")),
                    TemplateComponent.Body(TemplateParameter.Text("Jason"), TemplateParameter.Text("A-1")),
                    TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text("A-1")),
                    TemplateComponent.Button(3, ButtonSubType.Flow, TemplateParameter.Action("token", FlowActionData.FromStrings({|#0:"NOPE"|}, new System.Collections.Generic.Dictionary<string, string>()))))
            """,
            withFlowId: true,
            new DiagnosticResult(DiagnosticDescriptors.UnknownFlowScreen).WithLocation(0).WithArguments("1234567890123456", "booking.flow.json", "NOPE", "WELCOME, DETAILS"));
    }
}
