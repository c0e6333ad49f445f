using FlowTypes.Webhooks;
using Xunit;

namespace FlowTypes.Tests.Webhooks;

/// <summary>The 8x8 webhook envelope, with bodies as the 8x8 webhook documentation shows them.</summary>
public class ChatAppsWebhookTests
{
    [Fact]
    public void Flow_submission_envelope_exposes_metadata_and_the_response_json()
    {
        var body = TestPayloads.EightByEightWebhook("{\"customer_name\":\"Jane Smith\"}", umid: "abc123-def456-ghi789");

        var webhookEvent = ChatAppsWebhook.Parse(body);

        Assert.Equal(ChatAppsEventTypes.InboundMessageReceived, webhookEvent.EventType);
        Assert.True(webhookEvent.IsFlowSubmission);
        Assert.Equal("abc123-def456-ghi789", webhookEvent.Payload!.Umid);
        Assert.Equal("+15551234567", webhookEvent.Payload.User!.Msisdn);
        Assert.Equal("your-channel-id", webhookEvent.Payload.Recipient!.ChannelId);
        Assert.Equal("Interactive", webhookEvent.Payload.Type);
        Assert.Equal("{\"customer_name\":\"Jane Smith\"}", webhookEvent.Payload.Content!.Interactive!.NfmReply!.ResponseJson);
    }

    [Fact]
    public void Button_reply_is_not_a_flow_submission()
    {
        var body = TestPayloads.Utf8("""{"namespace":"ChatApps","eventType":"inbound_message_received","payload":{"umid":"u1","type":"Interactive","content":{"interactive":{"type":"button_reply","button_reply":{"id":"option-2","title":"FAQ"}}},"replyToUmid":"u0"}}""");

        var webhookEvent = ChatAppsWebhook.Parse(body);

        Assert.False(webhookEvent.IsFlowSubmission);
        Assert.Equal("option-2", webhookEvent.Payload!.Content!.Interactive!.ButtonReply!.Id);
        Assert.Equal("u0", webhookEvent.Payload.ReplyToUmid);
    }

    [Fact]
    public void Delivery_receipt_exposes_state_and_error()
    {
        var body = TestPayloads.Utf8("""{"namespace":"ChatApps","eventType":"outbound_message_status_changed","payload":{"umid":"u1","channel":"whatsapp","user":{"msisdn":"+6512345678"},"status":{"state":"undelivered","detail":"rejected_by_operator","timestamp":"2016-01-01T00:00:00Z","errorCode":15,"errorMessage":"Invalid destination"}}}""");

        var status = ChatAppsWebhook.Parse(body).Payload!.Status!;

        Assert.Equal("undelivered", status.State);
        Assert.Equal(15, status.ErrorCode);
        Assert.Equal("Invalid destination", status.ErrorMessage);
    }

    [Theory]
    [InlineData("not json", FlowParseErrorKind.InvalidJson)]
    [InlineData("null", FlowParseErrorKind.UnexpectedType)]
    [InlineData("{\"payload\":{\"status\":{\"errorCode\":\"x\"}}}", FlowParseErrorKind.UnexpectedType)]
    public void Bad_bodies_return_an_error_instead_of_throwing(string body, FlowParseErrorKind kind)
    {
        Assert.False(ChatAppsWebhook.TryParse(TestPayloads.Utf8(body), out var webhookEvent, out var error));

        Assert.Null(webhookEvent);
        Assert.Equal(kind, error!.Kind);
    }

    [Theory]
    [InlineData("{\"payload\":{\"umid\":\"a\",\"umid\":\"b\"}}", "$.payload.umid")]
    [InlineData("{\"eventType\":\"x\",\"eventType\":\"y\"}", "$.eventType")]
    [InlineData("{\"payload\":{\"user\":{\"msisdn\":\"+1\",\"msisdn\":\"+2\"}}}", "$.payload.user.msisdn")]
    [InlineData("{\"list\":[{\"a\":1},{\"a\":1,\"a\":2}]}", "$.list[].a")]
    public void Duplicate_keys_anywhere_in_the_envelope_are_rejected_with_their_path(string body, string path)
    {
        Assert.False(ChatAppsWebhook.TryParse(TestPayloads.Utf8(body), out var webhookEvent, out var error));

        Assert.Null(webhookEvent);
        Assert.Equal(FlowParseErrorKind.DuplicateKey, error!.Kind);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void The_same_key_in_sibling_objects_is_not_a_duplicate()
    {
        Assert.True(ChatAppsWebhook.TryParse(TestPayloads.Utf8("{\"payload\":{\"user\":{\"name\":\"a\"},\"status\":{\"state\":\"read\"}},\"x\":[{\"name\":1},{\"name\":2}]}"), out _, out var error), error?.ToString());
    }
}
