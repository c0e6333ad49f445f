using System.Buffers;
using FlowTypes;
using FlowTypes.Webhooks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace WebhookService;

/// <summary>
/// POST /webhooks/8x8. Follows the 8x8 webhook guidance: validate, store, answer 200 at once, process in the
/// background. Duplicate deliveries (same umid) are acknowledged and not processed twice. Oversized or non-JSON
/// bodies get a 4xx and nothing is stored.
/// </summary>
public static class WebhookEndpoint
{
    public static void Map(WebApplication app) => app.MapPost("/webhooks/8x8", HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext context, SubmissionStore store, SubmissionQueue queue, IOptions<WebhookOptions> options, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger("WebhookService.Webhook");
        var maxBytes = options.Value.MaxBodyBytes;
        if (context.Request.ContentLength > maxBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        var body = await ReadBodyAsync(context.Request.Body, maxBytes, context.RequestAborted);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var limits = new FlowParseOptions { MaxBodyBytes = maxBytes };
        if (!ChatAppsWebhook.TryParse(body, limits, out var webhookEvent, out var envelopeError))
        {
            logger.LogWarning("Rejected webhook body: {Error}", envelopeError);
            return Results.BadRequest(new { error = envelopeError!.Kind.ToString(), path = envelopeError.Path });
        }

        var payload = webhookEvent!.Payload;
        if (!webhookEvent.IsFlowSubmission || payload?.Umid is not { Length: > 0 } umid)
        {
            logger.LogInformation("Acknowledged {EventType} {Type} {Umid}", webhookEvent.EventType, payload?.Type ?? payload?.Status?.State, payload?.Umid);
            return Results.Ok();
        }

        // Typed and validated before it is accepted: a body that is not a submission of one of our flows is a 422.
        if (!Flows.FlowRouter.TryParseWebhook(body, limits, out var submission, out var error))
        {
            logger.LogWarning("Rejected flow submission {Umid}: {Error}", umid, error);
            return Results.UnprocessableEntity(new { error = error!.Kind.ToString(), path = error.Path });
        }

        var stored = new StoredSubmission(
            umid,
            submission.GetType().Name,
            submission.FlowToken,
            payload.User?.Msisdn ?? string.Empty,
            payload.Content!.Interactive!.NfmReply!.ResponseJson!,
            DateTimeOffset.UtcNow.ToString("O"));
        if (!store.TryAdd(stored))
        {
            logger.LogInformation("Duplicate delivery of {Umid} acknowledged", umid);
            return Results.Ok();
        }

        queue.TryEnqueue(stored); // if the queue is full, the stored row is processed at the next start
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
