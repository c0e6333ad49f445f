namespace FlowTypes.Generators.Flows.Spec;

/// <summary>
/// What the model builder makes of one flow file: the model the emitters use and, apart from it, where the flow's
/// parts are in the file. Keeping the places out of <see cref="FlowModel"/> means an edit that only moves text
/// leaves the model equal, so nothing is re-emitted.
/// </summary>
internal sealed record FlowSpec(FlowModel Model, FlowSites Sites);
