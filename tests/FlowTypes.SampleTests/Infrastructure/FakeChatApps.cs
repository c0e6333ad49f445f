using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowTypes.SampleTests.Infrastructure;

/// <summary>What the fake 8x8 API received: one request to the messages endpoint.</summary>
public sealed record RecordedSend(string Path, string? Authorization, string Msisdn, string Body, int Status);

/// <summary>
/// A loopback fake of the 8x8 Chat Apps send endpoint (POST /api/v1/subaccounts/{subAccountId}/messages, Bearer key),
/// answering 200 with the new message's <c>umid</c> as the 8x8 docs describe, or whatever <see cref="Behaviour"/> says.
/// It records every request it read completely, so a reply sent twice is visible.
/// </summary>
public sealed class FakeChatApps : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    private FakeChatApps(WebApplication app) => _app = app;

    /// <summary>Given the recipient and the how-many-th request for it this is (1-based): the status to answer and how long to wait first.</summary>
    public Func<string, int, (int Status, TimeSpan Delay)> Behaviour { get; set; } = (_, _) => (200, TimeSpan.Zero);

    public ConcurrentQueue<RecordedSend> Received { get; } = new();

    /// <summary>The base URL to configure as EightByEight:BaseUrl.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Requests answered 2xx, per recipient.</summary>
    public ILookup<string, RecordedSend> Accepted => Received.Where(r => r.Status is >= 200 and < 300).ToLookup(r => r.Msisdn, StringComparer.Ordinal);

    public static async Task<FakeChatApps> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeChatApps(app);
        app.MapPost("/api/v1/subaccounts/{subAccountId}/messages", fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = address.TrimEnd('/') + "/api/v1";
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpContext context, string subAccountId)
    {
        using var reader = new System.IO.StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        string msisdn;
        try
        {
            using var document = JsonDocument.Parse(body);
            msisdn = document.RootElement.GetProperty("user").GetProperty("msisdn").GetString() ?? string.Empty;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or System.Collections.Generic.KeyNotFoundException)
        {
            return Results.BadRequest(new { message = "the body is not a send request" });
        }

        var attempt = _attempts.AddOrUpdate(msisdn, 1, (_, n) => n + 1);
        var (status, delay) = Behaviour(msisdn, attempt);
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up waiting (its timeout): nothing was accepted.
                Received.Enqueue(new RecordedSend(context.Request.Path, context.Request.Headers.Authorization.ToString(), msisdn, body, 499));
                return Results.Empty;
            }
        }

        Received.Enqueue(new RecordedSend(context.Request.Path, context.Request.Headers.Authorization.ToString(), msisdn, body, status));
        return status is >= 200 and < 300
            ? Results.Json(new { umid = Guid.NewGuid().ToString() }, statusCode: status)
            : Results.Json(new { code = status, message = "fake failure" }, statusCode: status);
    }
}
