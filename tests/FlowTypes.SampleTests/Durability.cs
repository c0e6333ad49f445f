using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.SampleTests.Infrastructure;
using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.SampleTests;

/// <summary>Shared steps of the durability tests: settings, waiting for the queue to drain, the exactly-once checks.</summary>
internal static class Durability
{
    public static Dictionary<string, string> Settings(FakeChatApps fake, string? sqlite, string? postgres, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["Webhook__ConnectionString"] = sqlite ?? string.Empty,
            ["ConnectionStrings__PostgreSql"] = postgres ?? string.Empty,
            ["ChatApps__BaseAddress"] = fake.BaseAddress.ToString(), // the API root; the client adds api/v1/...
            ["ChatApps__SubAccountId"] = FakeChatApps.SubAccountId,
            ["ChatApps__ApiKey"] = FakeChatApps.ApiKey,
            ["Processing__Concurrency"] = "4",
            ["Processing__PollInterval"] = "00:00:00.200",
            ["Processing__RetryBaseDelay"] = "00:00:00.100",
            ["Processing__RetryMaxDelay"] = "00:00:00.500",
            ["Logging__LogLevel__WebhookService"] = "Warning",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Waits until no row is pending or processing (or the timeout passes) and returns the rows.</summary>
    public static async Task<List<SubmissionRow>> WaitUntilSettledAsync(bool postgres, string connectionString, int expectedRows, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var rows = await SubmissionsTable.ReadAsync(postgres, connectionString);
            if ((rows.Count >= expectedRows && rows.All(r => r.Status is "done" or "failed")) || watch.Elapsed > timeout)
            {
                return rows;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Every row is done with exactly one accepted send, or parked "in doubt" (a send was under way when an instance
    /// died) with at most one; no reply was accepted twice; no reply went to a submission that is not stored.
    /// Returns the in-doubt rows.
    /// </summary>
    public static List<SubmissionRow> AssertProcessedAtMostOnceAndDoneExactlyOnce(List<SubmissionRow> rows, IReadOnlyDictionary<string, Delivery> deliveries, FakeChatApps fake, int maxInDoubt)
    {
        var accepted = fake.Accepted;
        Assert.Equal(Array.Empty<string>(), accepted.Where(g => g.Count() > 1).Select(g => g.Key).ToArray());
        var storedMsisdns = rows.Select(r => deliveries[r.Umid].Msisdn).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Array.Empty<string>(), accepted.Select(g => g.Key).Where(m => !storedMsisdns.Contains(m)).ToArray());
        Assert.All(fake.Received, r => Assert.Equal("/api/v1/subaccounts/" + FakeChatApps.SubAccountId + "/messages", r.Path));
        Assert.All(fake.Received, r => Assert.Equal("Bearer " + FakeChatApps.ApiKey, r.Authorization));

        var done = rows.Where(r => r.Status == "done").ToList();
        Assert.All(done, r => Assert.Single(accepted[deliveries[r.Umid].Msisdn]));
        Assert.All(done, r => Assert.False(string.IsNullOrEmpty(r.ReplyUmid), r.Umid));
        var inDoubt = rows.Where(r => r.Status != "done").ToList();
        Assert.All(inDoubt, r => Assert.Equal("failed", r.Status));
        Assert.All(inDoubt, r => Assert.StartsWith("in doubt: a send of this reply started but its outcome was never recorded", r.LastError, StringComparison.Ordinal));
        Assert.True(inDoubt.Count <= maxInDoubt, $"{inDoubt.Count} rows in doubt, at most {maxInDoubt} sends can be under way when an instance dies");
        return inDoubt;
    }

    public static string TempDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "flowtypes-sample-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
