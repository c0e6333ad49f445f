using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace FlowTypes.AspNetCore.Tests.Webhooks;

/// <summary>
/// <c>MapChatAppsWebhook</c> over real Kestrel: every documented body reaches the handler's method for it, what is
/// unknown reaches the fallback with 200, and every refusal has its own status code.
/// </summary>
public class MapChatAppsWebhookTests
{
    private static string WebhooksDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "webhooks");

    [Theory]
    [InlineData("inbound_message_received/flow-submission-returns.json", "returns ORD-98765 wrong_size exchange from +15551234567 umid abc-123-def-456 scope ")]
    [InlineData("inbound_message_received/text.json", "text 'Hello' from +15551234567")]
    [InlineData("inbound_message_received/text-customer-reply.json", "text 'I need help with my order' from +12025550023")]
    [InlineData("inbound_message_received/button-reply.json", "button option-2 'FAQ' to <ORIGINAL_MESSAGE_UMID>")]
    [InlineData("outbound_message_status_changed/undelivered.json", "status <UNIQUE_MESSAGE_ID> undelivered 15")]
    [InlineData("outbound_message_status_changed/read.json", "status <UNIQUE_MESSAGE_ID> read ")]
    [InlineData("inbound_message_received/image.json", "unhandled MediaMessageEvent inbound_message_received <UNIQUE_MESSAGE_ID>")]
    [InlineData("template_status_update/rejected.json", "unhandled TemplateStatusEvent template_status_update 0f88f5c4-fae7-4dcf-8ff2-b2990133edea")]
    [InlineData("inbound_message_received/flow-submission-lead-generation.json", "unhandled UnrecognizedFlowSubmissionEvent inbound_message_received lead-xyz-999 responseJson {\"interested_channels\"")]
    public async Task A_documented_body_reaches_the_method_for_its_type_and_gets_200(string file, string expectedStart)
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.PostAsync(File.ReadAllBytes(Path.Combine(WebhooksDirectory, file)));

        Assert.Equal(200, response.Status);
        Assert.Equal(string.Empty, response.Body);
        var call = Assert.Single(server.Log.Calls);
        Assert.StartsWith(expectedStart, call, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_event_type_reaches_the_fallback_with_its_body_and_gets_200()
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.PostAsync("""{"eventType":"conversation_started","eventId":"ev-1","eventDetails":{"origin":"marketing"}}""");

        Assert.Equal(200, response.Status);
        Assert.Equal(new[] { """unhandled UnknownChatAppsEvent conversation_started ev-1 body {"eventType":"conversation_started","eventId":"ev-1","eventDetails":{"origin":"marketing"}}""" }, server.Log.Calls);
    }

    [Fact]
    public async Task An_unknown_content_type_reaches_the_fallback_with_its_content_and_gets_200()
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.PostAsync("""{"eventType":"inbound_message_received","payload":{"umid":"u-77","type":"Reaction","content":{"reaction":{"emoji":"👍"}}}}""");

        Assert.Equal(200, response.Status);
        Assert.Equal(new[] { "unhandled UnknownMessageEvent inbound_message_received u-77 content {\"reaction\":{\"emoji\":\"👍\"}}" }, server.Log.Calls);
    }

    [Fact]
    public async Task A_malformed_body_gets_400_with_the_errors_kind_and_path_and_reaches_no_handler()
    {
        await using var server = await WebhookServer.StartAsync();

        var malformed = await server.PostAsync("""{"eventType":"inbound_message_received","payload":{"umid":"u""");
        var duplicate = await server.PostAsync("""{"eventType":"inbound_message_received","payload":{"umid":"a","umid":"b"}}""");
        var wrongType = await server.PostAsync("""{"eventType":"outbound_message_status_changed","payload":{"umid":"a","status":{"errorCode":"x"}}}""");

        Assert.Equal((400, "application/problem+json"), (malformed.Status, malformed.ContentType));
        Assert.Equal(("InvalidJson", "$"), Problem(malformed.Body));
        Assert.Contains("line 1, byte 61", malformed.Body, StringComparison.Ordinal);
        Assert.Equal((400, ("DuplicateKey", "$.payload.umid")), (duplicate.Status, Problem(duplicate.Body)));
        Assert.Equal((400, ("UnexpectedType", "$.payload.status.errorCode")), (wrongType.Status, Problem(wrongType.Body)));
        Assert.Empty(server.Log.Calls);
        Assert.Empty(server.Log.Stored);
    }

    [Fact]
    public async Task A_submission_that_breaks_its_flows_types_gets_422_with_the_path_inside_the_response_json()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = File.ReadAllText(Path.Combine(WebhooksDirectory, "inbound_message_received/flow-submission-returns.json"))
            .Replace("\\\"return_reason\\\":\\\"wrong_size\\\"", "\\\"return_reason\\\":[1]", StringComparison.Ordinal);

        var response = await server.PostAsync(body);

        Assert.Equal(422, response.Status);
        Assert.Equal(("UnexpectedType", "$.payload.content.interactive.nfmReply.responseJson/$.return_reason"), Problem(response.Body));
        Assert.Empty(server.Log.Calls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_that_is_not_declared_JSON_gets_415(string? contentType)
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.PostAsync(File.ReadAllBytes(Path.Combine(WebhooksDirectory, "inbound_message_received/text.json")), contentType);

        Assert.Equal(415, response.Status);
        Assert.Empty(server.Log.Calls);
    }

    [Fact]
    public async Task A_JSON_content_type_with_a_charset_is_accepted()
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.PostAsync(File.ReadAllBytes(Path.Combine(WebhooksDirectory, "inbound_message_received/text.json")), "application/json; charset=utf-8");

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_by_its_declared_length_and_while_it_is_read()
    {
        await using var server = await WebhookServer.StartAsync(options => options.ParseOptions = new FlowParseOptions { MaxBodyBytes = 600 });
        var large = File.ReadAllBytes(Path.Combine(WebhooksDirectory, "inbound_message_received/flow-submission-returns.json"));

        var declared = await server.PostAsync(large);
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/webhooks/8x8") { Content = new StreamContent(new MemoryStream(large)) };
        chunked.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        chunked.Headers.TransferEncodingChunked = true;
        using var streamed = await server.Client.SendAsync(chunked);
        var small = await server.PostAsync(Text("small-1", "I need help with my order"));

        Assert.Equal(413, declared.Status);
        Assert.Equal(413, (int)streamed.StatusCode);
        Assert.Equal(200, small.Status);
        Assert.Equal(new[] { "text 'I need help with my order' from +15551234567" }, server.Log.Calls);
    }

    [Fact]
    public async Task A_second_delivery_of_a_umid_is_acknowledged_without_dispatch()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = File.ReadAllBytes(Path.Combine(WebhooksDirectory, "inbound_message_received/flow-submission-returns.json"));

        var first = await server.PostAsync(body);
        var second = await server.PostAsync(body);

        Assert.Equal((200, 200), (first.Status, second.Status));
        Assert.Equal(2, server.Log.Calls.Count);
        Assert.StartsWith("returns ORD-98765", server.Log.Calls[0], StringComparison.Ordinal);
        Assert.Equal("duplicate abc-123-def-456", server.Log.Calls[1]);
    }

    [Fact]
    public async Task A_delivery_stored_for_later_is_acknowledged_without_dispatch()
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.PostAsync(Text("defer-1", "later"));

        Assert.Equal(200, response.Status);
        Assert.Empty(server.Log.Calls);
        Assert.True(server.Log.Stored.ContainsKey("defer-1"));
    }

    [Fact]
    public async Task When_the_acknowledgement_hook_fails_the_answer_is_503_so_8x8_delivers_again()
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.PostAsync(Text("fail-store", "hi"));

        Assert.Equal(503, response.Status);
        Assert.Empty(server.Log.Calls);
    }

    [Fact]
    public async Task When_the_handler_fails_the_answer_is_500_so_8x8_delivers_again()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = File.ReadAllText(Path.Combine(WebhooksDirectory, "inbound_message_received/flow-submission-returns.json")).Replace("abc-123-def-456", "fail-dispatch", StringComparison.Ordinal);

        var response = await server.PostAsync(body);

        Assert.Equal(500, response.Status);
        Assert.Equal(string.Empty, response.Body);
    }

    [Fact]
    public async Task The_handler_is_resolved_from_each_requests_scope()
    {
        await using var server = await WebhookServer.StartAsync();

        await server.PostAsync(Text("s-1", "one"));
        await server.PostAsync(Text("s-2", "two"));

        Assert.Equal(2, server.Log.Scopes.Distinct().Count());
    }

    [Fact]
    public async Task Other_methods_than_POST_get_405()
    {
        await using var server = await WebhookServer.StartAsync();

        using var response = await server.Client.GetAsync("/webhooks/8x8");

        Assert.Equal(405, (int)response.StatusCode);
    }

    [Fact]
    public async Task With_a_shared_secret_a_request_needs_it_in_the_header_or_the_url()
    {
        await using var server = await WebhookServer.StartAsync(options => options.Origin.SharedSecret = "s3cret-from-the-team");

        var none = await server.PostAsync(Text("o-1", "a"));
        var wrong = await server.PostAsync(Text("o-2", "b"), headers: new Dictionary<string, string> { ["X-Webhook-Secret"] = "s3cret-from-the-tean" });
        var prefix = await server.PostAsync(Text("o-3", "c"), path: "/webhooks/8x8?secret=s3cret");
        var header = await server.PostAsync(Text("o-4", "d"), headers: new Dictionary<string, string> { ["X-Webhook-Secret"] = "s3cret-from-the-team" });
        var url = await server.PostAsync(Text("o-5", "e"), path: "/webhooks/8x8?secret=s3cret-from-the-team");

        Assert.Equal(new[] { 401, 401, 401, 200, 200 }, new[] { none.Status, wrong.Status, prefix.Status, header.Status, url.Status });
        Assert.Equal(new[] { "text 'd' from +15551234567", "text 'e' from +15551234567" }, server.Log.Calls);
    }

    [Fact]
    public async Task The_secret_can_be_the_authorization_value_set_on_the_8x8_webhook()
    {
        await using var server = await WebhookServer.StartAsync(options =>
        {
            options.Origin.SharedSecret = "Bearer 9QQhlsEb8VY";
            options.Origin.SharedSecretHeader = "Authorization";
        });

        var without = await server.PostAsync(Text("a-1", "a"));
        var with = await server.PostAsync(Text("a-2", "b"), headers: new Dictionary<string, string> { ["Authorization"] = "Bearer 9QQhlsEb8VY" });

        Assert.Equal((401, 200), (without.Status, with.Status));
    }

    [Fact]
    public async Task A_request_from_outside_the_allowed_networks_gets_403_before_anything_else()
    {
        await using var outside = await WebhookServer.StartAsync(options => options.Origin.AllowedNetworks = new List<string> { "203.0.113.0/24", "2001:db8::/32" });
        await using var inside = await WebhookServer.StartAsync(options => options.Origin.AllowedNetworks = new List<string> { "127.0.0.0/8", "::1" });

        var refused = await outside.PostAsync("not even json", "text/plain");
        var accepted = await inside.PostAsync(Text("n-1", "hi"));

        Assert.Equal(403, refused.Status);
        Assert.Equal(200, accepted.Status);
    }

    [Fact]
    public async Task A_malformed_network_or_a_handler_that_was_not_added_fails_at_start_up()
    {
        var network = await Assert.ThrowsAsync<ArgumentException>(() => WebhookServer.StartAsync(options => options.Origin.AllowedNetworks = new List<string> { "10.0.0.0/33" }));
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();
        var missing = Assert.Throws<InvalidOperationException>(() => app.MapChatAppsWebhook<RecordingWebhookHandler>());

        Assert.Contains("10.0.0.0/33", network.Message, StringComparison.Ordinal);
        Assert.Contains("AddChatAppsWebhook<RecordingWebhookHandler>", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_origin_filter_guards_an_endpoint_of_your_own()
    {
        var options = new ChatAppsOriginOptions { SharedSecret = "team-secret", AllowedNetworks = new List<string> { "127.0.0.1" } };
        await using var server = await WebhookServer.StartAsync(map: app => app.MapPost("/mine", () => Results.Text("handled")).AddEndpointFilter(new ChatAppsOriginFilter(options)));

        var refused = await server.PostAsync("{}", path: "/mine");
        var allowed = await server.PostAsync("{}", path: "/mine", headers: new Dictionary<string, string> { ["X-Webhook-Secret"] = "team-secret" });

        Assert.Equal((401, string.Empty), (refused.Status, refused.Body));
        Assert.Equal((200, "handled"), (allowed.Status, allowed.Body));
    }

    [Theory]
    [InlineData("127.0.0.1", null, ChatAppsOriginResult.Allowed)]
    [InlineData("10.1.2.3", "k", ChatAppsOriginResult.AddressNotAllowed)]
    [InlineData("::ffff:127.0.0.1", "k", ChatAppsOriginResult.Allowed)]
    [InlineData("127.0.0.1", "", ChatAppsOriginResult.SecretMissing)]
    [InlineData("127.0.0.1", "K", ChatAppsOriginResult.SecretMismatch)]
    public void The_origin_check_is_usable_without_ASP_NET_Core(string address, string? secret, ChatAppsOriginResult expected)
    {
        var check = new ChatAppsOriginCheck(new ChatAppsOriginOptions { AllowedNetworks = new List<string> { "127.0.0.0/8" }, SharedSecret = secret is null ? null : "k" });

        Assert.Equal(expected, check.Verify(System.Net.IPAddress.Parse(address), secret));
    }

    private static (string Kind, string Path) Problem(string body)
    {
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("kind").GetString()!, json.RootElement.GetProperty("path").GetString()!);
    }

    private static string Text(string umid, string text) =>
        "{\"namespace\":\"ChatApps\",\"eventType\":\"inbound_message_received\",\"payload\":{\"umid\":\"" + umid + "\",\"user\":{\"msisdn\":\"+15551234567\"},\"type\":\"Text\",\"content\":{\"text\":\"" + text + "\"}}}";
}
