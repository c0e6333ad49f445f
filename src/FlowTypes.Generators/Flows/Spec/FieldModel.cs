using FlowTypes.Generators.Core.Shared;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>One key of a completion payload.</summary>
internal sealed record FieldModel(
    string JsonName,
    string PropertyName,
    FlowFieldKind Kind,
    bool Required,
    string Summary,
    OptionSetModel? Options = null);
