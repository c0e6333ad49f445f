namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>
/// A <c>Finish</c> factory of a response: the final <c>SUCCESS</c> response, whose params become the completion
/// message's <c>response_json</c>. With a <see cref="Completion"/>, <c>Finish</c> takes that payload type and nothing
/// else; without one (the flow file does not say what the screen completes with), it takes the flow token and string
/// parameters.
/// </summary>
internal sealed record FinishModel(CompletionModel? Completion);
