using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Runtime;

namespace FlowTypes;

/// <summary>
/// The base of every generated submission record: its parse methods, which the record inherits
/// (<c>LeadGenerationSubmission.Parse(json)</c> returns a <c>LeadGenerationSubmission</c>). Each call goes to the
/// record's own reader (its <c>Reader</c>). The methods are declared here once rather than in every record's generated
/// code: editors that compile the whole project on each keystroke then bind them once, not once per flow.
/// </summary>
/// <remarks>
/// It declares no instance members: a property with an <c>init</c> accessor here would differ between this package's
/// netstandard2.0 and net8.0 builds (their <c>IsExternalInit</c> types), so a netstandard2.0 library setting it would
/// fail at run time on the net8.0 build. The record declares <c>FlowToken</c> and <c>ExtensionData</c> itself.
/// </remarks>
/// <typeparam name="TSubmission">The generated submission record.</typeparam>
/// <typeparam name="TReader">Supplies the record's reader: a struct the generator nests in the record.</typeparam>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The parse methods are called on the generated record (LeadGenerationSubmission.Parse), which inherits them.")]
public abstract record FlowSubmission<TSubmission, TReader>
    where TSubmission : FlowSubmission<TSubmission, TReader>
    where TReader : struct, IFlowReaderSource<TSubmission>
{
    private static FlowPayloadReader<TSubmission> Reader => default(TReader).Reader;

    /// <summary>Parses the <c>responseJson</c> string of a submission of this flow.</summary>
    /// <exception cref="FlowParseException">The text is not a valid submission of this flow.</exception>
    public static TSubmission Parse(string responseJson) => Reader.Parse(responseJson);

    /// <summary>Parses the <c>responseJson</c> string of a submission of this flow; never throws for bad input.</summary>
    public static bool TryParse(string responseJson, [NotNullWhen(true)] out TSubmission? submission, out FlowParseError? error) => Reader.TryParse(responseJson, out submission, out error);

    /// <summary>Parses the <c>responseJson</c> string of a submission of this flow with explicit limits; never throws for bad input.</summary>
    public static bool TryParse(string responseJson, FlowParseOptions options, [NotNullWhen(true)] out TSubmission? submission, out FlowParseError? error) => Reader.TryParse(responseJson, options, out submission, out error);

    /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a submission of this flow.</summary>
    /// <exception cref="FlowParseException">The bytes are not a valid submission of this flow.</exception>
    public static TSubmission Parse(ReadOnlySpan<byte> utf8ResponseJson) => Reader.Parse(utf8ResponseJson);

    /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a submission of this flow; never throws for bad input.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8ResponseJson, [NotNullWhen(true)] out TSubmission? submission, out FlowParseError? error) => Reader.TryParse(utf8ResponseJson, out submission, out error);

    /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a submission of this flow with explicit limits; never throws for bad input.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8ResponseJson, FlowParseOptions options, [NotNullWhen(true)] out TSubmission? submission, out FlowParseError? error) => Reader.TryParse(utf8ResponseJson, options, out submission, out error);

    /// <summary>Parses the submission of this flow in a whole webhook body: 8x8 <c>payload.content.interactive.nfmReply.responseJson</c> or Meta <c>interactive.nfm_reply.response_json</c>.</summary>
    /// <exception cref="FlowParseException">The body carries no valid submission of this flow.</exception>
    public static TSubmission ParseWebhook(ReadOnlySpan<byte> webhookBody) => Reader.ParseWebhook(webhookBody);

    /// <summary>Parses the submission of this flow in a whole webhook body; never throws for bad input.</summary>
    public static bool TryParseWebhook(ReadOnlySpan<byte> webhookBody, [NotNullWhen(true)] out TSubmission? submission, out FlowParseError? error) => Reader.TryParseWebhook(webhookBody, out submission, out error);

    /// <summary>Parses the submission of this flow in a whole webhook body with explicit limits; never throws for bad input.</summary>
    public static bool TryParseWebhook(ReadOnlySpan<byte> webhookBody, FlowParseOptions options, [NotNullWhen(true)] out TSubmission? submission, out FlowParseError? error) => Reader.TryParseWebhook(webhookBody, options, out submission, out error);

    /// <summary>Parses the submission of this flow in a whole webhook body given as text.</summary>
    /// <exception cref="FlowParseException">The body carries no valid submission of this flow.</exception>
    public static TSubmission ParseWebhook(string webhookBody) => Reader.ParseWebhook(webhookBody);

    /// <summary>Parses the submission of this flow in a whole webhook body given as text; never throws for bad input.</summary>
    public static bool TryParseWebhook(string webhookBody, [NotNullWhen(true)] out TSubmission? submission, out FlowParseError? error) => Reader.TryParseWebhook(webhookBody, out submission, out error);

    /// <summary>Parses the submission of this flow in a whole webhook body given as text, with explicit limits; never throws for bad input.</summary>
    public static bool TryParseWebhook(string webhookBody, FlowParseOptions options, [NotNullWhen(true)] out TSubmission? submission, out FlowParseError? error) => Reader.TryParseWebhook(webhookBody, options, out submission, out error);

    /// <summary>Reads a webhook body from a stream (at most <see cref="FlowParseOptions.MaxBodyBytes"/>) and parses the submission of this flow in it; never throws for bad input.</summary>
    public static Task<FlowParseResult<TSubmission>> TryParseWebhookAsync(Stream webhookBody, FlowParseOptions? options = null, CancellationToken cancellationToken = default) => Reader.TryParseWebhookAsync(webhookBody, options, cancellationToken);
}
