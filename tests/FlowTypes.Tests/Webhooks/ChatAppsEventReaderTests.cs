using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FlowTypes.Tests.Flows;
using FlowTypes.Webhooks;
using Xunit;

namespace FlowTypes.Tests.Webhooks;

/// <summary>
/// The one door (<see cref="ChatAppsEventReader"/>, here the generated <c>FlowRouter.Events</c>) on every webhook body
/// the 8x8 reference shows (tests/TestData/webhooks, see SOURCES.md there), on what is new or unknown, and on bad bodies.
/// </summary>
public class ChatAppsEventReaderTests
{
    public static TheoryData<string> ReferenceBodies() => new(ReferenceFiles());

    private static IEnumerable<string> ReferenceFiles() =>
        Directory.EnumerateFiles(WebhooksDirectory, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(WebhooksDirectory, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal);

    [Fact]
    public void The_reference_shows_nineteen_bodies_of_five_event_types()
    {
        var files = ReferenceFiles().ToList();

        Assert.Equal(19, files.Count);
        Assert.Equal(
            new[] { "inbound_message_received", "outbound_message_status_changed", "phone_number_quality_update", "template_quality_update", "template_status_update" },
            files.Select(f => f.Split('/')[0]).Distinct().OrderBy(f => f, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ReferenceBodies))]
    public void Every_reference_body_is_typed_with_the_envelope_values_it_carries(string file)
    {
        var body = File.ReadAllBytes(Path.Combine(WebhooksDirectory, file));
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;

        var webhookEvent = FlowRouter.Events.Parse(body);

        Assert.Equal(root.GetProperty("eventType").GetString(), webhookEvent.EventType);
        Assert.Equal(file.Split('/')[0], webhookEvent.EventType);
        Assert.True(webhookEvent.ExtensionData.Count == 0, "nothing of a documented body is left unknown: " + string.Join(", ", webhookEvent.ExtensionData.Keys));
        if (root.TryGetProperty("payload", out var payload))
        {
            var message = Assert.IsAssignableFrom<ChatAppsMessageEvent>(webhookEvent);
            Assert.Equal(payload.GetProperty("umid").GetString(), message.Umid);
            Assert.Equal(message.Umid, message.DeliveryId);
            Assert.Equal(payload.GetProperty("subAccountId").GetString(), message.SubAccountId);
            Assert.Equal(payload.GetProperty("user").GetProperty("msisdn").GetString(), message.User.Msisdn);
            Assert.Equal(Optional(payload.GetProperty("user"), "channelUserId"), message.User.ChannelUserId);
            Assert.Equal(Optional(payload.GetProperty("user"), "name"), message.User.Name);
            Assert.Equal(Optional(root, "description"), message.EventDescription);
            Assert.Equal(Optional(root, "namespace"), message.Namespace);
            var timestamp = payload.TryGetProperty("timestamp", out var t) ? t : payload.TryGetProperty("status", out var s) ? s.GetProperty("timestamp") : default;
            Assert.Equal(timestamp.ValueKind == JsonValueKind.String ? DateTimeOffset.Parse(timestamp.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null, message.Timestamp);
            if (message is InboundMessageEvent inbound)
            {
                Assert.Equal(payload.GetProperty("type").GetString(), inbound.ContentType);
                Assert.Equal(Optional(payload, "replyToUmid"), inbound.ReplyToUmid);
                var recipient = payload.TryGetProperty("recipient", out var r) ? r : default;
                Assert.Equal(recipient.ValueKind == JsonValueKind.Object ? new ChatAppsRecipient(Optional(r, "channel"), Optional(r, "channelId")) : default, inbound.Recipient);
            }
        }
        else
        {
            var account = Assert.IsAssignableFrom<ChatAppsAccountEvent>(webhookEvent);
            Assert.Equal(root.GetProperty("eventId").GetString(), account.EventId);
            Assert.Equal(account.EventId, account.DeliveryId);
            Assert.Equal(root.GetProperty("provider").GetString(), account.Provider);
            Assert.Equal(root.GetProperty("businessAccountId").GetString(), account.BusinessAccountId);
            Assert.Equal(root.GetProperty("accountId").GetString(), account.AccountId);
            Assert.Equal(DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture), account.Timestamp);
        }
    }

    [Fact]
    public void A_text_message_is_typed()
    {
        var text = Assert.IsType<TextMessageEvent>(Read("inbound_message_received/text.json"));

        Assert.Equal("Hello", text.Text);
        Assert.Equal(new ChatAppsUser("+15551234567", "15551234567", "<USER_NAME>"), text.User);
        Assert.Equal(new ChatAppsRecipient("whatsapp", "<CHANNEL_ID>"), text.Recipient);
        Assert.Equal(new DateTimeOffset(2025, 12, 2, 7, 5, 51, TimeSpan.Zero), text.Timestamp);
        Assert.True(text.IsKnownType);
    }

    [Fact]
    public void A_media_message_is_typed_with_its_kind_and_url()
    {
        var image = Assert.IsType<MediaMessageEvent>(Read("inbound_message_received/image.json"));

        Assert.Equal(ChatAppsMediaKind.Image, image.Kind);
        Assert.Equal("<MEDIA_FILE_URL>", image.Url);
    }

    [Theory]
    [InlineData("Video", ChatAppsMediaKind.Video)]
    [InlineData("Audio", ChatAppsMediaKind.Audio)]
    [InlineData("Document", ChatAppsMediaKind.Document)]
    [InlineData("File", ChatAppsMediaKind.Document)]
    [InlineData("image", ChatAppsMediaKind.Image)]
    public void Every_media_type_the_reference_lists_is_a_media_message(string type, ChatAppsMediaKind kind)
    {
        var media = Assert.IsType<MediaMessageEvent>(ChatAppsEventReader.Default.Parse(Inbound(type, "{\"url\":\"https://media.example/f\"}")));

        Assert.Equal(kind, media.Kind);
        Assert.Equal("https://media.example/f", media.Url);
    }

    [Fact]
    public void A_button_reply_is_typed_with_the_message_it_answers()
    {
        var reply = Assert.IsType<ButtonReplyEvent>(Read("inbound_message_received/button-reply.json"));

        Assert.Equal("option-2", reply.Id);
        Assert.Equal("FAQ", reply.Title);
        Assert.Equal("<ORIGINAL_MESSAGE_UMID>", reply.ReplyToUmid);
    }

    [Fact]
    public void A_list_reply_is_typed()
    {
        var reply = Assert.IsType<ListReplyEvent>(ChatAppsEventReader.Default.Parse(Inbound("Interactive", """{"interactive":{"type":"list_reply","list_reply":{"id":"row-3","title":"Billing","description":"Invoices and refunds"}}}""")));

        Assert.Equal(("row-3", "Billing", "Invoices and refunds"), (reply.Id, reply.Title, reply.Description));
    }

    [Fact]
    public void A_location_is_typed_from_numbers_or_numeric_strings()
    {
        var location = Assert.IsType<LocationMessageEvent>(ChatAppsEventReader.Default.Parse(Inbound("Location", """{"location":{"latitude":1.2834,"longitude":"103.8607","name":"Marina Bay","address":"10 Bayfront Ave"}}""")));

        Assert.Equal((1.2834, 103.8607, "Marina Bay", "10 Bayfront Ave"), (location.Latitude, location.Longitude, location.Name, location.Address));
    }

    [Fact]
    public void A_flow_submission_is_read_into_the_flows_record_in_the_same_pass()
    {
        var message = Assert.IsType<FlowSubmissionEvent>(Read("inbound_message_received/flow-submission-returns.json"));

        var returns = Assert.IsType<ReturnsSubmission>(message.Submission);
        Assert.Equal("ORD-98765", returns.OrderNumber);
        Assert.Equal("Blue Denim Jacket - Size M", returns.ItemName);
        Assert.Equal(ReturnsSubmission.ReturnReasonOption.WrongSize, returns.ReturnReason.Id);
        Assert.Equal(ReturnsSubmission.ResolutionTypeOption.Exchange, returns.ResolutionType.Id);
        Assert.Equal("Same item in size L", returns.ExchangePref);
        Assert.Equal("<TOKEN>", returns.FlowToken);
        Assert.Equal("abc-123-def-456", message.Umid);
        Assert.Equal("+15551234567", message.User.Msisdn);
        Assert.Equal(returns, ReturnsSubmission.ParseWebhook(File.ReadAllBytes(Path.Combine(WebhooksDirectory, "inbound_message_received/flow-submission-returns.json"))));
    }

    [Theory]
    [InlineData("inbound_message_received/flow-submission.json", typeof(FeedbackSubmission))]
    [InlineData("inbound_message_received/flow-submission-lead-generation.json", typeof(LeadGenerationSubmission))]
    [InlineData("inbound_message_received/flow-submission-returns.json", typeof(ReturnsSubmission))]
    [InlineData("inbound_message_received/flow-submission-healthcare.json", typeof(HealthcareAppointmentSubmission))]
    [InlineData("inbound_message_received/flow-submission-service-booking.json", typeof(ServiceBookingSubmission))]
    public void Reference_submissions_of_the_projects_flows_are_typed_as_the_flows_own_parser_types_them(string file, Type type)
    {
        var body = File.ReadAllBytes(Path.Combine(WebhooksDirectory, file));

        var message = Assert.IsType<FlowSubmissionEvent>(FlowRouter.Events.Parse(body));

        Assert.IsType(type, message.Submission);
        Assert.Equal(FlowRouter.ParseWebhook(body), message.Submission);
    }

    [Fact]
    public void The_documented_flow_submission_example_is_typed_to_its_values()
    {
        var message = Assert.IsType<FlowSubmissionEvent>(Read("inbound_message_received/flow-submission.json"));

        var feedback = Assert.IsType<FeedbackSubmission>(message.Submission);
        Assert.Equal(("Jane Smith", "jane@example.com", "Excellent service!", "<FLOW_TOKEN>"), (feedback.CustomerName, feedback.Email, feedback.Feedback, feedback.FlowToken));
        Assert.Equal("abc123-def456-ghi789", message.Umid);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 10, 30, 0, TimeSpan.Zero), message.Timestamp);
    }

    [Theory]
    [InlineData("inbound_message_received/flow-submission-loan-application.json")]
    [InlineData("inbound_message_received/flow-submission-appointment.json")]
    public void A_submission_of_a_flow_the_project_does_not_have_is_kept_with_its_text(string file)
    {
        var body = File.ReadAllBytes(Path.Combine(WebhooksDirectory, file));
        using var json = JsonDocument.Parse(body);

        var message = Assert.IsType<UnrecognizedFlowSubmissionEvent>(FlowRouter.Events.Parse(body));

        Assert.Equal(json.RootElement.GetProperty("payload").GetProperty("content").GetProperty("interactive").GetProperty("nfmReply").GetProperty("responseJson").GetString(), message.ResponseJson);
        Assert.False(message.IsKnownType);
    }

    [Fact]
    public void Without_flows_every_submission_is_kept_with_its_text()
    {
        var message = Assert.IsType<UnrecognizedFlowSubmissionEvent>(ChatAppsEventReader.Default.Parse(TestPayloads.EightByEightWebhook("{\"a\":\"\\u00e9\"}")));

        Assert.Equal("{\"a\":\"\\u00e9\"}", message.ResponseJson); // the text as sent: its own escapes are the flow's
    }

    [Fact]
    public void Delivery_receipts_are_typed_with_state_detail_and_error()
    {
        var delivered = Assert.IsType<MessageStatusEvent>(Read("outbound_message_status_changed/delivered.json"));
        var read = Assert.IsType<MessageStatusEvent>(Read("outbound_message_status_changed/read.json"));
        var undelivered = Assert.IsType<MessageStatusEvent>(Read("outbound_message_status_changed/undelivered.json"));

        Assert.Equal(new MessageStatus(MessageStates.Delivered, "delivered_to_recipient", new DateTimeOffset(2025, 5, 5, 9, 15, 57, TimeSpan.Zero), null, null), delivered.Status);
        Assert.Equal("whatsapp", delivered.Channel);
        Assert.Equal(new MessageStatus(MessageStates.Read, null, new DateTimeOffset(2025, 5, 17, 6, 27, 52, 450, TimeSpan.Zero), null, null), read.Status);
        Assert.Equal("whatsApp", read.Channel);
        Assert.Equal(new MessageStatus(MessageStates.Undelivered, "rejected_by_operator", new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero), 15, "Invalid destination"), undelivered.Status);
        Assert.Equal(new ChatAppsUser("+6512345678", "+6512345678", null), undelivered.User);
    }

    [Fact]
    public void Template_and_phone_number_events_are_typed()
    {
        var status = Assert.IsType<TemplateStatusEvent>(Read("template_status_update/rejected.json"));
        var quality = Assert.IsType<TemplateQualityEvent>(Read("template_quality_update/green.json"));
        var upgrade = Assert.IsType<PhoneNumberQualityEvent>(Read("phone_number_quality_update/upgrade.json"));
        var flagged = Assert.IsType<PhoneNumberQualityEvent>(Read("phone_number_quality_update/flagged.json"));

        Assert.Equal(("<TEMPLATE_ID>", "<TEMPLATE_NAME>", "<TEMPLATE_LANGUAGE>", "REJECTED", "INCORRECT_CATEGORY"), (status.TemplateId, status.TemplateName, status.TemplateLanguage, status.Status, status.Reason));
        Assert.Equal("0f88f5c4-fae7-4dcf-8ff2-b2990133edea", status.DeliveryId);
        Assert.Equal(("<TEMPLATE_ID>", "UNKNOWN", "GREEN"), (quality.TemplateId, quality.PreviousQualityScore, quality.NewQualityScore));
        Assert.Equal(("15550783881", "UPGRADE", "TIER_10K", "TIER_1K", (string?)null), (upgrade.DisplayPhoneNumber, upgrade.Event, upgrade.CurrentLimit, upgrade.OldLimit, upgrade.Reason));
        Assert.Equal(("FLAGGED", "QUALITY_DECREASE", (string?)null), (flagged.Event, flagged.Reason, flagged.CurrentLimit));
    }

    [Fact]
    public void An_event_type_this_version_does_not_know_is_kept_whole()
    {
        const string body = """{"eventId":"e-77","eventType":"business_capability_update","timestamp":"2026-03-01T00:00:00Z","eventDetails":{"maxDailyConversations":10000}}""";

        var unknown = Assert.IsType<UnknownChatAppsEvent>(FlowRouter.Events.Parse(body));

        Assert.Equal("business_capability_update", unknown.EventType);
        Assert.Equal("e-77", unknown.DeliveryId);
        Assert.Equal(10000, unknown.Body.GetProperty("eventDetails").GetProperty("maxDailyConversations").GetInt32());
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), unknown.Timestamp);
        Assert.False(unknown.IsKnownType);
    }

    [Fact]
    public void A_content_type_this_version_does_not_know_is_kept_with_its_content()
    {
        var unknown = Assert.IsType<UnknownMessageEvent>(FlowRouter.Events.Parse(Inbound("Sticker", """{"sticker":{"url":"https://media.example/s.webp","animated":true}}""")));

        Assert.Equal("Sticker", unknown.ContentType);
        Assert.True(unknown.Content.GetProperty("sticker").GetProperty("animated").GetBoolean());
        Assert.Equal("+15551234567", unknown.User.Msisdn);
        Assert.False(unknown.IsKnownType);
    }

    [Fact]
    public void An_interactive_type_this_version_does_not_know_is_kept_with_its_content()
    {
        var unknown = Assert.IsType<UnknownMessageEvent>(FlowRouter.Events.Parse(Inbound("Interactive", """{"interactive":{"type":"call_permission_reply","call_permission_reply":{"response":"accept"}}}""")));

        Assert.Equal("call_permission_reply", unknown.InteractiveType);
        Assert.Equal("accept", unknown.Content.GetProperty("interactive").GetProperty("call_permission_reply").GetProperty("response").GetString());
    }

    [Fact]
    public void Keys_the_model_does_not_know_are_kept_by_their_path()
    {
        var text = Assert.IsType<TextMessageEvent>(ChatAppsEventReader.Default.Parse("""
            {"eventType":"inbound_message_received","traceId":"t-1","payload":{"umid":"u","type":"Text","content":{"text":"hi","caption":{"x":[1,2]}},"user":{"msisdn":"+1","profile":{"locale":"en"}},"channelExtra":null}}
            """));

        Assert.Equal("hi", text.Text);
        Assert.Equal(new[] { "payload.channelExtra", "payload.content.caption", "payload.user.profile", "traceId" }, text.ExtensionData.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("t-1", text.ExtensionData["traceId"].GetString());
        Assert.Equal(2, text.ExtensionData["payload.content.caption"].GetProperty("x")[1].GetInt32());
        Assert.Equal("en", text.ExtensionData["payload.user.profile"].GetProperty("locale").GetString());
    }

    [Fact]
    public void A_timestamp_that_is_not_ISO_8601_is_kept_in_the_extension_data_instead_of_being_rejected()
    {
        var text = Assert.IsType<TextMessageEvent>(ChatAppsEventReader.Default.Parse("""{"eventType":"inbound_message_received","payload":{"umid":"u","timestamp":"yesterday","type":"Text","content":{"text":"hi"}}}"""));

        Assert.Null(text.Timestamp);
        Assert.Equal("yesterday", text.ExtensionData["payload.timestamp"].GetString());
    }

    [Fact]
    public void Keys_may_come_in_any_order_and_names_may_be_escaped()
    {
        var reply = Assert.IsType<ButtonReplyEvent>(ChatAppsEventReader.Default.Parse("""
            {"payload":{"content":{"interactive":{"button_reply":{"title":"Yes","id":"yes-1"},"type":"button_reply"}},"type":"Interactive","\u0075mid":"u-9","user":{"msisdn":"+44"}},"eventType":"inbound_message_received"}
            """));

        Assert.Equal(("yes-1", "Yes", "u-9", "+44"), (reply.Id, reply.Title, reply.Umid, reply.User.Msisdn));
    }

    [Fact]
    public void A_submission_that_breaks_its_flows_types_is_an_error_located_inside_the_response_json()
    {
        // Every key of the returns flow is there, so the flow is identified; then its reader refuses the list for a radio choice.
        var responseJson = "{\"order_number\":\"ORD-1\",\"item_name\":\"Jacket\",\"customer_email\":\"a@b.c\",\"return_reason\":[\"wrong_size\"],\"resolution_type\":\"refund\",\"contact_method\":\"email\",\"flow_token\":\"t\"}";

        Assert.False(FlowRouter.Events.TryParse(TestPayloads.EightByEightWebhook(responseJson), out var webhookEvent, out var error));

        Assert.Null(webhookEvent);
        Assert.Equal(FlowParseErrorKind.UnexpectedType, error!.Kind);
        Assert.Equal("$.payload.content.interactive.nfmReply.responseJson/$.return_reason", error.Path);
        Assert.StartsWith(ChatAppsEventReader.SubmissionErrorPathPrefix, error.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", FlowParseErrorKind.InvalidJson, "$")]
    [InlineData("null", FlowParseErrorKind.UnexpectedType, "$")]
    [InlineData("", FlowParseErrorKind.InvalidJson, "$")]
    [InlineData("[]", FlowParseErrorKind.UnexpectedType, "$")]
    [InlineData("{\"eventType\":\"x\"} {}", FlowParseErrorKind.InvalidJson, "$")]
    [InlineData("{\"payload\":{\"status\":{\"errorCode\":\"x\"}}}", FlowParseErrorKind.UnexpectedType, "$.payload.status.errorCode")]
    [InlineData("{\"payload\":{\"umid\":7}}", FlowParseErrorKind.UnexpectedType, "$.payload.umid")]
    [InlineData("{\"payload\":[]}", FlowParseErrorKind.UnexpectedType, "$.payload")]
    [InlineData("{\"payload\":{\"content\":{\"interactive\":{\"nfmReply\":{\"responseJson\":{}}}}}}", FlowParseErrorKind.UnexpectedType, "$.payload.content.interactive.nfmReply.responseJson")]
    [InlineData("{\"payload\":{\"content\":{\"location\":{\"latitude\":true}}}}", FlowParseErrorKind.UnexpectedType, "$.payload.content.location.latitude")]
    public void Bad_bodies_return_an_error_with_its_path_instead_of_throwing(string body, FlowParseErrorKind kind, string path)
    {
        Assert.False(ChatAppsEventReader.Default.TryParse(Encoding.UTF8.GetBytes(body), out var webhookEvent, out var error));

        Assert.Null(webhookEvent);
        Assert.Equal(kind, error!.Kind);
        Assert.Equal(path, error.Path);
        Assert.Throws<FlowParseException>(() => ChatAppsEventReader.Default.Parse(Encoding.UTF8.GetBytes(body)));
    }

    [Theory]
    [InlineData("{\"payload\":{\"umid\":\"a\",\"umid\":\"b\"}}", "$.payload.umid")]
    [InlineData("{\"eventType\":\"x\",\"eventType\":\"y\"}", "$.eventType")]
    [InlineData("{\"payload\":{\"user\":{\"msisdn\":\"+1\",\"msisdn\":\"+2\"}}}", "$.payload.user.msisdn")]
    [InlineData("{\"payload\":{\"u\\u006did\":\"a\",\"umid\":\"b\"}}", "$.payload.umid")]
    [InlineData("{\"list\":[{\"a\":1},{\"a\":1,\"a\":2}]}", "$.list[].a")]
    [InlineData("{\"extra\":1,\"extra\":2}", "$.extra")]
    [InlineData("{\"payload\":{\"content\":{\"caption\":{\"lang\":\"en\",\"lang\":\"fr\"}}}}", "$.payload.content.caption.lang")]
    [InlineData("{\"payload\":{\"content\":{\"interactive\":{\"nfmReply\":{\"responseJson\":\"{}\",\"responseJson\":\"{}\"}}}}}", "$.payload.content.interactive.nfmReply.responseJson")]
    public void Duplicate_keys_anywhere_in_the_body_are_rejected_with_their_path(string body, string path)
    {
        Assert.False(ChatAppsEventReader.Default.TryParse(Encoding.UTF8.GetBytes(body), out var webhookEvent, out var error));

        Assert.Null(webhookEvent);
        Assert.Equal(FlowParseErrorKind.DuplicateKey, error!.Kind);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void The_same_key_in_sibling_objects_is_not_a_duplicate()
    {
        Assert.True(ChatAppsEventReader.Default.TryParse(Encoding.UTF8.GetBytes("{\"payload\":{\"user\":{\"name\":\"a\"},\"status\":{\"state\":\"read\"}},\"x\":[{\"name\":1},{\"name\":2}]}"), out _, out var error), error?.ToString());
    }

    [Fact]
    public void Limits_are_enforced_with_typed_errors()
    {
        var body = File.ReadAllBytes(Path.Combine(WebhooksDirectory, "inbound_message_received/flow-submission-returns.json"));

        Assert.False(FlowRouter.Events.TryParse(body, new FlowParseOptions { MaxBodyBytes = 100 }, out _, out var size));
        Assert.False(FlowRouter.Events.TryParse(body, new FlowParseOptions { MaxResponseJsonBytes = 50 }, out _, out var response));
        Assert.False(FlowRouter.Events.TryParse(body, new FlowParseOptions { MaxDepth = 3 }, out _, out var depth));
        Assert.False(ChatAppsEventReader.Default.TryParse(Encoding.UTF8.GetBytes("{\"a\":1,\"b\":2,\"c\":3}"), new FlowParseOptions { MaxExtensionDataKeys = 2 }, out _, out var keys));

        Assert.Equal((FlowParseErrorKind.LimitExceeded, "$"), (size!.Kind, size.Path));
        Assert.Equal((FlowParseErrorKind.LimitExceeded, "$.payload.content.interactive.nfmReply.responseJson"), (response!.Kind, response.Path));
        Assert.Equal(FlowParseErrorKind.InvalidJson, depth!.Kind);
        Assert.Equal((FlowParseErrorKind.LimitExceeded, "$.c"), (keys!.Kind, keys.Path));
    }

    [Fact]
    public async Task Text_bytes_and_stream_give_equal_events()
    {
        var bytes = File.ReadAllBytes(Path.Combine(WebhooksDirectory, "inbound_message_received/flow-submission-lead-generation.json"));

        var fromBytes = FlowRouter.Events.Parse(bytes);
        var fromText = FlowRouter.Events.Parse(Encoding.UTF8.GetString(bytes));
        var fromStream = await FlowRouter.Events.TryParseAsync(new MemoryStream(bytes));
        var tooLarge = await FlowRouter.Events.TryParseAsync(new MemoryStream(bytes), new FlowParseOptions { MaxBodyBytes = 64 });

        Assert.Equal(fromBytes, fromText);
        Assert.Equal(fromBytes, fromStream.Value);
        Assert.Equal(FlowParseErrorKind.LimitExceeded, tooLarge.Error!.Kind);
    }

    [Fact]
    public void A_sub_account_and_channel_id_that_repeat_are_one_string_and_other_values_are_read_as_they_are()
    {
        static byte[] Body(string subAccountId, string channelId) => Encoding.UTF8.GetBytes(
            "{\"namespace\":\"ChatApps\",\"eventType\":\"inbound_message_received\",\"payload\":{\"umid\":\"u-1\",\"subAccountId\":\"" + subAccountId
            + "\",\"user\":{\"msisdn\":\"+15551234567\"},\"recipient\":{\"channel\":\"whatsapp\",\"channelId\":\"" + channelId + "\"},\"type\":\"Text\",\"content\":{\"text\":\"Hi\"}}}");

        var first = (TextMessageEvent)FlowRouter.Events.Parse(Body("acme-sub", "channel-1"));
        var again = (TextMessageEvent)FlowRouter.Events.Parse(Body("acme-sub", "channel-1"));
        var escaped = (TextMessageEvent)FlowRouter.Events.Parse(Body("acme\\u002Dsub", "channel\\u002D1"));
        var others = Enumerable.Range(0, 6).Select(i => (TextMessageEvent)FlowRouter.Events.Parse(Body("sub-" + i, "ch-" + i))).ToList();
        var afterOthers = (TextMessageEvent)FlowRouter.Events.Parse(Body("acme-sub", "channel-1"));

        Assert.Same(first.SubAccountId, again.SubAccountId);
        Assert.Same(first.Recipient.ChannelId, again.Recipient.ChannelId);
        Assert.Equal(("acme-sub", "channel-1"), (escaped.SubAccountId, escaped.Recipient.ChannelId));
        Assert.Equal(Enumerable.Range(0, 6).Select(i => ((string?)("sub-" + i), (string?)("ch-" + i))), others.Select(e => (e.SubAccountId, e.Recipient.ChannelId)));
        Assert.Equal(("acme-sub", "channel-1"), (afterOthers.SubAccountId, afterOthers.Recipient.ChannelId));
    }

    [Fact]
    public void Parsed_events_keep_value_equality_with_and_ToString_though_events_of_a_kind_share_their_words()
    {
        const string File = "inbound_message_received/flow-submission-lead-generation.json";
        var first = (FlowSubmissionEvent)Read(File);
        var second = (FlowSubmissionEvent)Read(File);
        var text = (TextMessageEvent)FlowRouter.Events.Parse(Inbound("Text", "{\"text\":\"Hi\"}"));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Contains("EventType = inbound_message_received", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("ContentType = Interactive", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("Recipient = ChatAppsRecipient { Channel = whatsapp", first.ToString(), StringComparison.Ordinal);

        // Each init accessor of a shared word changes this copy only: not the event it was copied from, not other events.
        var original = (first.EventType, first.Namespace, first.EventDescription, first.ContentType, first.Recipient, first.Timestamp);
        var changed = first with
        {
            EventType = "x_event",
            Namespace = "X",
            EventDescription = "changed",
            ContentType = "X",
            Recipient = new ChatAppsRecipient("x-channel", "x-id"),
            Timestamp = null,
        };
        Assert.Equal(("x_event", "X", "changed", "X", new ChatAppsRecipient("x-channel", "x-id"), (DateTimeOffset?)null), (changed.EventType, changed.Namespace, changed.EventDescription, changed.ContentType, changed.Recipient, changed.Timestamp));
        Assert.Equal(original, (first.EventType, first.Namespace, first.EventDescription, first.ContentType, first.Recipient, first.Timestamp));
        Assert.Equal(original, (second.EventType, second.Namespace, second.EventDescription, second.ContentType, second.Recipient, second.Timestamp));
        Assert.Equal(("inbound_message_received", "Text"), (text.EventType, text.ContentType));
        Assert.NotEqual(first, changed);
        Assert.Equal(first, changed with
        {
            EventType = first.EventType,
            Namespace = first.Namespace,
            EventDescription = first.EventDescription,
            ContentType = first.ContentType,
            Recipient = first.Recipient,
            Timestamp = first.Timestamp,
        });

        // An absent timestamp and the earliest one stay two different values.
        var earliest = first with { Timestamp = default(DateTimeOffset) };
        var none = first with { Timestamp = null };
        Assert.Equal(default(DateTimeOffset), earliest.Timestamp);
        Assert.Null(none.Timestamp);
        Assert.NotEqual(earliest, none);
        Assert.Equal(none, first with { Timestamp = null });

        // Every value differing in one shared word makes the events unequal, as a field of its own did.
        Assert.NotEqual(first, first with { ContentType = "interactive" });
        Assert.NotEqual(first, first with { Recipient = first.Recipient with { Channel = "WhatsApp" } });
        Assert.NotEqual(first, first with { Recipient = first.Recipient with { ChannelId = "other" } });
    }

    [Fact]
    public void An_event_made_with_new_has_empty_words_and_no_timestamp()
    {
        var made = new TextMessageEvent { Text = "Hi" };

        Assert.Equal((string.Empty, (string?)null, (string?)null, (string?)null, default(ChatAppsRecipient), (DateTimeOffset?)null), (made.EventType, made.Namespace, made.EventDescription, made.ContentType, made.Recipient, made.Timestamp));
        Assert.Equal(new TextMessageEvent { Text = "Hi" }, made);
        Assert.Throws<ArgumentNullException>(() => made with { EventType = null! });
    }

    internal static string WebhooksDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "webhooks");

    internal static ChatAppsEvent Read(string file) => FlowRouter.Events.Parse(File.ReadAllBytes(Path.Combine(WebhooksDirectory, file)));

    private static string? Optional(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static byte[] Inbound(string type, string content) => Encoding.UTF8.GetBytes(
        "{\"namespace\":\"ChatApps\",\"eventType\":\"inbound_message_received\",\"payload\":{\"umid\":\"u-1\",\"user\":{\"msisdn\":\"+15551234567\"},\"type\":\"" + type + "\",\"content\":" + content + "}}");
}
