using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace FlowTypes.ChatApps;

/// <summary>
/// The response of <c>POST .../subaccounts/{subAccountId}/messages</c>. The reference in this repository does not show
/// this body; it names <c>umid</c> as "the unique identifier you received when you submitted the message", and the
/// message details use <c>clientMessageId</c> and a <c>status</c> object, so those are the fields read here.
/// </summary>
public sealed class SendMessageResult
{
    /// <summary>The unique message id 8x8 assigned (<c>umid</c>).</summary>
    [JsonPropertyName("umid")]
    public string? Umid { get; init; }

    /// <summary>The client message id, if one was sent (<c>clientMessageId</c>).</summary>
    [JsonPropertyName("clientMessageId")]
    public string? ClientMessageId { get; init; }

    /// <summary>The acceptance status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public MessageStatus? Status { get; init; }
}

/// <summary>The response of <c>GET .../subaccounts/{subAccountId}/messages/{umid}</c>: one record per channel attempted.</summary>
public sealed class MessageDetailsList
{
    /// <summary>The records (<c>data</c>, required).</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<MessageDetails>? Data { get; init; }
}

/// <summary>The details of one attempt to deliver a message.</summary>
public sealed class MessageDetails
{
    /// <summary>The message id (<c>umid</c>).</summary>
    [JsonPropertyName("umid")]
    public string? Umid { get; init; }

    /// <summary>The sub-account id (<c>subAccountId</c>).</summary>
    [JsonPropertyName("subAccountId")]
    public string? SubAccountId { get; init; }

    /// <summary>The channel name (<c>channel</c>), for example WhatsApp.</summary>
    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    /// <summary>The channel id (<c>channelId</c>).</summary>
    [JsonPropertyName("channelId")]
    public string? ChannelId { get; init; }

    /// <summary>The direction (<c>direction</c>): outbound or inbound.</summary>
    [JsonPropertyName("direction")]
    public string? Direction { get; init; }

    /// <summary>The country code (<c>country</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>The delivery status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public MessageStatus? Status { get; init; }

    /// <summary>The user (<c>user</c>, obfuscated).</summary>
    [JsonPropertyName("user")]
    public MessageUser? User { get; init; }

    /// <summary>The content type (<c>contentType</c>).</summary>
    [JsonPropertyName("contentType")]
    public string? ContentType { get; init; }

    /// <summary>The content (<c>content</c>, masked by default).</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>When the message was submitted (<c>createdAt</c>, as sent).</summary>
    [JsonPropertyName("createdAt")]
    public string? CreatedAt { get; init; }

    /// <summary>The client message id (<c>clientMessageId</c>).</summary>
    [JsonPropertyName("clientMessageId")]
    public string? ClientMessageId { get; init; }

    /// <summary>The client batch id (<c>clientBatchId</c>).</summary>
    [JsonPropertyName("clientBatchId")]
    public string? ClientBatchId { get; init; }

    /// <summary>The batch id (<c>batchId</c>).</summary>
    [JsonPropertyName("batchId")]
    public string? BatchId { get; init; }

    /// <summary>The attempt number (<c>step</c>).</summary>
    [JsonPropertyName("step")]
    public int? Step { get; init; }
}

/// <summary>A message status (<c>status</c>).</summary>
public sealed class MessageStatus
{
    /// <summary>The state (<c>state</c>), for example queued, delivered or read.</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>The detail (<c>detail</c>).</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>The error code (<c>errorCode</c>).</summary>
    [JsonPropertyName("errorCode")]
    public int? ErrorCode { get; init; }

    /// <summary>The error message (<c>errorMessage</c>).</summary>
    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; init; }

    /// <summary>When the status was observed (<c>timestamp</c>, as sent).</summary>
    [JsonPropertyName("timestamp")]
    public string? Timestamp { get; init; }
}

/// <summary>The user a message is associated with (<c>user</c>).</summary>
public sealed class MessageUser
{
    /// <summary>The obfuscated phone number (<c>msisdn</c>).</summary>
    [JsonPropertyName("msisdn")]
    public string? Msisdn { get; init; }

    /// <summary>The obfuscated channel user id (<c>channelUserId</c>).</summary>
    [JsonPropertyName("channelUserId")]
    public string? ChannelUserId { get; init; }
}

/// <summary>The response of <c>DELETE .../messages/batch/{batchId}</c>.</summary>
public sealed class CancelBatchResult
{
    /// <summary>How many scheduled messages were cancelled (<c>cancelledCount</c>).</summary>
    [JsonPropertyName("cancelledCount")]
    public int? CancelledCount { get; init; }
}

/// <summary>
/// The response of <c>POST .../subaccounts/{subAccountId}/files</c>. The media guide documents
/// <c>{"fileName":...,"token":...}</c> with a <c>location</c> header; the webhooks reference shows
/// <c>{"status":"success","data":{"url":...}}</c>. Both are read; <see cref="UploadedFile"/> gives the URL either way.
/// </summary>
public sealed class FileUploadResponse
{
    /// <summary>The generated file name (<c>fileName</c>).</summary>
    [JsonPropertyName("fileName")]
    public string? FileName { get; init; }

    /// <summary>The access token (<c>token</c>).</summary>
    [JsonPropertyName("token")]
    public string? Token { get; init; }

    /// <summary>The status of the other documented shape (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>The data of the other documented shape (<c>data</c>).</summary>
    [JsonPropertyName("data")]
    public FileUploadData? Data { get; init; }
}

/// <summary>The <c>data</c> object of the upload response shape shown in the webhooks reference.</summary>
public sealed class FileUploadData
{
    /// <summary>The media URL (<c>url</c>).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }
}

/// <summary>An uploaded media file: the URL to use in messages, and the parts 8x8 returned.</summary>
/// <param name="Url">The absolute media URL (<c>https://chatapps.8x8.com/files/{fileName}?token={token}</c>).</param>
/// <param name="FileName">The generated file name, when 8x8 returned it.</param>
/// <param name="Token">The access token, when 8x8 returned it.</param>
public sealed record UploadedFile(string Url, string? FileName, string? Token);

/// <summary>
/// The error body of the 8x8 API (<c>code</c>, <c>message</c>, <c>errorId</c>, <c>timestamp</c>). The reference in this
/// repository names the error responses ("Bad request error response", ...) without showing them; the field names are
/// the and 8x8's public error model.
/// </summary>
public sealed class ChatAppsError
{
    /// <summary>The error code (<c>code</c>).</summary>
    [JsonPropertyName("code")]
    public int? Code { get; init; }

    /// <summary>The message (<c>message</c>).</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>The error id to quote to 8x8 support (<c>errorId</c>).</summary>
    [JsonPropertyName("errorId")]
    public string? ErrorId { get; init; }

    /// <summary>When the error happened (<c>timestamp</c>, as sent).</summary>
    [JsonPropertyName("timestamp")]
    public string? Timestamp { get; init; }

    /// <summary>Flow validation errors, when a flow write was refused with 400 (<c>validationErrors</c>).</summary>
    [JsonPropertyName("validationErrors")]
    public IReadOnlyList<FlowValidationError>? ValidationErrors { get; init; }
}
