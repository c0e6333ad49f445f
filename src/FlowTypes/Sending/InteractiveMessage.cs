using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FlowTypes.Sending;

/// <summary>
/// The <c>content.interactive</c> part of an 8x8 interactive message. Use one of the derived types:
/// <see cref="ReplyButtonsMessage"/>, <see cref="ListMessage"/>, <see cref="CtaUrlMessage"/> or <see cref="FlowMessage"/>.
/// </summary>
public abstract class InteractiveMessage
{
    /// <summary>Limit of the header text and the footer text (60 characters).</summary>
    public const int MaxHeaderOrFooterLength = WhatsAppLimits.InteractiveHeaderText;

    /// <summary>Limit of the body text of reply-button, CTA URL and flow messages (1024 characters).</summary>
    public const int MaxBodyLength = WhatsAppLimits.InteractiveBody;

    private protected InteractiveMessage(string body)
    {
        Body = body ?? throw new ArgumentNullException(nameof(body));
    }

    /// <summary>The interactive type as sent (<c>button</c>, <c>list</c>, <c>cta_url</c>, <c>flow</c>).</summary>
    public abstract string InteractiveType { get; }

    /// <summary>The body text (<c>body.text</c>).</summary>
    public string Body { get; }

    /// <summary>The optional header (<c>header</c>).</summary>
    public InteractiveHeader? Header { get; init; }

    /// <summary>The optional footer text (<c>footer.text</c>, at most 60 characters).</summary>
    public string? Footer { get; init; }

    internal virtual string EnvelopeType => "interactive";

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", InteractiveType);
        if (Header is not null)
        {
            writer.WritePropertyName("header");
            Header.WriteTo(writer);
        }

        writer.WriteStartObject("body");
        writer.WriteString("text", Body);
        writer.WriteEndObject();
        if (Footer is not null)
        {
            writer.WriteStartObject("footer");
            writer.WriteString("text", Footer);
            writer.WriteEndObject();
        }

        writer.WriteStartObject("action");
        WriteActionProperties(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private protected abstract void WriteActionProperties(Utf8JsonWriter writer);
}

/// <summary>The header of an interactive message: text (at most 60 characters) or media (<c>{type,url}</c>).</summary>
public sealed class InteractiveHeader
{
    private InteractiveHeader(string type, string value)
    {
        Type = type;
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The header type: <c>text</c>, <c>image</c>, <c>video</c> or <c>document</c>.</summary>
    public string Type { get; }

    /// <summary>The header text, or the media URL.</summary>
    public string Value { get; }

    /// <summary>A text header: <c>{"type":"text","text":...}</c>.</summary>
    /// <param name="text">The header text, at most 60 characters.</param>
    /// <returns>The header.</returns>
    public static InteractiveHeader Text(string text) => new("text", text);

    /// <summary>An image header: <c>{"type":"image","url":...}</c> (not allowed on list messages).</summary>
    /// <param name="url">The public URL of the image.</param>
    /// <returns>The header.</returns>
    public static InteractiveHeader Image(string url) => new("image", url);

    /// <summary>A video header: <c>{"type":"video","url":...}</c> (not allowed on list messages).</summary>
    /// <param name="url">The public URL of the video.</param>
    /// <returns>The header.</returns>
    public static InteractiveHeader Video(string url) => new("video", url);

    /// <summary>A document header: <c>{"type":"document","url":...}</c> (not allowed on list messages).</summary>
    /// <param name="url">The public URL of the document.</param>
    /// <returns>The header.</returns>
    public static InteractiveHeader Document(string url) => new("document", url);

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type);
        writer.WriteString(Type == "text" ? "text" : "url", Value);
        writer.WriteEndObject();
    }
}

/// <summary>An interactive message with up to 3 reply buttons (<c>type: button</c>).</summary>
public sealed class ReplyButtonsMessage : InteractiveMessage
{
    /// <summary>At most 3 reply buttons.</summary>
    public const int MaxButtons = WhatsAppLimits.ReplyButtons;

    /// <summary>Creates a reply-button message.</summary>
    /// <param name="body">The body text, at most 1024 characters.</param>
    /// <param name="buttons">One to three buttons with unique ids.</param>
    public ReplyButtonsMessage(string body, params ReplyButton[] buttons)
        : base(body)
    {
        Buttons = buttons ?? Array.Empty<ReplyButton>();
    }

    /// <inheritdoc />
    public override string InteractiveType => "button";

    /// <summary>The buttons.</summary>
    public IReadOnlyList<ReplyButton> Buttons { get; }

