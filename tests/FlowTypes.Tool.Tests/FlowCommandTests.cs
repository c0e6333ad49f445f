using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.Tool.Tests;

[Collection(FakeServerCollection.Name)]
public sealed class FlowCommandTests : IDisposable
{
    private const string Flows = "/api/v1/accounts/" + FakeChatApps.AccountId + "/channels/" + FakeChatApps.ChannelId + "/flows";
    private readonly FakeChatApps _fake;
    private readonly ToolProject _project = new();

    public FlowCommandTests(FakeChatApps fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public async Task Missing_configuration_is_one_line_exit_2_and_nothing_sent()
    {
        _project.CopySample("flows/returns.flow.json", "flows/returns.flow.json");
        _project.Variables.Remove("FLOWTYPES_API_KEY");
        _project.Variables.Remove("FLOWTYPES_CHANNEL_ID");

        var (exit, output, error) = await _project.RunAsync(_fake, "flows", "push");

        Assert.Equal(2, exit);
        Assert.Equal("flowtypes: missing configuration: FLOWTYPES_API_KEY, FLOWTYPES_CHANNEL_ID (or channelId in flowtypes.json); nothing was sent (see docs/cli.md).\n", error);
        Assert.Equal(string.Empty, output);
        Assert.Empty(_fake.Take());
        Assert.False(File.Exists(_project.PathOf("flowtypes.lock.json")));
    }

    [Fact]
    public async Task Push_creates_each_flow_with_the_file_text_unchanged_records_it_and_a_second_push_sends_nothing()
    {
        var returns = _project.CopySample("flows/returns.flow.json", "flows/returns.flow.json");
        var lead = _project.CopySample("flows/lead-generation.flow.json", "flows/lead-generation.flow.json");

        var (exit, output, error) = await _project.RunAsync(_fake, "flows", "push");

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, exit);
        Assert.Equal(
            "  created    flows/lead-generation.flow.json (866937862658913)\n" +
            "  created    flows/returns.flow.json (866937862658914)\n" +
            "flows push: 2 file(s): 2 created, 0 updated, 0 unchanged, 0 refused (local errors), 0 with 8x8 validation errors, 0 failed.\n",
            output);
        var requests = _fake.Take();
        Assert.Equal(new[] { "POST " + Flows, "POST " + Flows }, requests.Select(r => r.Method + " " + r.PathAndQuery));
        using (var body = JsonDocument.Parse(requests[0].Body))
        {
            Assert.Equal("lead-generation", body.RootElement.GetProperty("name").GetString());
            Assert.Equal("[\"OTHER\"]", body.RootElement.GetProperty("categories").GetRawText());
            Assert.Equal(File.ReadAllText(lead), body.RootElement.GetProperty("flowJson").GetString());
            Assert.False(body.RootElement.TryGetProperty("endPointUri", out _));
        }

        Assert.Equal(File.ReadAllText(returns), _fake.Flows["866937862658914"].FlowJson);
        using (var lockFile = JsonDocument.Parse(_project.LockText))
        {
            var flows = lockFile.RootElement.GetProperty("flows");
            Assert.Equal(new[] { "flows/lead-generation.flow.json", "flows/returns.flow.json" }, flows.EnumerateObject().Select(p => p.Name));
            Assert.Equal("866937862658914", flows.GetProperty("flows/returns.flow.json").GetProperty("flowId").GetString());
            Assert.Equal(64, flows.GetProperty("flows/returns.flow.json").GetProperty("sha256").GetString()!.Length);
        }

        var second = await _project.RunAsync(_fake, "flows", "push");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(
            "  unchanged  flows/lead-generation.flow.json (866937862658913)\n" +
            "  unchanged  flows/returns.flow.json (866937862658914)\n" +
            "flows push: 2 file(s): 0 created, 0 updated, 2 unchanged, 0 refused (local errors), 0 with 8x8 validation errors, 0 failed.\n",
            second.Out);
        Assert.Empty(_fake.Take());

        File.AppendAllText(returns, "\n");
        var third = await _project.RunAsync(_fake, "flows", "push");
        Assert.Equal(0, third.ExitCode);
        var update = Assert.Single(_fake.Take());
        Assert.Equal("PUT " + Flows + "/866937862658914", update.Method + " " + update.PathAndQuery);
        Assert.Equal("Bearer " + FakeChatApps.ApiKey, update.Headers["Authorization"]);
    }

