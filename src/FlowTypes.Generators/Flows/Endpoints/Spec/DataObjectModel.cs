using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>An object type inside screen data (an object field, or the items of an array of objects).</summary>
internal sealed record DataObjectModel(string TypeName, string Summary, ImmutableEquatableArray<DataPropertyModel> Properties);
