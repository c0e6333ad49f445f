using System;
using System.Threading;
using System.Threading.Tasks;

namespace FlowTypes.Webhooks;

/// <summary>
/// Receives 8x8 webhook events, one overridable method per event type. Derive from the project's generated
/// <c>FlowWebhookHandler</c> (it adds one method per flow submission type and parses submissions with the project's
/// flows), or from this class when the project has no flows. Every method you do not override goes to
/// <see cref="OnUnhandledAsync"/>, the one method you must write: it also receives what FlowTypes cannot type (an
/// event or content type newer than this version, a submission of a flow the project does not have), so nothing
/// new is lost or answered with an error. <c>FlowTypes.AspNetCore</c>'s <c>MapChatAppsWebhook</c> calls
/// <see cref="AcknowledgeAsync"/> and then <see cref="DispatchAsync"/> for each request; other hosts can do the same.
/// </summary>
public abstract class ChatAppsWebhookHandler
{
    /// <summary>A handler that reads bodies with <see cref="ChatAppsEventReader.Default"/> (no flows).</summary>
    protected ChatAppsWebhookHandler()
        : this(ChatAppsEventReader.Default)
    {
    }

    /// <summary>A handler that reads bodies with <paramref name="events"/> (the generated handler passes <c>FlowRouter.Events</c>).</summary>
    protected ChatAppsWebhookHandler(ChatAppsEventReader events)
    {
        Events = events ?? throw new ArgumentNullException(nameof(events));
    }

    /// <summary>The reader that turns this handler's webhook bodies into events.</summary>
    public ChatAppsEventReader Events { get; }

    /// <summary>
    /// Decides what happens to a parsed delivery before it is answered (calls <see cref="OnReceivedAsync"/>):
    /// dispatch it now, or acknowledge it because it was stored for later or was seen before.
    /// </summary>
    public ValueTask<WebhookAcknowledgement> AcknowledgeAsync(ChatAppsWebhookDelivery delivery, CancellationToken cancellationToken = default) =>
        OnReceivedAsync(delivery ?? throw new ArgumentNullException(nameof(delivery)), cancellationToken);

    /// <summary>Calls the method for the event's type.</summary>
    public ValueTask DispatchAsync(ChatAppsEvent webhookEvent, CancellationToken cancellationToken = default) => webhookEvent switch
    {
        FlowSubmissionEvent e => OnFlowSubmissionAsync(e, cancellationToken),
        TextMessageEvent e => OnTextMessageAsync(e, cancellationToken),
        ButtonReplyEvent e => OnButtonReplyAsync(e, cancellationToken),
        ListReplyEvent e => OnListReplyAsync(e, cancellationToken),
        MediaMessageEvent e => OnMediaMessageAsync(e, cancellationToken),
        LocationMessageEvent e => OnLocationMessageAsync(e, cancellationToken),
        UnrecognizedFlowSubmissionEvent e => OnUnrecognizedFlowSubmissionAsync(e, cancellationToken),
        UnknownMessageEvent e => OnUnknownMessageAsync(e, cancellationToken),
        MessageStatusEvent e => OnMessageStatusAsync(e, cancellationToken),
        TemplateStatusEvent e => OnTemplateStatusAsync(e, cancellationToken),
        TemplateQualityEvent e => OnTemplateQualityAsync(e, cancellationToken),
        PhoneNumberQualityEvent e => OnPhoneNumberQualityAsync(e, cancellationToken),
        UnknownChatAppsEvent e => OnUnknownEventAsync(e, cancellationToken),
        null => throw new ArgumentNullException(nameof(webhookEvent)),
        _ => OnUnhandledAsync(webhookEvent, cancellationToken),
    };

    /// <summary>
    /// The acknowledgement hook: runs for every parsed delivery before anything is dispatched or answered. Store the
    /// delivery here (<see cref="ChatAppsWebhookDelivery.Body"/>) and deduplicate on
    /// <see cref="ChatAppsWebhookDelivery.DeliveryId"/>: 8x8 delivers at least once and retries until it gets a 2xx.
    /// Return <see cref="WebhookAcknowledgement.Dispatch"/> (the default) to have the event dispatched now,
    /// <see cref="WebhookAcknowledgement.Deferred"/> when you stored it to process later (call <see cref="DispatchAsync"/>
    /// then), or <see cref="WebhookAcknowledgement.Duplicate"/> when you had it already. An exception here means
    /// "not stored": the host answers with a server error so that 8x8 delivers it again.
    /// </summary>
    protected virtual ValueTask<WebhookAcknowledgement> OnReceivedAsync(ChatAppsWebhookDelivery delivery, CancellationToken cancellationToken) =>
        new(WebhookAcknowledgement.Dispatch);

    /// <summary>A flow submission of one of the project's flows; the generated handler calls the flow's own method.</summary>
    protected virtual ValueTask OnFlowSubmissionAsync(FlowSubmissionEvent message, CancellationToken cancellationToken) => OnUnhandledAsync(message, cancellationToken);

