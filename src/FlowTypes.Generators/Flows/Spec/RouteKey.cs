namespace FlowTypes.Generators.Flows.Spec;

/// <summary>A payload key and whether the submission always carries it.</summary>
internal readonly record struct RouteKey(string JsonName, bool Required);
