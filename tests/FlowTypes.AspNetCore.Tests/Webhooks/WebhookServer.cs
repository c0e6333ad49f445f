using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.AspNetCore.Tests.Flows;
using FlowTypes.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowTypes.AspNetCore.Tests.Webhooks;

/// <summary>A real Kestrel server on 127.0.0.1 (free port) serving <c>MapChatAppsWebhook&lt;RecordingWebhookHandler&gt;</c>.</summary>
public sealed class WebhookServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookServer(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public WebhookLog Log => _app.Services.GetRequiredService<WebhookLog>();

    public static async Task<WebhookServer> StartAsync(Action<ChatAppsWebhookOptions>? configure = null, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<WebhookLog>();
        builder.Services.AddScoped<RequestScope>();
        builder.Services.AddChatAppsWebhook<RecordingWebhookHandler>(configure ?? (static _ => { }));
        var app = builder.Build();
        app.MapChatAppsWebhook<RecordingWebhookHandler>("/webhooks/8x8");
        map?.Invoke(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WebhookServer(app, new Uri(address));
    }

    public async Task<(int Status, string? ContentType, string Body)> PostAsync(string body, string? contentType = "application/json", string path = "/webhooks/8x8", IDictionary<string, string>? headers = null) =>
        await PostAsync(Encoding.UTF8.GetBytes(body), contentType, path, headers);

    public async Task<(int Status, string? ContentType, string Body)> PostAsync(byte[] body, string? contentType = "application/json", string path = "/webhooks/8x8", IDictionary<string, string>? headers = null)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>What the handlers of all requests saw, in order.</summary>
public sealed class WebhookLog
{
    private readonly ConcurrentQueue<string> _calls = new();

    public IReadOnlyList<string> Calls => _calls.ToArray();

    public ConcurrentDictionary<string, byte> Stored { get; } = new();

    public ConcurrentBag<int> Scopes { get; } = new();

    public void Add(string call) => _calls.Enqueue(call);
}

/// <summary>A scoped service: one per request, so the handler (resolved from the request's scope) gets a fresh one.</summary>
public sealed class RequestScope
{
    private static int s_next;

    public int Id { get; } = Interlocked.Increment(ref s_next);
}

/// <summary>
/// The handler the tests map. Its acknowledgement hook "stores" by delivery id (a second delivery of an id is a
/// duplicate) and reacts to umids that ask for something else: <c>fail-store</c> throws in the hook,
/// <c>fail-dispatch</c> in the method, <c>defer-*</c> is stored for later.
/// </summary>
public sealed class RecordingWebhookHandler : FlowWebhookHandler
{
    private readonly WebhookLog _log;
    private readonly RequestScope _scope;

    public RecordingWebhookHandler(WebhookLog log, RequestScope scope)
    {
        _log = log;
        _scope = scope;
        _log.Scopes.Add(scope.Id);
    }

    protected override ValueTask<WebhookAcknowledgement> OnReceivedAsync(ChatAppsWebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var id = delivery.DeliveryId ?? "(none)";
        if (id == "fail-store")
        {
            throw new InvalidOperationException("the database is down");
        }

        if (!_log.Stored.TryAdd(id, 0))
        {
            _log.Add($"duplicate {id}");
            return new(WebhookAcknowledgement.Duplicate);
        }

        return new(id.StartsWith("defer-", StringComparison.Ordinal) ? WebhookAcknowledgement.Deferred : WebhookAcknowledgement.Dispatch);
    }

    protected override ValueTask OnReturnsSubmissionAsync(FlowSubmissionEvent message, ReturnsSubmission submission, CancellationToken cancellationToken)
    {
        if (message.Umid == "fail-dispatch")
        {
            throw new InvalidOperationException("the handler failed");
        }

        _log.Add($"returns {submission.OrderNumber} {submission.ReturnReason.Id} {submission.ResolutionType.Id} from {message.User.Msisdn} umid {message.Umid} scope {_scope.Id}");
        return default;
    }

    protected override ValueTask OnTextMessageAsync(TextMessageEvent message, CancellationToken cancellationToken)
    {
        _log.Add($"text '{message.Text}' from {message.User.Msisdn}");
        return default;
    }

    protected override ValueTask OnButtonReplyAsync(ButtonReplyEvent message, CancellationToken cancellationToken)
    {
        _log.Add($"button {message.Id} '{message.Title}' to {message.ReplyToUmid}");
        return default;
    }

    protected override ValueTask OnMessageStatusAsync(MessageStatusEvent status, CancellationToken cancellationToken)
    {
        _log.Add($"status {status.Umid} {status.Status.State} {status.Status.ErrorCode}");
        return default;
    }

    protected override ValueTask OnUnhandledAsync(ChatAppsEvent webhookEvent, CancellationToken cancellationToken)
    {
        var raw = webhookEvent switch
        {
            UnknownChatAppsEvent e => " body " + e.Body.GetRawText(),
            UnknownMessageEvent e => " content " + e.Content.GetRawText(),
            UnrecognizedFlowSubmissionEvent e => " responseJson " + e.ResponseJson,
            _ => string.Empty,
        };
        _log.Add($"unhandled {webhookEvent.GetType().Name} {webhookEvent.EventType} {webhookEvent.DeliveryId}{raw}");
        return default;
    }
}
