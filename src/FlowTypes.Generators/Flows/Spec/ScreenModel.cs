namespace FlowTypes.Generators.Flows.Spec;

/// <summary>A screen of the flow (for the generated screen-id constants).</summary>
internal sealed record ScreenModel(string Id, string ConstantName, bool Terminal, string? Title);
