using System.Threading.Tasks;
using FlowTypes.CodeFixes;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.SendCode;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FlowTypes.Generators.Tests.SendCode;

/// <summary>Code fixes for FT3002 (add missing body parameters) and FT3006 (correct the button sub-type).</summary>
public sealed class SendPayloadCodeFixTests
{
    private static Task VerifyFix<TFix>(string expression, string fixedExpression, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<SendPayloadAnalyzer, TFix, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.None,
            TestCode = SendPayloadAnalyzerTests.Code(expression),
            FixedCode = SendPayloadAnalyzerTests.Code(fixedExpression),
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
            state.AdditionalReferences.Add(TestReferences.FlowTypesRuntime);
            state.AdditionalFiles.Add(("/project/templates/all.template.json", SendPayloadAnalyzerTests.TemplateFile));
            state.AdditionalFiles.Add(("/project/templates/examples.template.json", ExamplesTemplate));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private const string ExamplesTemplate = """
        {
          "language": "en",
          "name": "appointment",
          "category": "UTILITY",
          "components": [ { "type": "BODY", "text": "Hi {{1}}, see you on {{2}} at {{3}}.", "examples": ["Ana", "Monday", "9:00"] } ]
        }
        """;

    [Fact]
    public async Task FT3002_adds_the_missing_parameters_with_the_template_examples()
    {
        await VerifyFix<AddMissingBodyParametersCodeFix>(
            "new TemplateMessage(\"appointment\", \"en\", {|#0:TemplateComponent.Body(TemplateParameter.Text(\"Jo\"))|})",
            "new TemplateMessage(\"appointment\", \"en\", TemplateComponent.Body(TemplateParameter.Text(\"Jo\"), TemplateParameter.Text(\"Monday\"), TemplateParameter.Text(\"9:00\")))",
            new DiagnosticResult(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("appointment", "en", 3, 1));
    }

    [Fact]
    public async Task FT3002_uses_TODO_when_the_template_has_no_examples()
    {
        await VerifyFix<AddMissingBodyParametersCodeFix>(
            "new TemplateMessage(\"order_update\", \"es\", {|#0:TemplateComponent.Body()|})",
            "new TemplateMessage(\"order_update\", \"es\", TemplateComponent.Body(TemplateParameter.Text(\"TODO\")))",
            new DiagnosticResult(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("order_update", "es", 1, 0));
    }

    [Fact]
    public async Task FT3002_adds_a_missing_body_component_after_the_header()
    {
        await VerifyFix<AddMissingBodyParametersCodeFix>(
            "new TemplateMessage({|#0:\"appointment\"|}, \"en\")",
            "new TemplateMessage(\"appointment\", \"en\", TemplateComponent.Body(TemplateParameter.Text(\"Ana\"), TemplateParameter.Text(\"Monday\"), TemplateParameter.Text(\"9:00\")))",
            new DiagnosticResult(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("appointment", "en", 3, 0));
        await VerifyFix<AddMissingBodyParametersCodeFix>(
            "new TemplateMessage({|#0:\"order_update\"|}, \"en_US\", TemplateComponent.Header(TemplateParameter.Image(\"https://x.example/a.png\")), TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text(\"A-1\")))",
            "new TemplateMessage(\"order_update\", \"en_US\", TemplateComponent.Header(TemplateParameter.Image(\"https://x.example/a.png\")), TemplateComponent.Body(TemplateParameter.Text(\"TODO\"), TemplateParameter.Text(\"TODO\")), TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text(\"A-1\")))",
            new DiagnosticResult(DiagnosticDescriptors.MissingBodyParameters).WithLocation(0).WithArguments("order_update", "en_US", 2, 0));
    }

    [Fact]
    public async Task FT3006_replaces_the_sub_type_with_the_matching_constant()
    {
        const string Before = """
            new TemplateMessage("order_update", "en_US",
                    TemplateComponent.Header(TemplateParameter.Image("https://x.example/a.png")),
                    TemplateComponent.Body(TemplateParameter.Text("Jason"), TemplateParameter.Text("A-1")),
                    TemplateComponent.Button(1, {|#0:"quick_reply"|}, TemplateParameter.Text("A-1")),
                    TemplateComponent.Button(3, {|#1:ButtonSubType.Url|}, TemplateParameter.Action()))
            """;
        const string After = """
            new TemplateMessage("order_update", "en_US",
                    TemplateComponent.Header(TemplateParameter.Image("https://x.example/a.png")),
                    TemplateComponent.Body(TemplateParameter.Text("Jason"), TemplateParameter.Text("A-1")),
                    TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text("A-1")),
                    TemplateComponent.Button(3, ButtonSubType.Flow, TemplateParameter.Action()))
            """;
        await VerifyFix<CorrectButtonSubTypeCodeFix>(
            Before,
            After,
            new DiagnosticResult(DiagnosticDescriptors.WrongButtonSubType).WithLocation(0).WithArguments(1, "order_update", "URL", "url", "quick_reply"),
            new DiagnosticResult(DiagnosticDescriptors.WrongButtonSubType).WithLocation(1).WithArguments(3, "order_update", "FLOW", "flow", "url"));
    }
}
