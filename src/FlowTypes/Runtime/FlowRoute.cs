using System;
using System.ComponentModel;

namespace FlowTypes.Runtime;

/// <summary>
/// One submission type the generated <c>FlowRouter</c> can choose: its kind, its reader, the index of its flow file and
/// that file's <c>FlowTokenPrefix</c>. Not intended to be used directly: the members may change between versions
/// together with the generator.
/// </summary>
/// <typeparam name="TKind">The generated <c>FlowSubmissionKind</c> enum.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FlowRoute<TKind>
    where TKind : struct
{
    private FlowRoute(TKind kind, FlowPayloadField[] fields, int flow, string? tokenPrefix, SubmissionReader reader)
    {
        Kind = kind;
        Fields = fields;
        Flow = flow;
        TokenPrefix = tokenPrefix;
        Reader = reader;
    }

    internal TKind Kind { get; }

    internal FlowPayloadField[] Fields { get; }

    internal int Flow { get; }

    internal string? TokenPrefix { get; }

    internal SubmissionReader Reader { get; }

    /// <summary>Describes a route. Called by generated code.</summary>
    /// <param name="kind">The kind the router reports for this submission type.</param>
    /// <param name="reader">The submission type's reader.</param>
    /// <param name="flow">The index of the flow file (routes of one file share it).</param>
    /// <param name="tokenPrefix">The file's <c>FlowTokenPrefix</c> metadata, or null.</param>
    public static FlowRoute<TKind> Create<T>(TKind kind, FlowPayloadReader<T> reader, int flow, string? tokenPrefix)
        where T : class, IFlowSubmission
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        return new FlowRoute<TKind>(kind, reader.Fields, flow, tokenPrefix, new SubmissionReader<T>(reader));
    }

    /// <summary>A submission type's reader, seen as a reader of <see cref="IFlowSubmission"/>.</summary>
    internal abstract class SubmissionReader
    {
        public abstract bool TryRead(ReadOnlySpan<byte> json, FlowParseOptions options, string pathPrefix, out IFlowSubmission? value, out FlowParseError? error);

        /// <summary>Reads and reports which fields were present (one flag per field, in the route's field order).</summary>
        public abstract bool TryReadObserved(ReadOnlySpan<byte> json, FlowParseOptions options, string pathPrefix, Span<bool> seen, out IFlowSubmission? value, out FlowParseError? error);
    }

    private sealed class SubmissionReader<T> : SubmissionReader
        where T : class, IFlowSubmission
    {
        private readonly FlowPayloadReader<T> _reader;

        public SubmissionReader(FlowPayloadReader<T> reader) => _reader = reader;

        public override bool TryRead(ReadOnlySpan<byte> json, FlowParseOptions options, string pathPrefix, out IFlowSubmission? value, out FlowParseError? error)
        {
            var ok = _reader.TryReadDocument(json, options, pathPrefix, out var submission, out error);
            value = submission;
            return ok;
        }

        public override bool TryReadObserved(ReadOnlySpan<byte> json, FlowParseOptions options, string pathPrefix, Span<bool> seen, out IFlowSubmission? value, out FlowParseError? error)
        {
            var ok = _reader.TryReadObserved(json, options, pathPrefix, seen, out var submission, out error);
            value = submission;
            return ok;
        }
    }
}
