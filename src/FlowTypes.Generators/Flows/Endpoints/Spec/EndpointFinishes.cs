using System.Collections.Generic;
using System.Linq;
using FlowTypes.Generators.Flows.Document;
using FlowTypes.Generators.Flows.Endpoints.Validation;

namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>
/// Which screens finish through the endpoint: a terminal screen whose Footer does <c>data_exchange</c> and that has no
/// <c>complete</c> action. The endpoint answers <c>SUCCESS</c> with params, which 8x8 delivers as the nfmReply's
/// <c>responseJson</c>; the flow file does not say what they are, so a <c>[FlowCompletion]</c> type does.
/// </summary>
internal static class EndpointFinishes
{
    /// <summary>The Footer <c>data_exchange</c> actions that finish the flow, in document order.</summary>
    public static IEnumerable<ExchangeAction> Find(FlowDocument document) => ExchangeActions.Find(document).Where(IsFinish);

    public static bool IsFinish(ExchangeAction exchange) =>
        exchange.Screen.Terminal && exchange.Trigger == ExchangeEvent.Submit && !exchange.Screen.Actions.Any(a => a.Name == "complete");
}
