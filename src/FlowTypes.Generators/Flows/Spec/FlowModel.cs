using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Flows.Spec;

// Pipeline models (every record of this folder). Each is immutable and structurally equatable (records + ImmutableEquatableArray),
// and holds no Roslyn symbol, syntax node, location or compilation, so incremental caching works.

/// <summary>What the generator emits for one flow file.</summary>
internal sealed record FlowModel(
    string FilePath,
    string FileName,
    string HintName,
    string TypeBaseName,
    string? FlowId,
    string? FlowTokenPrefix,
    string? Version,
    ImmutableEquatableArray<ScreenModel> Screens,
    ImmutableEquatableArray<SubmissionModel> Submissions);
