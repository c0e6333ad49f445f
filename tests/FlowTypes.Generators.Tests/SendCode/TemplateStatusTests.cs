using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.SendCode.SendPayloadAnalyzer>;

namespace FlowTypes.Generators.Tests.SendCode;

/// <summary>FT3013/FT3014: a send of a template whose pulled file (Get shape, <c>flowtypes templates pull</c>) says it is not APPROVED.</summary>
public sealed class TemplateStatusTests
{
    private const string PulledFile = """
        {
          "templates": [
            { "templateName": "approved_note", "language": "en", "category": "UTILITY", "status": "APPROVED",
              "components": [ { "type": "BODY", "text": "All good." } ] },
            { "templateName": "paused_offer", "language": "en", "category": "MARKETING", "status": "PAUSED",
              "components": [ { "type": "BODY", "text": "Sale today." } ] },
            { "templateName": "rejected_note", "language": "en", "category": "UTILITY", "status": "Rejected",
              "components": [ { "type": "BODY", "text": "Hi {{1}}." } ] },
            { "templateName": "new_note", "language": "en", "category": "UTILITY", "status": "PENDING",
              "components": [ { "type": "BODY", "text": "New." } ] },
            { "templateName": "appealed_note", "language": "en", "category": "UTILITY", "status": "IN_APPEAL",
              "components": [ { "type": "BODY", "text": "Appeal." } ] },
            { "templateName": "no_status", "language": "en", "category": "UTILITY",
              "components": [ { "type": "BODY", "text": "Hand-kept copy." } ] }
          ]
        }
        """;

    private static Task Verify(string expression, params DiagnosticResult[] expected)
    {
        var test = Verifier.Create();
        test.TestState.Sources.Add(("/src/Send.cs", SendPayloadAnalyzerTests.Code(expression)));
        test.TestState.AdditionalFiles.Add(("/project/templates/registered.template.json", PulledFile));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public async Task Approved_and_status_less_templates_have_no_diagnostics()
    {
        await Verify("new TemplateMessage(\"approved_note\", \"en\")");
        await Verify("new TemplateMessage(\"no_status\", \"en\")");
    }

    [Fact]
    public async Task FT3013_paused_rejected_is_an_error_at_the_template_name()
    {
        await Verify(
            "new TemplateMessage({|#0:\"paused_offer\"|}, \"en\")",
            new DiagnosticResult(DiagnosticDescriptors.TemplateNotSendable).WithLocation(0).WithArguments("paused_offer", "en", "PAUSED"));
        await Verify(
            "new TemplateMessage({|#0:\"rejected_note\"|}, \"en\", TemplateComponent.Body(TemplateParameter.Text(\"Ana\")))",
            new DiagnosticResult(DiagnosticDescriptors.TemplateNotSendable).WithLocation(0).WithArguments("rejected_note", "en", "REJECTED"));
    }

    [Fact]
    public async Task FT3014_pending_or_in_appeal_is_a_warning_at_the_template_name()
    {
        await Verify(
            "new TemplateMessage({|#0:\"new_note\"|}, \"en\")",
            new DiagnosticResult(DiagnosticDescriptors.TemplateNotApprovedYet).WithLocation(0).WithArguments("new_note", "en", "PENDING"));
        await Verify(
            "new TemplateMessage({|#0:\"appealed_note\"|}, \"en\")",
            new DiagnosticResult(DiagnosticDescriptors.TemplateNotApprovedYet).WithLocation(0).WithArguments("appealed_note", "en", "IN_APPEAL"));
    }

    [Fact]
    public async Task The_exact_location_is_line_and_column_of_the_name_literal()
    {
        // Code(...) puts the expression on line 7 after "        internal static object Build(string name, string text, int index) => " (77 characters).
        await Verify(
            "new TemplateMessage(\"paused_offer\", \"en\")",
            new DiagnosticResult(DiagnosticDescriptors.TemplateNotSendable).WithSpan("/src/Send.cs", 7, 98, 7, 112).WithArguments("paused_offer", "en", "PAUSED"));
    }
}
