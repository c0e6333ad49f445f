using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>What the router needs to know about one flow: its submission types, their keys, and its flow_token prefix.</summary>
internal sealed record RouteModel(string FilePath, string FileName, string? TokenPrefix, ImmutableEquatableArray<RouteSubmission> Submissions);

/// <summary>One submission type and its payload keys (flow_token excluded).</summary>
internal sealed record RouteSubmission(string TypeName, ImmutableEquatableArray<RouteKey> Keys);

/// <summary>A payload key and whether the submission always carries it.</summary>
internal readonly record struct RouteKey(string JsonName, bool Required);