    /// <summary>A flow submission that matches none of the project's flows (its text is kept).</summary>
    protected virtual ValueTask OnUnrecognizedFlowSubmissionAsync(UnrecognizedFlowSubmissionEvent message, CancellationToken cancellationToken) => OnUnhandledAsync(message, cancellationToken);

    /// <summary>A text message.</summary>
    protected virtual ValueTask OnTextMessageAsync(TextMessageEvent message, CancellationToken cancellationToken) => OnUnhandledAsync(message, cancellationToken);

    /// <summary>A reply button was tapped.</summary>
    protected virtual ValueTask OnButtonReplyAsync(ButtonReplyEvent message, CancellationToken cancellationToken) => OnUnhandledAsync(message, cancellationToken);

    /// <summary>A list row was chosen.</summary>
    protected virtual ValueTask OnListReplyAsync(ListReplyEvent message, CancellationToken cancellationToken) => OnUnhandledAsync(message, cancellationToken);

    /// <summary>A photo, video, audio or document.</summary>
    protected virtual ValueTask OnMediaMessageAsync(MediaMessageEvent message, CancellationToken cancellationToken) => OnUnhandledAsync(message, cancellationToken);

    /// <summary>A shared location.</summary>
    protected virtual ValueTask OnLocationMessageAsync(LocationMessageEvent message, CancellationToken cancellationToken) => OnUnhandledAsync(message, cancellationToken);

    /// <summary>An inbound message of a content type this version does not know (its content is kept).</summary>
    protected virtual ValueTask OnUnknownMessageAsync(UnknownMessageEvent message, CancellationToken cancellationToken) => OnUnhandledAsync(message, cancellationToken);

    /// <summary>A delivery receipt of a message you sent.</summary>
    protected virtual ValueTask OnMessageStatusAsync(MessageStatusEvent status, CancellationToken cancellationToken) => OnUnhandledAsync(status, cancellationToken);

    /// <summary>A template's review status changed.</summary>
    protected virtual ValueTask OnTemplateStatusAsync(TemplateStatusEvent update, CancellationToken cancellationToken) => OnUnhandledAsync(update, cancellationToken);

    /// <summary>A template's quality rating changed.</summary>
    protected virtual ValueTask OnTemplateQualityAsync(TemplateQualityEvent update, CancellationToken cancellationToken) => OnUnhandledAsync(update, cancellationToken);

    /// <summary>Your phone number's quality or messaging limit changed.</summary>
    protected virtual ValueTask OnPhoneNumberQualityAsync(PhoneNumberQualityEvent update, CancellationToken cancellationToken) => OnUnhandledAsync(update, cancellationToken);

    /// <summary>An event type this version does not know (the whole body is kept).</summary>
    protected virtual ValueTask OnUnknownEventAsync(UnknownChatAppsEvent webhookEvent, CancellationToken cancellationToken) => OnUnhandledAsync(webhookEvent, cancellationToken);

    /// <summary>
    /// Every event no other method handled: those you did not override, and what FlowTypes could not type
    /// (<see cref="ChatAppsEvent.IsKnownType"/> is false). Returning normally acknowledges the event (a host answers
    /// 200): log it, store it, or ignore it; throw only if 8x8 should deliver it again.
    /// </summary>
    protected abstract ValueTask OnUnhandledAsync(ChatAppsEvent webhookEvent, CancellationToken cancellationToken);
}

/// <summary>What <see cref="ChatAppsWebhookHandler.AcknowledgeAsync"/> decided about a delivery.</summary>
public enum WebhookAcknowledgement
{
    /// <summary>Dispatch the event to the handler's methods now; answer once they return.</summary>
    Dispatch,

    /// <summary>The delivery is stored and will be processed later: answer now, dispatch nothing.</summary>
    Deferred,

    /// <summary>The delivery was seen before (same <see cref="ChatAppsWebhookDelivery.DeliveryId"/>): answer now, dispatch nothing.</summary>
    Duplicate,
}

/// <summary>One webhook request: the parsed event and the exact bytes it was parsed from.</summary>
public sealed class ChatAppsWebhookDelivery
{
    /// <summary>Creates a delivery.</summary>
    public ChatAppsWebhookDelivery(ChatAppsEvent webhookEvent, ReadOnlyMemory<byte> body)
    {
        Event = webhookEvent ?? throw new ArgumentNullException(nameof(webhookEvent));
        Body = body;
    }

    /// <summary>The parsed event.</summary>
    public ChatAppsEvent Event { get; }

    /// <summary>
    /// The body as received (UTF-8 JSON), for storing it as it came. The memory belongs to the host and is valid only
    /// until the acknowledgement hook returns: copy it (<c>Body.ToArray()</c>) to keep it.
    /// </summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The id 8x8 delivers the event under (<see cref="ChatAppsEvent.DeliveryId"/>): the key to deduplicate on.</summary>
    public string? DeliveryId => Event.DeliveryId;
}
