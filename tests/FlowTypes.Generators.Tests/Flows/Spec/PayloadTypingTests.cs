using System.Linq;
using FlowTypes.Generators.Tests.Infrastructure;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.TestFlow;

namespace FlowTypes.Generators.Tests.Flows.Spec;

/// <summary>
/// How payload values are typed in the generated submission: inputs that may be hidden, values computed by nested
/// expressions, and flows on a version newer than FlowTypes knows.
/// </summary>
public class PayloadTypingTests
{
    private static string Generate(string flow)
    {
        var result = GeneratorHarness.Run(("/project/flows/typing.flow.json", flow));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileDiagnostics);
        return result.Sources.Single(s => s.HintName.StartsWith("Typing.", System.StringComparison.Ordinal) && !s.HintName.Contains(".Reader.")).SourceText.ToString();
    }

    private static string Complete(string payload) =>
        "{ \"type\": \"Footer\", \"label\": \"Done\", \"on-click-action\": { \"name\": \"complete\", \"payload\": " + payload + " } }";

    [Fact]
    public void A_required_input_with_a_dynamic_visible_may_be_absent()
    {
        // Hidden inputs cannot be filled in, so "required" does not make them present (docs/flow-rules.md, "Inputs that may be hidden").
        var flow = Flow(Screen(
            "END",
            "{ \"type\": \"TextInput\", \"name\": \"always\", \"label\": \"Always\", \"required\": true }, "
            + "{ \"type\": \"TextInput\", \"name\": \"bound\", \"label\": \"Bound\", \"required\": true, \"visible\": \"${data.show}\" }, "
            + "{ \"type\": \"TextInput\", \"name\": \"computed\", \"label\": \"Computed\", \"required\": true, \"visible\": \"`${data.show} && true`\" }, "
            + "{ \"type\": \"TextInput\", \"name\": \"hidden\", \"label\": \"Hidden\", \"required\": true, \"visible\": false }, "
            + "{ \"type\": \"TextInput\", \"name\": \"shown\", \"label\": \"Shown\", \"required\": true, \"visible\": true }, "
            + Complete("{ \"always\": \"${form.always}\", \"bound\": \"${form.bound}\", \"computed\": \"${form.computed}\", \"hidden\": \"${form.hidden}\", \"shown\": \"${form.shown}\" }"),
            "\"terminal\": true, \"data\": { \"show\": { \"type\": \"boolean\", \"__example__\": true } }, "));

        var source = Generate(flow);

        Assert.Contains("public required string Always { get; init; }", source);
        Assert.Contains("public string? Bound { get; init; }", source);
        Assert.Contains("public string? Computed { get; init; }", source);
        Assert.Contains("public string? Hidden { get; init; }", source);
        Assert.Contains("public required string Shown { get; init; }", source);
    }

    [Fact]
    public void Nested_expressions_in_a_payload_are_typed_by_their_result()
    {
        var flow = Flow(Screen(
            "END",
            "{ \"type\": \"TextInput\", \"name\": \"age\", \"label\": \"Age\", \"input-type\": \"number\" }, "
            + "{ \"type\": \"OptIn\", \"name\": \"accept\", \"label\": \"T&C\" }, "
            + Complete("{ \"adult\": \"`${form.age} >= 18 && ${form.accept}`\", \"next_age\": \"`${form.age} + 1`\", \"greeting\": \"`'Age ' ${form.age}`\", \"broken\": \"`${form.age} >`\" }"),
            "\"terminal\": true, "));

        var source = Generate(flow);

        Assert.Contains("/// <summary>Computed by the expression <c>`${form.age} &gt;= 18 &amp;&amp; ${form.accept}`</c> (true or false).</summary>", source);
        Assert.Contains("public bool? Adult { get; init; }", source);
        Assert.Contains("public decimal? NextAge { get; init; }", source);
        Assert.Contains("public string? Greeting { get; init; }", source);
        Assert.Contains("public string? Broken { get; init; }", source); // a syntax error (FT1063) stays text
    }

    [Fact]
    public void Nested_expressions_before_6_0_are_text()
    {
        var flow = Flow(
            Screen("END", "{ \"type\": \"OptIn\", \"name\": \"accept\", \"label\": \"T&C\" }, " + Complete("{ \"flag\": \"`${form.accept} == true`\" }"), "\"terminal\": true, "),
            version: "5.1");

        Assert.Contains("public string? Flag { get; init; }", Generate(flow));
    }

    [Fact]
    public void A_flow_on_a_newer_version_is_typed_as_the_newest_known_one()
    {
        const string screen = "{ \"type\": \"OptIn\", \"name\": \"accept\", \"label\": \"T&C\" }, ";
        var payload = Complete("{ \"flag\": \"`${form.accept} == true`\" }");

        var newer = Generate(Flow(Screen("END", screen + payload, "\"terminal\": true, "), version: "8.0"));
        var newest = Generate(Flow(Screen("END", screen + payload, "\"terminal\": true, "), version: "7.3"));

        Assert.Contains("public bool? Flag { get; init; }", newer);
        Assert.Equal(newest.Replace("(Flow JSON 7.3)", string.Empty).Replace("\"7.3\"", string.Empty), newer.Replace("(Flow JSON 8.0)", string.Empty).Replace("\"8.0\"", string.Empty));
    }
}
