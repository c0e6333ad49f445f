using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>One distinct completion payload: the keys of one or more terminal screens' <c>complete</c> action.</summary>
internal sealed record SubmissionModel(
    string TypeName,
    ImmutableEquatableArray<string> TerminalScreens,
    ImmutableEquatableArray<FieldModel> Fields);
