using FlowTypes.Generators.Core;
using FlowTypes.Generators.Flows.Endpoints.Spec;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>
/// What the model builder makes of one flow file: the model the emitters use and, apart from it, where the flow's
/// parts are in the file. Keeping the places out of <see cref="FlowModel"/> means an edit that only moves text
/// leaves the model equal, so nothing is re-emitted.
/// </summary>
internal sealed record FlowSpec(FlowModel Model, FlowSites Sites)
{
    /// <summary>The endpoint model of a flow that declares <c>data_api_version</c> (null otherwise, or when FT1070 prevents typing it).</summary>
    public EndpointModel? Endpoint { get; init; }

    /// <summary>The screens that finish through the endpoint (for FT1071 when no <c>[FlowCompletion]</c> names the flow).</summary>
    public ImmutableEquatableArray<EndpointFinishSite> EndpointFinishSites { get; init; } = ImmutableEquatableArray<EndpointFinishSite>.Empty;
}