    private protected override void WriteActionProperties(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("buttons");
        foreach (var button in Buttons)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "reply");
            writer.WriteStartObject("reply");
            writer.WriteString("id", button.Id);
            writer.WriteString("title", button.Title);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}

/// <summary>A reply button: <c>{"type":"reply","reply":{"id":...,"title":...}}</c>.</summary>
public sealed class ReplyButton
{
    /// <summary>Limit of a button title (20 characters).</summary>
    public const int MaxTitleLength = WhatsAppLimits.ReplyButtonTitle;

    /// <summary>Limit of a button id (256 characters).</summary>
    public const int MaxIdLength = WhatsAppLimits.ReplyButtonId;

    /// <summary>Creates a reply button.</summary>
    /// <param name="id">The id returned in the webhook when tapped; unique in the message, at most 256 characters.</param>
    /// <param name="title">The label, at most 20 characters.</param>
    public ReplyButton(string id, string title)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
    }

    /// <summary>The button id.</summary>
    public string Id { get; }

    /// <summary>The button label.</summary>
    public string Title { get; }
}

/// <summary>An interactive list message (<c>type: list</c>): a button that opens up to 10 rows in sections.</summary>
/// <remarks>
/// The 8x8 documentation shows no list send example; the <c>action</c> follows Meta's list shape
/// (<c>button</c>, <c>sections[].title</c>, <c>sections[].rows[].id/title/description</c>).
/// </remarks>
public sealed class ListMessage : InteractiveMessage
{
    /// <summary>Limit of the list button text (20 characters).</summary>
    public const int MaxButtonLength = WhatsAppLimits.ListButtonText;

    /// <summary>At most 10 rows in all sections together.</summary>
    public const int MaxRows = WhatsAppLimits.ListRows;

    /// <summary>Limit of the body text of a list message (4096 characters).</summary>
    public const int MaxListBodyLength = WhatsAppLimits.ListBody;

    /// <summary>Creates a list message.</summary>
    /// <param name="body">The body text.</param>
    /// <param name="button">The text of the button that opens the list, at most 20 characters.</param>
    /// <param name="sections">One to ten sections.</param>
    public ListMessage(string body, string button, params ListSection[] sections)
        : base(body)
    {
        Button = button ?? throw new ArgumentNullException(nameof(button));
        Sections = sections ?? Array.Empty<ListSection>();
    }

    /// <inheritdoc />
    public override string InteractiveType => "list";

    /// <summary>The text of the button that opens the list.</summary>
    public string Button { get; }

    /// <summary>The sections.</summary>
    public IReadOnlyList<ListSection> Sections { get; }

