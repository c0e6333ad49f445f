using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using FlowTypes.SampleTests.Infrastructure;
using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.SampleTests;

/// <summary>
/// The database is the queue: with a wake-up queue of capacity 1 and a slow, failing 8x8 (a loopback fake), every
/// submission is processed while the service runs; failures are retried with backoff and parked with their reason
/// after a bounded number of attempts, listed by <c>--failed</c> and replayed by <c>--replay</c>.
/// </summary>
public class RetryTests
{
    [Fact]
    public async Task A_slow_and_failing_reply_endpoint_with_queue_capacity_1_gets_every_submission_processed_or_parked_with_its_reason()
    {
        var directory = Durability.TempDirectory();
        var sqlite = $"Data Source={Path.Combine(directory, "submissions.db")}";
        await using var fake = await FakeChatApps.StartAsync();
        var deliveries = Enumerable.Range(0, 40).Select(i => Deliveries.Create($"retry-{i:D2}", i)).ToList();
        var byUmid = deliveries.ToDictionary(d => d.Umid, StringComparer.Ordinal);
        string Kind(int i) => (i % 10) switch
        {
            < 6 => "slow",
            6 or 7 => "transient", // 503 twice, then accepted
            8 => "down", // 503 every time
            _ => i < 20 ? "rejected" : "timeout", // 400, or no answer within ChatApps:AttemptTimeout
        };
        var kinds = deliveries.Select((d, i) => (d.Msisdn, Kind: Kind(i))).ToDictionary(x => x.Msisdn, x => x.Kind, StringComparer.Ordinal);
        var fixedMsisdns = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        fake.SendBehaviour = (msisdn, attempt) => fixedMsisdns.ContainsKey(msisdn) ? (200, TimeSpan.Zero) : kinds[msisdn] switch
        {
            "slow" => (200, TimeSpan.FromMilliseconds(50)),
            "transient" => (attempt <= 2 ? 503 : 200, TimeSpan.FromMilliseconds(30)),
            "down" => (503, TimeSpan.FromMilliseconds(10)),
            "rejected" => (400, TimeSpan.Zero),
            _ => (200, TimeSpan.FromSeconds(10)),
        };
        var settings = Durability.Settings(
            fake,
            sqlite,
            null,
            ("Webhook__QueueCapacity", "1"),
            ("Processing__Concurrency", "2"),
            ("Processing__MaxAttempts", "3"),
            ("ChatApps__AttemptTimeout", "00:00:03"));

        try
        {
            await using var service = await ServiceProcess.StartAsync(directory, settings);
            using var http = new HttpClient { BaseAddress = service.Address };
            var statuses = await Deliveries.PostAllAsync(http, deliveries, 4);
            Assert.All(statuses, s => Assert.Equal(200, s));

            var rows = await Durability.WaitUntilSettledAsync(false, sqlite, deliveries.Count, TimeSpan.FromSeconds(60));
            Assert.Equal(deliveries.Count, rows.Count);
            var byKind = rows.ToLookup(r => kinds[byUmid[r.Umid].Msisdn]);
            Assert.All(byKind["slow"], r => Assert.Equal(("done", 1, (string?)null), (r.Status, r.Attempts, r.LastError)));
            Assert.All(byKind["transient"], r => Assert.Equal(("done", 3, (string?)null), (r.Status, r.Attempts, r.LastError)));
            Assert.All(byKind["down"], r => Assert.Equal(("failed", 3), (r.Status, r.Attempts)));
            Assert.All(byKind["down"], r => Assert.StartsWith("gave up after 3 attempts; last: 8x8 answered 503 Service Unavailable: {\"code\":503,\"message\":\"fake failure\"}", r.LastError, StringComparison.Ordinal));
            Assert.All(byKind["rejected"], r => Assert.Equal(("failed", 1), (r.Status, r.Attempts)));
            Assert.All(byKind["rejected"], r => Assert.Equal("rejected on attempt 1: 8x8 answered 400 Bad Request: {\"code\":400,\"message\":\"fake failure\"}", r.LastError));
            Assert.All(byKind["timeout"], r => Assert.Equal(("failed", 1), (r.Status, r.Attempts)));
            Assert.All(byKind["timeout"], r => Assert.StartsWith("in doubt on attempt 1: no answer from 8x8 within 3 s", r.LastError, StringComparison.Ordinal));
            Assert.Equal((24, 8, 4, 2, 2), (byKind["slow"].Count(), byKind["transient"].Count(), byKind["down"].Count(), byKind["rejected"].Count(), byKind["timeout"].Count()));

            // What 8x8 saw: each retried request once per attempt, no reply accepted twice.
            var received = fake.Received.ToLookup(r => kinds[r.Msisdn]);
            Assert.Equal((24, 24), (received["slow"].Count(), received["slow"].Count(r => r.Status == 200)));
            Assert.Equal((24, 8), (received["transient"].Count(), received["transient"].Count(r => r.Status == 200)));
            Assert.Equal((12, 0), (received["down"].Count(), received["down"].Count(r => r.Status == 200)));
            Assert.Equal((2, 0), (received["rejected"].Count(), received["rejected"].Count(r => r.Status == 200)));
            Assert.Equal(Array.Empty<string>(), fake.Accepted.Where(g => g.Count() > 1).Select(g => g.Key).ToArray());

            // The parked ones are visible with their reason...
            var (exitCode, listing) = await ServiceProcess.RunCommandAsync(directory, settings, "--failed");
            Assert.Equal(0, exitCode);
            var failed = rows.Where(r => r.Status == "failed").ToList();
            Assert.All(failed, r => Assert.Contains($"{r.Umid}\t{FlowOf(r.Umid)}\tattempts={r.Attempts}\t{r.LastError}", listing, StringComparison.Ordinal));
            Assert.Contains("8 failed submission(s) in sqlite", listing, StringComparison.Ordinal);

            // ...and replayable once 8x8 is back: processed by the running service, without a restart.
            var down = byKind["down"].Select(r => r.Umid).ToList();
            foreach (var umid in down)
            {
                fixedMsisdns[byUmid[umid].Msisdn] = true;
            }

            (exitCode, var replayed) = await ServiceProcess.RunCommandAsync(directory, settings, ["--replay", .. down]);
            Assert.Equal((0, "4 failed submission(s) made pending again"), (exitCode, replayed.Trim()));
            rows = await Durability.WaitUntilSettledAsync(false, sqlite, deliveries.Count, TimeSpan.FromSeconds(30));
            Assert.All(down, u => Assert.Equal(("done", 1), rows.Where(r => r.Umid == u).Select(r => (r.Status, r.Attempts)).Single()));
            Assert.Equal(36, rows.Count(r => r.Status == "done"));
            Assert.Equal(Array.Empty<string>(), fake.Accepted.Where(g => g.Count() > 1).Select(g => g.Key).ToArray());
        }
        finally
        {
            Durability.DeleteQuietly(directory);
        }
    }

    private static string FlowOf(string umid) => (int.Parse(umid[^2..], System.Globalization.CultureInfo.InvariantCulture) % 4) switch
    {
        0 => "ReturnsSubmission",
        1 => "HealthcareAppointmentSubmission",
        2 => "LeadGenerationSubmission",
        _ => "ServiceBookingSubmission",
    };
}
