using System.Collections.Immutable;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Flows.Document;

namespace FlowTypes.Generators.Flows.Endpoints.Validation;

/// <summary>
/// Reports what makes an endpoint flow impossible to type (FT1070–FT1079). A <c>data_exchange</c> without
/// <c>data_api_version</c> is FT1041 and one without <c>routing_model</c> FT1042 (reported by <c>FlowValidator</c>).
/// </summary>
internal static class EndpointValidator
{
    public static ImmutableArray<Finding> Validate(FlowDocument document)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var (earlier, later) in ExchangeActions.Conflicts(ExchangeActions.Find(document)))
        {
            var keys = later.Keys.Length == 0 ? "no keys" : "keys " + string.Join(", ", later.Keys.Select(k => k.Name));
            var span = later.Action.Node.Find("name")?.Value.Span ?? later.Action.Node.Span;
            findings.Add(new Finding(DiagnosticDescriptors.IndistinguishableExchanges, span, later.Description, later.Screen.Id, earlier.Description, keys));
        }

        return findings.ToImmutable();
    }
}
