using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.Tool.Tests;

[Collection(FakeServerCollection.Name)]
public sealed class TemplateCommandTests : IDisposable
{
    private const string Templates = "/api/v1/accounts/" + FakeChatApps.AccountId + "/channels/" + FakeChatApps.ChannelId + "/templates";
    private readonly FakeChatApps _fake;
    private readonly ToolProject _project = new();

    public TemplateCommandTests(FakeChatApps fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public async Task Pull_writes_the_get_shape_sorted_and_a_second_pull_leaves_the_file_byte_identical()
    {
        _fake.AddRegisteredTemplate("ticket_created", "en", "APPROVED", "UTILITY", "Your booking {{1}} is confirmed.");
        _fake.AddRegisteredTemplate("alert_ünïcode", "en_US", "PAUSED", "MARKETING", "Offer <b>{{1}}</b> & more");
        _fake.AddRegisteredTemplate("ticket_created", "de", "REJECTED", "UTILITY", "Buchung {{1}} bestätigt.");

        var first = await _project.RunAsync(_fake, "templates", "pull");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(
            "  PAUSED     alert_ünïcode (en_US)\n  REJECTED   ticket_created (de)\n  APPROVED   ticket_created (en)\n" +
            "templates pull: 3 template(s) -> templates/registered.template.json (written).\n",
            first.Out);
        var path = _project.PathOf("templates/registered.template.json");
        var bytes = File.ReadAllBytes(path);
        var text = File.ReadAllText(path);
        Assert.StartsWith("{\n  \"templates\": [\n    {\n      \"channelId\": \"ec36a867-3dd4-e911-814a-02d85f55fce8\",\n      \"channelName\": \"My WhatsApp instance\",\n      \"templateName\": \"alert_ünïcode\",\n      \"language\": \"en_US\",\n", text, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"Offer <b>{{1}}</b> & more\"", text, StringComparison.Ordinal);
        Assert.EndsWith("      \"updatedAt\": \"2026-11-28T02:16:42.82Z\"\n    }\n  ]\n}\n", text, StringComparison.Ordinal);
        using (var document = JsonDocument.Parse(text))
        {
            Assert.Equal(
                new[] { "alert_ünïcode/en_US/PAUSED", "ticket_created/de/REJECTED", "ticket_created/en/APPROVED" },
                document.RootElement.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("templateName").GetString() + "/" + t.GetProperty("language").GetString() + "/" + t.GetProperty("status").GetString()));
        }

        var lastWrite = File.GetLastWriteTimeUtc(path);
        _fake.Templates.Reverse(); // the API's order changes; the file must not
        var second = await _project.RunAsync(_fake, "templates", "pull");

        Assert.Equal(0, second.ExitCode);
        Assert.EndsWith("templates pull: 3 template(s) -> templates/registered.template.json (unchanged).\n", second.Out, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(lastWrite, File.GetLastWriteTimeUtc(path));
        Assert.Equal(new[] { "GET " + Templates, "GET " + Templates }, _fake.Take().Select(r => r.Method + " " + r.PathAndQuery));
    }

    [Fact]
    public async Task Push_registers_missing_add_shape_files_and_status_reports_drift_until_approved_and_pulled()
    {
        var file = _project.CopySample("templates/return_update.template.json", "templates/return_update.template.json");

        var missing = await _project.RunAsync(_fake, "templates", "status");
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal(file + "(2,3): warning FLOWTYPES: template return_update (en_US) is not registered in 8x8; run 'flowtypes templates push'.\ntemplates status: 1 finding(s).\n", missing.Out);

        var push = await _project.RunAsync(_fake, "templates", "push");
        Assert.Equal(0, push.ExitCode);
        Assert.Equal("  added      templates/return_update.template.json (return_update, en_US; PENDING until Meta reviews it)\ntemplates push: 1 added, 0 already registered, 0 refused (local errors), 0 failed.\n", push.Out);
        var requests = _fake.Take();
        Assert.Equal(new[] { "GET " + Templates, "GET " + Templates, "POST " + Templates }, requests.Select(r => r.Method + " " + r.PathAndQuery));
        Assert.Equal(
            "{\"language\":\"en_US\",\"name\":\"return_update\",\"category\":\"UTILITY\",\"components\":[" +
            "{\"type\":\"BODY\",\"text\":\"Your return for order {{1}} is registered. Next step: {{2}} Thank you for shopping with us.\",\"examples\":[\"ORD-12345\",\"We will refund you within 5 business days.\"]}," +
            "{\"type\":\"FOOTER\",\"text\":\"Reply STOP to opt out\"}," +
            "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"URL\",\"text\":\"Track return\",\"url\":\"https://shop.example.com/returns/{{1}}\",\"examples\":[\"ORD-12345\"]},{\"type\":\"QUICK_REPLY\",\"text\":\"Talk to us\"}]}]}",
            requests[2].Body);

        var again = await _project.RunAsync(_fake, "templates", "push");
        Assert.Equal("  registered templates/return_update.template.json (return_update, en_US)\ntemplates push: 0 added, 1 already registered, 0 refused (local errors), 0 failed.\n", again.Out);
        Assert.DoesNotContain(_fake.Take(), r => r.Method == "POST");

        var pending = await _project.RunAsync(_fake, "templates", "status");
        Assert.Equal(1, pending.ExitCode);
        Assert.Equal(file + "(2,3): warning FLOWTYPES: template return_update (en_US): its status in 8x8 is PENDING, not APPROVED.\ntemplates status: 1 finding(s).\n", pending.Out);

        _fake.Templates.Single()["status"] = "APPROVED";
        await _project.RunAsync(_fake, "templates", "pull");
        var synced = await _project.RunAsync(_fake, "templates", "status");
        Assert.Equal(0, synced.ExitCode);
        Assert.Equal("  in sync    templates/registered.template.json (registered list)\n  in sync    templates/return_update.template.json (return_update, en_US, APPROVED)\ntemplates status: 0 finding(s).\n", synced.Out);

        // Edited in 8x8 (or locally): content differs, and the pulled list is stale.
        ((JsonArray)_fake.Templates.Single()["components"]!)[0]!["text"] = "Your return {{1}} is registered. Next: {{2}}";
        var drift = await _project.RunAsync(_fake, "templates", "status");
        Assert.Equal(1, drift.ExitCode);
        Assert.Equal(
            _project.PathOf("templates/registered.template.json") + "(1,1): warning FLOWTYPES: differs from the templates 8x8 has registered now; run 'flowtypes templates pull'.\n" +
            file + "(2,3): warning FLOWTYPES: template return_update (en_US): its content differs from the registered template.\n" +
            "templates status: 2 finding(s).\n",
            drift.Out);
    }

    [Fact]
    public async Task A_refused_template_is_reported_against_the_file()
    {
        var file = _project.CopySample("templates/return_update.template.json", "templates/return_update.template.json");
        // The 400 is for the POST only (the list call comes first): queued when the POST arrives, before it is answered.
        _fake.OnRequest = r =>
        {
            if (r.Method == "POST")
            {
                _fake.Fail(new Fault(400, FakeChatApps.ErrorBody(1000, "Template name cannot be reused within 30 days of deletion")));
            }
        };
        var (exit, output, _) = await _project.RunAsync(_fake, "templates", "push");

        Assert.Equal(1, exit);
        Assert.Equal(file + "(2,3): error 8x8-1000: Template name cannot be reused within 30 days of deletion\ntemplates push: 0 added, 0 already registered, 0 refused (local errors), 1 failed.\n", output);
        Assert.Empty(_fake.Templates);
    }

    [Fact]
    public async Task Push_refuses_a_file_the_build_refuses_and_sends_the_others()
    {
        // The build's FT2xxx errors, at the file's own line and column, and nothing is sent for that file; a file with
        // only warnings (FT2017: a 21-character label) is sent.
        var broken = _project.Write("templates/broken.template.json", """
            {
              "name": "Order-Ready",
              "language": "en_US",
              "category": "UTILITY",
              "components": [
                { "type": "BODY", "text": "Order {{1}} is ready for {{3}}.", "examples": ["A-1", "Ana"] }
              ]
            }
            """);
        var warned = _project.Write("templates/warned.template.json", """
            {
              "name": "pickup_ready",
              "language": "en_US",
              "category": "UTILITY",
              "components": [
                { "type": "BODY", "text": "Your order is ready for pickup at the counter." },
                { "type": "BUTTONS", "buttons": [ { "type": "QUICK_REPLY", "text": "I will be there later" } ] }
              ]
            }
            """);

        var (exit, output, _) = await _project.RunAsync(_fake, "templates", "push");

        Assert.Equal(1, exit);
        Assert.Equal(
            broken + "(2,11): error FT2003: Template name 'Order-Ready' is not valid: use only lowercase letters, digits and underscores (found 'O')\n" +
            broken + "(6,31): error FT2010: Template variables are not valid: The body variables must be numbered {{1}} to {{2}} without gaps, but {{2}} is missing; renumber them\n" +
            "  refused    templates/broken.template.json (FT2xxx errors; fix them first, nothing sent)\n" +
            "  added      templates/warned.template.json (pickup_ready, en_US; PENDING until Meta reviews it)\n" +
            "templates push: 1 added, 0 already registered, 1 refused (local errors), 0 failed.\n",
            output);
        Assert.DoesNotContain(warned, output, StringComparison.Ordinal);
        var posted = Assert.Single(_fake.Take(), r => r.Method == "POST");
        Assert.Contains("\"name\":\"pickup_ready\"", posted.Body, StringComparison.Ordinal);
        Assert.Equal("pickup_ready", (string?)Assert.Single(_fake.Templates)["templateName"]);
    }

    [Fact]
    public async Task Push_of_only_refused_files_sends_nothing_at_all()
    {
        var file = _project.Write("templates/broken.template.json", "{ \"name\": \"x\", \"language\": \"en\", \"category\": \"UTILITY\", \"components\": [ ] ");

        var (exit, output, _) = await _project.RunAsync(_fake, "templates", "push");

        Assert.Equal(1, exit);
        Assert.Equal(
            file + "(1,75): error FT2001: The template file is not valid: Unexpected end of file inside an object; add the closing '}'\n" +
            "  refused    templates/broken.template.json (FT2xxx errors; fix them first, nothing sent)\n" +
            "templates push: 0 added, 0 already registered, 1 refused (local errors), 0 failed.\n",
            output);
        Assert.Empty(_fake.Take());
    }
}
