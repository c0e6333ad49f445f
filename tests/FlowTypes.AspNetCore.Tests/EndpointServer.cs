using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowTypes.AspNetCore.Tests;

/// <summary>A real Kestrel server on 127.0.0.1 (free port) serving the test flows' endpoints.</summary>
public sealed class EndpointServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EndpointServer(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public HandlerLog Log => _app.Services.GetRequiredService<HandlerLog>();

    /// <summary>What the CDN route (<c>GET /cdn/{name}</c>) serves: WhatsApp's CDN for the picker files of the tests.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> CdnFiles => _app.Services.GetRequiredService<CdnFiles>().Files;

    public static async Task<EndpointServer> StartAsync(string? appSecret = null, bool encryptedKey = false, int? maxBodyBytes = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<HandlerLog>();
        builder.Services.AddSingleton<CdnFiles>();
        builder.Services.AddHttpClient();
        void Configure(FlowEndpointOptions options)
        {
            options.PrivateKeyPem = encryptedKey ? Vectors.EncryptedPrivateKeyPem : Vectors.PrivateKeyPem;
            options.PrivateKeyPassphrase = encryptedKey ? Vectors.Passphrase : null;
            options.AppSecret = appSecret;
            if (maxBodyBytes is { } max)
            {
                options.ParseOptions = new FlowParseOptions { MaxBodyBytes = max, MaxDepth = 16 };
            }
            else
            {
                options.ParseOptions = new FlowParseOptions { MaxDepth = 16 };
            }
        }

        builder.Services.AddFlowEndpoint<BookATableHandler>(Configure);
        builder.Services.AddFlowEndpoint<FailingHandler>(Configure);
        builder.Services.AddFlowEndpoint<ClaimPhotosHandler>(Configure);
        var app = builder.Build();
        app.MapFlowEndpoint<BookATableHandler>("/flows/booking");
        app.MapFlowEndpoint<FailingHandler>("/flows/failing");
        app.MapFlowEndpoint<ClaimPhotosHandler>("/flows/claim-photos");
        app.MapGet("/cdn/{name}", (string name, CdnFiles cdn) =>
            cdn.Files.TryGetValue(name, out var file) ? Results.Bytes(file, "application/octet-stream") : Results.NotFound());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EndpointServer(app, new Uri(address));
    }

    public async Task<(int Status, string? ContentType, string Body)> PostAsync(string path, byte[] body, string? signature)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (signature is not null)
        {
            request.Headers.Add("X-Hub-Signature-256", signature);
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

/// <summary>The files the server's CDN route serves, by name.</summary>
public sealed class CdnFiles
{
    public System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);
}
