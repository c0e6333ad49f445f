using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowTypes.Benchmarks.Legacy;

// Frozen copy of src/FlowTypes/Webhooks/ChatAppsWebhook.cs at 08a1e0f (the System.Text.Json envelope model that the
// one-pass ChatAppsEventReader replaced), kept only as the same-run baseline "what a handler had to do":
// ChatAppsWebhook.Parse + FlowRouter.TryParse(responseJson). Not product code.

/// <summary>
/// An 8x8 Chat Apps webhook event (<c>{ namespace, eventType, description, payload }</c>), for example
/// <c>inbound_message_received</c> or <c>outbound_message_status_changed</c>.
/// </summary>
public sealed class ChatAppsWebhookEvent
{
    /// <summary>The event namespace, <c>ChatApps</c>.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    /// <summary>The event type, e.g. <c>inbound_message_received</c> (see <see cref="ChatAppsEventTypes"/>).</summary>
    [JsonPropertyName("eventType")]
    public string? EventType { get; set; }

    /// <summary>A human-readable description of the event.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The message or status the event is about.</summary>
    [JsonPropertyName("payload")]
    public ChatAppsMessagePayload? Payload { get; set; }

    /// <summary>True when this is an inbound WhatsApp Flow submission (<c>content.interactive.type</c> is <c>nfmReply</c>).</summary>
    [JsonIgnore]
    public bool IsFlowSubmission =>
        string.Equals(Payload?.Content?.Interactive?.Type, "nfmReply", StringComparison.OrdinalIgnoreCase)
        && Payload?.Content?.Interactive?.NfmReply?.ResponseJson is not null;

    /// <summary>Keys this model does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>Well-known values of <see cref="ChatAppsWebhookEvent.EventType"/>.</summary>
public static class ChatAppsEventTypes
{
    /// <summary>A message from a WhatsApp user (text, media, interactive replies, flow submissions).</summary>
    public const string InboundMessageReceived = "inbound_message_received";

    /// <summary>A delivery receipt for a message you sent.</summary>
    public const string OutboundMessageStatusChanged = "outbound_message_status_changed";

    /// <summary>A template approval status change.</summary>
    public const string TemplateStatusUpdate = "template_status_update";
}

/// <summary>The <c>payload</c> of an 8x8 webhook event.</summary>
public sealed class ChatAppsMessagePayload
{
    /// <summary>The unique message id; webhooks are delivered at least once, so deduplicate on it.</summary>
    [JsonPropertyName("umid")]
    public string? Umid { get; set; }

    /// <summary>Your sub-account id.</summary>
    [JsonPropertyName("subAccountId")]
    public string? SubAccountId { get; set; }

    /// <summary>When the message was received (ISO 8601), as sent.</summary>
    [JsonPropertyName("timestamp")]
    public string? Timestamp { get; set; }

    /// <summary>The WhatsApp user.</summary>
    [JsonPropertyName("user")]
    public ChatAppsUser? User { get; set; }

    /// <summary>Your channel that received the message.</summary>
    [JsonPropertyName("recipient")]
    public ChatAppsRecipient? Recipient { get; set; }

    /// <summary>The channel of a status receipt (<c>whatsapp</c>).</summary>
    [JsonPropertyName("channel")]
    public string? Channel { get; set; }

    /// <summary>The message type: <c>Text</c>, <c>Image</c>, <c>Interactive</c>, ...</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The message content; its shape depends on <see cref="Type"/>.</summary>
    [JsonPropertyName("content")]
    public ChatAppsContent? Content { get; set; }

    /// <summary>The umid of your message this one replies to, when present.</summary>
    [JsonPropertyName("replyToUmid")]
    public string? ReplyToUmid { get; set; }

    /// <summary>The delivery status (status receipts only).</summary>
    [JsonPropertyName("status")]
    public ChatAppsStatus? Status { get; set; }

    /// <summary>Keys this model does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>The WhatsApp user of a message.</summary>
public sealed class ChatAppsUser
{
    /// <summary>The phone number in E.164 format.</summary>
    [JsonPropertyName("msisdn")]
    public string? Msisdn { get; set; }

    /// <summary>The WhatsApp id (phone number without '+').</summary>
    [JsonPropertyName("channelUserId")]
    public string? ChannelUserId { get; set; }

    /// <summary>The WhatsApp display name, when available.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

/// <summary>Your channel that received a message.</summary>
public sealed class ChatAppsRecipient
{
    /// <summary>Always <c>whatsapp</c> here.</summary>
    [JsonPropertyName("channel")]
    public string? Channel { get; set; }

    /// <summary>Your WhatsApp channel id.</summary>
    [JsonPropertyName("channelId")]
    public string? ChannelId { get; set; }
}

/// <summary>The content of an inbound message.</summary>
public sealed class ChatAppsContent
{
    /// <summary>The text of a <c>Text</c> message.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>The download URL of a media message.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The interactive reply of an <c>Interactive</c> message.</summary>
    [JsonPropertyName("interactive")]
    public ChatAppsInteractive? Interactive { get; set; }

    /// <summary>Keys this model does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>An interactive reply: a button or list choice, or a flow submission.</summary>
public sealed class ChatAppsInteractive
{
    /// <summary><c>button_reply</c>, <c>list_reply</c> or <c>nfmReply</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The flow submission, when <see cref="Type"/> is <c>nfmReply</c>.</summary>
    [JsonPropertyName("nfmReply")]
    public ChatAppsNfmReply? NfmReply { get; set; }

    /// <summary>The chosen reply button.</summary>
    [JsonPropertyName("button_reply")]
    public ChatAppsReply? ButtonReply { get; set; }

