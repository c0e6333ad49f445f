using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Flows.Endpoints.Spec;

// Pipeline models of the endpoint handler (this folder, one type per file). Immutable and structurally equatable
// (records + ImmutableEquatableArray); no Roslyn symbol, syntax node, location or compilation.

/// <summary>The endpoint handler generated for one flow that declares <c>data_api_version</c>.</summary>
/// <param name="Requests">The request kinds, in the order of the handler's request table (the runtime answers with an index into it).</param>
/// <param name="Completions">The completion payloads the handler's responses finish with, each written by one method of the handler.</param>
internal sealed record EndpointModel(
    string FilePath,
    string FileName,
    string HintName,
    string TypeName,
    ImmutableEquatableArray<EndpointRequestModel> Requests,
    ImmutableEquatableArray<ResponseModel> Responses,
    ImmutableEquatableArray<CompletionModel> Completions,
    ImmutableEquatableArray<ScreenDataModel> ScreenData);
