using FlowTypes.ChatApps;
using FlowTypes.Sending;
using FlowTypes.Webhooks;
using FlowTypesApp.Flows;

namespace FlowTypesApp;

/// <summary>
/// The webhook handler. <see cref="FlowWebhookHandler"/> is generated from the flows of the project: one method per
/// flow (here <c>flows/feedback.flow.json</c>) gets its submission typed, and a change to the flow file changes the
/// types at the next build.
/// </summary>
public sealed class FeedbackWebhooks(ChatAppsClient chatApps, ILogger<FeedbackWebhooks> log) : FlowWebhookHandler
{
    /// <summary>Thanks the sender with the <c>feedback_thanks</c> template (<c>templates/feedback_thanks.template.json</c>).</summary>
    protected override async ValueTask OnFeedbackSubmissionAsync(FlowSubmissionEvent message, FeedbackSubmission feedback, CancellationToken cancellationToken)
    {
        log.LogInformation("Feedback {Umid} from {Name}", message.Umid, feedback.CustomerName);
        var thanks = WhatsAppTemplates.FeedbackThanks.EnUs(body1: feedback.CustomerName, body2: feedback.Email);
        await chatApps.SendMessageAsync(new ChatAppsMessage(message.User.Msisdn!, thanks), cancellationToken);
    }

    /// <summary>Every other event (delivery statuses, text messages, event types 8x8 adds later) is answered 200.</summary>
    protected override ValueTask OnUnhandledAsync(ChatAppsEvent webhookEvent, CancellationToken cancellationToken)
    {
        log.LogInformation("Not handled: {EventType} {DeliveryId}", webhookEvent.EventType, webhookEvent.DeliveryId);
        return default;
    }
}
