using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace FlowTypes.Testing;

/// <summary>One request the fake received, as it arrived.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body, string? ContentType);

/// <summary>A canned failure for the next matching request(s).</summary>
public sealed record Fault(int Status, string? Body = null, string? RetryAfter = null, TimeSpan? Delay = null, string? PathContains = null);

/// <summary>One message send the fake answered: where it went, with which key, to whom, and the status it got (499 when the client gave up waiting first).</summary>
public sealed record RecordedSend(string Path, string? Authorization, string Msisdn, string Body, int Status);

/// <summary>A flow held by the fake.</summary>
public sealed class FakeFlow
{
    public required string Id { get; init; }
    public string Name { get; set; } = string.Empty;
    public List<string> Categories { get; set; } = new();
    public string? FlowJson { get; set; }
    public string? EndPointUri { get; set; }
    public string Status { get; set; } = "DRAFT";
}

/// <summary>The tests that share one <see cref="FakeChatApps"/> (its state is reset by each test, so they do not run in parallel).</summary>
[CollectionDefinition(Name)]
public sealed class FakeServerCollection : ICollectionFixture<FakeChatApps>
{
    public const string Name = "fake 8x8";
}

/// <summary>
/// The one loopback fake of the 8x8 Chat Apps API (ASP.NET Core on 127.0.0.1, a free port) built from the documented
/// endpoints and bodies in shared/reference/8x8-chatapps-whatsapp-docs.txt, for the client, the tool and the sample
/// (linked from tests/Shared). It records every request and can be told to fail the next requests (400 with the
/// documented validationErrors, 401, 404, 429 with Retry-After, 500, slow), and to answer message sends per recipient
/// (<see cref="SendBehaviour"/>).
/// </summary>
public sealed class FakeChatApps : IAsyncLifetime, IAsyncDisposable
{
    public const string AccountId = "3f2b8c1d-4e5a-4b6c-9d7e-8f9a0b1c2d3e";
    public const string ChannelId = "ec36a867-3dd4-e911-814a-02d85f55fce8";
    public const string SubAccountId = "shop_main";
    public const string ApiKey = "sk-test-7Hq2LmN9pX4vR8tY1wZ6";

    /// <summary>The documented validation error example (Create/Update WhatsApp Flow).</summary>
    public const string DocumentedValidationError = """
        {"error":"INVALID_PROPERTY_VALUE","errorType":"FLOW_JSON_ERROR","message":"Invalid value found for property 'type'.","lineStart":1,"lineEnd":1,"columnStart":84,"columnEnd":92,"pointers":[{"lineStart":1,"lineEnd":1,"columnStart":84,"columnEnd":92,"path":"screens[0].layout.children[0].children[0].type"}]}
        """;

    /// <summary>The documented answer to an accepted message send.</summary>
    public const string AcceptedSend = """{"umid":"dec02e44-c76f-4a0a-b69f-6ac2a4386eb9","status":{"state":"queued","detail":"","timestamp":"2026-12-02T10:00:00.00Z"}}""";

    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly ConcurrentDictionary<string, int> _sendAttempts = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private WebApplication? _app;
    private long _nextFlowId = 866937862658913;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Dictionary<string, FakeFlow> Flows { get; } = new(StringComparer.Ordinal);

    public List<JsonObject> Templates { get; } = new();

    /// <summary>When set, create and update answer 200 with this validation error (the documented "created with validation errors" response), per flow name.</summary>
    public Func<string, string?>? ValidationErrorFor { get; set; }

    /// <summary>The category the fake's Meta assigns to an accepted Direct Send sample.</summary>
    public string DirectSendCategory { get; set; } = "UTILITY";

    /// <summary>Called with each request as it arrives (before any fault or answer).</summary>
    public Action<RecordedRequest>? OnRequest { get; set; }

