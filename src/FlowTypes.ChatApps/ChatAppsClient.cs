using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace FlowTypes.ChatApps;

/// <summary>
/// A typed client for the 8x8 Chat Apps API: messages, message details, batch cancel, media upload, WhatsApp Flows,
/// templates and Direct Send samples. Register it with <see cref="ChatAppsServiceCollectionExtensions.AddChatAppsClient(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{ChatAppsOptions})"/>,
/// which adds the retry, circuit-breaker and timeout pipeline.
/// </summary>
/// <remarks>
/// Every call throws <see cref="ChatAppsApiException"/> for an HTTP error status (with the documented error body) and
/// <see cref="ChatAppsResponseFormatException"/> when a success response does not match the documented shape; a
/// request that got no answer throws what the HTTP stack and the resilience pipeline throw
/// (<see cref="HttpRequestException"/>, Polly's <c>TimeoutRejectedException</c> and <c>BrokenCircuitException</c>).
/// <see cref="ClassifyFailure"/> says of any of them whether 8x8 can have acted on the request. The API key is added
/// to each request's <c>Authorization</c> header only; it is never logged or put in an exception.
/// </remarks>
public sealed class ChatAppsClient
{
    private static readonly Action<ILogger, string, string, int, long, Exception?> LogResponse =
        LoggerMessage.Define<string, string, int, long>(LogLevel.Information, new EventId(1, "ChatAppsRequest"), "{Method} {Path} -> {Status} ({ElapsedMilliseconds} ms)");

    private readonly HttpClient _http;
    private readonly ChatAppsOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the client over an <see cref="HttpClient"/> (normally from <c>IHttpClientFactory</c>).</summary>
    /// <param name="http">The HTTP client; its pipeline provides retries and timeouts.</param>
    /// <param name="options">The settings.</param>
    /// <param name="logger">Receives one line per request (method, path, status); never the key or the body.</param>
    public ChatAppsClient(HttpClient http, IOptions<ChatAppsOptions> options, ILogger<ChatAppsClient>? logger = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    // ---- Messages -------------------------------------------------------------------------------------------------

    /// <summary>
    /// Sends a message (<c>POST api/v1/subaccounts/{subAccountId}/messages</c>) with the body written by
    /// <see cref="ChatAppsMessage.ToUtf8Json"/>. Retried only after a transient failure (429, 503, 408, no connection:
    /// 8x8 did not accept it), never after 500, 502, 504 or a timeout, where 8x8 may already have accepted it and a
    /// retry could deliver it twice (<see cref="ClassifyFailure"/>).
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The accepted message's <c>umid</c> and status.</returns>
    public async Task<SendMessageResult> SendMessageAsync(ChatAppsMessage message, CancellationToken cancellationToken = default)
    {
        if (message is null)
        {
            throw new ArgumentNullException(nameof(message));
        }

        var content = new ByteArrayContent(message.ToUtf8Json());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var result = await SendAsync("SendMessage", HttpMethod.Post, SubAccountPath("messages"), content, RetryClass.NotActedOn, ChatAppsJsonContext.Default.SendMessageResult, cancellationToken).ConfigureAwait(false);
        Require("SendMessage", result.Umid, "$.umid");
        return result;
    }

    /// <summary>Gets the delivery details of a message (<c>GET api/v1/subaccounts/{subAccountId}/messages/{umid}</c>).</summary>
    /// <param name="umid">The message id returned by the send.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One record per channel attempted.</returns>
    public async Task<MessageDetailsList> GetMessageDetailsAsync(string umid, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("GetMessageDetails", HttpMethod.Get, SubAccountPath("messages/" + Escape(umid, nameof(umid))), null, RetryClass.Idempotent, ChatAppsJsonContext.Default.MessageDetailsList, cancellationToken).ConfigureAwait(false);
        Require("GetMessageDetails", result.Data, "$.data");
        for (var i = 0; i < result.Data!.Count; i++)
        {
            Require("GetMessageDetails", result.Data[i]?.Umid, $"$.data[{i}].umid");
        }

        return result;
    }

    /// <summary>Cancels a batch of scheduled messages (<c>DELETE api/v1/subaccounts/{subAccountId}/messages/batch/{batchId}</c>).</summary>
    /// <param name="batchId">The batch id returned when the batch was scheduled.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many messages were cancelled.</returns>
    public async Task<CancelBatchResult> CancelBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("CancelBatch", HttpMethod.Delete, SubAccountPath("messages/batch/" + Escape(batchId, nameof(batchId))), null, RetryClass.Idempotent, ChatAppsJsonContext.Default.CancelBatchResult, cancellationToken).ConfigureAwait(false);
        Require("CancelBatch", result.CancelledCount, "$.cancelledCount");
        return result;
    }

