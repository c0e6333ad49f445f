using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Tests.Flows;
using FlowTypes.Webhooks;
using Xunit;

namespace FlowTypes.Tests.Webhooks;

/// <summary>The generated <c>FlowWebhookHandler</c>: one method per submission type, the runtime's per event type, one fallback.</summary>
public class FlowWebhookHandlerTests
{
    [Theory]
    [InlineData("inbound_message_received/flow-submission-returns.json", "returns ORD-98765 from +15551234567")]
    [InlineData("inbound_message_received/flow-submission-lead-generation.json", "lead RetailCo")]
    [InlineData("inbound_message_received/text.json", "text Hello")]
    [InlineData("inbound_message_received/button-reply.json", "button option-2")]
    [InlineData("outbound_message_status_changed/undelivered.json", "status undelivered 15")]
    [InlineData("template_status_update/rejected.json", "template <TEMPLATE_NAME> REJECTED")]
    [InlineData("inbound_message_received/flow-submission-healthcare.json", "unhandled FlowSubmissionEvent known")]
    [InlineData("inbound_message_received/image.json", "unhandled MediaMessageEvent known")]
    [InlineData("inbound_message_received/flow-submission-loan-application.json", "unhandled UnrecognizedFlowSubmissionEvent unknown")]
    [InlineData("phone_number_quality_update/flagged.json", "unhandled PhoneNumberQualityEvent known")]
    public async Task Each_event_reaches_the_method_for_its_type_and_the_rest_the_fallback(string file, string expected)
    {
        var handler = new RecordingHandler();

        await handler.DispatchAsync(handler.Events.Parse(System.IO.File.ReadAllBytes(System.IO.Path.Combine(ChatAppsEventReaderTests.WebhooksDirectory, file))));

        Assert.Equal(new[] { expected }, handler.Calls);
    }

    [Fact]
    public async Task An_unknown_event_type_reaches_the_fallback_with_its_body()
    {
        var handler = new RecordingHandler();

        await handler.DispatchAsync(handler.Events.Parse("""{"eventType":"account_update","eventId":"e1"}"""));

        Assert.Equal(new[] { "unhandled UnknownChatAppsEvent unknown" }, handler.Calls);
    }

    [Fact]
    public async Task The_acknowledgement_hook_sees_the_delivery_id_and_the_exact_body()
    {
        var handler = new RecordingHandler();
        var body = System.IO.File.ReadAllBytes(System.IO.Path.Combine(ChatAppsEventReaderTests.WebhooksDirectory, "inbound_message_received/text.json"));

        var first = await handler.AcknowledgeAsync(new ChatAppsWebhookDelivery(handler.Events.Parse(body), body));
        var second = await handler.AcknowledgeAsync(new ChatAppsWebhookDelivery(handler.Events.Parse(body), body));

        Assert.Equal(WebhookAcknowledgement.Dispatch, first);
        Assert.Equal(WebhookAcknowledgement.Duplicate, second);
        Assert.Equal(new[] { "received <UNIQUE_MESSAGE_ID> " + body.Length, "received <UNIQUE_MESSAGE_ID> " + body.Length }, handler.Calls);
    }

    [Fact]
    public void The_generated_handler_reads_submissions_with_the_projects_router()
    {
        Assert.Same(FlowRouter.Events, new RecordingHandler().Events);
        Assert.Same(FlowRouter.Reader, FlowRouter.Events.Flows);
    }

    private sealed class RecordingHandler : FlowWebhookHandler
    {
        private readonly HashSet<string?> _seen = new();

        public List<string> Calls { get; } = new();

        protected override ValueTask<WebhookAcknowledgement> OnReceivedAsync(ChatAppsWebhookDelivery delivery, CancellationToken cancellationToken)
        {
            Calls.Add($"received {delivery.DeliveryId} {delivery.Body.Length}");
            return new(_seen.Add(delivery.DeliveryId) ? WebhookAcknowledgement.Dispatch : WebhookAcknowledgement.Duplicate);
        }

        protected override ValueTask OnReturnsSubmissionAsync(FlowSubmissionEvent message, ReturnsSubmission submission, CancellationToken cancellationToken) =>
            Record($"returns {submission.OrderNumber} from {message.User.Msisdn}");

        protected override ValueTask OnLeadGenerationSubmissionAsync(FlowSubmissionEvent message, LeadGenerationSubmission submission, CancellationToken cancellationToken) =>
            Record($"lead {submission.CompanyName}");

        protected override ValueTask OnTextMessageAsync(TextMessageEvent message, CancellationToken cancellationToken) => Record($"text {message.Text}");

        protected override ValueTask OnButtonReplyAsync(ButtonReplyEvent message, CancellationToken cancellationToken) => Record($"button {message.Id}");

        protected override ValueTask OnMessageStatusAsync(MessageStatusEvent status, CancellationToken cancellationToken) => Record($"status {status.Status.State} {status.Status.ErrorCode}");

        protected override ValueTask OnTemplateStatusAsync(TemplateStatusEvent update, CancellationToken cancellationToken) => Record($"template {update.TemplateName} {update.Status}");

        protected override ValueTask OnUnhandledAsync(ChatAppsEvent webhookEvent, CancellationToken cancellationToken) =>
            Record($"unhandled {webhookEvent.GetType().Name} {(webhookEvent.IsKnownType ? "known" : "unknown")}");

        private ValueTask Record(string call)
        {
            Calls.Add(call);
            return default;
        }
    }
}
