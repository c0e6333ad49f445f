using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.SampleTests.Infrastructure;
using FlowTypes.Testing;
using Xunit;
using Xunit.Abstractions;

namespace FlowTypes.SampleTests;

/// <summary>
/// The sample service as a separate process on SQLite, killed with SIGKILL while webhooks stream in and replies go
/// out to a loopback fake of the 8x8 API, then restarted on the same database file.
/// </summary>
public class CrashTests
{
    private readonly ITestOutputHelper _output;

    public CrashTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task After_a_SIGKILL_mid_stream_every_acknowledged_submission_is_stored_once_and_no_reply_is_sent_twice()
    {
        var directory = Durability.TempDirectory();
        var sqlite = $"Data Source={Path.Combine(directory, "submissions.db")}";
        await using var fake = await FakeChatApps.StartAsync();
        fake.SendBehaviour = (_, _) => (200, TimeSpan.FromMilliseconds(10));
        var settings = Durability.Settings(fake, sqlite, null);
        var unique = Enumerable.Range(0, 600).Select(i => Deliveries.Create($"crash-{i:D4}", i)).ToList();
        var byUmid = unique.ToDictionary(d => d.Umid, StringComparer.Ordinal);

        // The stream: every submission once, and every tenth one delivered again a few positions later (8x8 retries).
        var stream = new List<Delivery>();
        for (var i = 0; i < unique.Count; i++)
        {
            stream.Add(unique[i]);
            if (i % 10 == 9)
            {
                stream.Add(unique[i - 5]);
            }
        }

        try
        {
            int[] statuses;
            await using (var service = await ServiceProcess.StartAsync(directory, settings))
            {
                using var http = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromSeconds(10) };
                var acknowledged = 0;
                statuses = await Deliveries.PostAllAsync(http, stream, 8, (_, status) =>
                {
                    if (status == 200 && Interlocked.Increment(ref acknowledged) == 250)
                    {
                        service.Kill(); // SIGKILL: no shutdown code runs
                    }
                });
                Assert.True(service.HasExited);
            }

            var answered = stream.Where((_, i) => statuses[i] == 200).Select(d => d.Umid).ToHashSet(StringComparer.Ordinal);
            var unanswered = unique.Select(d => d.Umid).Where(u => !answered.Contains(u)).ToList();
            Assert.All(statuses, s => Assert.Contains(s, new[] { 0, 200 }));
            Assert.True(answered.Count >= 200 && unanswered.Count > 0, $"the kill came mid-stream: {answered.Count} acknowledged, {unanswered.Count} not");

            await using (var restarted = await ServiceProcess.StartAsync(directory, settings))
            {
                // Before any re-delivery: each acknowledged submission is there once, and every stored row is whole.
                var afterCrash = await SubmissionsTable.ReadAsync(postgres: false, sqlite);
                Assert.Equal(afterCrash.Count, afterCrash.Select(r => r.Umid).Distinct().Count());
                Assert.Equal(Array.Empty<string>(), answered.Where(u => !afterCrash.Any(r => r.Umid == u)).ToArray());
                Assert.All(afterCrash, r => Assert.Equal(byUmid[r.Umid].ResponseJson, r.ResponseJson));
                var storedUnanswered = unanswered.Count(u => afterCrash.Any(r => r.Umid == u));

                // 8x8 delivers everything again that it saw no 200 for, plus some that it did (re-deliveries): all deduplicated.
                using var http = new HttpClient { BaseAddress = restarted.Address, Timeout = TimeSpan.FromSeconds(10) };
                var redelivered = unique.Where(d => !answered.Contains(d.Umid) || d.Umid.EndsWith('7')).ToList();
                var again = await Deliveries.PostAllAsync(http, redelivered, 8);
                Assert.All(again, s => Assert.Equal(200, s));

                var rows = await Durability.WaitUntilSettledAsync(false, sqlite, unique.Count, TimeSpan.FromSeconds(60));
                Assert.Equal(unique.Select(d => d.Umid).Order(StringComparer.Ordinal), rows.Select(r => r.Umid));
                Assert.All(rows, r => Assert.Equal(byUmid[r.Umid].ResponseJson, r.ResponseJson));
                var inDoubt = Durability.AssertProcessedAtMostOnceAndDoneExactlyOnce(rows, byUmid, fake, maxInDoubt: 4);

                // The operator replays the in-doubt rows whose reply the 8x8 log (here: the fake) shows never arrived.
                var neverSent = inDoubt.Where(r => !fake.Accepted[byUmid[r.Umid].Msisdn].Any()).Select(r => r.Umid).ToList();
                if (neverSent.Count > 0)
                {
                    var (exitCode, replayOutput) = await ServiceProcess.RunCommandAsync(directory, settings, ["--replay", .. neverSent]);
                    Assert.Equal(0, exitCode);
                    Assert.Contains($"{neverSent.Count} failed submission(s) made pending again", replayOutput, StringComparison.Ordinal);
                    rows = await Durability.WaitUntilSettledAsync(false, sqlite, unique.Count, TimeSpan.FromSeconds(30));
                    Assert.All(neverSent, u => Assert.Equal("done", rows.Single(r => r.Umid == u).Status));
                    Durability.AssertProcessedAtMostOnceAndDoneExactlyOnce(rows, byUmid, fake, maxInDoubt: inDoubt.Count - neverSent.Count);
                }

                _output.WriteLine($"stream {stream.Count} deliveries ({unique.Count} unique); before the kill: {answered.Count} acknowledged, {unanswered.Count} unanswered; after restart: {afterCrash.Count} stored ({storedUnanswered} of the unanswered), 0 stored twice; re-delivered {redelivered.Count}: {rows.Count} rows; replies accepted {fake.Accepted.Count}, none twice; in doubt {inDoubt.Count} ({neverSent.Count} never reached the fake, replayed and done)");
            }
        }
        finally
        {
            Durability.DeleteQuietly(directory);
        }
    }
}
