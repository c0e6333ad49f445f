using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace WebhookService;

/// <summary>What became of one send.</summary>
public enum SendStatus
{
    /// <summary>8x8 accepted the message (2xx).</summary>
    Sent,

    /// <summary>Not accepted, and certainly not sent: no connection could be made, or 8x8 answered 408, 429 or 5xx. Retry later.</summary>
    Retryable,

    /// <summary>8x8 refused the message (another 4xx); sending it again would not help.</summary>
    Rejected,

    /// <summary>The request may have reached 8x8 but no answer came back (timeout, connection lost mid-request). Not repeated automatically.</summary>
    InDoubt,
}

/// <summary>The outcome of one send: its status, the 8x8 message id when accepted, or the reason.</summary>
public readonly record struct SendOutcome(SendStatus Status, string? ReplyUmid, string? Reason);

/// <summary>
/// Sends replies through the 8x8 messages endpoint (POST {BaseUrl}/subaccounts/{subAccountId}/messages, Bearer key).
/// Without an API key it only logs the exact JSON it would send (dry run). A singleton: it asks
/// <see cref="IHttpClientFactory"/> for a client per send, so connections are pooled and rotated by the factory.
/// </summary>
public sealed class ReplySender
{
    /// <summary>The name of the one HttpClient registration (Program.cs).</summary>
    public const string HttpClientName = "8x8";

    private const int MaxRecent = 100;

    private readonly IHttpClientFactory _clients;
    private readonly EightByEightOptions _options;
    private readonly ILogger<ReplySender> _logger;
    private readonly ConcurrentQueue<string> _recent = new();

    public ReplySender(IHttpClientFactory clients, IOptions<EightByEightOptions> options, ILogger<ReplySender> logger)
    {
        _clients = clients;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The last request bodies (dry run or sent), newest last, at most 100; the demo prints them.</summary>
    public IReadOnlyCollection<string> Recent => _recent;

    public async Task<SendOutcome> SendAsync(string json, CancellationToken cancellationToken)
    {
        _recent.Enqueue(json);
        while (_recent.Count > MaxRecent && _recent.TryDequeue(out _))
        {
        }

        if (_options.DryRun)
        {
            _logger.LogInformation("Dry run (no EightByEight:ApiKey configured); would POST {Json}", json);
            return new SendOutcome(SendStatus.Sent, null, null);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_options.BaseUrl.TrimEnd('/')}/subaccounts/{Uri.EscapeDataString(_options.SubAccountId)}/messages")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        var http = _clients.CreateClient(HttpClientName);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new SendOutcome(SendStatus.Sent, await ReadUmidAsync(response, cancellationToken), null);
            }

            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            var reason = $"8x8 answered {status} {response.ReasonPhrase}: {(detail.Length > 300 ? detail[..300] + "..." : detail)}";
            _logger.LogWarning("8x8 answered {Status} to a reply", status);
            var retryable = status is 408 or 429 || status >= 500;
            return new SendOutcome(retryable ? SendStatus.Retryable : SendStatus.Rejected, null, reason);
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError)
        {
            // The connection was never made: the message cannot have reached 8x8.
            return new SendOutcome(SendStatus.Retryable, null, $"no connection to 8x8 ({exception.HttpRequestError}): {exception.Message}");
        }
        catch (HttpRequestException exception)
        {
            return new SendOutcome(SendStatus.InDoubt, null, $"the connection failed after the request was sent ({exception.HttpRequestError}): {exception.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendOutcome(SendStatus.InDoubt, null, $"no answer from 8x8 within {_options.Timeout.TotalSeconds:0} s");
        }
    }

    /// <summary>The 8x8 message id ("umid") of the accepted message, when the answer carries one.</summary>
    private static async Task<string?> ReadUmidAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (body.Length == 0)
            {
                return null;
            }

            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("umid", out var umid) && umid.ValueKind == JsonValueKind.String ? umid.GetString() : null;
        }
        catch (Exception exception) when (exception is JsonException or HttpRequestException or IOException)
        {
            return null; // accepted all the same; only the id is unknown
        }
    }
}
