using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowTypesApp.Tests;

/// <summary>
/// A stand-in for the 8x8 Chat Apps messages endpoint on a loopback port: it records every send and answers as 8x8
/// documents (<c>POST /api/v1/subaccounts/{subAccountId}/messages</c> → <c>{"umid":...,"status":{...}}</c>), so the
/// service under test uses its real ChatAppsClient, HTTP and JSON included.
/// </summary>
public sealed class FakeChatApps : IAsyncDisposable
{
    public const string SubAccountId = "test-subaccount";
    public const string ApiKey = "test-api-key";

    private WebApplication? _app;

    /// <summary>The sends received, in order: path, Authorization header and JSON body.</summary>
    public ConcurrentQueue<(string Path, string Authorization, string Body)> Sent { get; } = new();

    /// <summary>The base address to give the service as <c>ChatApps:BaseAddress</c>.</summary>
    public string BaseAddress { get; private set; } = string.Empty;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/api/v1/subaccounts/{subAccountId}/messages", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            Sent.Enqueue((context.Request.Path.Value!, context.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync()));
            return Results.Text("""{"umid":"dec02e44-c76f-4a0a-b69f-6ac2a4386eb9","status":{"state":"queued","detail":"","timestamp":"2026-12-02T10:00:00.00Z"}}""", "application/json");
        });
        await _app.StartAsync();
        BaseAddress = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/";
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
