using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FlowTypes.Sending;

/// <summary>
/// A WhatsApp message for the 8x8 Chat Apps send endpoint
/// (<c>POST https://chatapps.8x8.com/api/v1/subaccounts/{subAccountId}/messages</c>):
/// the envelope <c>{"user":{"msisdn":...},"type":...,"content":{...}}</c> around a template or interactive message.
/// </summary>
/// <remarks>
/// Serialization is written by hand with <see cref="Utf8JsonWriter"/> in the property order of the 8x8 documentation,
/// so it needs no reflection and is safe to trim and to compile ahead of time.
/// </remarks>
public sealed class ChatAppsMessage
{
    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions IndentedOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Creates a template message (business-initiated; allowed outside the 24-hour customer service window).</summary>
    /// <param name="msisdn">The recipient's phone number in E.164 format, for example <c>+15551234567</c>.</param>
    /// <param name="template">The approved template to send, with its parameter values.</param>
    public ChatAppsMessage(string msisdn, TemplateMessage template)
    {
        Msisdn = msisdn ?? throw new ArgumentNullException(nameof(msisdn));
        Template = template ?? throw new ArgumentNullException(nameof(template));
        Type = "template";
    }

    /// <summary>Creates an interactive message (only allowed inside the 24-hour customer service window).</summary>
    /// <param name="msisdn">The recipient's phone number in E.164 format, for example <c>+15551234567</c>.</param>
    /// <param name="interactive">The interactive content: reply buttons, a list, a CTA URL button or a flow.</param>
    public ChatAppsMessage(string msisdn, InteractiveMessage interactive)
    {
        Msisdn = msisdn ?? throw new ArgumentNullException(nameof(msisdn));
        Interactive = interactive ?? throw new ArgumentNullException(nameof(interactive));
        Type = interactive.EnvelopeType;
    }

    /// <summary>The recipient's phone number (<c>user.msisdn</c>).</summary>
    public string Msisdn { get; }

    /// <summary>
    /// The envelope <c>type</c>: <c>template</c> for templates; for interactive messages the spelling used by the 8x8
    /// examples of that kind (<c>Interactive</c> for flows, <c>interactive</c> otherwise). Set it to override.
    /// </summary>
    public string Type { get; init; }

    /// <summary>The template content (<c>content.template</c>), or null for an interactive message.</summary>
    public TemplateMessage? Template { get; }

    /// <summary>The interactive content (<c>content.interactive</c>), or null for a template message.</summary>
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
        writer.WriteStartObject("user");
        writer.WriteString("msisdn", Msisdn);
        writer.WriteEndObject();
        writer.WriteString("type", Type);
        writer.WriteStartObject("content");
        if (Template is not null)
        {
            writer.WritePropertyName("template");
            Template.WriteTo(writer);
        }
        else
        {
            writer.WritePropertyName("interactive");
            Interactive!.WriteTo(writer);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Returns the request body as a UTF-8 JSON string.</summary>
    /// <param name="indented">True to indent the JSON (for logs and debugging).</param>
    /// <returns>The JSON text of the request body.</returns>
    public string ToJson(bool indented = false) => Encoding.UTF8.GetString(ToUtf8Json(indented));

    /// <summary>Returns the request body as UTF-8 JSON bytes, ready for an HTTP request.</summary>
    /// <param name="indented">True to indent the JSON.</param>
    /// <returns>The UTF-8 bytes of the request body.</returns>
    public byte[] ToUtf8Json(bool indented = false) => Utf8Json(WriteTo, indented);

    /// <summary>A request body of the send model written by <paramref name="write"/>: relaxed escaping (the 8x8 examples keep non-ASCII text as is).</summary>
    internal static byte[] Utf8Json(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? IndentedOptions : CompactOptions))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
