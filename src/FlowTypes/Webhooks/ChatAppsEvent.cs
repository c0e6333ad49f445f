using System;
using System.Collections.Generic;
using System.Text.Json;
using FlowTypes.Runtime;

namespace FlowTypes.Webhooks;

/// <summary>
/// An 8x8 Chat Apps webhook event, typed by its <c>eventType</c> (and, for inbound messages, by the content type): the
/// result of <see cref="ChatAppsEventReader"/>, one pass over the body. Pattern-match on the derived types
/// (<see cref="TextMessageEvent"/>, <see cref="FlowSubmissionEvent"/>, <see cref="MessageStatusEvent"/>, ...) or pass it to
/// <see cref="ChatAppsWebhookHandler.DispatchAsync"/>. An event type FlowTypes does not know is an
/// <see cref="UnknownChatAppsEvent"/> carrying the whole body; nothing is rejected for being new.
/// </summary>
public abstract record ChatAppsEvent
{
    private protected ChatAppsEvent()
    {
    }

    // The documented words of the envelope (event type, namespace, description, content type, recipient channel) and
    // whether a timestamp was read: the same on almost every event of a kind, so the parser shares one immutable
    // EventShape between events instead of five references and a Nullable per event (see EventShape).
    private EventShape _shape = EventShape.Empty;
    private DateTimeOffset _timestamp;
    private IReadOnlyDictionary<string, JsonElement> _extensionData = FlowExtensionData.EmptyExtensionData;

    /// <summary>The <c>eventType</c> as sent, for example <c>inbound_message_received</c> (see <see cref="ChatAppsEventTypes"/>).</summary>
    public string EventType
    {
        get => _shape.EventType;
        init => _shape = _shape with { EventType = value ?? throw new ArgumentNullException(nameof(value)) };
    }

    /// <summary>
    /// The id 8x8 delivers this event under: the <c>umid</c> of a message event, the <c>eventId</c> of an account event.
    /// 8x8 delivers at least once and retries, so the same id can arrive again: deduplicate on it.
    /// </summary>
    public abstract string? DeliveryId { get; }

    /// <summary>When the event happened (the envelope's or payload's <c>timestamp</c>; for a delivery receipt without one, its status's), or null when absent or not ISO 8601 (the text is then in <see cref="ExtensionData"/>).</summary>
    public DateTimeOffset? Timestamp
    {
        get => _shape.HasTimestamp ? _timestamp : null;
        init
        {
            _timestamp = value.GetValueOrDefault();
            if (_shape.HasTimestamp != value.HasValue)
            {
                _shape = _shape with { HasTimestamp = value.HasValue };
            }
        }
    }

    /// <summary>
    /// Every key of the body that this model does not declare, by its path from the body's root (for example
    /// <c>payload.content.caption</c>), with its JSON value: a field 8x8 adds after this version reaches you here.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> ExtensionData
    {
        get => _extensionData;
        init => _extensionData = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>False for what FlowTypes could not type: an unknown event type, an unknown content type, a flow submission of none of the project's flows.</summary>
    public virtual bool IsKnownType => true;

    /// <summary>The shared words of this event; the derived records' properties read and replace it.</summary>
    internal EventShape Shape
    {
        get => _shape;
        set => _shape = value;
    }

    /// <summary>Sets the envelope while the parser builds the event (one allocation per event: no <c>with</c> copies).</summary>
    internal void SetEnvelope(EventShape shape, DateTimeOffset? timestamp, IReadOnlyDictionary<string, JsonElement> extensionData)
    {
        // The parser's shape says whether there is a timestamp; this keeps the two from disagreeing.
        System.Diagnostics.Debug.Assert(shape.HasTimestamp == timestamp.HasValue, "the shape's HasTimestamp matches the timestamp");
        _shape = shape;
        _timestamp = timestamp.GetValueOrDefault();
        _extensionData = extensionData;
    }
}

/// <summary>The events of the <c>ChatApps</c> namespace: <c>{ namespace, eventType, description, payload: { umid, subAccountId, ... } }</c>.</summary>
public abstract record ChatAppsMessageEvent : ChatAppsEvent
{
    private protected ChatAppsMessageEvent()
    {
    }

    private string? _umid;
    private string? _subAccountId;
    private ChatAppsUser _user;

    /// <summary>The envelope's <c>namespace</c>, <c>ChatApps</c>.</summary>
    public string? Namespace { get => Shape.Namespace; init => Shape = Shape with { Namespace = value }; }

