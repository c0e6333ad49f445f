using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>The responses one kind of request may give: a screen the flow allows next, or the finish.</summary>
/// <param name="Finishes">The ways to finish the flow; empty unless the request comes from a terminal screen.</param>
internal sealed record ResponseModel(
    string TypeName,
    string Summary,
    ImmutableEquatableArray<TargetModel> Targets,
    ImmutableEquatableArray<FinishModel> Finishes);