    /// <summary>
    /// Given the recipient of a message send and the how-many-th send to it this is (1-based): the status to answer and
    /// how long to wait first. A 2xx answers <see cref="AcceptedSend"/>, anything else <c>{"code":status,"message":"fake failure"}</c>.
    /// Unset, every authenticated send is accepted at once.
    /// </summary>
    public Func<string, int, (int Status, TimeSpan Delay)>? SendBehaviour { get; set; }

    /// <summary>Every message send the send endpoint answered (after any injected <see cref="Fault"/>), in the order answered.</summary>
    public ConcurrentQueue<RecordedSend> Received { get; } = new();

    /// <summary>The sends answered 2xx, per recipient.</summary>
    public ILookup<string, RecordedSend> Accepted => Received.Where(r => r.Status is >= 200 and < 300).ToLookup(r => r.Msisdn, StringComparer.Ordinal);

    /// <summary>Starts a fake outside an xUnit fixture (dispose it with <c>await using</c>).</summary>
    public static async Task<FakeChatApps> StartAsync()
    {
        var fake = new FakeChatApps();
        await fake.InitializeAsync();
        return fake;
    }

    public void Fail(Fault fault, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(fault);
        }
    }

    public void Reset()
    {
        // A request a client gave up on (a cancelled test) may still be in the handler: let it finish first, so that
        // it cannot change the next test's state.
        SpinWait.SpinUntil(() => Volatile.Read(ref _inFlight) == 0, TimeSpan.FromSeconds(10));
        Requests.Clear();
        _faults.Clear();
        lock (_gate)
        {
            Flows.Clear();
            Templates.Clear();
        }

        ValidationErrorFor = null;
        OnRequest = null;
        DirectSendCategory = "UTILITY";
        SendBehaviour = null;
        Received.Clear();
        _sendAttempts.Clear();
        _nextFlowId = 866937862658913;
    }

    public IReadOnlyList<RecordedRequest> Take()
    {
        var list = new List<RecordedRequest>();
        while (Requests.TryDequeue(out var r))
        {
            list.Add(r);
        }

        return list;
    }

    public static string ErrorBody(int code, string message, string? validationErrors = null) =>
        "{\"code\":" + code + ",\"message\":" + JsonSerializer.Serialize(message) + ",\"errorId\":\"8d3c6e0a-1b2f-4c5d-9e8f-7a6b5c4d3e2f\",\"timestamp\":\"2026-12-02T10:00:00.00Z\""
        + (validationErrors is null ? string.Empty : ",\"validationErrors\":[" + validationErrors + "]") + "}";

    /// <summary>Adds a registered template in the documented Get shape.</summary>
    public void AddRegisteredTemplate(string name, string language, string status, string category, string bodyText, string updatedAt = "2026-11-28T02:16:42.82Z")
    {
        lock (_gate)
        {
            Templates.Add(new JsonObject
            {
                ["channelId"] = ChannelId,
                ["channelName"] = "My WhatsApp instance",
                ["templateName"] = name,
                ["language"] = language,
                ["languageName"] = "English",
                ["components"] = new JsonArray(new JsonObject { ["type"] = "BODY", ["text"] = bodyText }),
                ["category"] = category,
                ["categoryName"] = category[..1] + category[1..].ToLowerInvariant(),
                ["status"] = status,
                ["statusName"] = status[..1] + status[1..].ToLowerInvariant(),
                ["createdAt"] = "2026-11-19T07:51:38.09Z",
                ["updatedAt"] = updatedAt,
            });
        }
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    private int _inFlight;

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            await HandleCoreAsync(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task HandleCoreAsync(HttpContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        var path = request.Path.Value ?? "/";
        var recorded = new RecordedRequest(
            request.Method,
            path + request.QueryString.Value,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            request.ContentType);
        Requests.Enqueue(recorded);
        OnRequest?.Invoke(recorded);

        if (TryTakeFault(path, out var fault))
        {
            if (fault.Delay is { } delay)
            {
                try
                {
                    await Task.Delay(delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            if (fault.Status != 0)
            {
                if (fault.RetryAfter is not null)
                {
                    context.Response.Headers["Retry-After"] = fault.RetryAfter;
                }

                await WriteAsync(context, fault.Status, fault.Body ?? ErrorBody(fault.Status * 10, "Injected failure"));
                return;
            }
        }

        if (path.StartsWith("/cdn/", StringComparison.Ordinal))
        {
            await HandleCdnAsync(context, path);
            return;
        }

        if (request.Method == "POST" && SubAccount.Match(path) is { Success: true } send && send.Groups["rest"].Value == "messages")
        {
            await HandleSendAsync(context, path, recorded, send.Groups["sub"].Value);
            return;
        }

        if (request.Headers.Authorization.ToString() != "Bearer " + ApiKey)
        {
            await WriteAsync(context, 401, ErrorBody(1002, "Request was not authenticated"));
            return;
        }

        var (status, response) = Route(request.Method, path, request.Query, body, context);
        await WriteAsync(context, status, response);
    }

    private bool TryTakeFault(string path, out Fault fault)
    {
        lock (_gate)
        {
            if (_faults.TryPeek(out var next) && (next.PathContains is null || path.Contains(next.PathContains, StringComparison.Ordinal)))
            {
                _faults.TryDequeue(out fault!);
                return true;
            }
        }

        fault = null!;
        return false;
    }

    private async Task HandleCdnAsync(HttpContext context, string path)
    {
        var id = path["/cdn/".Length..].Replace(".json", string.Empty, StringComparison.Ordinal);
        FakeFlow? flow;
        lock (_gate)
        {
            Flows.TryGetValue(id, out flow);
        }

        if (flow?.FlowJson is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(flow.FlowJson);
    }

    private async Task HandleSendAsync(HttpContext context, string path, RecordedRequest request, string subAccountId)
    {
        string? msisdn;
        try
        {
            using var document = JsonDocument.Parse(request.Body);
            msisdn = document.RootElement.GetProperty("user").GetProperty("msisdn").GetString();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            msisdn = null;
        }

        request.Headers.TryGetValue("Authorization", out var authorization);
        var (status, body) = (0, (string?)null);
        if (authorization != "Bearer " + ApiKey)
        {
            (status, body) = (401, ErrorBody(1002, "Request was not authenticated"));
        }
        else if (subAccountId != SubAccountId)
        {
            (status, body) = (404, ErrorBody(1004, "The entity doesn't exist"));
        }
        else if (msisdn is null)
        {
            (status, body) = (400, ErrorBody(1000, "user.msisdn is required"));
        }
        else
        {
            var attempt = _sendAttempts.AddOrUpdate(msisdn, 1, (_, n) => n + 1);
            var (answer, delay) = SendBehaviour?.Invoke(msisdn, attempt) ?? (200, TimeSpan.Zero);
            if (delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up waiting (its timeout): nothing was accepted.
                    Received.Enqueue(new RecordedSend(path, authorization, msisdn, request.Body, 499));
                    return;
                }
            }

            (status, body) = (answer, answer is >= 200 and < 300 ? AcceptedSend : "{\"code\":" + answer + ",\"message\":\"fake failure\"}");
        }

        Received.Enqueue(new RecordedSend(path, authorization, msisdn ?? string.Empty, request.Body, status));
        await WriteAsync(context, status, body);
    }

    private static async Task WriteAsync(HttpContext context, int status, string? body)
    {
        context.Response.StatusCode = status;
        if (body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body);
        }
    }

    private static readonly Regex Channel = new(@"^/api/v1/accounts/(?<account>[^/]+)/channels/(?<channel>[^/]+)/(?<rest>.+)$");
    private static readonly Regex SubAccount = new(@"^/api/v1/subaccounts/(?<sub>[^/]+)/(?<rest>.+)$");
    private static readonly Regex DirectSend = new(@"^/api/v1/whatsapp/subaccounts/(?<sub>[^/]+)/channels/(?<channel>[^/]+)/directSend/sample$");

    /// <summary>
    /// "Submit WhatsApp Direct Send Sample": the documented body rules (type text or interactive; a non-empty text body;
    /// interactive cta_url or button, a text header of at most 60 characters, a body of 1 to 1024, a footer of at most
    /// 60; cta_url: name cta_url, non-empty display_text, an http(s) url; button: 1 to 10 reply buttons with non-empty
    /// id and a title of 1 to 20), answered 400 with the first rule broken, else with the category Meta assigned.
    /// </summary>
    private (int, string?) DirectSendSample(string body)
    {
        JsonObject sample;
        try
        {
            sample = JsonNode.Parse(body)!.AsObject();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return (400, ErrorBody(1000, "The request body is not a JSON object"));
        }

        static string? Text(JsonNode? node, string name) => node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        string? problem = (string?)sample["type"] switch
        {
            "text" => string.IsNullOrEmpty(Text(sample["text"], "body")) ? "text.body must not be empty" : null,
            "interactive" => InteractiveProblem(sample["interactive"] as JsonObject),
            _ => "type must be text or interactive",
        };

        string? InteractiveProblem(JsonObject? interactive)
        {
            if (interactive is null)
            {
                return "interactive is required when type is interactive";
            }

            if (interactive["header"] is JsonObject header && ((string?)header["type"] != "text" || Text(header, "text") is not { Length: <= 60 }))
            {
                return "interactive.header must be a text header of at most 60 characters";
            }

            if (Text(interactive["body"], "text") is not { Length: > 0 and <= 1024 })
            {
                return "interactive.body.text must have 1 to 1024 characters";
            }

            if (interactive["footer"] is JsonObject footer && Text(footer, "text") is not { Length: <= 60 })
            {
                return "interactive.footer.text must have at most 60 characters";
            }

            var action = interactive["action"] as JsonObject;
            switch ((string?)interactive["type"])
            {
                case "cta_url":
                    var url = Text(action?["parameters"], "url");
                    return (string?)action?["name"] != "cta_url" ? "action.name must be cta_url"
                        : string.IsNullOrEmpty(Text(action!["parameters"], "display_text")) ? "action.parameters.display_text must not be empty"
                        : url is null || !(url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)) ? "action.parameters.url must be a valid http or https URL"
                        : null;
                case "button":
                    if (action?["buttons"] is not JsonArray buttons || buttons.Count is 0 or > 10)
                    {
                        return "action.buttons must have 1 to 10 reply buttons";
                    }

                    foreach (var button in buttons)
                    {
                        if ((string?)button?["type"] != "reply" || string.IsNullOrEmpty(Text(button["reply"], "id")) || Text(button["reply"], "title") is not { Length: > 0 and <= 20 })
                        {
                            return "each button must be a reply with a non-empty id and a title of 1 to 20 characters";
                        }
                    }

                    return null;
                default:
                    return "interactive.type must be cta_url or button";
            }
        }

        return problem is null
            ? (200, new JsonObject { ["success"] = true, ["category"] = DirectSendCategory }.ToJsonString())
            : (400, ErrorBody(1000, problem));
    }

    private (int Status, string? Body) Route(string method, string path, IQueryCollection query, string body, HttpContext context)
    {
        lock (_gate)
        {
            var m = Channel.Match(path);
            if (m.Success)
            {
                if (m.Groups["account"].Value != AccountId || m.Groups["channel"].Value != ChannelId)
                {
                    return (404, ErrorBody(1004, "The entity doesn't exist"));
                }

                var rest = m.Groups["rest"].Value.Split('/');
                return rest[0] switch
                {
                    "flows" => RouteFlows(method, rest, query, body),
                    "templates" => RouteTemplates(method, rest, body),
                    _ => (404, ErrorBody(1004, "The entity doesn't exist")),
                };
            }

            m = DirectSend.Match(path);
            if (m.Success)
            {
                return m.Groups["sub"].Value != SubAccountId || m.Groups["channel"].Value != ChannelId
                    ? (404, ErrorBody(1004, "The entity doesn't exist"))
                    : method == "POST" ? DirectSendSample(body) : (404, ErrorBody(1004, "The entity doesn't exist"));
            }

            m = SubAccount.Match(path);
            if (m.Success)
            {
                if (m.Groups["sub"].Value != SubAccountId)
                {
                    return (404, ErrorBody(1004, "The entity doesn't exist"));
                }

                var rest = m.Groups["rest"].Value.Split('/');
                switch (method, rest)
                {
                    case ("GET", ["messages", var umid]):
                        return (200, "{\"data\":[{\"umid\":\"" + umid + "\",\"subAccountId\":\"" + SubAccountId + "\",\"channel\":\"WhatsApp\",\"channelId\":\"904d1303-5754-e911-8154-020897df5459\",\"direction\":\"Outbound\",\"status\":{\"state\":\"read\",\"timestamp\":\"2020-06-17T04:25:21.06Z\"},\"contentType\":\"Text\",\"createdAt\":\"2020-06-17T04:15:21.06Z\",\"step\":2,\"country\":\"SG\",\"user\":{\"msisdn\":\"+63922110xxxx\"},\"content\":\"**MASKED**\",\"clientMessageId\":\"client message id\",\"clientBatchId\":\"client batch id\",\"batchId\":\"c9c01382-38bf-4e27-8962-ae0684ab56c3\"}]}");
                    case ("DELETE", ["messages", "batch", _]):
                        return (200, """{"cancelledCount":10}""");
                    case ("POST", ["files"]):
                        context.Response.Headers.Location = "/files/f041c4fa554941b2acba0191859707b9.png?token=CfDJ8LwbBIzqYzxMo4VX";
                        return (200, """{"fileName":"f041c4fa554941b2acba0191859707b9.png","token":"CfDJ8LwbBIzqYzxMo4VX"}""");
                }
            }

            return (404, ErrorBody(1004, "The entity doesn't exist"));
        }
    }

    private (int, string?) RouteFlows(string method, string[] rest, IQueryCollection query, string body)
    {
        switch (method, rest.Length)
        {
            case ("GET", 1):
                var limit = query.TryGetValue("limit", out var l) ? int.Parse(l.ToString()) : 100;
                var flows = new JsonArray(Flows.Values.OrderBy(f => f.Id, StringComparer.Ordinal).Take(limit)
                    .Select(f => (JsonNode)new JsonObject { ["id"] = f.Id, ["name"] = f.Name, ["status"] = f.Status }).ToArray());
                return (200, new JsonObject { ["flows"] = flows }.ToJsonString());
            case ("POST", 1):
            {
                var request = JsonNode.Parse(body)!.AsObject();
                if (request["name"] is null || request["categories"] is not JsonArray)
                {
                    return (400, ErrorBody(1000, "name and categories are required"));
                }

                var flow = new FakeFlow { Id = (_nextFlowId++).ToString(System.Globalization.CultureInfo.InvariantCulture) };
                Apply(flow, request);
                Flows[flow.Id] = flow;
                return (200, WriteResult(flow));
            }
        }

        if (!Flows.TryGetValue(rest[1], out var existing))
        {
            return (404, ErrorBody(1004, "Flow not found"));
        }

        switch (method, rest.Length > 2 ? rest[2] : null)
        {
            case ("GET", null):
                var details = new JsonObject
                {
                    ["flowId"] = existing.Id,
                    ["flowJsonUrl"] = new Uri(BaseAddress, "cdn/" + existing.Id + ".json").ToString(),
                    ["name"] = existing.Name,
                    ["status"] = existing.Status,
                    ["categories"] = new JsonArray(existing.Categories.Select(c => (JsonNode)c).ToArray()),
                };
                if (existing.FlowJson is not null && ValidationErrorFor?.Invoke(existing.Name) is { } error)
                {
                    details["validationErrors"] = new JsonArray(JsonNode.Parse(error));
                }

                return (200, details.ToJsonString());
            case ("PUT", null):
                if (existing.Status != "DRAFT")
                {
                    return (400, ErrorBody(1000, "Flow must be in DRAFT status"));
                }

                Apply(existing, JsonNode.Parse(body)!.AsObject());
                return (200, WriteResult(existing));
            case ("DELETE", null):
                if (existing.Status != "DRAFT")
                {
                    return (400, ErrorBody(1000, "Only flows that are not published can be deleted"));
                }

                Flows.Remove(existing.Id);
                return (200, null);
            case ("POST", "publish"):
                if (existing.Status != "DRAFT")
                {
                    return (400, ErrorBody(1000, "Flow must be in DRAFT status"));
                }

                existing.Status = "PUBLISHED";
                return (200, null);
            case ("POST", "deprecate"):
                existing.Status = "DEPRECATED";
                return (200, null);
            case ("GET", "preview"):
                return (200, "{\"id\":\"" + existing.Id + "\",\"preview_url\":\"https://business.facebook.com/wa/manage/flows/" + existing.Id + "/preview/?token=0836260f-9b1e-4a78-b02b-aaad5c173278\",\"expires_at\":\"2025-12-13T05:49:59+0000\"}");
        }

        return (404, ErrorBody(1004, "The entity doesn't exist"));
    }

    private string WriteResult(FakeFlow flow)
    {
        var result = new JsonObject { ["id"] = flow.Id, ["success"] = true };
        if (ValidationErrorFor?.Invoke(flow.Name) is { } error)
        {
            result["validationErrors"] = new JsonArray(JsonNode.Parse(error));
        }

        return result.ToJsonString();
    }

    private void Apply(FakeFlow flow, JsonObject request)
    {
        if (request["name"] is { } name)
        {
            flow.Name = name.GetValue<string>();
        }

        if (request["categories"] is JsonArray categories)
        {
            flow.Categories = categories.Select(c => c!.GetValue<string>()).ToList();
        }

        if (request["flowJson"] is { } json)
        {
            flow.FlowJson = json.GetValue<string>();
        }

        if (request["endPointUri"] is { } endpoint)
        {
            flow.EndPointUri = endpoint.GetValue<string>();
        }

        if (request["publish"]?.GetValue<bool>() == true)
        {
            flow.Status = "PUBLISHED";
        }
    }

    private (int, string?) RouteTemplates(string method, string[] rest, string body)
    {
        switch (method, rest.Length)
        {
            case ("GET", 1):
                return (200, new JsonObject { ["templates"] = new JsonArray(Templates.Select(t => t.DeepClone()).ToArray()) }.ToJsonString());
            case ("POST", 1):
            {
                var request = JsonNode.Parse(body)!.AsObject();
                foreach (var field in new[] { "language", "name", "category", "components" })
                {
                    if (request[field] is null)
                    {
                        return (400, ErrorBody(1000, $"'{field}' is required"));
                    }
                }

                var name = request["name"]!.GetValue<string>();
                if (Templates.Any(t => (string?)t["templateName"] == name && (string?)t["language"] == request["language"]!.GetValue<string>()))
                {
                    return (400, ErrorBody(1000, "Template name cannot be reused within 30 days of deletion"));
                }

                Templates.Add(new JsonObject
                {
                    ["channelId"] = ChannelId,
                    ["channelName"] = "My WhatsApp instance",
                    ["templateName"] = name,
                    ["language"] = request["language"]!.DeepClone(),
                    ["components"] = request["components"]!.DeepClone(),
                    ["category"] = request["category"]!.DeepClone(),
                    ["status"] = "PENDING",
                    ["statusName"] = "Pending",
                    ["createdAt"] = "2026-12-02T10:00:00.00Z",
                    ["updatedAt"] = "2026-12-02T10:00:00.00Z",
                });
                return (200, "{}");
            }

            case ("DELETE", 2):
                var removed = Templates.RemoveAll(t => (string?)t["templateName"] == Uri.UnescapeDataString(rest[1]));
                return removed == 0 ? (404, ErrorBody(1004, "The entity doesn't exist")) : (200, "{}");
        }

        return (404, ErrorBody(1004, "The entity doesn't exist"));
    }
}
