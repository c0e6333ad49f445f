namespace FlowTypes.Webhooks;

/// <summary>The <c>eventType</c> values the 8x8 webhook reference documents.</summary>
public static class ChatAppsEventTypes
{
    /// <summary>A message from a WhatsApp user (text, media, interactive replies, flow submissions).</summary>
    public const string InboundMessageReceived = "inbound_message_received";

    /// <summary>A delivery receipt for a message you sent.</summary>
    public const string OutboundMessageStatusChanged = "outbound_message_status_changed";

    /// <summary>A template's approval status changed.</summary>
    public const string TemplateStatusUpdate = "template_status_update";

    /// <summary>A template's quality rating changed.</summary>
    public const string TemplateQualityUpdate = "template_quality_update";

    /// <summary>Your phone number's quality rating or messaging limit changed.</summary>
    public const string PhoneNumberQualityUpdate = "phone_number_quality_update";
}

/// <summary>The <see cref="MessageStatus.State"/> values the 8x8 webhook reference documents.</summary>
public static class MessageStates
{
    /// <summary>Sent to WhatsApp.</summary>
    public const string Sent = "sent";

    /// <summary>Delivered to the user's device.</summary>
    public const string Delivered = "delivered";

    /// <summary>The user opened it.</summary>
    public const string Read = "read";

    /// <summary>Delivery failed (see <see cref="MessageStatus.ErrorCode"/>).</summary>
    public const string Undelivered = "undelivered";
}