    [Fact]
    public async Task The_documented_validation_error_is_printed_at_the_files_own_line_and_column()
    {
        var path = _project.Write("flows/welcome.flow.json", ToolProject.OneLineFlow);
        _fake.ValidationErrorFor = name => name == "welcome" ? FakeChatApps.DocumentedValidationError : null;

        var (exit, output, _) = await _project.RunAsync(_fake, "flows", "push");

        Assert.Equal(1, exit);
        Assert.Equal(
            path + "(1,84,1,92): error INVALID_PROPERTY_VALUE: Invalid value found for property 'type'. [8x8 FLOW_JSON_ERROR at screens[0].layout.children[0].children[0].type]\n" +
            "  created    flows/welcome.flow.json (866937862658913) with 1 8x8 validation error(s)\n" +
            "flows push: 1 file(s): 1 created, 0 updated, 0 unchanged, 0 refused (local errors), 1 with 8x8 validation errors, 0 failed.\n",
            output);
        // Line 1, column 84 of the file is the value of screens[0].layout.children[0].children[0].type: the uploaded text is the file's own.
        Assert.StartsWith("\"TextInput\"", File.ReadAllLines(path)[0][83..], StringComparison.Ordinal);
        Assert.Equal(ToolProject.OneLineFlow, _fake.Flows["866937862658913"].FlowJson);
        Assert.Contains("\"sha256\": null", _project.LockText, StringComparison.Ordinal);

        // Recorded with errors: the next push updates again (and reports again) instead of creating a second flow.
        var again = await _project.RunAsync(_fake, "flows", "push");
        Assert.Equal(1, again.ExitCode);
        Assert.Equal(new[] { "POST " + Flows, "PUT " + Flows + "/866937862658913" }, _fake.Take().Select(r => r.Method + " " + r.PathAndQuery));
    }

