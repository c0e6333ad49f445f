using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>The typed <c>data</c> of a screen: every field its data model declares.</summary>
internal sealed record ScreenDataModel(
    string Screen,
    string? Title,
    string TypeName,
    ImmutableEquatableArray<DataPropertyModel> Properties,
    ImmutableEquatableArray<DataObjectModel> Objects);
