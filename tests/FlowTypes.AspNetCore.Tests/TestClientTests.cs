using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace FlowTypes.AspNetCore.Tests;

/// <summary>FlowEndpointTestClient (fresh key and IV per request, as WhatsApp) and binding the options from configuration.</summary>
public sealed class TestClientTests
{
    [Fact]
    public async Task Drives_an_endpoint_configured_from_configuration_with_fresh_keys()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FlowEndpoints:Booking:PrivateKey"] = Vectors.EncryptedPrivateKeyPem,
            ["FlowEndpoints:Booking:PrivateKeyPassphrase"] = Vectors.Passphrase,
            ["FlowEndpoints:Booking:AppSecret"] = Vectors.AppSecret,
            ["FlowEndpoints:Booking:MaxBodyBytes"] = "2048",
        });
        builder.Services.AddSingleton<HandlerLog>();
        builder.Services.AddFlowEndpoint<BookATableHandler>(builder.Configuration.GetSection("FlowEndpoints:Booking"));
        await using var app = builder.Build();
        app.MapFlowEndpoint<BookATableHandler>("/flows/booking");
        await app.StartAsync();
        using var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        using var client = new FlowEndpointTestClient(http, Vectors.PublicKeyPem, Vectors.AppSecret);
        using var forger = new FlowEndpointTestClient(http, Vectors.PublicKeyPem, "another-secret");

        var ping = await client.PostAsync("/flows/booking", """{"version":"3.0","action":"ping"}""");
        var confirm = await client.PostAsync("/flows/booking", """{"version":"3.0","action":"data_exchange","screen":"BOOKING_CONFIRMATION","flow_token":"t1","data":{}}""");
        var expired = await client.PostAsync("/flows/booking", """{"version":"3.0","action":"INIT","flow_token":"expired-0001"}""");
        var oversized = await client.PostAsync("/flows/booking", "{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"t1\",\"data\":{\"pad\":\"" + new string('x', 2000) + "\"}}");
        var forged = await forger.PostAsync("/flows/booking", """{"version":"3.0","action":"ping"}""");

        Assert.Equal(new FlowEndpointTestResponse(200, """{"data":{"status":"active"}}"""), ping);
        Assert.Equal(new FlowEndpointTestResponse(200, """{"screen":"SUCCESS","data":{"extension_message_response":{"params":{"flow_token":"t1","booking_id":"BK-1001"}}}}"""), confirm);
        Assert.Equal(new FlowEndpointTestResponse(427, """{"error_msg":"This booking link has expired."}"""), expired);
        Assert.Equal(new FlowEndpointTestResponse(413, null), oversized);
        Assert.Equal(new FlowEndpointTestResponse(432, null), forged);
        Assert.Equal(["OnBookingConfirmationSubmitAsync t1", "OnInitAsync expired-0001"], app.Services.GetRequiredService<HandlerLog>().Calls.ToArray());
        await app.StopAsync();
    }

    [Fact]
    public void Mapping_an_unregistered_handler_fails_at_start_up()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();

        var exception = Assert.Throws<System.InvalidOperationException>(() => app.MapFlowEndpoint<BookATableHandler>("/flows/booking"));

        Assert.Equal("Flow endpoint 'BookATableHandler': FlowTypes.AspNetCore.Tests.BookATableHandler is not registered; call services.AddFlowEndpoint<BookATableHandler>(...) first.", exception.Message);
    }
}
