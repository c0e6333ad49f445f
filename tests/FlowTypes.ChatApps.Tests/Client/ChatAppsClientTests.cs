using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using FlowTypes.ChatApps.Tests.Infrastructure;
using FlowTypes.Sending;
using FlowTypes.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using Xunit;

namespace FlowTypes.ChatApps.Tests.Client;

[Collection(FakeServerCollection.Name)]
public sealed partial class ChatAppsClientTests : IDisposable
{
    private const string Channel = "/api/v1/accounts/" + FakeChatApps.AccountId + "/channels/" + FakeChatApps.ChannelId;
    private readonly FakeChatApps _fake;
    private readonly CapturingLoggerProvider _logs = new();
    private ServiceProvider? _provider;

    public ChatAppsClientTests(FakeChatApps fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    public void Dispose() => _provider?.Dispose();

    private ChatAppsClient Client(Action<ChatAppsOptions>? tweak = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        services.AddChatAppsClient(o =>
        {
            o.BaseAddress = _fake.BaseAddress;
            o.AccountId = FakeChatApps.AccountId;
            o.ChannelId = FakeChatApps.ChannelId;
            o.SubAccountId = FakeChatApps.SubAccountId;
            o.ApiKey = FakeChatApps.ApiKey;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            tweak?.Invoke(o);
        });
        _provider = services.BuildServiceProvider();
        return _provider.GetRequiredService<ChatAppsClient>();
    }

    private static void AssertAuthorized(RecordedRequest request) =>
        Assert.Equal("Bearer " + FakeChatApps.ApiKey, request.Headers["Authorization"]);

    [Fact]
    public async Task CreateFlow_posts_the_documented_body_to_the_api_reference_path()
    {
        var client = Client();
        var result = await client.CreateFlowAsync(new FlowWriteRequest
        {
            Name = "Example Flow",
            Categories = new[] { "OTHER" },
            FlowJson = "{\n  \"version\": \"7.3\"\n}",
            EndPointUri = "https://example.com/flow-endpoint",
        });

        Assert.Equal("866937862658913", result.Id);
        Assert.True(result.Success);
        Assert.Null(result.ValidationErrors);
        var request = Assert.Single(_fake.Take());
        Assert.Equal("POST", request.Method);
        Assert.Equal(Channel + "/flows", request.PathAndQuery);
        AssertAuthorized(request);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("{\"name\":\"Example Flow\",\"categories\":[\"OTHER\"],\"flowJson\":\"{\\n  \\u0022version\\u0022: \\u00227.3\\u0022\\n}\",\"endPointUri\":\"https://example.com/flow-endpoint\"}", request.Body);
    }

    [Fact]
    public async Task UpdateFlow_reads_the_documented_validation_errors_as_typed_values()
    {
        var client = Client();
        _fake.Flows["42"] = new FakeFlow { Id = "42", Name = "Example flow", Categories = { "OTHER" } };
        _fake.ValidationErrorFor = _ => FakeChatApps.DocumentedValidationError;

        var result = await client.UpdateFlowAsync("42", new FlowWriteRequest { FlowJson = "{}" });

        var request = Assert.Single(_fake.Take());
        Assert.Equal("PUT", request.Method);
        Assert.Equal(Channel + "/flows/42", request.PathAndQuery);
        Assert.Equal("{\"flowJson\":\"{}\"}", request.Body);
        var error = Assert.Single(result.ValidationErrors!);
        Assert.Equal("INVALID_PROPERTY_VALUE", error.Error);
        Assert.Equal("FLOW_JSON_ERROR", error.ErrorType);
        Assert.Equal("Invalid value found for property 'type'.", error.Message);
        Assert.Equal((1, 1, 84, 92), (error.LineStart, error.LineEnd, error.ColumnStart, error.ColumnEnd));
        var pointer = Assert.Single(error.Pointers!);
        Assert.Equal("screens[0].layout.children[0].children[0].type", pointer.Path);
        Assert.Equal((1, 1, 84, 92), (pointer.LineStart, pointer.LineEnd, pointer.ColumnStart, pointer.ColumnEnd));
    }

    [Fact]
    public async Task A_400_carries_the_documented_error_body_and_validation_errors()
    {
        var client = Client();
        _fake.Fail(new Fault(400, FakeChatApps.ErrorBody(1000, "Invalid flowJson", FakeChatApps.DocumentedValidationError)));

        var e = await Assert.ThrowsAsync<ChatAppsApiException>(() => client.CreateFlowAsync(new FlowWriteRequest { Name = "x", Categories = new[] { "OTHER" }, FlowJson = "{}" }));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Equal(1000, e.Error!.Code);
        Assert.Equal("Invalid flowJson", e.Error.Message);
        Assert.Equal("8d3c6e0a-1b2f-4c5d-9e8f-7a6b5c4d3e2f", e.Error.ErrorId);
        Assert.Equal("2026-12-02T10:00:00.00Z", e.Error.Timestamp);
        Assert.Equal(84, Assert.Single(e.ValidationErrors).ColumnStart);
        Assert.Equal("8x8 CreateFlow (POST " + Channel + "/flows) failed: 400 BadRequest; code 1000: Invalid flowJson (errorId 8d3c6e0a-1b2f-4c5d-9e8f-7a6b5c4d3e2f)", e.Message);
        Assert.Single(_fake.Take()); // a POST is not retried on 400
    }

    [Fact]
    public async Task Flow_operations_use_the_documented_methods_and_paths()
    {
        var client = Client();
        _fake.Flows["1145805540595505"] = new FakeFlow { Id = "1145805540595505", Name = "Loan Collection", Categories = { "OTHER" }, FlowJson = "{\"version\":\"7.3\"}" };
        _fake.Flows["802610292468882"] = new FakeFlow { Id = "802610292468882", Name = "Old", Status = "DRAFT" };

        var list = await client.ListFlowsAsync(limit: 10);
        var details = await client.GetFlowAsync("1145805540595505");
        var preview = await client.GetFlowPreviewAsync("1145805540595505", refresh: true);
        var json = await client.DownloadFlowJsonAsync(details.FlowJsonUrl!);
        await client.PublishFlowAsync("1145805540595505");
        await client.DeprecateFlowAsync("1145805540595505");
        await client.DeleteFlowAsync("802610292468882");

        Assert.Equal(new[] { ("1145805540595505", "Loan Collection", "DRAFT"), ("802610292468882", "Old", "DRAFT") }, list.Flows!.Select(f => (f.Id!, f.Name!, f.Status!)));
        Assert.Equal(("1145805540595505", "Loan Collection", "DRAFT"), (details.FlowId, details.Name, details.Status));
        Assert.Equal(new[] { "OTHER" }, details.Categories);
        Assert.Equal("https://business.facebook.com/wa/manage/flows/1145805540595505/preview/?token=0836260f-9b1e-4a78-b02b-aaad5c173278", preview.PreviewUrl);
        Assert.Equal("2025-12-13T05:49:59+0000", preview.ExpiresAt);
        Assert.Equal("{\"version\":\"7.3\"}", json);
        Assert.Equal("DEPRECATED", _fake.Flows["1145805540595505"].Status);
        Assert.False(_fake.Flows.ContainsKey("802610292468882"));

        var requests = _fake.Take();
        Assert.Equal(
            new[]
            {
                "GET " + Channel + "/flows?limit=10",
                "GET " + Channel + "/flows/1145805540595505",
                "GET " + Channel + "/flows/1145805540595505/preview?refresh=true",
                "GET /cdn/1145805540595505.json",
                "POST " + Channel + "/flows/1145805540595505/publish",
                "POST " + Channel + "/flows/1145805540595505/deprecate",
                "DELETE " + Channel + "/flows/802610292468882",
            },
            requests.Select(r => r.Method + " " + r.PathAndQuery));
        Assert.All(requests.Where(r => r.PathAndQuery.StartsWith("/api/", StringComparison.Ordinal)), AssertAuthorized);
        Assert.False(requests.Single(r => r.PathAndQuery.StartsWith("/cdn/", StringComparison.Ordinal)).Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Template_operations_use_the_documented_methods_paths_and_bodies()
    {
        var client = Client();
        _fake.AddRegisteredTemplate("ticket_created", "en", "APPROVED", "UTILITY", "Hi, your booking have been confirmed. Here is your new booking information {{1}}");

        await client.AddTemplateAsync(new AddTemplateRequest
        {
            Language = "en_US",
            Name = "ticket_update_en_US",
            Category = "UTILITY",
            Components = new[] { new RegisteredTemplateComponent { Type = "BODY", Text = "Ticket {{1}} updated", Examples = new[] { "T-1" } } },
        });
        var list = await client.ListTemplatesAsync();
        await client.RemoveTemplateAsync("ticket_created");

        var requests = _fake.Take();
        Assert.Equal(new[] { "POST " + Channel + "/templates", "GET " + Channel + "/templates", "DELETE " + Channel + "/templates/ticket_created" }, requests.Select(r => r.Method + " " + r.PathAndQuery));
        Assert.Equal("{\"language\":\"en_US\",\"name\":\"ticket_update_en_US\",\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\",\"text\":\"Ticket {{1}} updated\",\"examples\":[\"T-1\"]}]}", requests[0].Body);
        Assert.Equal(new[] { ("ticket_created", "en", "APPROVED"), ("ticket_update_en_US", "en_US", "PENDING") }, list.Templates!.Select(t => (t.TemplateName!, t.Language!, t.Status!)));
        Assert.Equal("Hi, your booking have been confirmed. Here is your new booking information {{1}}", list.Templates![0].Components![0].Text);
    }

    [Fact]
    public async Task Messages_and_files_use_the_subaccount_paths_and_the_existing_send_model()
    {
        var client = Client();
        var message = new ChatAppsMessage("+15551234567", new TemplateMessage("ticket_created", "en", TemplateComponent.Body(TemplateParameter.Text("B-1"))));

        var sent = await client.SendMessageAsync(message);
        var details = await client.GetMessageDetailsAsync(sent.Umid!);
        var cancelled = await client.CancelBatchAsync("c9c01382-38bf-4e27-8962-ae0684ab56c3");
        var file = await client.UploadFileAsync(new MemoryStream(Encoding.ASCII.GetBytes("PNGDATA")), "receipt.png", "image/png");

        Assert.Equal("dec02e44-c76f-4a0a-b69f-6ac2a4386eb9", sent.Umid);
        Assert.Equal("queued", sent.Status!.State);
        Assert.Equal(("read", 2, "+63922110xxxx"), (details.Data![0].Status!.State, details.Data[0].Step, details.Data[0].User!.Msisdn));
        Assert.Equal(10, cancelled.CancelledCount);
        Assert.Equal(new Uri(_fake.BaseAddress, "/files/f041c4fa554941b2acba0191859707b9.png?token=CfDJ8LwbBIzqYzxMo4VX").ToString(), file.Url);
        Assert.Equal("f041c4fa554941b2acba0191859707b9.png", file.FileName);

        var requests = _fake.Take();
        const string Sub = "/api/v1/subaccounts/" + FakeChatApps.SubAccountId;
        Assert.Equal(
            new[] { "POST " + Sub + "/messages", "GET " + Sub + "/messages/dec02e44-c76f-4a0a-b69f-6ac2a4386eb9", "DELETE " + Sub + "/messages/batch/c9c01382-38bf-4e27-8962-ae0684ab56c3", "POST " + Sub + "/files" },
            requests.Select(r => r.Method + " " + r.PathAndQuery));
        Assert.Equal(message.ToJson(), requests[0].Body);
        Assert.StartsWith("multipart/form-data", requests[3].ContentType, StringComparison.Ordinal);
        Assert.Contains("name=file; filename=receipt.png", requests[3].Body, StringComparison.Ordinal);
        Assert.Contains("PNGDATA", requests[3].Body, StringComparison.Ordinal);
        Assert.All(requests, AssertAuthorized);
    }

    [Fact]
    public async Task Idempotent_calls_are_retried_on_500()
    {
        var client = Client();
        _fake.Fail(new Fault(500), times: 2);

        var list = await client.ListFlowsAsync();

        Assert.Empty(list.Flows!);
        Assert.Equal(3, _fake.Take().Count);
    }

    [Fact]
    public async Task A_create_and_a_message_send_are_not_retried_on_500()
    {
        var client = Client();
        _fake.Fail(new Fault(500), times: 2);

        var create = await Assert.ThrowsAsync<ChatAppsApiException>(() => client.CreateFlowAsync(new FlowWriteRequest { Name = "x", Categories = new[] { "OTHER" } }));
        var send = await Assert.ThrowsAsync<ChatAppsApiException>(() => client.SendMessageAsync(new ChatAppsMessage("+15551234567", new TemplateMessage("t", "en"))));

        Assert.Equal(HttpStatusCode.InternalServerError, create.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, send.StatusCode);
        Assert.Equal(new[] { "POST", "POST" }, _fake.Take().Select(r => r.Method));
        Assert.Empty(_fake.Flows);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_Retry_After_delay_even_for_a_send()
    {
        // The back-off without Retry-After would be 30 s, past the 20 s total timeout: success proves the header's 1 s was used.
        var client = Client(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromSeconds(30);
            o.TotalTimeout = TimeSpan.FromSeconds(20);
        });
        _fake.Fail(new Fault(429, RetryAfter: "1"));

        var sent = await client.SendMessageAsync(new ChatAppsMessage("+15551234567", new TemplateMessage("t", "en")));

        Assert.Equal("dec02e44-c76f-4a0a-b69f-6ac2a4386eb9", sent.Umid);
        Assert.Equal(2, _fake.Take().Count);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_cap_fails_at_once()
    {
        var client = Client(o => o.MaxRetryAfter = TimeSpan.FromSeconds(5));
        _fake.Fail(new Fault(429, RetryAfter: "3600"));

        var e = await Assert.ThrowsAsync<ChatAppsApiException>(() => client.ListTemplatesAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, e.StatusCode);
        Assert.Single(_fake.Take());
    }

    [Fact]
    public async Task A_slow_answer_times_out_and_is_retried_only_when_idempotent()
    {
        var client = Client(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        _fake.Fail(new Fault(0, Delay: TimeSpan.FromSeconds(3)));

        var list = await client.ListFlowsAsync();
        Assert.NotNull(list.Flows);
        Assert.Equal(2, _fake.Take().Count);

        _fake.Fail(new Fault(0, Delay: TimeSpan.FromSeconds(3)));
        await Assert.ThrowsAsync<TimeoutRejectedException>(() => client.PublishFlowAsync("1"));
        Assert.Single(_fake.Take());
    }

    [Fact]
    public async Task A_401_says_the_key_or_account_is_wrong()
    {
        var client = Client(o => o.ApiKey = "wrong-key");

        var e = await Assert.ThrowsAsync<ChatAppsApiException>(() => client.ListFlowsAsync());

        Assert.True(e.IsAuthenticationFailure);
        Assert.Equal("8x8 ListFlows (GET " + Channel + "/flows) failed: 401 Unauthorized (the API key is wrong or expired, or it has no access to this account, sub-account or channel); code 1002: Request was not authenticated (errorId 8d3c6e0a-1b2f-4c5d-9e8f-7a6b5c4d3e2f)", e.Message);
        Assert.Single(_fake.Take());
    }

    [Theory]
    [InlineData("{\"flows\":[{\"name\":\"x\",\"status\":\"DRAFT\"}]}", "$.flows[0].id", "is missing")]
    [InlineData("{\"flows\":[{\"id\":{},\"status\":\"DRAFT\"}]}", "$.flows[0].id", "has the wrong JSON type")]
    [InlineData("{\"items\":[]}", "$.flows", "is missing")]
    [InlineData("<html>", "$", "is not valid: '<' is an invalid start of a value")]
    public async Task A_response_that_does_not_match_the_documented_shape_names_the_field(string body, string field, string problem)
    {
        var client = Client();
        _fake.Fail(new Fault(200, body));

        var e = await Assert.ThrowsAsync<ChatAppsResponseFormatException>(() => client.ListFlowsAsync());

        Assert.Equal(field, e.Field);
        Assert.Equal("8x8 ListFlows: the response does not match the documented shape: " + field + " " + problem, e.Message);
    }

    [Fact]
    public async Task The_api_key_appears_in_no_log_entry_exception_or_ToString()
    {
        var client = Client(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        _fake.Flows["7"] = new FakeFlow { Id = "7", Name = "n" };
        var texts = new System.Collections.Generic.List<string>();
        _fake.Fail(new Fault(500), times: 1);
        await client.ListFlowsAsync();
        _fake.Fail(new Fault(400, FakeChatApps.ErrorBody(1000, "bad", FakeChatApps.DocumentedValidationError)));
        texts.Add((await Assert.ThrowsAsync<ChatAppsApiException>(() => client.UpdateFlowAsync("7", new FlowWriteRequest { Name = "m" }))).ToString());
        _fake.Fail(new Fault(0, Delay: TimeSpan.FromSeconds(3)));
        texts.Add((await Assert.ThrowsAsync<TimeoutRejectedException>(() => client.PublishFlowAsync("7"))).ToString());
        texts.Add((await Assert.ThrowsAsync<ChatAppsResponseFormatException>(async () =>
        {
            _fake.Fail(new Fault(200, "{}"));
            await client.GetFlowAsync("7");
        })).ToString());
        texts.Add(_provider!.GetRequiredService<Microsoft.Extensions.Options.IOptions<ChatAppsOptions>>().Value.ToString());

        var logged = _logs.AllText;
        Assert.Contains("GET " + Channel + "/flows -> 200", logged, StringComparison.Ordinal);
        Assert.Contains("PUT " + Channel + "/flows/7 -> 400", logged, StringComparison.Ordinal);
        Assert.Contains("Authorization", logged, StringComparison.Ordinal); // the HttpClient factory logs headers at Trace, redacted
        Assert.DoesNotContain(FakeChatApps.ApiKey, logged, StringComparison.Ordinal);
        Assert.All(texts, t => Assert.DoesNotContain(FakeChatApps.ApiKey, t, StringComparison.Ordinal));
        Assert.Contains("ApiKey = (set)", texts[^1], StringComparison.Ordinal);
    }

    private const string DirectSendSamplePath = "/api/v1/whatsapp/subaccounts/" + FakeChatApps.SubAccountId + "/channels/" + FakeChatApps.ChannelId + "/directSend/sample";

    [Fact]
    public async Task A_text_direct_send_sample_is_posted_to_the_documented_path_and_answered_with_the_category()
    {
        var client = Client();

        var result = await client.SubmitDirectSendSampleAsync(new DirectSendSample("Hello! This is a sample message."));

        Assert.Equal((true, "UTILITY"), (result.Success, result.Category));
        var request = Assert.Single(_fake.Take());
        Assert.Equal(("POST", DirectSendSamplePath), (request.Method, request.PathAndQuery));
        AssertAuthorized(request);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("""{"type":"text","text":{"body":"Hello! This is a sample message."}}""", request.Body);
    }

    [Fact]
    public async Task The_documented_cta_url_sample_is_written_as_the_reference_shows_it()
    {
        // The reference's examples: header "Welcome", body, footer "Powered by 8x8", "Visit store" to https://example.com/store.
        var client = Client();
        _fake.DirectSendCategory = "MARKETING";
        var sample = new DirectSendSample(new CtaUrlMessage("Tap the button below to visit our store.", "Visit store", "https://example.com/store")
        {
            Header = InteractiveHeader.Text("Welcome"),
            Footer = "Powered by 8x8",
        });

        var result = await client.SubmitDirectSendSampleAsync(sample);

        Assert.Equal((true, "MARKETING"), (result.Success, result.Category));
        Assert.Equal(
            """{"type":"interactive","interactive":{"type":"cta_url","header":{"type":"text","text":"Welcome"},"body":{"text":"Tap the button below to visit our store."},"footer":{"text":"Powered by 8x8"},"action":{"name":"cta_url","parameters":{"display_text":"Visit store","url":"https://example.com/store"}}}}""",
            Assert.Single(_fake.Take()).Body);
    }

    [Fact]
    public async Task A_reply_button_sample_may_have_up_to_ten_buttons()
    {
        var client = Client();
        var buttons = Enumerable.Range(1, 10).Select(i => new ReplyButton("btn-" + i, "Option " + i)).ToArray();

        var result = await client.SubmitDirectSendSampleAsync(new DirectSendSample(new ReplyButtonsMessage("Which size do you want?", buttons)));

        Assert.True(result.Success);
        Assert.StartsWith(
            """{"type":"interactive","interactive":{"type":"button","body":{"text":"Which size do you want?"},"action":{"buttons":[{"type":"reply","reply":{"id":"btn-1","title":"Option 1"}},""",
            Assert.Single(_fake.Take()).Body,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sample_8x8_refuses_throws_with_its_error_and_is_not_retried()
    {
        // An image header (the analyzers report it at compile time, FT3032; this project does not run them).
        var client = Client();
        var refused = await Assert.ThrowsAsync<ChatAppsApiException>(() => client.SubmitDirectSendSampleAsync(new DirectSendSample(
            new CtaUrlMessage("Our new store.", "Visit store", "https://example.com/store") { Header = InteractiveHeader.Image("https://example.com/a.png") })));

        Assert.Equal((HttpStatusCode.BadRequest, "SubmitDirectSendSample"), (refused.StatusCode, refused.Operation));
        Assert.Equal("interactive.header must be a text header of at most 60 characters", refused.Error!.Message);

        _fake.Fail(new Fault(500), times: 2);
        var failed = await Assert.ThrowsAsync<ChatAppsApiException>(() => client.SubmitDirectSendSampleAsync(new DirectSendSample("Hello")));
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(2, _fake.Take().Count); // the refused one, and the 500 once: a POST is not sent again after a 5xx
    }

    [Fact]
    public async Task A_sample_answer_without_success_names_the_field()
    {
        var client = Client();
        _fake.Fail(new Fault(200, """{"category":"UTILITY"}"""));

        var error = await Assert.ThrowsAsync<ChatAppsResponseFormatException>(() => client.SubmitDirectSendSampleAsync(new DirectSendSample("Hello")));

        Assert.Equal("$.success", error.Field);
    }
}
