using System.Text.Json;

namespace FlowTypes.Webhooks;

/// <summary>A text message (<c>type: Text</c>).</summary>
public sealed record TextMessageEvent : InboundMessageEvent
{
    /// <summary>What the user wrote (<c>content.text</c>).</summary>
    public string? Text { get; init; }
}

/// <summary>What kind of media an inbound media message carries.</summary>
public enum ChatAppsMediaKind
{
    /// <summary>A photo (<c>type: Image</c>).</summary>
    Image,

    /// <summary>A video (<c>type: Video</c>).</summary>
    Video,

    /// <summary>A voice message or audio file (<c>type: Audio</c>).</summary>
    Audio,

    /// <summary>A document such as a PDF (<c>type: Document</c>, or <c>File</c>).</summary>
    Document,
}

/// <summary>A photo, video, audio or document message (<c>type: Image | Video | Audio | Document</c>).</summary>
public sealed record MediaMessageEvent : InboundMessageEvent
{
    /// <summary>Which kind of media.</summary>
    public ChatAppsMediaKind Kind { get; init; }

    /// <summary>A pre-signed URL to download the file (<c>content.url</c>); 8x8 says it expires after 24 hours.</summary>
    public string? Url { get; init; }
}

/// <summary>
/// A shared location (<c>type: Location</c>, <c>content.location</c>). 8x8 lists the type without an inbound example;
/// the fields are those of its location content (latitude, longitude, name, address), numbers or numeric strings.
/// Anything else in the content is in <see cref="ChatAppsEvent.ExtensionData"/>.
/// </summary>
public sealed record LocationMessageEvent : InboundMessageEvent
{
    /// <summary>The latitude in degrees.</summary>
    public double? Latitude { get; init; }

    /// <summary>The longitude in degrees.</summary>
    public double? Longitude { get; init; }

    /// <summary>The place's name, when the user picked one.</summary>
    public string? Name { get; init; }

    /// <summary>The place's address, when the user picked one.</summary>
    public string? Address { get; init; }
}

/// <summary>The user tapped a reply button of your interactive message (<c>interactive.type: button_reply</c>).</summary>
public sealed record ButtonReplyEvent : InboundMessageEvent
{
    /// <summary>The id you gave the button.</summary>
    public string? Id { get; init; }

    /// <summary>The button text the user saw.</summary>
    public string? Title { get; init; }
}

/// <summary>The user chose a row of your list message (<c>interactive.type: list_reply</c>).</summary>
public sealed record ListReplyEvent : InboundMessageEvent
{
    /// <summary>The id you gave the row.</summary>
    public string? Id { get; init; }

    /// <summary>The row title the user saw.</summary>
    public string? Title { get; init; }

    /// <summary>The row description, when it has one.</summary>
    public string? Description { get; init; }
}

/// <summary>
/// A WhatsApp Flow submission (<c>interactive.type: nfmReply</c>) of one of the project's flows, parsed into the flow's
/// generated record in the same pass as the envelope. Match <see cref="Submission"/> on the generated types, or let the
/// generated <c>FlowWebhookHandler</c> call its method for that flow.
/// </summary>
public sealed record FlowSubmissionEvent : InboundMessageEvent
{
    /// <summary>The typed submission (for example a <c>ReturnsSubmission</c>).</summary>
    public IFlowSubmission Submission { get; init; } = null!;
}

/// <summary>
/// A flow submission that matches none of the project's flows (a flow built elsewhere, or read without a project's
/// router): the <c>responseJson</c> text, kept. Its flow's keys were not all present, so it could not be typed.
/// </summary>
public sealed record UnrecognizedFlowSubmissionEvent : InboundMessageEvent
{
    /// <summary>The <c>nfmReply.responseJson</c> string as sent (a JSON object in text).</summary>
    public string ResponseJson { get; init; } = string.Empty;

    /// <inheritdoc />
    public override bool IsKnownType => false;
}

/// <summary>An inbound message whose content type (or interactive type) FlowTypes does not know: its content, kept.</summary>
public sealed record UnknownMessageEvent : InboundMessageEvent
{
    /// <summary>The <c>payload.content</c> object as sent (<see cref="JsonValueKind.Undefined"/> when there is none).</summary>
    public JsonElement Content { get; init; }

    /// <summary>The <c>content.interactive.type</c> of an interactive message of an unknown kind.</summary>
    public string? InteractiveType { get; init; }

    /// <inheritdoc />
    public override bool IsKnownType => false;
}
