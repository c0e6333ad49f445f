using FlowTypes.Generators.Core;
using FlowTypes.Generators.Flows.Endpoints.Validation;
using FlowTypes.Generators.Flows.Spec;

namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>
/// One kind of request the flow sends, with the abstract method that handles it: <c>INIT</c>, <c>BACK</c> from a
/// screen with <c>refresh_on_back</c>, or one <c>data_exchange</c> action.
/// </summary>
/// <param name="Fields">The typed keys of a data_exchange's data (its payload).</param>
/// <param name="Keys">
/// What the request table needs to tell a data_exchange apart from the other actions of its screen: its payload keys,
/// when the screen has several; empty when it is the screen's only one (it then takes any data).
/// </param>
internal sealed record EndpointRequestModel(
    RequestKind Kind,
    string? Screen,
    string TypeName,
    string MethodName,
    string ResponseTypeName,
    string Summary,
    ImmutableEquatableArray<FieldModel> Fields,
    ImmutableEquatableArray<ExchangeKey> Keys);
