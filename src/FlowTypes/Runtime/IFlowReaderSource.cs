using System.ComponentModel;

namespace FlowTypes.Runtime;

/// <summary>
/// Supplies the reader of a generated submission record to the parse methods it inherits from
/// <see cref="FlowSubmission{TSubmission, TReader}"/>. Implemented by a struct the generator nests in each record; not
/// intended to be implemented by hand.
/// </summary>
/// <typeparam name="T">The generated submission record.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IFlowReaderSource<T>
    where T : class
{
    /// <summary>The record's reader (its generated <c>Reader</c>).</summary>
    FlowPayloadReader<T> Reader { get; }
}