    /// <summary>
    /// Uploads a media file (<c>POST api/v1/subaccounts/{subAccountId}/files</c>, multipart field <c>file</c>). The
    /// content is buffered so that it can be sent again after a transient failure (<see cref="ClassifyFailure"/>); other failures are not retried.
    /// </summary>
    /// <param name="content">The file content.</param>
    /// <param name="fileName">The file name sent with the part, for example <c>receipt.png</c>.</param>
    /// <param name="contentType">The media type, for example <c>image/png</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The media URL to use in messages.</returns>
    public async Task<UploadedFile> UploadFileAsync(Stream content, string fileName, string contentType, CancellationToken cancellationToken = default)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        var part = new StreamContent(content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var form = new MultipartFormDataContent { { part, "file", fileName } };
        await form.LoadIntoBufferAsync().ConfigureAwait(false);
        var (result, location) = await SendWithLocationAsync("UploadFile", SubAccountPath("files"), form, cancellationToken).ConfigureAwait(false);
        if (result.Data?.Url is { Length: > 0 } url)
        {
            return new UploadedFile(url, result.FileName, result.Token);
        }

        Require("UploadFile", result.FileName, "$.fileName");
        Require("UploadFile", result.Token, "$.token");
        var relative = location ?? $"files/{Uri.EscapeDataString(result.FileName!)}?token={Uri.EscapeDataString(result.Token!)}";
        return new UploadedFile(new Uri(_options.BaseAddress, relative).ToString(), result.FileName, result.Token);
    }

    // ---- Flows ----------------------------------------------------------------------------------------------------

    /// <summary>Creates a flow (<c>POST api/v1/accounts/{accountId}/channels/{channelId}/flows</c>). Retried only after a transient failure (<see cref="ClassifyFailure"/>).</summary>
    /// <param name="request">The flow; <c>name</c> and <c>categories</c> are required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new flow id and any validation errors of the flow JSON.</returns>
    public async Task<FlowWriteResult> CreateFlowAsync(FlowWriteRequest request, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("CreateFlow", HttpMethod.Post, FlowsPath(null), Json(request, ChatAppsJsonContext.Default.FlowWriteRequest), RetryClass.NotActedOn, ChatAppsJsonContext.Default.FlowWriteResult, cancellationToken).ConfigureAwait(false);
        Require("CreateFlow", result.Id, "$.id");
        return result;
    }

