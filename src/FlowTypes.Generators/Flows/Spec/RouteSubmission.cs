using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>One submission type and its payload keys (flow_token excluded).</summary>
internal sealed record RouteSubmission(string TypeName, ImmutableEquatableArray<RouteKey> Keys);
