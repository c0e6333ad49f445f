using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.PackageTests;

/// <summary>
/// Receiving as a customer gets it: FlowTypes and FlowTypes.AspNetCore from the packed feed, the 8x8 example flows in
/// the project, a handler derived from the generated <c>FlowWebhookHandler</c> mapped with <c>MapChatAppsWebhook</c>.
/// Every webhook body the 8x8 reference shows is posted to it over HTTP, and every value the handler got, typed, is
/// compared with the example it came from; the README's C# is compiled against the same packages.
/// </summary>
[Collection(PackagesCollection.Name)]
public class ReceivingConsumerTests
{
    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "TestData");

    private readonly PackedPackage _package;

    public ReceivingConsumerTests(PackedPackage package) => _package = package;

    [Fact]
    public async Task Every_documented_webhook_body_reaches_the_handler_typed_as_the_example_says()
    {
        var bodies = Directory.EnumerateFiles(Path.Combine(TestData, "webhooks"), "*.json", SearchOption.AllDirectories)
            .Select(path => (Name: Path.GetRelativePath(Path.Combine(TestData, "webhooks"), path).Replace('\\', '/'), Json: File.ReadAllText(path)))
            .Append((Name: "new/unknown-event.json", Json: UnknownEvent))
            .Append((Name: "new/unknown-content.json", Json: UnknownContent))
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .ToList();
        var files = bodies.Select(b => ("bodies/" + b.Name, b.Json))
            .Append(("flows/returns.flow.json", Corpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json")))
            .Append(("flows/lead-generation.flow.json", Corpus("8x8-docs__whatsapp-flows-examples-sales__flowJson.json")))
            .Append(("flows/healthcare-appointment.flow.json", Corpus("8x8-docs__whatsapp-flows-examples-healthcare__flowJson.json")))
            // The reference's professional-services flow breaks two publish rules (FT1061, FT1018); the repository's copy is the fixed one.
            .Append(("flows/service-booking.flow.json", File.ReadAllText(Path.Combine(DotNet.RepoRoot, "tests", "FlowTypes.Tests", "Flows", "service-booking.flow.json"))))
            .Append(("flows/feedback.flow.json", FeedbackFlow))
            .Append(("Recorder.cs", RecorderSource))
            .ToArray();
        var consumer = _package.CreateWebConsumer("WebhookConsumer", "Shop", executable: true, new[] { "FlowTypes.AspNetCore" }, "Program.cs", ProgramSource, files);

        var build = await DotNet.RunAsync(consumer, "build", "-c", "Release");
        Assert.True(build.ExitCode == 0, "consumer build failed:\n" + build.Output);
        Assert.DoesNotMatch(new Regex(@": warning (CS|IL)\d+"), build.Output);
        var run = await DotNet.RunAsync(consumer, new[] { Path.Combine(consumer, "bin", "Release", "net10.0", "WebhookConsumer.dll") }.Concat(bodies.Select(b => Path.Combine(consumer, "bodies", b.Name))).ToArray());
        Assert.True(run.ExitCode == 0, run.Output);

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith('{')).ToList();
        Assert.Equal(bodies.Count, lines.Count);
        for (var i = 0; i < bodies.Count; i++)
        {
            using var line = JsonDocument.Parse(lines[i]);
            var received = line.RootElement;
            var (name, json) = bodies[i];
            Assert.Equal(name.Split('/')[^1], received.GetProperty("file").GetString());
            Assert.True(received.GetProperty("status").GetInt32() == 200, name + ": " + lines[i]);
            using var example = JsonDocument.Parse(json);
            var values = received.GetProperty("values").EnumerateObject().ToList();
            Assert.True(values.Count >= 3, $"{name}: the handler recorded only {values.Count} values: {lines[i]}");
            foreach (var value in values)
            {
                Assert.True(
                    Expected(example.RootElement, value.Name) == value.Value.GetString(),
                    $"{name}: {value.Name} is {value.Value.GetString() ?? "null"} in the handler but {Expected(example.RootElement, value.Name) ?? "null"} in the example");
            }
        }

        // What each body reached: its own method, typed; a flow the project does not have and what is new, the fallback.
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["inbound_message_received/button-reply-yes.json"] = "OnButtonReplyAsync",
                ["inbound_message_received/button-reply.json"] = "OnButtonReplyAsync",
                ["inbound_message_received/flow-submission-appointment.json"] = "OnUnhandledAsync UnrecognizedFlowSubmissionEvent",
                ["inbound_message_received/flow-submission-healthcare.json"] = "OnHealthcareAppointmentSubmissionAsync",
                ["inbound_message_received/flow-submission-lead-generation.json"] = "OnLeadGenerationSubmissionAsync",
                ["inbound_message_received/flow-submission-loan-application.json"] = "OnUnhandledAsync UnrecognizedFlowSubmissionEvent",
                ["inbound_message_received/flow-submission-returns.json"] = "OnReturnsSubmissionAsync",
                ["inbound_message_received/flow-submission-service-booking.json"] = "OnServiceBookingSubmissionAsync",
                ["inbound_message_received/flow-submission.json"] = "OnFeedbackSubmissionAsync",
                ["inbound_message_received/image.json"] = "OnMediaMessageAsync",
                ["inbound_message_received/text-customer-reply.json"] = "OnTextMessageAsync",
                ["inbound_message_received/text.json"] = "OnTextMessageAsync",
                ["new/unknown-content.json"] = "OnUnhandledAsync UnknownMessageEvent",
                ["new/unknown-event.json"] = "OnUnhandledAsync UnknownChatAppsEvent",
                ["outbound_message_status_changed/delivered.json"] = "OnMessageStatusAsync",
                ["outbound_message_status_changed/read.json"] = "OnMessageStatusAsync",
                ["outbound_message_status_changed/undelivered.json"] = "OnMessageStatusAsync",
                ["phone_number_quality_update/flagged.json"] = "OnPhoneNumberQualityAsync",
                ["phone_number_quality_update/upgrade.json"] = "OnPhoneNumberQualityAsync",
                ["template_quality_update/green.json"] = "OnTemplateQualityAsync",
                ["template_status_update/rejected.json"] = "OnTemplateStatusAsync",
            },
            bodies.Select((b, i) => (b.Name, Method: JsonDocument.Parse(lines[i]).RootElement.GetProperty("method").GetString()!)).ToDictionary(p => p.Name, p => p.Method));
    }

    [Fact]
    public async Task The_READMEs_CSharp_blocks_compile_warning_free_against_the_packed_packages()
    {
        var readme = File.ReadAllText(Path.Combine(DotNet.RepoRoot, "README.md"));
        var blocks = Regex.Matches(readme, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.True(blocks.Count >= 3, "README.md has fewer C# blocks than expected: " + blocks.Count);
        var withTopLevelStatements = blocks.Where(b => Regex.IsMatch(b, @"^var builder = WebApplication", RegexOptions.Multiline)).ToList();
        Assert.Single(withTopLevelStatements); // the quick start is the one Program.cs; the other blocks are declarations

        var files = blocks.Where(b => !withTopLevelStatements.Contains(b)).Select((b, i) => ($"Readme{i + 1}.cs", b))
            .Append(("flows/returns.flow.json", Corpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json")))
            .Append(("flows/appointment-slots.flow.json", File.ReadAllText(Path.Combine(DotNet.RepoRoot, "samples", "WebhookService", "flows", "appointment-slots.flow.json"))))
            .Append(("templates/return_update.template.json", File.ReadAllText(Path.Combine(DotNet.RepoRoot, "samples", "WebhookService", "templates", "return_update.template.json"))))
            .ToArray();
        var consumer = _package.CreateWebConsumer("ReadmeConsumer", "MyShop", executable: true, new[] { "FlowTypes.AspNetCore", "FlowTypes.ChatApps" }, "Program.cs", withTopLevelStatements[0], files);

        var build = await DotNet.RunAsync(consumer, "build", "-c", "Release");

        Assert.True(build.ExitCode == 0, "README's C# does not build against the packed packages:\n" + build.Output);
        Assert.DoesNotMatch(new Regex(@": warning (CS|FT3)\d+"), build.Output);
    }

    /// <summary>The example's value at a recorded path (<c>payload.user.msisdn</c>, <c>responseJson.order_number</c>), as the handler prints it.</summary>
    private static string? Expected(JsonElement example, string path)
    {
        var parts = path.Split('.');
        if (parts[0] == "responseJson")
        {
            using var inner = JsonDocument.Parse(example.GetProperty("payload").GetProperty("content").GetProperty("interactive").GetProperty("nfmReply").GetProperty("responseJson").GetString()!);
            return Text(inner.RootElement.GetProperty(parts[1]), parts[1]);
        }

        if (parts[0] == "raw")
        {
            // The fallback's raw JSON: the whole body (unknown event) or payload.content (unknown content type).
            var raw = parts.Length == 1 ? example : Walk(example, parts.Skip(1));
            return raw?.GetRawText();
        }

        var element = Walk(example, parts);
        return element is { } found ? Text(found, parts[^1]) : null;
    }

    private static JsonElement? Walk(JsonElement element, IEnumerable<string> parts)
    {
        foreach (var part in parts)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element))
            {
                return null;
            }
        }

        return element;
    }

    private static string? Text(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(v => v.GetString())),
        JsonValueKind.String when name == "timestamp" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture).ToString("O", CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private static string Corpus(string file) => File.ReadAllText(Path.Combine(TestData, file));

    private const string UnknownEvent = """{"eventId":"ev-9","timestamp":"2026-05-01T08:00:00Z","eventType":"conversation_window_closed","eventDetails":{"channelId":"c-1","reason":"expired"}}""";

    private const string UnknownContent = """{"namespace":"ChatApps","eventType":"inbound_message_received","payload":{"umid":"u-sticker","user":{"msisdn":"+15551230000"},"type":"Sticker","content":{"sticker":{"url":"https://media.example/s.webp","animated":false}}}}""";

    private const string FeedbackFlow = """
        {
          "version": "7.2",
          "screens": [
            {
              "id": "FEEDBACK",
              "title": "Your feedback",
              "terminal": true,
              "layout": {
                "type": "SingleColumnLayout",
                "children": [
                  {
                    "type": "Form",
                    "name": "feedback_form",
                    "children": [
                      { "type": "TextInput", "name": "customer_name", "label": "Name", "input-type": "text", "required": true },
                      { "type": "TextInput", "name": "email", "label": "Email", "input-type": "email", "required": true },
                      { "type": "TextArea", "name": "feedback", "label": "How did we do?", "required": true },
                      {
                        "type": "Footer",
                        "label": "Send",
                        "on-click-action": {
                          "name": "complete",
                          "payload": { "customer_name": "${form.customer_name}", "email": "${form.email}", "feedback": "${form.feedback}" }
                        }
                      }
                    ]
                  }
                ]
              }
            }
          ]
        }
        """;

    private const string ProgramSource = """
        using System.Net.Http.Headers;
        using System.Text.Json;
        using Microsoft.AspNetCore.Hosting.Server;
        using Microsoft.AspNetCore.Hosting.Server.Features;
        using FlowTypes.AspNetCore;
        using Shop;

        // Serves MapChatAppsWebhook on a loopback port, posts each body file given, prints what the handler got.
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Seen>();
        builder.Services.AddChatAppsWebhook<Recorder>();
        var app = builder.Build();
        app.MapChatAppsWebhook<Recorder>("/webhooks/8x8");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var seen = app.Services.GetRequiredService<Seen>();
        foreach (var file in args)
        {
            using var content = new ByteArrayContent(File.ReadAllBytes(file));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync("/webhooks/8x8", content);
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["file"] = Path.GetFileName(file),
                ["status"] = (int)response.StatusCode,
                ["method"] = seen.Method,
                ["values"] = seen.Values,
            }));
            seen.Clear();
        }

        await app.StopAsync();
        """;

    private const string RecorderSource = """
        using System.Globalization;
        using FlowTypes.Webhooks;
        using Shop.Flows;

        namespace Shop;

        /// <summary>What the handler got for the last request: its method, and its typed values by the example's JSON path.</summary>
        public sealed class Seen
        {
            public string? Method { get; set; }

            public Dictionary<string, string?> Values { get; } = new();

            public void Clear()
            {
                Method = null;
                Values.Clear();
            }
        }

        public sealed class Recorder(Seen seen) : FlowWebhookHandler
        {
            private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

            private static string? Time(DateTimeOffset? time) => time?.ToString("O", CultureInfo.InvariantCulture);

            private static string? Ids<T>(IEnumerable<T>? options) => options is null ? null : string.Join(",", options);

            private ValueTask Record(string method, ChatAppsEvent e, params (string Path, string? Value)[] values)
            {
                seen.Method = method;
                seen.Values["eventType"] = e.EventType;
                if (e is ChatAppsMessageEvent m)
                {
                    seen.Values["payload.umid"] = m.Umid;
                    seen.Values["payload.subAccountId"] = m.SubAccountId;
                    seen.Values["payload.user.msisdn"] = m.User.Msisdn;
                    seen.Values["payload.user.channelUserId"] = m.User.ChannelUserId;
                    seen.Values["payload.user.name"] = m.User.Name;
                    seen.Values["description"] = m.EventDescription;
                    seen.Values["namespace"] = m.Namespace;
                }

                if (e is InboundMessageEvent inbound)
                {
                    seen.Values["payload.timestamp"] = Time(inbound.Timestamp);
                    seen.Values["payload.recipient.channel"] = inbound.Recipient.Channel;
                    seen.Values["payload.recipient.channelId"] = inbound.Recipient.ChannelId;
                    seen.Values["payload.type"] = inbound.ContentType;
                    seen.Values["payload.replyToUmid"] = inbound.ReplyToUmid;
                }

                if (e is ChatAppsAccountEvent a)
                {
                    seen.Values["eventId"] = a.EventId;
                    seen.Values["timestamp"] = Time(a.Timestamp);
                    seen.Values["provider"] = a.Provider;
                    seen.Values["businessAccountId"] = a.BusinessAccountId;
                    seen.Values["accountId"] = a.AccountId;
                }

                foreach (var (path, value) in values)
                {
                    seen.Values[path] = value;
                }

                return default;
            }

            protected override ValueTask OnReturnsSubmissionAsync(FlowSubmissionEvent message, ReturnsSubmission s, CancellationToken ct) =>
                Record(nameof(OnReturnsSubmissionAsync), message,
                    ("responseJson.order_number", s.OrderNumber), ("responseJson.item_name", s.ItemName), ("responseJson.customer_email", s.CustomerEmail),
                    ("responseJson.return_reason", s.ReturnReason.Id), ("responseJson.additional_details", s.AdditionalDetails),
                    ("responseJson.resolution_type", s.ResolutionType.Id), ("responseJson.exchange_pref", s.ExchangePref),
                    ("responseJson.contact_method", s.ContactMethod.Id), ("responseJson.flow_token", s.FlowToken));

            protected override ValueTask OnLeadGenerationSubmissionAsync(FlowSubmissionEvent message, LeadGenerationSubmission s, CancellationToken ct) =>
                Record(nameof(OnLeadGenerationSubmissionAsync), message,
                    ("responseJson.company_name", s.CompanyName), ("responseJson.contact_name", s.ContactName), ("responseJson.email", s.Email),
                    ("responseJson.interested_channels", Ids(s.InterestedChannels)), ("responseJson.demo_date", Day(s.DemoDate)),
                    ("responseJson.demo_time", s.DemoTime.Id), ("responseJson.monthly_volume", s.MonthlyVolume.Id), ("responseJson.flow_token", s.FlowToken));

            protected override ValueTask OnHealthcareAppointmentSubmissionAsync(FlowSubmissionEvent message, HealthcareAppointmentSubmission s, CancellationToken ct) =>
                Record(nameof(OnHealthcareAppointmentSubmissionAsync), message,
                    ("responseJson.patient_first_name", s.PatientFirstName), ("responseJson.patient_last_name", s.PatientLastName),
                    ("responseJson.date_of_birth", Day(s.DateOfBirth)), ("responseJson.appointment_type", s.AppointmentType.Id),
                    ("responseJson.appointment_date", Day(s.AppointmentDate)), ("responseJson.time_slot", s.TimeSlot.Id),
                    ("responseJson.contact_preferences", Ids(s.ContactPreferences)), ("responseJson.flow_token", s.FlowToken));

            protected override ValueTask OnServiceBookingSubmissionAsync(FlowSubmissionEvent message, ServiceBookingSubmission s, CancellationToken ct) =>
                Record(nameof(OnServiceBookingSubmissionAsync), message,
                    ("responseJson.service_type", s.ServiceType.Id), ("responseJson.urgency", s.Urgency.Id), ("responseJson.street_address", s.StreetAddress),
                    ("responseJson.city", s.City), ("responseJson.postal_code", s.PostalCode), ("responseJson.preferred_date", Day(s.PreferredDate)),
                    ("responseJson.time_slot", s.TimeSlot.Id), ("responseJson.access_requirements", Ids(s.AccessRequirements)), ("responseJson.flow_token", s.FlowToken));

            protected override ValueTask OnFeedbackSubmissionAsync(FlowSubmissionEvent message, FeedbackSubmission s, CancellationToken ct) =>
                Record(nameof(OnFeedbackSubmissionAsync), message,
                    ("responseJson.customer_name", s.CustomerName), ("responseJson.email", s.Email), ("responseJson.feedback", s.Feedback), ("responseJson.flow_token", s.FlowToken));

            protected override ValueTask OnTextMessageAsync(TextMessageEvent message, CancellationToken ct) =>
                Record(nameof(OnTextMessageAsync), message, ("payload.content.text", message.Text));

            protected override ValueTask OnMediaMessageAsync(MediaMessageEvent message, CancellationToken ct) =>
                Record(nameof(OnMediaMessageAsync), message, ("payload.content.url", message.Url), ("payload.type", message.Kind.ToString()));

            protected override ValueTask OnButtonReplyAsync(ButtonReplyEvent message, CancellationToken ct) =>
                Record(nameof(OnButtonReplyAsync), message, ("payload.content.interactive.button_reply.id", message.Id), ("payload.content.interactive.button_reply.title", message.Title));

            protected override ValueTask OnMessageStatusAsync(MessageStatusEvent status, CancellationToken ct) =>
                Record(nameof(OnMessageStatusAsync), status,
                    ("payload.channel", status.Channel), ("payload.status.state", status.Status.State), ("payload.status.detail", status.Status.Detail),
                    ("payload.status.timestamp", Time(status.Status.Timestamp)), ("payload.status.errorCode", status.Status.ErrorCode?.ToString(CultureInfo.InvariantCulture)),
                    ("payload.status.errorMessage", status.Status.ErrorMessage));

            protected override ValueTask OnTemplateStatusAsync(TemplateStatusEvent update, CancellationToken ct) =>
                Record(nameof(OnTemplateStatusAsync), update,
                    ("eventDetails.templateId", update.TemplateId), ("eventDetails.templateName", update.TemplateName), ("eventDetails.templateLanguage", update.TemplateLanguage),
                    ("eventDetails.meta.status", update.Status), ("eventDetails.meta.reason", update.Reason));

            protected override ValueTask OnTemplateQualityAsync(TemplateQualityEvent update, CancellationToken ct) =>
                Record(nameof(OnTemplateQualityAsync), update,
                    ("eventDetails.templateId", update.TemplateId), ("eventDetails.templateName", update.TemplateName), ("eventDetails.templateLanguage", update.TemplateLanguage),
                    ("eventDetails.meta.previousQualityScore", update.PreviousQualityScore), ("eventDetails.meta.newQualityScore", update.NewQualityScore));

            protected override ValueTask OnPhoneNumberQualityAsync(PhoneNumberQualityEvent update, CancellationToken ct) =>
                Record(nameof(OnPhoneNumberQualityAsync), update,
                    ("eventDetails.displayPhoneNumber", update.DisplayPhoneNumber), ("eventDetails.meta.event", update.Event), ("eventDetails.meta.currentLimit", update.CurrentLimit),
                    ("eventDetails.meta.oldLimit", update.OldLimit), ("eventDetails.meta.reason", update.Reason));

            protected override ValueTask OnUnhandledAsync(ChatAppsEvent e, CancellationToken ct) => e switch
            {
                UnknownChatAppsEvent u => Record("OnUnhandledAsync " + e.GetType().Name, e, ("raw", u.Body.GetRawText()), ("eventId", u.DeliveryId)),
                UnknownMessageEvent u => Record("OnUnhandledAsync " + e.GetType().Name, e, ("raw.payload.content", u.Content.GetRawText())),
                UnrecognizedFlowSubmissionEvent u => Record("OnUnhandledAsync " + e.GetType().Name, e, ("payload.content.interactive.nfmReply.responseJson", u.ResponseJson)),
                _ => Record("OnUnhandledAsync " + e.GetType().Name, e),
            };
        }
        """;
}