    /// <summary>Updates a draft flow (<c>PUT .../flows/{flowId}</c>). Idempotent, so retried on 429, 5xx and timeouts.</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="request">The properties to change (at least one).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The flow id and any validation errors of the flow JSON.</returns>
    public async Task<FlowWriteResult> UpdateFlowAsync(string flowId, FlowWriteRequest request, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("UpdateFlow", HttpMethod.Put, FlowsPath(Escape(flowId, nameof(flowId))), Json(request, ChatAppsJsonContext.Default.FlowWriteRequest), RetryClass.Idempotent, ChatAppsJsonContext.Default.FlowWriteResult, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Lists the channel's flows (<c>GET .../flows?limit=</c>).</summary>
    /// <param name="limit">At most this many (1..1000); null for 8x8's default of 100.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The flows with id, name and status.</returns>
    public async Task<FlowListing> ListFlowsAsync(int? limit = null, CancellationToken cancellationToken = default)
    {
        var path = FlowsPath(null) + (limit is { } l ? "?limit=" + l.ToString(CultureInfo.InvariantCulture) : string.Empty);
        var result = await SendAsync("ListFlows", HttpMethod.Get, path, null, RetryClass.Idempotent, ChatAppsJsonContext.Default.FlowListing, cancellationToken).ConfigureAwait(false);
        Require("ListFlows", result.Flows, "$.flows");
        for (var i = 0; i < result.Flows!.Count; i++)
        {
            Require("ListFlows", result.Flows[i]?.Id, $"$.flows[{i}].id");
            Require("ListFlows", result.Flows[i]!.Status, $"$.flows[{i}].status");
        }

        return result;
    }

    /// <summary>Gets a flow's details (<c>GET .../flows/{flowId}</c>).</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Status, categories, validation errors and the flow JSON's download URL.</returns>
    public async Task<FlowDetails> GetFlowAsync(string flowId, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("GetFlow", HttpMethod.Get, FlowsPath(Escape(flowId, nameof(flowId))), null, RetryClass.Idempotent, ChatAppsJsonContext.Default.FlowDetails, cancellationToken).ConfigureAwait(false);
        Require("GetFlow", result.FlowId, "$.flowId");
        Require("GetFlow", result.Status, "$.status");
        return result;
    }

    /// <summary>Downloads a flow's JSON from <see cref="FlowDetails.FlowJsonUrl"/> (a plain GET without the API key).</summary>
    /// <param name="flowJsonUrl">The absolute download URL.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The flow JSON text.</returns>
    public async Task<string> DownloadFlowJsonAsync(string flowJsonUrl, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(flowJsonUrl, UriKind.Absolute));
        request.Options.Set(RetryKey, RetryClass.Idempotent);
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        LogResponse(_logger, "GET", request.RequestUri!.AbsolutePath, (int)response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        if (!response.IsSuccessStatusCode)
        {
            throw new ChatAppsApiException("DownloadFlowJson", "GET", request.RequestUri!.AbsolutePath, response.StatusCode, null);
        }

        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets a preview URL (<c>GET .../flows/{flowId}/preview?refresh=</c>).</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="refresh">True to make Meta generate a new preview.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The preview URL and its expiry.</returns>
    public async Task<FlowPreview> GetFlowPreviewAsync(string flowId, bool refresh = false, CancellationToken cancellationToken = default)
    {
        var path = FlowsPath(Escape(flowId, nameof(flowId)) + "/preview") + (refresh ? "?refresh=true" : "?refresh=false");
        var result = await SendAsync("PreviewFlow", HttpMethod.Get, path, null, RetryClass.Idempotent, ChatAppsJsonContext.Default.FlowPreview, cancellationToken).ConfigureAwait(false);
        Require("PreviewFlow", result.PreviewUrl, "$.preview_url");
        return result;
    }

    /// <summary>Publishes a draft flow (<c>POST .../flows/{flowId}/publish</c>). Retried only after a transient failure (<see cref="ClassifyFailure"/>).</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when 8x8 has accepted it.</returns>
    public Task PublishFlowAsync(string flowId, CancellationToken cancellationToken = default) =>
        SendNoContentAsync("PublishFlow", HttpMethod.Post, FlowsPath(Escape(flowId, nameof(flowId)) + "/publish"), RetryClass.NotActedOn, cancellationToken);

    /// <summary>Deprecates a published flow (<c>POST .../flows/{flowId}/deprecate</c>). Retried only after a transient failure (<see cref="ClassifyFailure"/>).</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when 8x8 has accepted it.</returns>
    public Task DeprecateFlowAsync(string flowId, CancellationToken cancellationToken = default) =>
        SendNoContentAsync("DeprecateFlow", HttpMethod.Post, FlowsPath(Escape(flowId, nameof(flowId)) + "/deprecate"), RetryClass.NotActedOn, cancellationToken);

    /// <summary>Deletes a draft flow (<c>DELETE .../flows/{flowId}</c>).</summary>
    /// <param name="flowId">The flow id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the flow is deleted.</returns>
    public Task DeleteFlowAsync(string flowId, CancellationToken cancellationToken = default) =>
        SendNoContentAsync("DeleteFlow", HttpMethod.Delete, FlowsPath(Escape(flowId, nameof(flowId))), RetryClass.Idempotent, cancellationToken);

    // ---- Templates ------------------------------------------------------------------------------------------------

    /// <summary>Registers a template (<c>POST api/v1/accounts/{accountId}/channels/{channelId}/templates</c>). Retried only after a transient failure (<see cref="ClassifyFailure"/>).</summary>
    /// <param name="request">The template.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when 8x8 has accepted it (status PENDING until Meta reviews it).</returns>
    public Task AddTemplateAsync(AddTemplateRequest request, CancellationToken cancellationToken = default) =>
        SendAsync("AddTemplate", HttpMethod.Post, ChannelPath("templates"), Json(request, ChatAppsJsonContext.Default.AddTemplateRequest), RetryClass.NotActedOn, (JsonTypeInfo<ChatAppsError>?)null, cancellationToken);

    /// <summary>Lists the registered templates with their approval status (<c>GET .../templates</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The templates.</returns>
    public async Task<TemplateListing> ListTemplatesAsync(CancellationToken cancellationToken = default)
    {
        var result = await SendAsync("ListTemplates", HttpMethod.Get, ChannelPath("templates"), null, RetryClass.Idempotent, ChatAppsJsonContext.Default.TemplateListing, cancellationToken).ConfigureAwait(false);
        Require("ListTemplates", result.Templates, "$.templates");
        for (var i = 0; i < result.Templates!.Count; i++)
        {
            Require("ListTemplates", result.Templates[i]?.TemplateName, $"$.templates[{i}].templateName");
            Require("ListTemplates", result.Templates[i]!.Language, $"$.templates[{i}].language");
            Require("ListTemplates", result.Templates[i]!.Status, $"$.templates[{i}].status");
        }

        return result;
    }

    /// <summary>Removes a template (<c>DELETE .../templates/{templateName}</c>).</summary>
    /// <param name="templateName">The template name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the template is removed.</returns>
    public Task RemoveTemplateAsync(string templateName, CancellationToken cancellationToken = default) =>
        SendNoContentAsync("RemoveTemplate", HttpMethod.Delete, ChannelPath("templates/" + Escape(templateName, nameof(templateName))), RetryClass.Idempotent, cancellationToken);

    // ---- Direct Send ----------------------------------------------------------------------------------------------

    /// <summary>
    /// Submits a sample of a message you send through WhatsApp Direct Send, for Meta to review and classify
    /// (<c>POST api/v1/whatsapp/subaccounts/{subAccountId}/channels/{channelId}/directSend/sample</c>). Like every other
    /// POST, retried only after a failure 8x8 did not act on (<see cref="ClassifyFailure"/>).
    /// </summary>
    /// <param name="sample">The sample: text, or an interactive message with a call-to-action URL or reply buttons.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether Meta accepted the sample, and the category it assigned.</returns>
    public async Task<DirectSendSampleResult> SubmitDirectSendSampleAsync(DirectSendSample sample, CancellationToken cancellationToken = default)
    {
        if (sample is null)
        {
            throw new ArgumentNullException(nameof(sample));
        }

        var content = new ByteArrayContent(sample.ToUtf8Json());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var path = $"api/v1/whatsapp/subaccounts/{Escape(Setting(_options.SubAccountId, "SubAccountId"), "SubAccountId")}/channels/{Escape(Setting(_options.ChannelId, "ChannelId"), "ChannelId")}/directSend/sample";
        var result = await SendAsync("SubmitDirectSendSample", HttpMethod.Post, path, content, RetryClass.NotActedOn, ChatAppsJsonContext.Default.DirectSendSampleResult, cancellationToken).ConfigureAwait(false);
        Require("SubmitDirectSendSample", result.Success, "$.success");
        return result;
    }

    // ---- Failures -------------------------------------------------------------------------------------------------

    /// <summary>
    /// Says what an exception thrown by a call of this client means for its request: whether 8x8 can have acted on it
    /// (<see cref="ChatAppsFailureKind.OutcomeUnknown"/>) or certainly did not, and then whether the same request can
    /// succeed later (<see cref="ChatAppsFailureKind.Transient"/>) or will be refused again
    /// (<see cref="ChatAppsFailureKind.Refused"/>). This is the rule the client's own retries follow for calls that must
    /// not act twice (send, create, publish, deprecate, add template, upload, Direct Send sample): they are repeated only after a transient
    /// failure. A caller with its own durable retry loop (an outbox of replies) uses it the same way.
    /// </summary>
    /// <param name="exception">What the call threw.</param>
    /// <returns>The kind of failure, or null when the exception is not about a request to 8x8 (an argument or a setting
    /// the call checks before it sends anything, such as a missing <see cref="ChatAppsOptions.ApiKey"/>).</returns>
    public static ChatAppsFailureKind? ClassifyFailure(Exception exception) => exception switch
    {
        null => throw new ArgumentNullException(nameof(exception)),
        ChatAppsApiException api => ClassifyStatus(api.StatusCode),
        ChatAppsResponseFormatException => ChatAppsFailureKind.OutcomeUnknown,
        HttpRequestException http => NeverConnected(http) ? ChatAppsFailureKind.Transient : ChatAppsFailureKind.OutcomeUnknown,
        TimeoutRejectedException => ChatAppsFailureKind.OutcomeUnknown,

        // The circuit breaker (or a rate limiter of your own) refuses before the request is sent.
        ExecutionRejectedException => ChatAppsFailureKind.Transient,
        OperationCanceledException => ChatAppsFailureKind.OutcomeUnknown,
        _ => null,
    };

    /// <summary>
    /// An error status as a failure kind. 408, 429 and 503 say the request was not handled (RFC 9110: not received in
    /// time, rate limited, unable to handle it now); every other 4xx is a refusal; any other 5xx (500, a gateway's 502
    /// or 504) may come after 8x8 acted on it.
    /// </summary>
    internal static ChatAppsFailureKind ClassifyStatus(HttpStatusCode status) => (int)status switch
    {
        408 or 429 or 503 => ChatAppsFailureKind.Transient,
        >= 400 and < 500 => ChatAppsFailureKind.Refused,
        _ => ChatAppsFailureKind.OutcomeUnknown,
    };

    /// <summary>True when the connection was never made, so the request cannot have reached 8x8.</summary>
    internal static bool NeverConnected(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;

    // ---- Plumbing -------------------------------------------------------------------------------------------------

    internal static readonly HttpRequestOptionsKey<RetryClass> RetryKey = new("FlowTypes.ChatApps.Retry");

    private string FlowsPath(string? rest) => ChannelPath(rest is null ? "flows" : "flows/" + rest);

    private string ChannelPath(string rest) =>
        $"api/v1/accounts/{Escape(Setting(_options.AccountId, "AccountId"), "AccountId")}/channels/{Escape(Setting(_options.ChannelId, "ChannelId"), "ChannelId")}/{rest}";

    private string SubAccountPath(string rest) =>
        $"api/v1/subaccounts/{Escape(Setting(_options.SubAccountId, "SubAccountId"), "SubAccountId")}/{rest}";

    private static string Setting(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"ChatAppsOptions.{name} is not set.") : value!;

    private static string Escape(string value, string name) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException(name + " must not be empty.", name) : Uri.EscapeDataString(value);

    private static HttpContent Json<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static void Require(string operation, object? value, string field)
    {
        if (value is null || (value is string s && s.Length == 0))
        {
            throw new ChatAppsResponseFormatException(operation, field, "is missing");
        }
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string path, HttpContent? content, RetryClass retry)
    {
        var apiKey = _options.ApiKey;
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new InvalidOperationException("ChatAppsOptions.ApiKey is not set.");
        }

        var request = new HttpRequestMessage(method, new Uri(_options.BaseAddress, path)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Options.Set(RetryKey, retry);
        return request;
    }

    private async Task<HttpResponseMessage> SendCoreAsync(string operation, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var path = request.RequestUri!.PathAndQuery;
        LogResponse(_logger, request.Method.Method, path, (int)response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        if (!response.IsSuccessStatusCode)
        {
            var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
            response.Dispose();
            throw new ChatAppsApiException(operation, request.Method.Method, path, response.StatusCode, error);
        }

        return response;
    }

    private async Task<T> SendAsync<T>(string operation, HttpMethod method, string path, HttpContent? content, RetryClass retry, JsonTypeInfo<T>? typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        using var request = CreateRequest(method, path, content, retry);
        using var response = await SendCoreAsync(operation, request, cancellationToken).ConfigureAwait(false);
        if (typeInfo is null)
        {
            return null!;
        }

        return await ReadAsync(operation, response, typeInfo, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendNoContentAsync(string operation, HttpMethod method, string path, RetryClass retry, CancellationToken cancellationToken)
    {
        using var request = CreateRequest(method, path, null, retry);
        using var response = await SendCoreAsync(operation, request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(FileUploadResponse Result, string? Location)> SendWithLocationAsync(string operation, string path, HttpContent content, CancellationToken cancellationToken)
    {
        using var request = CreateRequest(HttpMethod.Post, path, content, RetryClass.NotActedOn);
        using var response = await SendCoreAsync(operation, request, cancellationToken).ConfigureAwait(false);
        var result = await ReadAsync(operation, response, ChatAppsJsonContext.Default.FileUploadResponse, cancellationToken).ConfigureAwait(false);
        return (result, response.Headers.Location?.OriginalString);
    }

    private static async Task<T> ReadAsync<T>(string operation, HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            throw new ChatAppsResponseFormatException(operation, "$", "is missing (empty body)");
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, typeInfo) ?? throw new ChatAppsResponseFormatException(operation, "$", "is null");
        }
        catch (JsonException e)
        {
            var problem = e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
                ? "has the wrong JSON type"
                : "is not valid: " + FirstSentence(e.Message);
            throw new ChatAppsResponseFormatException(operation, e.Path ?? "$", problem, e);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". Path:", StringComparison.Ordinal);
        return end > 0 ? message.Substring(0, end) : message;
    }

    private static async Task<ChatAppsError?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, ChatAppsJsonContext.Default.ChatAppsError);
        }
        catch (JsonException)
        {
            // Not the documented error body (for example an HTML page from a proxy): the status alone is reported.
            return new ChatAppsError { Message = Truncate(Encoding.UTF8.GetString(bytes)) };
        }
    }

    private static string Truncate(string text) => text.Length <= 200 ? text : text.Substring(0, 200) + "...";

    /// <summary>How a request may be retried.</summary>
    internal enum RetryClass
    {
        /// <summary>Repeating it cannot change the outcome: retried on 429, 408, 5xx, timeouts and connection failures.</summary>
        Idempotent,

        /// <summary>Repeating it could act twice: retried only after a transient failure, where 8x8 did not act (<see cref="ClassifyFailure"/>).</summary>
        NotActedOn,
    }
}
