using FlowTypes.Generators.Core;
using FlowTypes.Generators.Flows.Endpoints.Validation;
using FlowTypes.Generators.Flows.Spec;

namespace FlowTypes.Generators.Flows.Endpoints.Spec;

// Pipeline models of the endpoint handler. Immutable and structurally equatable (records + ImmutableEquatableArray);
// no Roslyn symbol, syntax node, location or compilation.

/// <summary>The endpoint handler generated for one flow that declares <c>data_api_version</c>.</summary>
internal sealed record EndpointModel(
    string FilePath,
    string FileName,
    string HintName,
    string TypeName,
    ImmutableEquatableArray<EndpointRequestModel> Requests,
    ImmutableEquatableArray<ResponseModel> Responses,
    ImmutableEquatableArray<ScreenDataModel> ScreenData);

/// <summary>What an endpoint request is.</summary>
internal enum RequestKind
{
    Init,
    Back,
    Exchange,
}

/// <summary>
/// One kind of request the flow sends, with the abstract method that handles it: <c>INIT</c>, <c>BACK</c> from a
/// screen with <c>refresh_on_back</c>, or one <c>data_exchange</c> action.
/// </summary>
internal sealed record EndpointRequestModel(
    RequestKind Kind,
    string? Screen,
    string TypeName,
    string MethodName,
    string ResponseTypeName,
    string Summary,
    ImmutableEquatableArray<FieldModel> Fields,
    ImmutableEquatableArray<ExchangeKey> Keys);

/// <summary>The responses one kind of request may give: a screen the flow allows next, or the finish.</summary>
internal sealed record ResponseModel(
    string TypeName,
    string Summary,
    ImmutableEquatableArray<TargetModel> Targets,
    ImmutableEquatableArray<FinishModel> Finishes);

/// <summary>A screen a response may show, with the data type the screen declares (null when it declares none).</summary>
internal sealed record TargetModel(string Screen, string MethodName, string? DataTypeName);

/// <summary>
/// A way to finish the flow (<c>SUCCESS</c>): with the typed completion payload of the terminal screen
/// (<see cref="SubmissionTypeName"/>), or with string parameters when the flow file does not say what it completes with.
/// </summary>
internal sealed record FinishModel(string? SubmissionTypeName, ImmutableEquatableArray<FieldModel> Fields);

/// <summary>The C# shape of a screen data value.</summary>
internal enum DataKind
{
    Json,
    String,
    Number,
    Integer,
    Boolean,
    Object,
}

/// <summary>The typed <c>data</c> of a screen: every field its data model declares.</summary>
internal sealed record ScreenDataModel(
    string Screen,
    string? Title,
    string TypeName,
    ImmutableEquatableArray<DataPropertyModel> Properties,
    ImmutableEquatableArray<DataObjectModel> Objects);

/// <summary>An object type inside screen data (an object field, or the items of an array of objects).</summary>
internal sealed record DataObjectModel(string TypeName, string Summary, ImmutableEquatableArray<DataPropertyModel> Properties);

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
