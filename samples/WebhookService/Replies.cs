using System.Collections.Concurrent;
using System.Text.Json;
using FlowTypes.ChatApps;
using FlowTypes.Sending;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace WebhookService;

/// <summary>
/// What became of one reply: accepted (with the 8x8 message id), or the kind of failure
/// (<see cref="ChatAppsClient.ClassifyFailure"/>: transient, refused, or outcome unknown) and a reason for the operator.
/// </summary>
public readonly record struct ReplyOutcome(ChatAppsFailureKind? Failure, string? ReplyUmid, string? Reason)
{
    public static ReplyOutcome Sent(string? replyUmid) => new(null, replyUmid, null);
}

/// <summary>
/// Sends replies through <see cref="ChatAppsClient"/> (FlowTypes.ChatApps). Without <c>ChatApps:ApiKey</c> it only logs
/// the exact JSON it would send (dry run). A singleton: it resolves the client (a typed <c>IHttpClientFactory</c>
/// client) for each send, so connections are pooled and rotated by the factory.
/// </summary>
public sealed class Replies
{
    private const int MaxRecent = 100;

    private readonly IServiceProvider _services;
    private readonly ILogger<Replies> _logger;
    private readonly ConcurrentQueue<string> _recent = new();

    public Replies(IServiceProvider services, IOptions<ChatAppsOptions> options, ILogger<Replies> logger)
    {
        _services = services;
        _logger = logger;
        DryRun = string.IsNullOrWhiteSpace(options.Value.ApiKey);
    }

    /// <summary>True when no API key is configured: replies are logged, not sent.</summary>
    public bool DryRun { get; }

    /// <summary>The last request bodies (dry run or sent), newest last, at most 100; the demo prints them.</summary>
    public IReadOnlyCollection<string> Recent => _recent;

    /// <summary>Sends one reply, once: the client repeats nothing after 8x8 may have acted on it; the processor decides what comes next.</summary>
    public async Task<ReplyOutcome> SendAsync(ChatAppsMessage reply, CancellationToken cancellationToken)
    {
        var json = reply.ToJson();
        _recent.Enqueue(json);
        while (_recent.Count > MaxRecent && _recent.TryDequeue(out _))
        {
        }

        if (DryRun)
        {
            _logger.LogInformation("Dry run (no ChatApps:ApiKey configured); would POST {Json}", json);
            return ReplyOutcome.Sent(null);
        }

        try
        {
            var sent = await _services.GetRequiredService<ChatAppsClient>().SendMessageAsync(reply, cancellationToken);
            return ReplyOutcome.Sent(sent.Umid);
        }
        catch (Exception exception) when (ChatAppsClient.ClassifyFailure(exception) is { } failure)
        {
            return new ReplyOutcome(failure, null, Describe(exception));
        }
    }

    /// <summary>The reason an operator reads in <c>--failed</c>: what 8x8 answered, or what happened to the connection.</summary>
    private static string Describe(Exception exception) => exception switch
    {
        ChatAppsApiException api => $"8x8 answered {(int)api.StatusCode} {ReasonPhrases.GetReasonPhrase((int)api.StatusCode)}: {(api.Error is null ? string.Empty : JsonSerializer.Serialize(api.Error, ChatAppsJsonContext.Default.ChatAppsError))}",
        TimeoutRejectedException timeout => $"no answer from 8x8 within {timeout.Timeout.TotalSeconds:0} s",
        HttpRequestException http when ChatAppsClient.ClassifyFailure(http) == ChatAppsFailureKind.Transient => $"no connection to 8x8 ({http.HttpRequestError}): {http.Message}",
        HttpRequestException http => $"the connection failed after the request was sent ({http.HttpRequestError}): {http.Message}",
        _ => exception.Message,
    };
}
