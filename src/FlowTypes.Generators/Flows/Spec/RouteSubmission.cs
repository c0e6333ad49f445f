using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>One submission type and its payload keys (flow_token excluded).</summary>
/// <param name="TypeName">The type's simple name: its router kind and its webhook method are named after it.</param>
/// <param name="QualifiedName">How the router's file names the type: a <c>[FlowCompletion]</c> type lives in its own namespace.</param>
internal sealed record RouteSubmission(string TypeName, ImmutableEquatableArray<RouteKey> Keys, string? QualifiedName = null)
{
    /// <summary>The type as the router's file names it.</summary>
    public string Reference => QualifiedName ?? TypeName;
}
