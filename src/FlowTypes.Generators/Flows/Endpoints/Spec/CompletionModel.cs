using FlowTypes.Generators.Core;
using FlowTypes.Generators.Flows.Spec;

namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>
/// A completion payload an endpoint finishes with: a type with a <c>FlowToken</c> (an <c>IFlowSubmission</c>), whose
/// fields are written as the <c>SUCCESS</c> response's params, so the completion webhook reads back into the same type.
/// Today it is the terminal screen's generated submission record.
/// </summary>
/// <param name="TypeName">The type as the handler's file names it.</param>
/// <param name="WriterName">The handler's private method that writes a value of the type.</param>
/// <param name="Fields">The fields written, in order (then the value's extension data).</param>
internal sealed record CompletionModel(string TypeName, string WriterName, ImmutableEquatableArray<FieldModel> Fields);
