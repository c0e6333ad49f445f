using System;

namespace FlowTypes;

/// <summary>
/// Declares the completion of a flow that finishes through its endpoint (the terminal screen's Footer does a
/// <c>data_exchange</c> and the endpoint answers <c>SUCCESS</c> with params): FlowTypes generates the other half of
/// the <c>partial</c> record or class (<see cref="IFlowSubmission"/>, <c>Reader</c>, the parse methods), makes the
/// flow's generated endpoint finish with this type and nothing else, and routes the completion webhook into it.
/// </summary>
/// <remarks>
/// The JSON key of a property is its <c>[JsonPropertyName]</c>, else its name in snake_case (<c>AppointmentId</c> →
/// <c>appointment_id</c>). A nullable property may be absent; a non-nullable one is always sent. See docs/webhooks.md,
/// "Typed completions".
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class FlowCompletionAttribute : Attribute
{
    /// <summary>Declares the completion of the flow file <paramref name="flowFile"/>.</summary>
    /// <param name="flowFile">
    /// The flow file's name (<c>appointment-slots.flow.json</c>), or the end of its path
    /// (<c>flows/appointment-slots.flow.json</c>) where two files share a name; compared with '/' and '\' alike.
    /// </param>
    public FlowCompletionAttribute(string flowFile) => FlowFile = flowFile;

    /// <summary>The flow file whose completion this type is.</summary>
    public string FlowFile { get; }
}
