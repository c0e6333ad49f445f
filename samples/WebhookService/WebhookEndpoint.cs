using System.Buffers;
using FlowTypes;
using FlowTypes.Webhooks;
using Microsoft.Extensions.Options;
using WebhookService.Processing;
using WebhookService.Storage;

namespace WebhookService;

/// <summary>
/// POST /webhooks/8x8. Follows the 8x8 webhook guidance: check the origin, validate, store, answer 200, process in the
/// background. The 200 is sent only after the submission's row is committed (group commit batches many requests into
/// one transaction). Duplicate deliveries (same umid) are acknowledged and not processed twice. Oversized or non-JSON
/// bodies get a 4xx and nothing is stored. The body is parsed once: the envelope, then its <c>responseJson</c>.
/// </summary>
public sealed class WebhookEndpoint
{
    private readonly ISubmissionWriter _writer;
    private readonly ProcessingSignal _signal;
    private readonly OriginCheck _origin;
    private readonly ILogger<WebhookEndpoint> _logger;
    private readonly int _maxBytes;
    private readonly FlowParseOptions _limits;

    public WebhookEndpoint(ISubmissionWriter writer, ProcessingSignal signal, OriginCheck origin, IOptions<WebhookOptions> options, ILogger<WebhookEndpoint> logger)
    {
        _writer = writer;
        _signal = signal;
        _origin = origin;
        _logger = logger;
        _maxBytes = options.Value.MaxBodyBytes;
        _limits = new FlowParseOptions { MaxBodyBytes = _maxBytes };
    }

    public static void Map(WebApplication app) =>
        app.MapPost("/webhooks/8x8", (HttpContext context, WebhookEndpoint endpoint) => endpoint.HandleAsync(context));

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (_origin.Reject(context) is { } rejected)
        {
            _logger.LogWarning("Rejected a webhook from {Address} with {Status} (origin check)", context.Connection.RemoteIpAddress, rejected);
            return Results.StatusCode(rejected);
        }

        if (context.Request.ContentLength > _maxBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        var body = await ReadBodyAsync(context.Request.Body, _maxBytes, context.RequestAborted);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // The envelope without the project's flows: a submission stays text here (it is stored as text and typed below).
        if (!ChatAppsEventReader.Default.TryParse(body, _limits, out var webhookEvent, out var envelopeError))
        {
            _logger.LogWarning("Rejected webhook body: {Error}", envelopeError);
            return Results.BadRequest(new { error = envelopeError!.Kind.ToString(), path = envelopeError.Path });
        }

        if (webhookEvent is not UnrecognizedFlowSubmissionEvent { Umid: { Length: > 0 } umid, ResponseJson: var responseJson } flowMessage)
        {
            _logger.LogInformation("Acknowledged {EventType} {Type} {Umid}", webhookEvent.EventType, (webhookEvent as InboundMessageEvent)?.ContentType ?? (webhookEvent as MessageStatusEvent)?.Status.State, webhookEvent.DeliveryId);
            return Results.Ok();
        }

        // Typed and validated before it is accepted: a submission of none of our flows is a 422.
        if (!Flows.FlowRouter.TryParse(responseJson, out var submission, out var error))
        {
            _logger.LogWarning("Rejected flow submission {Umid}: {Error}", umid, error);
            return Results.UnprocessableEntity(new { error = error!.Kind.ToString(), path = "$.payload.content.interactive.nfmReply.responseJson" + error.Path.TrimStart('$') });
        }

        var stored = new StoredSubmission(umid, submission.GetType().Name, submission.FlowToken, flowMessage.User.Msisdn ?? string.Empty, responseJson, DateTimeOffset.UtcNow);
        bool inserted;
        try
        {
            // Completes when the row is committed (or found already stored): only then is the webhook acknowledged.
            inserted = (await _writer.ExecuteAsync(new InsertSubmission(stored), context.RequestAborted)).Applied;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "Storing submission {Umid} failed; answering 503 so that 8x8 delivers it again", umid);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (!inserted)
        {
            _logger.LogInformation("Duplicate delivery of {Umid} acknowledged", umid);
            return Results.Ok();
        }

        _signal.Notify();
        return Results.Ok();
    }

    /// <summary>Reads at most <paramref name="maxBytes"/>; returns null when the body is larger.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await stream.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }
}
