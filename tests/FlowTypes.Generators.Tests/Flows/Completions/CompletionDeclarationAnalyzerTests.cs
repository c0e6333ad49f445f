using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Flows.Completions;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FlowTypes.Generators.Tests.Flows.Completions;

/// <summary>FT9004..FT9008: [FlowCompletion] declarations checked at their C# location.</summary>
public class CompletionDeclarationAnalyzerTests
{
    /// <summary>A flow whose terminal screen finishes through the endpoint (Footer data_exchange, no complete).</summary>
    private const string EndpointFinished = """
        { "version": "7.3", "data_api_version": "3.0", "routing_model": { "DETAILS": [] }, "screens": [ { "id": "DETAILS", "terminal": true,
          "layout": { "type": "SingleColumnLayout", "children": [ { "type": "Form", "name": "form", "children": [
            { "type": "TextInput", "name": "name", "label": "Name", "required": true },
            { "type": "Footer", "label": "Book", "on-click-action": { "name": "data_exchange", "payload": { "name": "${form.name}" } } } ] } ] } } ] }
        """;

    /// <summary>A flow that completes with its own payload.</summary>
    private const string Completes = """
        { "version": "7.3", "screens": [ { "id": "DETAILS", "terminal": true,
          "layout": { "type": "SingleColumnLayout", "children": [ { "type": "Form", "name": "form", "children": [
            { "type": "TextInput", "name": "name", "label": "Name", "required": true },
            { "type": "Footer", "label": "Book", "on-click-action": { "name": "complete", "payload": { "name": "${form.name}" } } } ] } ] } } ] }
        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = AnalyzerVerifier<CompletionDeclarationAnalyzer>.Create();
        test.TestState.Sources.Add(("/src/Completion.cs", "using System; using System.Collections.Generic; using FlowTypes;\n" + source));
        test.TestState.AdditionalFiles.Add(("/project/flows/slots.flow.json", EndpointFinished));
        test.TestState.AdditionalFiles.Add(("/project/other/slots.flow.json", EndpointFinished));
        test.TestState.AdditionalFiles.Add(("/project/flows/survey.flow.json", Completes));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Expect(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int location, params object[] arguments) =>
        new DiagnosticResult(descriptor).WithLocation(location).WithArguments(arguments);

    [Fact]
    public Task A_partial_record_naming_an_endpoint_finished_flow_is_clean() =>
        VerifyAsync("""
            namespace App
            {
                [FlowCompletion("flows/slots.flow.json")]
                public partial record Booked(string Name, DateOnly Date, decimal Seats, bool? Reminder, IReadOnlyList<string>? Tags, System.Text.Json.JsonElement? Extra);
            }
            """);

    [Fact]
    public Task FT9004_a_flow_file_the_project_does_not_have_is_reported_on_the_argument() =>
        VerifyAsync("""
            namespace App
            {
                [FlowCompletion({|#0:"slot.flow.json"|})]
                public partial record Booked(string Name);
            }
            """,
            Expect(DiagnosticDescriptors.CompletionFlowFileNotFound, 0, "slot.flow.json"));

    [Fact]
    public Task FT9005_a_flow_that_completes_with_its_own_payload_is_reported_on_the_argument() =>
        VerifyAsync("""
            namespace App
            {
                [FlowCompletion({|#0:"survey.flow.json"|})]
                public partial record Answered(string Name);
            }
            """,
            Expect(DiagnosticDescriptors.CompletionFlowNotEndpointFinished, 0, "survey.flow.json"));

    // A declaration the generator cannot complete takes no flow, so two of them on one file are not also FT9008.
    [Fact]
    public Task FT9006_a_type_that_is_not_partial_nested_or_generic_is_reported_on_its_name() =>
        VerifyAsync("""
            namespace App
            {
                [FlowCompletion("flows/slots.flow.json")]
                public record {|#0:NotPartial|}(string Name);

                public static partial class Outer
                {
                    [FlowCompletion("other/slots.flow.json")]
                    public partial record {|#1:Nested|}(string Name);
                }

                [FlowCompletion("other/slots.flow.json")]
                public partial record {|#2:Generic|}<T>(string Name);

                [FlowCompletion("other/slots.flow.json")]
                public partial class {|#3:PrimaryConstructor|}(string name)
                {
                    public string Name { get; init; } = name;
                }
            }
            """,
            Expect(DiagnosticDescriptors.CompletionTypeShape, 0, "NotPartial", "is not partial"),
            Expect(DiagnosticDescriptors.CompletionTypeShape, 1, "Nested", "is nested in 'Outer'"),
            Expect(DiagnosticDescriptors.CompletionTypeShape, 2, "Generic", "is generic"),
            Expect(DiagnosticDescriptors.CompletionTypeShape, 3, "PrimaryConstructor", "has a primary constructor (only a positional record's parameters are taken by its constructor)"));

    [Fact]
    public Task FT9007_an_unsupported_property_type_is_reported_on_the_parameter_or_property() =>
        VerifyAsync("""
            namespace App
            {
                [FlowCompletion("flows/slots.flow.json")]
                public partial record Booked(string Name, int {|#0:Seats|})
                {
                    public double? {|#1:Price|} { get; init; }

                    public string Computed => Name;
                }
            }
            """,
            Expect(DiagnosticDescriptors.CompletionPropertyType, 0, "Seats", "Booked", "int"),
            Expect(DiagnosticDescriptors.CompletionPropertyType, 1, "Price", "Booked", "double?"));

    [Fact]
    public Task FT9008_a_second_declaration_for_one_flow_is_reported_on_the_later_argument_by_full_name() =>
        VerifyAsync("""
            namespace App
            {
                [FlowCompletion("flows/slots.flow.json")]
                public partial record Booked(string Name);

                [FlowCompletion({|#0:"FLOWS\\slots.flow.json"|})]
                public partial record Confirmed(string Name);
            }
            """,
            Expect(DiagnosticDescriptors.DuplicateCompletion, 0, "FLOWS\\slots.flow.json", "App.Booked"));
}
