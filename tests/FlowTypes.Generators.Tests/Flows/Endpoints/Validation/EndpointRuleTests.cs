using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.TestFlow;

namespace FlowTypes.Generators.Tests.Flows.Endpoints.Validation;

/// <summary>FT1070: data_exchange actions on one screen that an endpoint cannot tell apart.</summary>
public class EndpointRuleTests
{
    private const string Endpoint = " \"data_api_version\": \"3.0\", \"routing_model\": { \"END\": [] },";

    private static string Dropdown(string name, string payload, bool required = true) =>
        $$"""{ "type": "Dropdown", "name": "{{name}}", "label": "Pick {{name}}", "required": {{(required ? "true" : "false")}}, "data-source": [ { "id": "1", "title": "One" } ], "on-select-action": { "name": "data_exchange", "payload": {{payload}} } }""";

    private static string Form(params string[] children) =>
        $$"""{ "type": "Form", "name": "form", "children": [ {{string.Join(", ", children)}} ] }""";

    [Fact]
    public Task FT1070_two_selects_with_empty_payloads_are_reported_on_the_second_action_name() =>
        VerifyAsync(
            Flow(End(children: Form(Dropdown("a", "{}"), Dropdown("b", "{}"))), top: Endpoint).Mark("\"data_exchange\"", occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.IndistinguishableExchanges).WithLocation(0)
                .WithArguments("on-select-action of Dropdown 'b'", "END", "on-select-action of Dropdown 'a'", "no keys"));

    [Fact]
    public Task FT1070_a_key_one_action_may_omit_does_not_tell_it_apart() =>
        VerifyAsync(
            Flow(End(children: Form(Dropdown("a", "{ \"choice\": \"${form.a}\" }", required: false), Dropdown("b", "{ \"choice\": \"${form.a}\" }"))), top: Endpoint).Mark("\"data_exchange\"", occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.IndistinguishableExchanges).WithLocation(0)
                .WithArguments("on-select-action of Dropdown 'b'", "END", "on-select-action of Dropdown 'a'", "keys choice"));

    [Fact]
    public Task Selects_that_each_send_their_own_value_are_told_apart_by_the_keys() =>
        VerifyAsync(Flow(End(children: Form(Dropdown("a", "{ \"a\": \"${form.a}\" }", required: false), Dropdown("b", "{ \"b\": \"${form.b}\" }", required: false))), top: Endpoint));

    [Fact]
    public Task Same_keys_with_different_static_values_are_told_apart() =>
        VerifyAsync(Flow(End(children: Form(Dropdown("a", "{ \"trigger\": \"a\", \"v\": \"${form.a}\" }"), Dropdown("b", "{ \"trigger\": \"b\", \"v\": \"${form.b}\" }"))), top: Endpoint));

    [Fact]
    public Task Same_static_value_does_not_tell_actions_apart() =>
        VerifyAsync(
            Flow(End(children: Form(Dropdown("a", "{ \"trigger\": 1 }"), Dropdown("b", "{ \"trigger\": 1 }"))), top: Endpoint).Mark("\"data_exchange\"", occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.IndistinguishableExchanges).WithLocation(0)
                .WithArguments("on-select-action of Dropdown 'b'", "END", "on-select-action of Dropdown 'a'", "keys trigger"));

    [Fact]
    public Task Static_numbers_that_differ_only_in_spelling_do_not_tell_actions_apart() =>
        // The endpoint compares numbers by value (a client may send 2 for 2.0), so 2 and 2.0 are one value.
        VerifyAsync(
            Flow(End(children: Form(Dropdown("a", "{ \"step\": 2, \"a\": \"${form.a}\" }"), Dropdown("b", "{ \"step\": 2.0, \"a\": \"${form.a}\" }"))), top: Endpoint).Mark("\"data_exchange\"", occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.IndistinguishableExchanges).WithLocation(0)
                .WithArguments("on-select-action of Dropdown 'b'", "END", "on-select-action of Dropdown 'a'", "keys step, a"));

    [Fact]
    public Task A_static_string_and_a_static_number_tell_actions_apart() =>
        VerifyAsync(Flow(End(children: Form(Dropdown("a", "{ \"step\": \"2\" }"), Dropdown("b", "{ \"step\": 2 }"))), top: Endpoint));

    [Fact]
    public Task Without_data_api_version_only_FT1041_is_reported() =>
        VerifyAsync(
            Flow(End(children: Form(Dropdown("a", "{}"), Dropdown("b", "{}")))).Mark("\"data_exchange\"").Mark("\"data_exchange\"", location: 1, occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.DataApiVersionRequired).WithLocation(0),
            new DiagnosticResult(DiagnosticDescriptors.DataApiVersionRequired).WithLocation(1));
}
