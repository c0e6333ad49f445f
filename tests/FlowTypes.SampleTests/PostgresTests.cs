using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.SampleTests.Infrastructure;
using Npgsql;
using FlowTypes.Testing;
using Xunit;
using Xunit.Abstractions;

namespace FlowTypes.SampleTests;

/// <summary>
/// Two instances of the sample service on one throwaway PostgreSQL database (started from the machine's
/// PostgreSQL 15 binaries), sharing the processing queue in the table; one of them is killed with SIGKILL mid-stream.
/// </summary>
public class PostgresTests
{
    private readonly ITestOutputHelper _output;

    public PostgresTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Two_instances_on_one_database_with_one_killed_mid_stream_store_and_process_every_unique_umid_once()
    {
        var directory = Durability.TempDirectory();
        await using var postgres = await PostgresServer.StartAsync();
        var database = await postgres.CreateDatabaseAsync("multi_instance");
        await using var fake = await FakeChatApps.StartAsync();
        fake.SendBehaviour = (_, _) => (200, TimeSpan.FromMilliseconds(10));
        var settings = Durability.Settings(fake, null, database, ("Processing__Lease", "00:00:03"));
        var unique = Enumerable.Range(0, 600).Select(i => Deliveries.Create($"multi-{i:D4}", i)).ToList();
        var byUmid = unique.ToDictionary(d => d.Umid, StringComparer.Ordinal);

        // Deliveries split between the instances; every tenth umid is delivered to both at the same time.
        var toA = unique.Where((_, i) => i % 2 == 0 || i % 10 == 5).ToList();
        var toB = unique.Where((_, i) => i % 2 == 1 || i % 10 == 0).ToList();
        var both = toA.Select(d => d.Umid).Intersect(toB.Select(d => d.Umid)).Count();

        try
        {
            var a = await ServiceProcess.StartAsync(directory, settings);
            await using var b = await ServiceProcess.StartAsync(directory, settings);
            int[] statusesA, statusesB;
            await using (a)
            {
                using var httpA = new HttpClient { BaseAddress = a.Address, Timeout = TimeSpan.FromSeconds(10) };
                using var httpB = new HttpClient { BaseAddress = b.Address, Timeout = TimeSpan.FromSeconds(10) };
                var acknowledgedByA = 0;
                var postA = Deliveries.PostAllAsync(httpA, toA, 4, (_, status) =>
                {
                    if (status == 200 && Interlocked.Increment(ref acknowledgedByA) == 120)
                    {
                        a.Kill(); // SIGKILL, with rows of A claimed and replies under way
                    }
                });
                var postB = Deliveries.PostAllAsync(httpB, toB, 4);
                statusesA = await postA;
                statusesB = await postB;
                Assert.True(a.HasExited);
            }

            Assert.All(statusesB, s => Assert.Equal(200, s));
            var answered = toA.Where((_, i) => statusesA[i] == 200).Concat(toB).Select(d => d.Umid).ToHashSet(StringComparer.Ordinal);
            var unansweredByA = toA.Where((_, i) => statusesA[i] != 200).ToList();
            Assert.NotEmpty(unansweredByA);

            // Every acknowledged umid is stored once, whole.
            var afterKill = await SubmissionsTable.ReadAsync(postgres: true, database);
            Assert.Equal(Array.Empty<string>(), answered.Where(u => !afterKill.Any(r => r.Umid == u)).ToArray());
            Assert.All(afterKill, r => Assert.Equal(byUmid[r.Umid].ResponseJson, r.ResponseJson));

            // 8x8 delivers again what A never answered; B stores it (or finds it stored) and, once A's leases run
            // out, takes over the rows A had claimed.
            using (var httpB = new HttpClient { BaseAddress = b.Address, Timeout = TimeSpan.FromSeconds(10) })
            {
                Assert.All(await Deliveries.PostAllAsync(httpB, unansweredByA, 4), s => Assert.Equal(200, s));
            }

            var rows = await Durability.WaitUntilSettledAsync(true, database, unique.Count, TimeSpan.FromSeconds(60));
            Assert.Equal(unique.Select(d => d.Umid).Order(StringComparer.Ordinal), rows.Select(r => r.Umid).Order(StringComparer.Ordinal));
            Assert.All(rows, r => Assert.Equal(byUmid[r.Umid].ResponseJson, r.ResponseJson));
            var inDoubt = Durability.AssertProcessedAtMostOnceAndDoneExactlyOnce(rows, byUmid, fake, maxInDoubt: 4);

            // In-doubt rows whose reply never reached 8x8 (the fake) are replayed by the operator, against the same database.
            var neverSent = inDoubt.Where(r => !fake.Accepted[byUmid[r.Umid].Msisdn].Any()).Select(r => r.Umid).ToList();
            if (neverSent.Count > 0)
            {
                var (exitCode, replayOutput) = await ServiceProcess.RunCommandAsync(directory, settings, ["--replay", .. neverSent]);
                Assert.Equal(0, exitCode);
                Assert.Contains($"{neverSent.Count} failed submission(s) made pending again", replayOutput, StringComparison.Ordinal);
                rows = await Durability.WaitUntilSettledAsync(true, database, unique.Count, TimeSpan.FromSeconds(30));
                Durability.AssertProcessedAtMostOnceAndDoneExactlyOnce(rows, byUmid, fake, maxInDoubt: inDoubt.Count - neverSent.Count);
            }

            _output.WriteLine($"{unique.Count} unique umids, {toA.Count} delivered to A, {toB.Count} to B ({both} to both); A killed after 120 acknowledgements: {toA.Count - unansweredByA.Count} answered by A, {unansweredByA.Count} not, re-delivered to B; rows {rows.Count}, stored twice 0; replies accepted {fake.Accepted.Count}, none twice; in doubt {inDoubt.Count} ({neverSent.Count} never reached the fake, replayed and done)");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Durability.DeleteQuietly(directory);
        }
    }
}
