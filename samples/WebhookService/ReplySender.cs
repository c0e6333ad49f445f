using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace WebhookService;

/// <summary>
/// Sends replies through the 8x8 messages endpoint (POST {BaseUrl}/subaccounts/{subAccountId}/messages, Bearer key).
/// Without an API key it only logs the exact JSON it would send (dry run).
/// </summary>
public sealed class ReplySender
{
    private readonly HttpClient _http;
    private readonly EightByEightOptions _options;
    private readonly ILogger<ReplySender> _logger;

    public ReplySender(HttpClient http, IOptions<EightByEightOptions> options, ILogger<ReplySender> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The last request bodies (dry run or sent), newest last; the demo prints them.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Sent { get; } = new();

    public async Task SendAsync(string json, CancellationToken cancellationToken)
    {
        Sent.Enqueue(json);
        if (_options.DryRun)
        {
            _logger.LogInformation("Dry run (no EightByEight:ApiKey configured); would POST {Json}", json);
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_options.BaseUrl.TrimEnd('/')}/subaccounts/{Uri.EscapeDataString(_options.SubAccountId)}/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        using var response = await _http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogWarning("8x8 answered {Status} to a reply", (int)response.StatusCode);
        }
    }
}
