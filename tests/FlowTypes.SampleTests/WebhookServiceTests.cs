using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Xunit;

namespace FlowTypes.SampleTests;

/// <summary>The sample service from the outside: every documented body posted over loopback HTTP.</summary>
public class WebhookServiceTests : IClassFixture<SampleService>
{
    /// <summary>The acknowledgement budget per request: 8x8 expects a fast 200; storing includes an fsync.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    private readonly SampleService _service;

    public WebhookServiceTests(SampleService service) => _service = service;

    [Fact]
    public async Task Every_sample_body_gets_the_documented_answer_and_each_submission_is_stored_once_with_its_typed_summary()
    {
        using var http = new HttpClient { BaseAddress = _service.Address };
        var answers = new Dictionary<string, int>();
        foreach (var file in Directory.GetFiles(_service.SamplePayloads, "*.json").Order(StringComparer.Ordinal))
        {
            var (status, elapsed) = await PostAsync(http, File.ReadAllBytes(file), "application/json");
            answers[Path.GetFileNameWithoutExtension(file)] = status;
            Assert.True(elapsed < Budget, $"{file} took {elapsed.TotalMilliseconds} ms");
        }

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["01-returns"] = 200, ["02-healthcare-appointment"] = 200, ["03-lead-generation"] = 200, ["04-service-booking"] = 200,
                ["05-returns-duplicate-delivery"] = 200, ["06-button-reply"] = 200, ["07-text-message"] = 200, ["08-delivery-receipt"] = 200,
                ["09-malformed"] = 400,
            },
            answers);

        var rows = await WaitForProcessedAsync(expected: 4);
        Assert.Equal(new[] { "umid-01-returns", "umid-02-healthcare-appointment", "umid-03-lead-generation", "umid-04-service-booking" }, rows.Select(r => r.Umid));
        Assert.Equal(new[] { "ReturnsSubmission", "HealthcareAppointmentSubmission", "LeadGenerationSubmission", "ServiceBookingSubmission" }, rows.Select(r => r.Flow));
        Assert.All(rows, r => Assert.Equal("<TOKEN>", r.FlowToken));
        Assert.Equal(
            "return ORD-98765: Blue Denim Jacket - Size M, reason=wrong_size (\"Wrong Size\"), resolution=exchange, contact=whatsapp, details=Fits too small, need size L",
            rows[0].Summary);
        Assert.Equal(
            "appointment: Emily Chen (born 1992-08-22), Sick Visit on 2026-02-12 at slot 1000 (In-Person Visit), insurance=insured/Blue Cross Blue Shield, contact via whatsapp+email",
            rows[1].Summary);

        // Dry run: the exact 8x8 request bodies, built with the generated template builder and the send model.
        var replies = _service.Output.Where(line => line.Contains("would POST ", StringComparison.Ordinal)).Select(line => line[(line.IndexOf("would POST ", StringComparison.Ordinal) + 11)..]).ToList();
        Assert.Contains("""{"user":{"msisdn":"+15551234567"},"type":"template","content":{"template":{"language":"en_US","name":"return_update","components":[{"type":"body","parameters":[{"type":"text","text":"ORD-98765"},{"type":"text","text":"We will ship the exchange (Same item in size L) as soon as we receive the return."}]},{"type":"button","index":"0","subType":"url","parameters":[{"type":"text","text":"ORD-98765"}]}]}}}""", replies);
        Assert.Contains("""{"user":{"msisdn":"+15551234567"},"type":"interactive","content":{"interactive":{"type":"button","body":{"text":"Thanks Emily, your Sick Visit is requested for Thursday 12 February. We will confirm shortly."},"action":{"buttons":[{"type":"reply","reply":{"id":"appointment_ok","title":"Sounds good"}},{"type":"reply","reply":{"id":"appointment_change","title":"Change date"}}]}}}}""", replies);
        Assert.Equal(4, replies.Count);
    }

    [Theory]
    [InlineData("text/plain", 415)]
    [InlineData(null, 415)]
    public async Task Non_json_bodies_are_rejected_with_415(string? contentType, int expected)
    {
        using var http = new HttpClient { BaseAddress = _service.Address };

        var (status, _) = await PostAsync(http, "{}"u8.ToArray(), contentType);

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Oversized_bodies_are_rejected_with_413_and_nothing_is_stored()
    {
        using var http = new HttpClient { BaseAddress = _service.Address };
        var before = Count();

        var (status, _) = await PostAsync(http, new byte[300 * 1024], "application/json");

        Assert.Equal(413, status);
        Assert.Equal(before, Count());
    }

    [Fact]
    public async Task A_submission_that_breaks_its_flows_types_is_rejected_with_422_and_not_stored()
    {
        using var http = new HttpClient { BaseAddress = _service.Address };
        var body = File.ReadAllText(Path.Combine(_service.SamplePayloads, "01-returns.json"))
            .Replace("umid-01-returns", "umid-wrong-type", StringComparison.Ordinal)
            .Replace("\\\"return_reason\\\":\\\"wrong_size\\\"", "\\\"return_reason\\\":[1]", StringComparison.Ordinal);

        var (status, _) = await PostAsync(http, System.Text.Encoding.UTF8.GetBytes(body), "application/json");

        Assert.Equal(422, status);
        Assert.DoesNotContain("umid-wrong-type", Rows().Select(r => r.Umid));
    }

    [Fact]
    public async Task A_submission_that_matches_no_flow_is_kept_and_parked_with_its_reason_instead_of_answered()
    {
        using var http = new HttpClient { BaseAddress = _service.Address };
        var body = File.ReadAllText(Path.Combine(_service.SamplePayloads, "01-returns.json"))
            .Replace("umid-01-returns", "umid-unknown-flow", StringComparison.Ordinal)
            .Replace("order_number", "ticket_number", StringComparison.Ordinal)
            .Replace("resolution_type", "outcome", StringComparison.Ordinal);

        var (status, _) = await PostAsync(http, System.Text.Encoding.UTF8.GetBytes(body), "application/json");

        // 8x8 gets its 200 (the submission is stored, nothing is lost); the processor parks it for an operator, who
        // replays it (--replay) once a version with its flow is deployed. No reply is sent.
        Assert.Equal(200, status);
        var watch = Stopwatch.StartNew();
        Row? row;
        while ((row = Rows().SingleOrDefault(r => r.Umid == "umid-unknown-flow")) is not { Status: "failed" } && watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(50);
        }

        Assert.Equal(
            new Row("umid-unknown-flow", "(unrecognized)", null, null, "failed", "the submission matches none of this service's flows (no flow file's required keys are all in it); add its flow to flows/, deploy, then replay it"),
            row);
        Assert.DoesNotContain(_service.Output, line => line.Contains("would POST", StringComparison.Ordinal) && line.Contains("ticket_number", StringComparison.Ordinal));
    }

    private static async Task<(int Status, TimeSpan Elapsed)> PostAsync(HttpClient http, byte[] body, string? contentType)
    {
        using var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsync("/webhooks/8x8", content);
        return ((int)response.StatusCode, watch.Elapsed);
    }

    private async Task<List<Row>> WaitForProcessedAsync(int expected)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var rows = Rows().Where(r => r.Summary is not null).ToList();
            if (rows.Count >= expected || watch.Elapsed > TimeSpan.FromSeconds(15))
            {
                return rows;
            }

            await Task.Delay(50);
        }
    }

    private long Count() => Rows().Count;

    private List<Row> Rows()
    {
        if (!File.Exists(_service.DatabasePath))
        {
            return new List<Row>();
        }

        using var connection = new SqliteConnection($"Data Source={_service.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT umid, flow, flow_token, summary, status, last_error FROM submissions ORDER BY umid;";
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return rows;
    }

    private sealed record Row(string Umid, string Flow, string? FlowToken, string? Summary, string Status, string? LastError);
}