    /// <summary>The envelope's human-readable <c>description</c>, for example <c>ChatApps inbound message</c>.</summary>
    public string? EventDescription { get => Shape.Description; init => Shape = Shape with { Description = value }; }

    /// <summary>The unique message id (<c>payload.umid</c>): of the inbound message, or of your message a status is about.</summary>
    public string? Umid { get => _umid; init => _umid = value; }

    /// <summary>The sub-account the message belongs to (<c>payload.subAccountId</c>).</summary>
    public string? SubAccountId { get => _subAccountId; init => _subAccountId = value; }

    /// <summary>The WhatsApp user: who sent an inbound message, or who received your message (<c>payload.user</c>).</summary>
    public ChatAppsUser User { get => _user; init => _user = value; }

    /// <inheritdoc />
    public override string? DeliveryId => Umid;

    internal void SetMessage(string? umid, string? subAccountId, ChatAppsUser user)
    {
        _umid = umid;
        _subAccountId = subAccountId;
        _user = user;
    }
}

/// <summary>
/// An <c>inbound_message_received</c> event: a WhatsApp user wrote to your channel. The derived type says what they sent
/// (text, media, location, a button or list reply, a flow submission); a content type FlowTypes does not know is an
/// <see cref="UnknownMessageEvent"/> with its raw content.
/// </summary>
public abstract record InboundMessageEvent : ChatAppsMessageEvent
{
    private protected InboundMessageEvent()
    {
    }

    private string? _channelId;
    private string? _replyToUmid;

    /// <summary>Your channel that received the message (<c>payload.recipient</c>).</summary>
    public ChatAppsRecipient Recipient
    {
        get => new(Shape.RecipientChannel, _channelId);
        init
        {
            Shape = Shape with { RecipientChannel = value.Channel };
            _channelId = value.ChannelId;
        }
    }

    /// <summary>The message type as sent (<c>payload.type</c>): <c>Text</c>, <c>Image</c>, <c>Interactive</c>, ...</summary>
    public string? ContentType { get => Shape.ContentType; init => Shape = Shape with { ContentType = value }; }

    /// <summary>The umid of your message this one answers (<c>payload.replyToUmid</c>), for example the interactive message whose button was tapped.</summary>
    public string? ReplyToUmid { get => _replyToUmid; init => _replyToUmid = value; }

    internal void SetInbound(string? channelId, string? replyToUmid)
    {
        _channelId = channelId;
        _replyToUmid = replyToUmid;
    }
}

/// <summary>Events about your WhatsApp account rather than one message: <c>{ eventId, timestamp, provider, businessAccountId, accountId, eventType, eventDetails }</c>.</summary>
public abstract record ChatAppsAccountEvent : ChatAppsEvent
{
    private protected ChatAppsAccountEvent()
    {
    }

    private string? _eventId;
    private string? _provider;
    private string? _businessAccountId;
    private string? _accountId;

    /// <summary>The event's unique id (<c>eventId</c>); deduplicate on it.</summary>
    public string? EventId { get => _eventId; init => _eventId = value; }

    /// <summary>The messaging provider (<c>provider</c>), <c>WhatsApp</c>.</summary>
    public string? Provider { get => _provider; init => _provider = value; }

    /// <summary>The WhatsApp Business Account id (<c>businessAccountId</c>).</summary>
    public string? BusinessAccountId { get => _businessAccountId; init => _businessAccountId = value; }

    /// <summary>Your 8x8 account id (<c>accountId</c>).</summary>
    public string? AccountId { get => _accountId; init => _accountId = value; }

    /// <inheritdoc />
    public override string? DeliveryId => EventId;

    internal void SetAccount(string? eventId, string? provider, string? businessAccountId, string? accountId)
    {
        _eventId = eventId;
        _provider = provider;
        _businessAccountId = businessAccountId;
        _accountId = accountId;
    }
}

/// <summary>An event whose <c>eventType</c> FlowTypes does not know (newer than this version): the whole body, kept.</summary>
public sealed record UnknownChatAppsEvent : ChatAppsEvent
{
    /// <summary>The whole webhook body.</summary>
    public JsonElement Body { get; init; }

    /// <summary>The <c>payload.umid</c> or <c>eventId</c> when the body has one.</summary>
    public string? Id { get; init; }

    /// <inheritdoc />
    public override string? DeliveryId => Id;

    /// <inheritdoc />
    public override bool IsKnownType => false;
}
