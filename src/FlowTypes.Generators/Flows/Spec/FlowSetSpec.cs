using FlowTypes.Generators.Core;
using FlowTypes.Generators.Core.Diagnostics;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>
/// The analysis of all flow files of a compilation: the router's model (flows in router order), the files that get no
/// types because an earlier file has their type name, and the diagnostics (FT9002, FT9003) located in the flow files.
/// </summary>
internal sealed record FlowSetSpec(
    ImmutableEquatableArray<RouteModel> Routes,
    ImmutableEquatableArray<string> SkippedPaths,
    ImmutableEquatableArray<FileDiagnostic> Diagnostics);
