using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

using FlowTypes.Runtime;

namespace FlowTypes.Webhooks;

/// <summary>
/// The one door for 8x8 webhook bodies: one pass over the bytes gives a typed <see cref="ChatAppsEvent"/> with the
/// envelope (event type, umid or event id, timestamp, the user's msisdn and channel user id, your channel) and a typed
/// body per documented event type; a flow submission's <c>responseJson</c> is read into the project's generated record
/// in the same pass. Use the generated <c>FlowRouter.Events</c> (this reader over the project's flows), or
/// <see cref="Default"/> when the project has no flows. An event or content type this version does not know is returned
/// with its raw JSON, never as an error. Errors are for bodies that are not JSON, repeat a key in one object, exceed a
/// <see cref="FlowParseOptions"/> limit, carry a known field with the wrong JSON type, or carry a submission that breaks
/// its flow's types (its path then starts with <c>$.payload.content.interactive.nfmReply.responseJson/</c>).
/// The <c>Try</c> methods never throw for bad input; the others throw <see cref="FlowParseException"/>.
/// </summary>
public sealed class ChatAppsEventReader
{
    /// <summary>The prefix of the <see cref="FlowParseError.Path"/> of an error inside a flow submission's <c>responseJson</c>.</summary>
    public const string SubmissionErrorPathPrefix = ChatAppsEventParser.ResponseJsonPathPrefix;

    /// <summary>Creates a reader that parses flow submissions with <paramref name="flows"/> (a project's <c>FlowRouter.Reader</c>).</summary>
    /// <param name="flows">The reader of the project's submissions; null to keep every submission as an <see cref="UnrecognizedFlowSubmissionEvent"/>.</param>
    public ChatAppsEventReader(FlowReader<IFlowSubmission>? flows)
    {
        Flows = flows;
    }

    /// <summary>A reader with no flows: every flow submission is an <see cref="UnrecognizedFlowSubmissionEvent"/> with its text.</summary>
    public static ChatAppsEventReader Default { get; } = new(null);

    /// <summary>The reader of flow submissions, or null.</summary>
    public FlowReader<IFlowSubmission>? Flows { get; }

    /// <summary>Parses a webhook body given as UTF-8 bytes.</summary>
    /// <exception cref="FlowParseException">The body is not a valid 8x8 webhook body.</exception>
    public ChatAppsEvent Parse(ReadOnlySpan<byte> body) =>
        TryParse(body, FlowParseOptions.Default, out var webhookEvent, out var error) ? webhookEvent : throw new FlowParseException(error!);

    /// <summary>Parses a webhook body given as UTF-8 bytes; never throws for bad input.</summary>
    public bool TryParse(ReadOnlySpan<byte> body, [NotNullWhen(true)] out ChatAppsEvent? webhookEvent, out FlowParseError? error) =>
        TryParse(body, FlowParseOptions.Default, out webhookEvent, out error);

    /// <summary>Parses a webhook body given as UTF-8 bytes with explicit limits; never throws for bad input.</summary>
    public bool TryParse(ReadOnlySpan<byte> body, FlowParseOptions options, [NotNullWhen(true)] out ChatAppsEvent? webhookEvent, out FlowParseError? error) =>
        ChatAppsEventParser.TryParse(body, Flows, options ?? throw new ArgumentNullException(nameof(options)), out webhookEvent, out error);

    /// <summary>Parses a webhook body given as text.</summary>
    /// <exception cref="FlowParseException">The body is not a valid 8x8 webhook body.</exception>
    public ChatAppsEvent Parse(string body) =>
        TryParse(body, FlowParseOptions.Default, out var webhookEvent, out var error) ? webhookEvent : throw new FlowParseException(error!);

    /// <summary>Parses a webhook body given as text with explicit limits; never throws for bad input.</summary>
    public bool TryParse(string body, FlowParseOptions options, [NotNullWhen(true)] out ChatAppsEvent? webhookEvent, out FlowParseError? error)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (body.Length > options.MaxBodyBytes)
        {
            webhookEvent = null;
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The webhook body is larger than the {options.MaxBodyBytes} bytes allowed (FlowParseOptions.MaxBodyBytes).");
            return false;
        }

        var rented = BufferedBody.RentUtf8(body, out var length);
        try
        {
            return TryParse(new ReadOnlySpan<byte>(rented, 0, length), options, out webhookEvent, out error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads a webhook body from a stream (at most <see cref="FlowParseOptions.MaxBodyBytes"/>) and parses it; never throws for bad input.</summary>
    public async Task<FlowParseResult<ChatAppsEvent>> TryParseAsync(Stream body, FlowParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        options ??= FlowParseOptions.Default;
        using var buffered = await BufferedBody.ReadAsync(body, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (buffered.TooLarge)
        {
            return FlowParseResult<ChatAppsEvent>.Failure(new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The webhook body is larger than the {options.MaxBodyBytes} bytes allowed (FlowParseOptions.MaxBodyBytes)."));
        }

        return TryParse(buffered.Span, options, out var webhookEvent, out var error)
            ? FlowParseResult<ChatAppsEvent>.Success(webhookEvent)
            : FlowParseResult<ChatAppsEvent>.Failure(error!);
    }
}