    private protected override void WriteActionProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("button", Button);
        writer.WriteStartArray("sections");
        foreach (var section in Sections)
        {
            writer.WriteStartObject();
            if (section.Title is not null)
            {
                writer.WriteString("title", section.Title);
            }

            writer.WriteStartArray("rows");
            foreach (var row in section.Rows)
            {
                writer.WriteStartObject();
                writer.WriteString("id", row.Id);
                writer.WriteString("title", row.Title);
                if (row.Description is not null)
                {
                    writer.WriteString("description", row.Description);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}

/// <summary>A section of a list message.</summary>
public sealed class ListSection
{
    /// <summary>Limit of a section title (24 characters).</summary>
    public const int MaxTitleLength = WhatsAppLimits.ListSectionTitle;

    /// <summary>Creates a section.</summary>
    /// <param name="title">The section title (at most 24 characters; required when there is more than one section), or null.</param>
    /// <param name="rows">The rows of the section.</param>
    public ListSection(string? title, params ListRow[] rows)
    {
        Title = title;
        Rows = rows ?? Array.Empty<ListRow>();
    }

    /// <summary>The section title.</summary>
    public string? Title { get; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<ListRow> Rows { get; }
}

/// <summary>A row of a list message.</summary>
public sealed class ListRow
{
    /// <summary>Limit of a row title (24 characters).</summary>
    public const int MaxTitleLength = WhatsAppLimits.ListRowTitle;

    /// <summary>Limit of a row description (72 characters).</summary>
    public const int MaxDescriptionLength = WhatsAppLimits.ListRowDescription;

    /// <summary>Limit of a row id (200 characters).</summary>
    public const int MaxIdLength = WhatsAppLimits.ListRowId;

    /// <summary>Creates a row.</summary>
    /// <param name="id">The id returned in the webhook when chosen; unique in the message, at most 200 characters.</param>
    /// <param name="title">The row title, at most 24 characters.</param>
    /// <param name="description">An optional description, at most 72 characters.</param>
    public ListRow(string id, string title, string? description = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Description = description;
    }

    /// <summary>The row id.</summary>
    public string Id { get; }

    /// <summary>The row title.</summary>
    public string Title { get; }

    /// <summary>The row description.</summary>
    public string? Description { get; }
}

/// <summary>
/// An interactive call-to-action URL message (<c>type: cta_url</c>):
/// <c>"action":{"name":"cta_url","parameters":{"display_text":...,"url":...}}</c>, as in the 8x8 Direct Send sample reference.
/// </summary>
public sealed class CtaUrlMessage : InteractiveMessage
{
    /// <summary>Limit of the button text (20 characters).</summary>
    public const int MaxDisplayTextLength = WhatsAppLimits.CtaUrlDisplayText;

    /// <summary>Creates a CTA URL message.</summary>
    /// <param name="body">The body text, at most 1024 characters.</param>
    /// <param name="displayText">The button text, at most 20 characters.</param>
    /// <param name="url">The http or https URL the button opens.</param>
    public CtaUrlMessage(string body, string displayText, string url)
        : base(body)
    {
        DisplayText = displayText ?? throw new ArgumentNullException(nameof(displayText));
        Url = url ?? throw new ArgumentNullException(nameof(url));
    }

    /// <inheritdoc />
    public override string InteractiveType => "cta_url";

    /// <summary>The button text.</summary>
    public string DisplayText { get; }

    /// <summary>The URL the button opens.</summary>
    public string Url { get; }

    private protected override void WriteActionProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("name", "cta_url");
        writer.WriteStartObject("parameters");
        writer.WriteString("display_text", DisplayText);
        writer.WriteString("url", Url);
        writer.WriteEndObject();
    }
}

/// <summary>
/// An interactive flow message (<c>type: flow</c>):
/// <c>"action":{"parameters":{"flowId":...,"flowCta":...,"flowToken":...,"mode":...,"flowMessageVersion":...,"flowActionData":...}}</c>.
/// </summary>
public sealed class FlowMessage : InteractiveMessage
{
    /// <summary>Limit of the flow button text, <c>flowCta</c> (20 characters, per the 8x8 Flows guide).</summary>
    public const int MaxFlowCtaLength = WhatsAppLimits.FlowCta;

    /// <summary>Creates a flow message.</summary>
    /// <param name="body">The body text.</param>
    /// <param name="flowId">The id of the published flow (or of a draft flow with <see cref="Mode"/> <c>draft</c>).</param>
    /// <param name="flowCta">The text of the button that opens the flow, 1 to 20 characters.</param>
    public FlowMessage(string body, string flowId, string flowCta)
        : base(body)
    {
        FlowId = flowId ?? throw new ArgumentNullException(nameof(flowId));
        FlowCta = flowCta ?? throw new ArgumentNullException(nameof(flowCta));
    }

    /// <inheritdoc />
    public override string InteractiveType => "flow";

    /// <summary>The flow id (<c>flowId</c>).</summary>
    public string FlowId { get; }

    /// <summary>The button text (<c>flowCta</c>).</summary>
    public string FlowCta { get; }

    /// <summary>The token echoed back in the submission (<c>flowToken</c>), or null.</summary>
    public string? FlowToken { get; init; }

    /// <summary>The flow mode (<c>mode</c>): null for published, <c>draft</c> to test an unpublished flow.</summary>
    public string? Mode { get; init; }

    /// <summary>The flow message version (<c>flowMessageVersion</c>), for example <c>3</c>, or null.</summary>
    public string? FlowMessageVersion { get; init; }

    /// <summary>The screen and data to open the flow with (<c>flowActionData</c>), or null.</summary>
    public FlowActionData? FlowActionData { get; init; }

    internal override string EnvelopeType => "Interactive";

    private protected override void WriteActionProperties(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("parameters");
        writer.WriteString("flowId", FlowId);
        writer.WriteString("flowCta", FlowCta);
        if (FlowToken is not null)
        {
            writer.WriteString("flowToken", FlowToken);
        }

        if (Mode is not null)
        {
            writer.WriteString("mode", Mode);
        }

        if (FlowMessageVersion is not null)
        {
            writer.WriteString("flowMessageVersion", FlowMessageVersion);
        }

        if (FlowActionData is not null)
        {
            writer.WritePropertyName("flowActionData");
            FlowActionData.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
