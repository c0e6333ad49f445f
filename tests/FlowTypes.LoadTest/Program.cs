using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using FlowTypes.SampleTests.Infrastructure;

// dotnet run -c Release --project tests/FlowTypes.LoadTest -- [--requests 20000] [--concurrency 16]
//     [--storage sqlite,postgresql] [--modes group,per-request]
// For each storage and commit mode: starts samples/WebhookService on a free 127.0.0.1 port with a fresh database
// (a SQLite file, or a new database on a throwaway PostgreSQL 15 server started from /usr/lib/postgresql/15/bin),
// posts the same fixed, seeded plan of webhook bodies (10% re-deliveries, 5% malformed), waits until every accepted
// submission is processed (dry run: replies are not sent), checks the table and stops the service. Loopback only;
// the request count is fixed. Prints one table and, per storage, the group/per-request ratios.
var requests = IntArg("--requests", 20_000);
var concurrency = IntArg("--concurrency", 16);
var storages = ListArg("--storage", "sqlite,postgresql");
var modes = ListArg("--modes", "group,per-request");
var templates = new[] { "01-returns", "02-healthcare-appointment", "03-lead-generation", "04-service-booking" }
    .Select(name => File.ReadAllText(Path.Combine(ServiceProcess.SamplePayloads, name + ".json")))
    .ToArray();

// Plan every request up front: deterministic (fixed seed), bounded, the same for every configuration.
var random = new Random(20261123);
var plan = new List<(string Kind, string Umid, byte[] Body)>(requests);
var posted = new List<byte[]>();
for (var i = 0; i < requests; i++)
{
    var roll = random.NextDouble();
    if (roll < 0.05)
    {
        var body = Encoding.UTF8.GetBytes(templates[i % 4].Replace("umid-0", $"bad-{i}-", StringComparison.Ordinal));
        plan.Add(("malformed", $"bad-{i}", body[..random.Next(1, body.Length - 1)]));
    }
    else if (roll < 0.15 && posted.Count > 0)
    {
        plan.Add(("duplicate", string.Empty, posted[random.Next(posted.Count)]));
    }
    else
    {
        var umid = $"load-{i:D6}";
        var body = Encoding.UTF8.GetBytes(Regex.Replace(templates[i % 4], "\"umid\": \"[^\"]+\"", $"\"umid\": \"{umid}\""));
        posted.Add(body);
        plan.Add(("valid", umid, body));
    }
}

var valid = plan.Where(p => p.Kind == "valid").Select(p => p.Umid).ToHashSet(StringComparer.Ordinal);
Console.WriteLine($"requests {plan.Count} ({valid.Count} valid, {plan.Count(p => p.Kind == "duplicate")} duplicate deliveries, {plan.Count(p => p.Kind == "malformed")} malformed), concurrency {concurrency}, {Environment.ProcessorCount} cores");

var results = new List<Result>();
PostgresServer? postgres = null;
try
{
    foreach (var storage in storages)
    {
        if (storage == "postgresql")
        {
            postgres ??= await PostgresServer.StartAsync();
        }

        foreach (var mode in modes)
        {
            results.Add(await RunAsync(storage, mode));
        }
    }
}
finally
{
    if (postgres is not null)
    {
        await postgres.DisposeAsync();
    }
}

