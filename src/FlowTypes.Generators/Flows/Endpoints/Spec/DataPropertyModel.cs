namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>One field of screen data or of an object inside it.</summary>
internal sealed record DataPropertyModel(
    string JsonName,
    string PropertyName,
    string ParameterName,
    DataKind Kind,
    bool IsList,
    string? ObjectTypeName,
    bool Required,
    string Summary);
