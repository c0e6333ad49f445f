namespace FlowTypes.Webhooks;

/// <summary>A delivery receipt (<c>outbound_message_status_changed</c>): the status of a message you sent changed.</summary>
public sealed record MessageStatusEvent : ChatAppsMessageEvent
{
    /// <summary>The channel of the message (<c>payload.channel</c>), <c>whatsapp</c>.</summary>
    public string? Channel { get; init; }

    /// <summary>The new status.</summary>
    public MessageStatus Status { get; init; }
}

/// <summary>A template's review status changed (<c>template_status_update</c>): approved, rejected, paused, disabled.</summary>
public sealed record TemplateStatusEvent : ChatAppsAccountEvent
{
    /// <summary>The template's id (<c>eventDetails.templateId</c>).</summary>
    public string? TemplateId { get; init; }

    /// <summary>The template's name.</summary>
    public string? TemplateName { get; init; }

    /// <summary>The template's language code, for example <c>en_US</c>.</summary>
    public string? TemplateLanguage { get; init; }

    /// <summary>The new status (<c>eventDetails.meta.status</c>): <c>APPROVED</c>, <c>REJECTED</c>, <c>PENDING</c>, <c>PAUSED</c>, <c>DISABLED</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Why it was rejected (<c>eventDetails.meta.reason</c>), for example <c>INCORRECT_CATEGORY</c>.</summary>
    public string? Reason { get; init; }
}

/// <summary>Meta rated a template's quality anew (<c>template_quality_update</c>).</summary>
public sealed record TemplateQualityEvent : ChatAppsAccountEvent
{
    /// <summary>The template's id (<c>eventDetails.templateId</c>).</summary>
    public string? TemplateId { get; init; }

    /// <summary>The template's name.</summary>
    public string? TemplateName { get; init; }

    /// <summary>The template's language code.</summary>
    public string? TemplateLanguage { get; init; }

    /// <summary>The rating before (<c>eventDetails.meta.previousQualityScore</c>): <c>GREEN</c>, <c>YELLOW</c>, <c>RED</c>, <c>UNKNOWN</c>.</summary>
    public string? PreviousQualityScore { get; init; }

    /// <summary>The rating now (<c>eventDetails.meta.newQualityScore</c>).</summary>
    public string? NewQualityScore { get; init; }
}

/// <summary>Your phone number's quality rating or messaging limit changed (<c>phone_number_quality_update</c>).</summary>
public sealed record PhoneNumberQualityEvent : ChatAppsAccountEvent
{
    /// <summary>The phone number concerned (<c>eventDetails.displayPhoneNumber</c>).</summary>
    public string? DisplayPhoneNumber { get; init; }

    /// <summary>What changed (<c>eventDetails.meta.event</c>): <c>UPGRADE</c>, <c>DOWNGRADE</c>, <c>FLAGGED</c>.</summary>
    public string? Event { get; init; }

    /// <summary>The messaging limit now (<c>eventDetails.meta.currentLimit</c>), for example <c>TIER_10K</c>.</summary>
    public string? CurrentLimit { get; init; }

    /// <summary>The messaging limit before (<c>eventDetails.meta.oldLimit</c>).</summary>
    public string? OldLimit { get; init; }

    /// <summary>Why the number was flagged (<c>eventDetails.meta.reason</c>), for example <c>QUALITY_DECREASE</c>.</summary>
    public string? Reason { get; init; }
}
