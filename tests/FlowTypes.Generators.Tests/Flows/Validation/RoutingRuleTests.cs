using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.FlowJson;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>routing_model rules (§4 of the rule table).</summary>
public class RoutingRuleTests
{
    private static string EndpointFlow(string screens, string routing) =>
        Flow(screens, top: " \"data_api_version\": \"3.0\", \"routing_model\": " + routing + ",");

    private static readonly string TwoScreens = Screen("START", NavigateFooter("END")) + ",\n" + End();

    [Fact]
    public Task Valid_routing_model_is_fine() =>
        VerifyAsync(EndpointFlow(TwoScreens, "{ \"START\": [\"END\"], \"END\": [] }"));

    [Fact]
    public Task FT1023_screen_missing_from_the_routing_model() =>
        VerifyAsync(
            EndpointFlow(TwoScreens + ",\n" + End("OTHER"), "{ \"START\": [\"END\"] }").Mark("\"OTHER\""),
            new DiagnosticResult(DiagnosticDescriptors.RoutingModelMissingScreen).WithLocation(0).WithArguments("OTHER"));

    [Fact]
    public Task FT1023_single_screen_may_have_an_empty_routing_model() =>
        VerifyAsync(EndpointFlow(End(), "{}"));

    [Fact]
    public Task FT1024_unknown_screen_in_the_routing_model() =>
        VerifyAsync(
            EndpointFlow(TwoScreens, "{ \"START\": [\"END\", \"GONE\"] }").Mark("\"GONE\""),
            new DiagnosticResult(DiagnosticDescriptors.RoutingModelUnknownScreen).WithLocation(0).WithArguments("GONE"));

    [Fact]
    public Task FT1025_backward_route_is_a_loop() =>
        VerifyAsync(
            EndpointFlow(TwoScreens, "{ \"START\": [\"END\"], \"END\": [\"START\"] }").Mark("\"START\"", occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.RoutingLoop).WithLocation(0).WithArguments("END", "START", "START -> END -> START"));

    [Fact]
    public Task FT1025_navigate_loop_without_routing_model() =>
        VerifyAsync(
            Flow(Screen("START", NavigateFooter("MIDDLE")) + ",\n" + Screen("MIDDLE", NavigateFooter("START")) + ",\n" + End()).Mark("\"START\"", occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.RoutingLoop).WithLocation(0).WithArguments("MIDDLE", "START", "START -> MIDDLE -> START"));

    [Fact]
    public Task FT1026_more_than_ten_branches() =>
        VerifyAsync(
            EndpointFlow(
                Screen("START", NavigateFooter("E")) + ",\n" + string.Join(",\n", Enumerable.Range(0, 11).Select(i => End(new string('E', i + 1)))),
                "{ \"START\": [" + string.Join(", ", Enumerable.Range(0, 11).Select(i => "\"" + new string('E', i + 1) + "\"")) + "] }").Mark("\"START\""),
            new DiagnosticResult(DiagnosticDescriptors.TooManyBranches).WithLocation(0).WithArguments("START", 11));

    [Fact]
    public Task FT1027_screen_not_connected() =>
        VerifyAsync(
            EndpointFlow(TwoScreens + ",\n" + End("ERROR"), "{ \"START\": [\"END\"], \"END\": [], \"ERROR\": [] }").Mark("\"ERROR\"", occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.DisconnectedScreen).WithLocation(0).WithArguments("ERROR"));

    [Fact]
    public Task FT1028_navigate_route_missing_from_the_routing_model() =>
        VerifyAsync(
            EndpointFlow(Screen("START", NavigateFooter("END")) + ",\n" + Screen("MIDDLE", NavigateFooter("END")) + ",\n" + End(), "{ \"START\": [\"MIDDLE\"], \"MIDDLE\": [\"END\"] }").Mark("\"END\"", occurrence: 1),
            new DiagnosticResult(DiagnosticDescriptors.RouteMissingFromRoutingModel).WithLocation(0).WithArguments("START", "END"));
}
