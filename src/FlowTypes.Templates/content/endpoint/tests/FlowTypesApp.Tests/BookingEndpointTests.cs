using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using FlowTypes.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FlowTypesApp.Tests;

/// <summary>
/// The service as WhatsApp and 8x8 see it: the endpoint gets requests encrypted and signed the way WhatsApp sends them
/// (<see cref="FlowEndpointTestClient"/>, with a key pair made for the test), and the messages the service sends
/// arrive at a loopback stand-in for the Chat Apps API.
/// </summary>
public sealed class BookingEndpointTests : IAsyncLifetime
{
    private const string AppSecret = "test-app-secret";
    private const string FlowId = "1234567890";
    private const string Msisdn = "+15551234567";

    private readonly FakeChatApps _chatApps = new();
    private readonly RSA _key = RSA.Create(2048);
    private WebApplicationFactory<Program> _service = null!;

    public async Task InitializeAsync()
    {
        await _chatApps.StartAsync();
        _service = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("ChatApps:BaseAddress", _chatApps.BaseAddress)
            .UseSetting("ChatApps:SubAccountId", FakeChatApps.SubAccountId)
            .UseSetting("ChatApps:ApiKey", FakeChatApps.ApiKey)
            .UseSetting("FlowEndpoints:Booking:PrivateKeyFile", string.Empty)
            .UseSetting("FlowEndpoints:Booking:PrivateKey", _key.ExportPkcs8PrivateKeyPem())
            .UseSetting("FlowEndpoints:Booking:AppSecret", AppSecret)
            .UseSetting("Booking:FlowId", FlowId));
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _chatApps.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task An_invited_user_books_a_slot_and_gets_the_booking_confirmed_template()
    {
        var token = await InviteAsync();
        var invitation = Assert.Single(_chatApps.Sent);
        Assert.Equal(
            """{"user":{"msisdn":"+15551234567"},"type":"Interactive","content":{"interactive":{"type":"flow","body":{"text":"Pick a time for your visit."},"action":{"parameters":{"flowId":"1234567890","flowCta":"Book a visit","flowToken":"TOKEN"}}}}}""".Replace("TOKEN", token),
            invitation.Body);

        using var whatsApp = new FlowEndpointTestClient(_service.CreateClient(), _key.ExportSubjectPublicKeyInfoPem(), AppSecret);
        var init = await whatsApp.PostAsync("/flows/booking", $$"""{"version":"3.0","action":"INIT","flow_token":"{{token}}"}""");
        Assert.Equal(200, init.StatusCode);
        Assert.Equal("""{"screen":"BOOK","data":{"slots":[{"id":"2026-12-08T09:00","title":"Tue, Dec 8, 09:00"},{"id":"2026-12-08T14:30","title":"Tue, Dec 8, 14:30"}]}}""", init.Json);

        var book = await whatsApp.PostAsync("/flows/booking", """{"version":"3.0","action":"data_exchange","screen":"BOOK","flow_token":"TOKEN","data":{"slot":"2026-12-08T14:30","name":"Jane Smith"}}""".Replace("TOKEN", token));
        Assert.Equal(200, book.StatusCode);
        Assert.Equal("""{"screen":"SUCCESS","data":{"extension_message_response":{"params":{"flow_token":"TOKEN","slot":"2026-12-08T14:30"}}}}""".Replace("TOKEN", token), book.Json);
        Assert.Equal(
            """{"user":{"msisdn":"+15551234567"},"type":"template","content":{"template":{"language":"en_US","name":"booking_confirmed","components":[{"type":"body","parameters":[{"type":"text","text":"Jane Smith"},{"type":"text","text":"Tue, Dec 8, 14:30"}]}]}}}""",
            _chatApps.Sent.Last().Body);
    }

    [Fact]
    public async Task A_token_the_service_did_not_issue_is_answered_427()
    {
        using var whatsApp = new FlowEndpointTestClient(_service.CreateClient(), _key.ExportSubjectPublicKeyInfoPem(), AppSecret);

        var init = await whatsApp.PostAsync("/flows/booking", """{"version":"3.0","action":"INIT","flow_token":"not-issued"}""");

        Assert.Equal(427, init.StatusCode);
        Assert.Empty(_chatApps.Sent);
    }

    [Fact]
    public async Task A_request_not_signed_with_the_app_secret_is_answered_432()
    {
        var token = await InviteAsync();
        using var forger = new FlowEndpointTestClient(_service.CreateClient(), _key.ExportSubjectPublicKeyInfoPem(), "not-the-app-secret");

        var init = await forger.PostAsync("/flows/booking", $$"""{"version":"3.0","action":"INIT","flow_token":"{{token}}"}""");

        Assert.Equal(432, init.StatusCode);
    }

    private async Task<string> InviteAsync()
    {
        using var http = _service.CreateClient();
        using var response = await http.PostAsync("/bookings/invitations/" + Uri.EscapeDataString(Msisdn), content: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return answer.GetProperty("flowToken").GetString()!;
    }
}