    /// <summary>The chosen list row.</summary>
    [JsonPropertyName("list_reply")]
    public ChatAppsReply? ListReply { get; set; }
}

/// <summary>A flow submission.</summary>
public sealed class ChatAppsNfmReply
{
    /// <summary>The completion payload as a JSON string; parse it with the generated submission type.</summary>
    [JsonPropertyName("responseJson")]
    public string? ResponseJson { get; set; }
}

/// <summary>A reply button or list row the user chose.</summary>
public sealed class ChatAppsReply
{
    /// <summary>The id you gave the button or row.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The text the user saw.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>The row description (list replies).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }
}

/// <summary>The delivery status of a message you sent.</summary>
public sealed class ChatAppsStatus
{
    /// <summary><c>sent</c>, <c>delivered</c>, <c>read</c> or <c>undelivered</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>More detail about the state.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; set; }

    /// <summary>When the state changed (ISO 8601), as sent.</summary>
    [JsonPropertyName("timestamp")]
    public string? Timestamp { get; set; }

    /// <summary>The error code of a failed message.</summary>
    [JsonPropertyName("errorCode")]
    public int? ErrorCode { get; set; }

    /// <summary>The error message of a failed message.</summary>
    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; set; }
}

/// <summary>
/// Parses 8x8 Chat Apps webhook bodies into <see cref="ChatAppsWebhookEvent"/>. Bodies larger than
/// <see cref="FlowParseOptions.MaxBodyBytes"/>, deeper than <see cref="FlowParseOptions.MaxDepth"/>, or with a key
/// repeated in one object are rejected with a typed error.
/// </summary>
public static class ChatAppsWebhook
{
    /// <summary>Parses a webhook body. Never throws for bad input; returns the error instead.</summary>
    public static bool TryParse(ReadOnlySpan<byte> body, out ChatAppsWebhookEvent? webhookEvent, out FlowParseError? error) =>
        TryParse(body, FlowParseOptions.Default, out webhookEvent, out error);

    /// <summary>Parses a webhook body with explicit limits. Never throws for bad input; returns the error instead.</summary>
    public static bool TryParse(ReadOnlySpan<byte> body, FlowParseOptions options, out ChatAppsWebhookEvent? webhookEvent, out FlowParseError? error)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        webhookEvent = null;
        if (body.Length > options.MaxBodyBytes)
        {
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, "$", $"The webhook body is {body.Length} bytes, more than the {options.MaxBodyBytes} allowed (FlowParseOptions.MaxBodyBytes).");
            return false;
        }

        try
        {
            if (LegacyDuplicateKeyScanner.FindDuplicate(body, options.MaxDepth) is { } duplicatePath)
            {
                error = new FlowParseError(FlowParseErrorKind.DuplicateKey, duplicatePath, "A key occurs more than once in one object; duplicate keys are rejected.");
                return false;
            }

            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = options.MaxDepth });
            webhookEvent = JsonSerializer.Deserialize(ref reader, ChatAppsJsonContext.Default.ChatAppsWebhookEvent);
            if (webhookEvent is null)
            {
                error = new FlowParseError(FlowParseErrorKind.UnexpectedType, "$", "Expected a JSON object but found null.");
                return false;
            }

            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            error = FlowParseErrorFactory.FromException(exception);
            return false;
        }
        catch (InvalidOperationException)
        {
            error = FlowTypes.Runtime.FlowParseErrors.InvalidText(string.Empty);
            return false;
        }
    }

    /// <summary>Parses a webhook body; throws <see cref="FlowParseException"/> for bad input.</summary>
    public static ChatAppsWebhookEvent Parse(ReadOnlySpan<byte> body) =>
        TryParse(body, out var webhookEvent, out var error) ? webhookEvent! : throw new FlowParseException(error!);
}

internal static class FlowParseErrorFactory
{
    public static FlowParseError FromException(JsonException exception) =>
        exception.InnerException is InvalidOperationException || exception.Message.IndexOf("could not be converted", StringComparison.Ordinal) >= 0
            ? new FlowParseError(FlowParseErrorKind.UnexpectedType, exception.Path ?? "$", "A value has the wrong JSON type.")
            : FlowTypes.Runtime.FlowParseErrors.InvalidJson(string.Empty, exception);
}

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ChatAppsWebhookEvent))]
internal sealed partial class ChatAppsJsonContext : JsonSerializerContext
{
}

internal static class LegacyDuplicateKeyScanner
{
    /// <summary>Returns the JSON path of the first duplicate key, or null. Malformed JSON throws <see cref="JsonException"/>.</summary>
    public static string? FindDuplicate(ReadOnlySpan<byte> json, int maxDepth)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        var scopes = new List<HashSet<string>?>();
        var path = new List<string>();
        string? pendingName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    path.Add(pendingName ?? (path.Count == 0 ? "$" : "[]"));
                    scopes.Add(new HashSet<string>(StringComparer.Ordinal));
                    pendingName = null;
                    break;
                case JsonTokenType.StartArray:
                    path.Add(pendingName ?? "[]");
                    scopes.Add(null);
                    pendingName = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    scopes.RemoveAt(scopes.Count - 1);
                    path.RemoveAt(path.Count - 1);
                    break;
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    if (!scopes[scopes.Count - 1]!.Add(name))
                    {
                        return string.Join(".", path).Replace(".[]", "[]") + "." + name;
                    }

                    pendingName = name;
                    break;
                default:
                    pendingName = null;
                    break;
            }
        }

        return null;
    }
}
