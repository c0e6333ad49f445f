using System;
using System.Text;
using System.Text.Json;

namespace FlowTypes.Sending;

/// <summary>
/// The body of 8x8's "Submit WhatsApp Direct Send Sample"
/// (<c>POST api/v1/whatsapp/subaccounts/{subAccountId}/channels/{channelId}/directSend/sample</c>): a sample of a
/// message you send through Direct Send, which 8x8 passes to Meta to classify (the answer is the category Meta
/// assigned). A sample is plain text, or an interactive message with a call-to-action URL (<see cref="CtaUrlMessage"/>)
/// or reply buttons (<see cref="ReplyButtonsMessage"/>, up to 10 in a sample), with an optional text header and footer.
/// </summary>
/// <remarks>
/// Written with <see cref="Utf8JsonWriter"/> in the shape of the 8x8 reference: <c>{"type":"text","text":{"body":...}}</c>
/// or <c>{"type":"interactive","interactive":{"type","header","body","footer","action"}}</c>. The analyzers check a
/// sample built from constants against the reference's limits (FT3032) and WhatsApp's interactive limits (FT3008).
/// </remarks>
public sealed class DirectSendSample
{
    /// <summary>A sample may have up to 10 reply buttons (an interactive message sent directly: 3).</summary>
    public const int MaxReplyButtons = WhatsAppLimits.DirectSendReplyButtons;

    /// <summary>Creates a text sample (<c>{"type":"text","text":{"body":...}}</c>).</summary>
    /// <param name="text">The text of the message, not empty.</param>
    public DirectSendSample(string text)
    {
        Type = "text";
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>Creates an interactive sample with a call-to-action URL button.</summary>
    /// <param name="interactive">The message; its header, if any, is text.</param>
    public DirectSendSample(CtaUrlMessage interactive)
        : this((InteractiveMessage)interactive)
    {
    }

    /// <summary>Creates an interactive sample with reply buttons (up to 10).</summary>
    /// <param name="interactive">The message; its header, if any, is text.</param>
    public DirectSendSample(ReplyButtonsMessage interactive)
        : this((InteractiveMessage)interactive)
    {
    }

    private DirectSendSample(InteractiveMessage interactive)
    {
        Type = "interactive";
        Interactive = interactive ?? throw new ArgumentNullException(nameof(interactive));
    }

    /// <summary>The sample type: <c>text</c> or <c>interactive</c>.</summary>
    public string Type { get; }

    /// <summary>The text of a text sample (<c>text.body</c>), or null.</summary>
    public string? Text { get; }

    /// <summary>The message of an interactive sample (<c>interactive</c>), or null.</summary>
    public InteractiveMessage? Interactive { get; }

    /// <summary>Writes the request body as JSON.</summary>
    /// <param name="writer">The writer to write to.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteStartObject();
        writer.WriteString("type", Type);
        if (Interactive is null)
        {
            writer.WriteStartObject("text");
            writer.WriteString("body", Text);
            writer.WriteEndObject();
        }
        else
        {
            writer.WritePropertyName("interactive");
            Interactive.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>Returns the request body as a JSON string.</summary>
    /// <param name="indented">True to indent the JSON (for logs and debugging).</param>
    /// <returns>The JSON text of the request body.</returns>
    public string ToJson(bool indented = false) => Encoding.UTF8.GetString(ToUtf8Json(indented));

    /// <summary>Returns the request body as UTF-8 JSON bytes, ready for an HTTP request.</summary>
    /// <param name="indented">True to indent the JSON.</param>
    /// <returns>The UTF-8 bytes of the request body.</returns>
    public byte[] ToUtf8Json(bool indented = false) => ChatAppsMessage.Utf8Json(WriteTo, indented);
}
