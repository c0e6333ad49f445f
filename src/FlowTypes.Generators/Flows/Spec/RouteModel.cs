using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>What the router needs to know about one flow: its submission types, their keys, and its flow_token prefix.</summary>
internal sealed record RouteModel(string FilePath, string FileName, string? TokenPrefix, ImmutableEquatableArray<RouteSubmission> Submissions);
