namespace FlowTypes.Generators.Flows.Spec;

/// <summary>One option: its id (what the payload carries), a C# constant name, and its title in the flow.</summary>
internal sealed record OptionModel(string Id, string ConstantName, string Title);