    [Fact]
    public async Task A_400_with_validationErrors_is_printed_the_same_way_and_nothing_is_recorded()
    {
        var path = _project.Write("flows/welcome.flow.json", ToolProject.OneLineFlow);
        _fake.Fail(new Fault(400, FakeChatApps.ErrorBody(1000, "Invalid flowJson", FakeChatApps.DocumentedValidationError)));

        var (exit, output, _) = await _project.RunAsync(_fake, "flows", "push");

        Assert.Equal(1, exit);
        Assert.StartsWith(path + "(1,84,1,92): error INVALID_PROPERTY_VALUE: Invalid value found for property 'type'. [8x8 FLOW_JSON_ERROR at screens[0].layout.children[0].children[0].type]\n  rejected   flows/welcome.flow.json (8x8 refused the flow JSON)\n", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_project.PathOf("flowtypes.lock.json")));
    }

    [Fact]
    public async Task A_file_with_local_FT1xxx_errors_is_refused_with_the_builds_message_and_not_sent()
    {
        var bad = _project.Write("flows/bad.flow.json", "{\n  \"screens\": []\n}\n");
        _project.CopySample("flows/returns.flow.json", "flows/returns.flow.json");

        var (exit, output, _) = await _project.RunAsync(_fake, "flows", "push");

        Assert.Equal(1, exit);
        // The messages and locations of FlowTypes.Generators' FlowFileAnalyzer, as the build prints them.
        Assert.Equal(
            bad + "(1,1): error FT1002: The flow has no valid 'version' (the property is missing); add \"version\": \"7.3\" or another publishable Flow JSON version at the top level\n" +
            bad + "(2,14): error FT1038: The flow requires property 'screens (at least one screen)'; add it\n" +
            "  refused    flows/bad.flow.json (FT1xxx errors; fix them first, nothing sent)\n" +
            "  created    flows/returns.flow.json (866937862658913)\n" +
            "flows push: 2 file(s): 1 created, 0 updated, 0 unchanged, 1 refused (local errors), 0 with 8x8 validation errors, 0 failed.\n",
            output);
        var request = Assert.Single(_fake.Take());
        Assert.Contains("\"name\":\"returns\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_and_publish_follow_the_local_and_remote_state()
    {
        var returns = _project.CopySample("flows/returns.flow.json", "flows/returns.flow.json");
        _project.CopySample("flows/service-booking.flow.json", "flows/service-booking.flow.json");
        _project.Write("flows/welcome.flow.json", ToolProject.OneLineFlow);
        Assert.Equal(0, (await _project.RunAsync(_fake, "flows", "push")).ExitCode);
        File.Delete(_project.PathOf("flows/welcome.flow.json"));
        File.AppendAllText(returns, " ");
        _project.Write("flows/new.flow.json", ToolProject.OneLineFlow);
        _fake.Take();

        var status = await _project.RunAsync(_fake, "flows", "status");

        Assert.Equal(1, status.ExitCode);
        Assert.Equal(
            "  not created  -           flows/new.flow.json\n" +
            "  changed      DRAFT       flows/returns.flow.json (866937862658913)\n" +
            "  in sync      DRAFT       flows/service-booking.flow.json (866937862658914)\n" +
            "flows status: 3 file(s), 1 in sync, 2 not in sync.\n",
            status.Out);
        Assert.Equal(new[] { "GET " + Flows + "?limit=1000" }, _fake.Take().Select(r => r.Method + " " + r.PathAndQuery));

        var publish = await _project.RunAsync(_fake, "flows", "publish");

        Assert.Equal(1, publish.ExitCode);
        Assert.Equal(
            _project.PathOf("flows/new.flow.json") + "(1,1): error FLOWTYPES: not created in 8x8 yet; run 'flowtypes flows push' first.\n" +
            _project.PathOf("flows/returns.flow.json") + "(1,1): error FLOWTYPES: changed since its last clean push; run 'flowtypes flows push' and fix any errors before publishing.\n" +
            "  published  flows/service-booking.flow.json (866937862658914)\n" +
            "flows publish: 1 published, 0 already published or deprecated, 2 not publishable.\n",
            publish.Out);
        Assert.Equal(new[] { "GET " + Flows + "?limit=1000", "POST " + Flows + "/866937862658914/publish" }, _fake.Take().Select(r => r.Method + " " + r.PathAndQuery));
        Assert.Equal("PUBLISHED", _fake.Flows["866937862658914"].Status);
    }

    [Fact]
    public async Task Push_with_publish_publishes_clean_drafts_and_a_second_run_publishes_nothing()
    {
        _project.CopySample("flows/returns.flow.json", "flows/returns.flow.json");

        var first = await _project.RunAsync(_fake, "flows", "push", "--publish");
        var second = await _project.RunAsync(_fake, "flows", "push", "--publish");

        Assert.Equal(0, first.ExitCode);
        Assert.EndsWith("  published  flows/returns.flow.json (866937862658913)\nflows publish: 1 published, 0 already published or deprecated, 0 not publishable.\n", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.EndsWith("  published  flows/returns.flow.json (866937862658913)\nflows publish: 0 published, 1 already published or deprecated, 0 not publishable.\n", second.Out, StringComparison.Ordinal);
        Assert.Equal(
            new[] { "POST " + Flows, "GET " + Flows + "?limit=1000", "POST " + Flows + "/866937862658913/publish", "GET " + Flows + "?limit=1000" },
            _fake.Take().Select(r => r.Method + " " + r.PathAndQuery));
    }

    [Fact]
    public async Task A_404_on_update_says_the_flow_was_deleted_remotely_and_how_to_recreate_it()
    {
        var returns = _project.CopySample("flows/returns.flow.json", "flows/returns.flow.json");
        await _project.RunAsync(_fake, "flows", "push");
        _fake.Flows.Clear();
        File.AppendAllText(returns, " ");

        var (exit, output, _) = await _project.RunAsync(_fake, "flows", "push");

        Assert.Equal(1, exit);
        Assert.StartsWith(returns + "(1,1): error FLOWTYPES: flow 866937862658913 recorded for this file does not exist in 8x8 (it was deleted remotely). To create it again, remove \"flows/returns.flow.json\" from flowtypes.lock.json (and any FlowId metadata) and run 'flowtypes flows push'.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_says_the_key_or_account_is_wrong_exit_2_and_verbose_shows_request_lines_without_the_key()
    {
        _project.CopySample("flows/returns.flow.json", "flows/returns.flow.json");
        _project.Variables["FLOWTYPES_API_KEY"] = "revoked-key-123";

        var (exit, output, error) = await _project.RunAsync(_fake, "flows", "status", "--verbose");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            "> GET " + Flows + "?limit=1000 -> 401 (",
            error.Split('\n')[0][..(error.Split('\n')[0].IndexOf('(', StringComparison.Ordinal) + 1)]);
        Assert.EndsWith("flowtypes: 8x8 refused the request (401 Unauthorized): the API key (FLOWTYPES_API_KEY) is wrong or expired, or the account id or channel id is not one this key may use.\n", error, StringComparison.Ordinal);
        Assert.DoesNotContain("revoked-key-123", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_key_is_in_no_output_of_a_verbose_push()
    {
        _project.CopySample("flows/returns.flow.json", "flows/returns.flow.json");

        var (exit, output, error) = await _project.RunAsync(_fake, "flows", "push", "--publish", "--verbose");

        Assert.Equal(0, exit);
        Assert.Contains("> POST " + Flows + " -> 200", error, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeChatApps.ApiKey, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_mid_push_keeps_the_flows_already_created_recorded_and_the_lock_whole()
    {
        _project.CopySample("flows/healthcare-appointment.flow.json", "flows/a.flow.json");
        _project.CopySample("flows/returns.flow.json", "flows/b.flow.json");
        _project.CopySample("flows/service-booking.flow.json", "flows/c.flow.json");
        using var cancel = new CancellationTokenSource();
        var posts = 0;
        _fake.OnRequest = r =>
        {
            if (r.Method == "POST" && Interlocked.Increment(ref posts) == 2)
            {
                cancel.Cancel();
                Thread.Sleep(200); // the answer comes after the client has given up
            }
        };
        var (exit, output, error) = await _project.RunAsync(_fake, cancel.Token, "flows", "push");

        Assert.Equal(2, exit);
        Assert.Equal("  created    flows/a.flow.json (866937862658913)\n", output[..output.IndexOf("\n", StringComparison.Ordinal)] + "\n");
        Assert.Equal("flowtypes: cancelled; files already pushed are recorded in flowtypes.lock.json.\n", error);
        using var lockFile = JsonDocument.Parse(_project.LockText);
        Assert.Equal("866937862658913", lockFile.RootElement.GetProperty("flows").GetProperty("flows/a.flow.json").GetProperty("flowId").GetString());
        Assert.False(lockFile.RootElement.GetProperty("flows").TryGetProperty("flows/c.flow.json", out _));
        Assert.Empty(Directory.GetFiles(_project.Directory, "*.tmp"));
    }

    [Fact]
    public async Task Preview_prints_the_url_and_expiry_and_dry_run_sends_nothing()
    {
        _project.CopySample("flows/returns.flow.json", "flows/returns.flow.json");
        var dry = await _project.RunAsync(_fake, "flows", "push", "--dry-run");
        Assert.Equal("  would create flows/returns.flow.json\nflows push: 1 file(s): 0 created, 0 updated, 0 unchanged, 0 refused (local errors), 0 with 8x8 validation errors, 0 failed (dry run: nothing sent).\n", dry.Out);
        Assert.Empty(_fake.Take());

        await _project.RunAsync(_fake, "flows", "push");
        _fake.Take();
        var (exit, output, _) = await _project.RunAsync(_fake, "flows", "preview", "flows/returns.flow.json", "--refresh");

        Assert.Equal(0, exit);
        Assert.Equal("flows/returns.flow.json (866937862658913)\n  preview: https://business.facebook.com/wa/manage/flows/866937862658913/preview/?token=0836260f-9b1e-4a78-b02b-aaad5c173278\n  expires: 2025-12-13T05:49:59+0000\n", output);
        Assert.Equal(new[] { "GET " + Flows + "/866937862658913/preview?refresh=true" }, _fake.Take().Select(r => r.Method + " " + r.PathAndQuery));
    }

    [Fact]
    public async Task Pull_writes_unrecorded_remote_flows_into_files_and_records_them()
    {
        _fake.Flows["1145805540595505"] = new FakeFlow { Id = "1145805540595505", Name = "Loan Collection", FlowJson = ToolProject.OneLineFlow, Status = "PUBLISHED" };

        var (exit, output, _) = await _project.RunAsync(_fake, "flows", "pull");

        Assert.Equal(0, exit);
        Assert.Equal("  pulled     flows/loan-collection.flow.json (1145805540595505, PUBLISHED)\nflows pull: 1 written, 0 already recorded.\n", output);
        Assert.Equal(ToolProject.OneLineFlow, File.ReadAllText(_project.PathOf("flows/loan-collection.flow.json")));
        var status = await _project.RunAsync(_fake, "flows", "status");
        Assert.Equal("  in sync      PUBLISHED   flows/loan-collection.flow.json (1145805540595505)\nflows status: 1 file(s), 1 in sync, 0 not in sync.\n", status.Out);
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        var (exit, _, error) = await _project.RunAsync(_fake, "flows", "pusj");

        Assert.Equal(2, exit);
        Assert.Contains("flowtypes: ", error, StringComparison.Ordinal);
        Assert.Empty(_fake.Take());
    }
}

[Collection(FakeServerCollection.Name)]
public sealed class FlowMetadataTests : IDisposable
{
    private readonly FakeChatApps _fake;
    private readonly ToolProject _project = new(
        """    <AdditionalFiles Include="flows/returns.flow.json" FlowName="Returns and refunds" FlowCategories="CUSTOMER_SUPPORT; survey" FlowEndpointUri="https://shop.example.com/flows/returns" />""");

    public FlowMetadataTests(FakeChatApps fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public async Task Item_metadata_sets_the_name_categories_and_endPointUri_sent_with_the_flow()
    {
        var returns = _project.CopySample("flows/returns.flow.json", "flows/returns.flow.json");

        var (exit, _, _) = await _project.RunAsync(_fake, "flows", "push");

        Assert.Equal(0, exit);
        var request = Assert.Single(_fake.Take());
        Assert.Equal(
            "{\"name\":\"Returns and refunds\",\"categories\":[\"CUSTOMER_SUPPORT\",\"SURVEY\"],\"flowJson\":" + JsonSerializer.Serialize(File.ReadAllText(returns), FlowTypes.ChatApps.ChatAppsJsonContext.Default.String) + ",\"endPointUri\":\"https://shop.example.com/flows/returns\"}",
            request.Body);
        Assert.Equal("https://shop.example.com/flows/returns", _fake.Flows["866937862658913"].EndPointUri);
    }
}
