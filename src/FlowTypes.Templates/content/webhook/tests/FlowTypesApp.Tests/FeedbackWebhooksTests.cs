using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FlowTypesApp.Tests;

/// <summary>
/// The service as 8x8 sees it: webhook bodies posted to /webhooks/8x8, and the messages it sends arriving at a
/// loopback stand-in for the Chat Apps API.
/// </summary>
public sealed class FeedbackWebhooksTests : IAsyncLifetime
{
    private readonly FakeChatApps _chatApps = new();
    private WebApplicationFactory<Program> _service = null!;

    public async Task InitializeAsync()
    {
        await _chatApps.StartAsync();
        _service = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("ChatApps:BaseAddress", _chatApps.BaseAddress)
            .UseSetting("ChatApps:SubAccountId", FakeChatApps.SubAccountId)
            .UseSetting("ChatApps:ApiKey", FakeChatApps.ApiKey));
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _chatApps.DisposeAsync();
    }

    [Fact]
    public async Task A_feedback_submission_is_thanked_with_the_feedback_thanks_template()
    {
        using var response = await PostAsync(Submission("""{\"customer_name\":\"Jane Smith\",\"email\":\"jane@example.com\",\"feedback\":\"Excellent service!\",\"flow_token\":\"t-1\"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_chatApps.Sent);
        Assert.Equal($"/api/v1/subaccounts/{FakeChatApps.SubAccountId}/messages", sent.Path);
        Assert.Equal("Bearer " + FakeChatApps.ApiKey, sent.Authorization);
        Assert.Equal(
            """{"user":{"msisdn":"+15551234567"},"type":"template","content":{"template":{"language":"en_US","name":"feedback_thanks","components":[{"type":"body","parameters":[{"type":"text","text":"Jane Smith"},{"type":"text","text":"jane@example.com"}]}]}}}""",
            sent.Body);
    }

    [Fact]
    public async Task A_submission_that_breaks_the_flow_is_refused_with_422_and_nothing_is_sent()
    {
        // Every key of the feedback flow is there, but "email" is a list where the flow's TextInput sends text. 8x8
        // retries a 4xx: a broken submission is neither dropped silently nor handled half-read.
        using var response = await PostAsync(Submission("""{\"customer_name\":\"Jane Smith\",\"email\":[\"jane@example.com\"],\"feedback\":\"Excellent service!\",\"flow_token\":\"t-1\"}"""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Empty(_chatApps.Sent);
    }

    [Fact]
    public async Task A_text_message_is_answered_200_and_nothing_is_sent()
    {
        using var response = await PostAsync(Envelope("""{"type":"Text","content":{"text":"Hello"}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_chatApps.Sent);
    }

    private async Task<HttpResponseMessage> PostAsync(string body)
    {
        using var http = _service.CreateClient();
        return await http.PostAsync("/webhooks/8x8", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    // An inbound_message_received body as the 8x8 webhook reference shows it; the flow's answer is the JSON string responseJson.
    private static string Submission(string escapedResponseJson) =>
        Envelope("""{"type":"Interactive","content":{"interactive":{"type":"nfmReply","nfmReply":{"responseJson":"RESPONSE"}}}}""".Replace("RESPONSE", escapedResponseJson));

    private static string Envelope(string message) => """
        {"namespace":"ChatApps","eventType":"inbound_message_received","description":"ChatApps inbound message",
         "payload":{"umid":"abc123-def456-ghi789","subAccountId":"test-subaccount","timestamp":"2026-01-15T10:30:00.000Z",
          "user":{"msisdn":"+15551234567","channelUserId":"15551234567"},"recipient":{"channel":"whatsapp","channelId":"test-channel"},
          MESSAGE}}
        """.Replace("MESSAGE", message.Substring(1, message.Length - 2));
}