Console.WriteLine();
Console.WriteLine("| storage | commit mode | requests/s | ack p50 | ack p99 | ack max | unexpected statuses | exceptions | lost | stored twice | processed |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var r in results)
{
    Console.WriteLine($"| {r.Storage} | {r.Mode} | {r.RequestsPerSecond:0} | {r.P50:0.0} ms | {r.P99:0.0} ms | {r.Max:0.0} ms | {r.WrongStatus} | {r.Exceptions} | {r.Lost} | {r.StoredTwice} | {r.Processed} of {valid.Count} |");
}

foreach (var storage in storages)
{
    var group = results.FirstOrDefault(r => r.Storage == storage && r.Mode == "group");
    var single = results.FirstOrDefault(r => r.Storage == storage && r.Mode == "per-request");
    if (group is not null && single is not null)
    {
        Console.WriteLine($"{storage}: group commit {group.RequestsPerSecond / single.RequestsPerSecond:0.0}x the per-request throughput; p99 {group.P99:0.0} ms vs {single.P99:0.0} ms");
    }
}

var ok = results.All(r => r.Ok);
Console.WriteLine(ok ? "LOAD TEST PASSED" : "LOAD TEST FAILED");
return ok ? 0 : 1;

async Task<Result> RunAsync(string storage, string mode)
{
    var directory = Path.Combine(Path.GetTempPath(), "flowtypes-load", Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(directory);
    var isPostgres = storage == "postgresql";
    var connectionString = isPostgres
        ? await postgres!.CreateDatabaseAsync($"load_{mode.Replace('-', '_')}_{Guid.NewGuid():N}"[..40])
        : $"Data Source={Path.Combine(directory, "submissions.db")}";
    var settings = new Dictionary<string, string>
    {
        ["Webhook__ConnectionString"] = isPostgres ? string.Empty : connectionString,
        ["ConnectionStrings__PostgreSql"] = isPostgres ? connectionString + ";Pooling=true;Maximum Pool Size=50" : string.Empty,
        ["Webhook__CommitMode"] = mode == "group" ? "Group" : "PerRequest",
        ["ChatApps__ApiKey"] = string.Empty, // dry run: replies are logged at Information, which is off here
        ["Logging__LogLevel__WebhookService"] = "Warning",
    };

    Console.WriteLine();
    Console.WriteLine($"== {storage}, {mode}");
    await using var service = await ServiceProcess.StartAsync(directory, settings);
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = service.Address, Timeout = TimeSpan.FromSeconds(30) };

    var latencies = new double[plan.Count];
    var statuses = new int[plan.Count];
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int index;
        while ((index = Interlocked.Increment(ref next)) < plan.Count)
        {
            using var content = new ByteArrayContent(plan[index].Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await http.PostAsync("/webhooks/8x8", content);
                statuses[index] = (int)response.StatusCode;
            }
            catch (HttpRequestException)
            {
                statuses[index] = -1;
            }

            latencies[index] = watch.Elapsed.TotalMilliseconds;
        }
    }));
    var postingSeconds = clock.Elapsed.TotalSeconds;

    // Wait (bounded) until every accepted submission is processed.
    List<SubmissionRow> rows;
    var wait = Stopwatch.StartNew();
    while (true)
    {
        rows = await SubmissionsTable.ReadAsync(isPostgres, connectionString);
        if (rows.Count(r => r.Status == "done") >= valid.Count || wait.Elapsed > TimeSpan.FromMinutes(5))
        {
            break;
        }

        await Task.Delay(500);
    }

    service.Kill();
    var umids = rows.Select(r => r.Umid).ToHashSet(StringComparer.Ordinal);
    var result = new Result(
        storage,
        mode,
        plan.Count / postingSeconds,
        Percentile(latencies, 0.50),
        Percentile(latencies, 0.99),
        latencies.Max(),
        plan.Select((p, i) => (p, i)).Count(x => statuses[x.i] != (x.p.Kind == "malformed" ? 400 : 200)),
        service.Output.Count(line => line.Contains("fail:", StringComparison.Ordinal) || line.Contains("Unhandled exception", StringComparison.Ordinal) || line.Contains("Exception:", StringComparison.Ordinal)),
        valid.Count(u => !umids.Contains(u)),
        rows.Count - umids.Count,
        rows.Count(r => !valid.Contains(r.Umid)),
        rows.Count(r => r.Status == "done"),
        valid.Count);
    Console.WriteLine($"posting             {postingSeconds:0.0} s, {result.RequestsPerSecond:0} requests/s");
    Console.WriteLine($"ack latency         p50 {result.P50:0.0} ms, p99 {result.P99:0.0} ms, max {result.Max:0.0} ms");
    Console.WriteLine($"unexpected statuses {result.WrongStatus}");
    Console.WriteLine($"exceptions in log   {result.Exceptions}");
    Console.WriteLine($"submissions lost    {result.Lost}");
    Console.WriteLine($"stored twice        {result.StoredTwice} (rows {rows.Count} for {valid.Count} unique valid submissions)");
    Console.WriteLine($"stored but invalid  {result.Strays}");
    Console.WriteLine($"processed           {result.Processed} of {valid.Count} (waited {wait.Elapsed.TotalSeconds:0.0} s after posting)");
    try
    {
        Directory.Delete(directory, recursive: true);
    }
    catch (IOException)
    {
    }

    return result;
}

static double Percentile(double[] values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

int IntArg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
}

string[] ListArg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return (i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed record Result(string Storage, string Mode, double RequestsPerSecond, double P50, double P99, double Max, int WrongStatus, int Exceptions, int Lost, int StoredTwice, int Strays, int Processed, int Valid)
{
    public bool Ok => WrongStatus == 0 && Exceptions == 0 && Lost == 0 && StoredTwice == 0 && Strays == 0 && Processed == Valid;
}
