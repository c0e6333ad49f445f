using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Microsoft.Data.Sqlite;

// dotnet run -c Release --project tests/FlowTypes.LoadTest -- [--requests 20000] [--concurrency 16]
// Starts samples/WebhookService on a free 127.0.0.1 port with a fresh SQLite file, posts a fixed number of mixed
// webhook bodies (10% duplicate deliveries, 5% malformed), waits for processing, verifies storage and stops.
var requests = IntArg("--requests", 20_000);
var concurrency = IntArg("--concurrency", 16);
var sampleAssembly = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SampleAssembly").Value!;
var payloadDirectory = Path.Combine(Path.GetDirectoryName(sampleAssembly)!, "SamplePayloads");
var templates = new[] { "01-returns", "02-healthcare-appointment", "03-lead-generation", "04-service-booking" }
    .Select(name => File.ReadAllText(Path.Combine(payloadDirectory, name + ".json")))
    .ToArray();

// Plan every request up front: deterministic (fixed seed), bounded.
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
        var body = Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(templates[i % 4], "\"umid\": \"[^\"]+\"", $"\"umid\": \"{umid}\""));
        posted.Add(body);
        plan.Add(("valid", umid, body));
    }
}

var directory = Path.Combine(Path.GetTempPath(), "flowtypes-load", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(directory);
var database = Path.Combine(directory, "submissions.db");
var port = FreePort();
var address = new Uri($"http://127.0.0.1:{port}/");
var output = new ConcurrentQueue<string>();
var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = directory };
foreach (var arg in new[] { sampleAssembly, "--urls", address.ToString() })
{
    start.ArgumentList.Add(arg);
}

start.Environment["Webhook__ConnectionString"] = $"Data Source={database}";
start.Environment["Webhook__QueueCapacity"] = "100000";
start.Environment["EightByEight__ApiKey"] = string.Empty;
start.Environment["Logging__LogLevel__WebhookService"] = "Warning";
using var service = Process.Start(start)!;
service.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
service.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
service.BeginOutputReadLine();
service.BeginErrorReadLine();

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
await WaitForListeningAsync(http);

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

var valid = plan.Where(p => p.Kind == "valid").Select(p => p.Umid).ToHashSet();
var processed = await WaitForProcessedAsync(database, valid.Count, TimeSpan.FromMinutes(5));
service.Kill(entireProcessTree: true);
service.WaitForExit();

var rows = ReadUmids(database, out var storedTwice);
var lost = valid.Count(u => !rows.Contains(u));
var strays = rows.Count(u => !valid.Contains(u));
var wrongStatus = plan.Select((p, i) => (p, i)).Count(x => statuses[x.i] != (x.p.Kind == "malformed" ? 400 : 200));
var exceptions = output.Count(line => line.Contains("fail:", StringComparison.Ordinal) || line.Contains("Unhandled exception", StringComparison.Ordinal) || line.Contains("Exception:", StringComparison.Ordinal));
var sorted = latencies.Order().ToArray();
double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

Console.WriteLine($"requests            {plan.Count} ({valid.Count} valid, {plan.Count(p => p.Kind == "duplicate")} duplicate deliveries, {plan.Count(p => p.Kind == "malformed")} malformed), concurrency {concurrency}");
Console.WriteLine($"posting             {postingSeconds:0.0} s, {plan.Count / postingSeconds:0} requests/s");
Console.WriteLine($"ack latency         p50 {Percentile(0.50):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {sorted[^1]:0.0} ms");
Console.WriteLine($"unexpected statuses {wrongStatus}");
Console.WriteLine($"exceptions in log   {exceptions}");
Console.WriteLine($"submissions lost    {lost}");
Console.WriteLine($"stored twice        {storedTwice} (rows {rows.Count} for {valid.Count} unique valid submissions)");
Console.WriteLine($"stored but invalid  {strays}");
Console.WriteLine($"processed           {processed} of {valid.Count}");
try
{
    Directory.Delete(directory, recursive: true);
}
catch (IOException)
{
}

var ok = storedTwice == 0 && wrongStatus == 0 && exceptions == 0 && lost == 0 && strays == 0 && rows.Count == valid.Count && processed == valid.Count;
Console.WriteLine(ok ? "LOAD TEST PASSED" : "LOAD TEST FAILED");
return ok ? 0 : 1;

int IntArg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static async Task WaitForListeningAsync(HttpClient http)
{
    for (var attempt = 0; attempt < 300; attempt++)
    {
        try
        {
            using var response = await http.GetAsync("/");
            return;
        }
        catch (HttpRequestException)
        {
            await Task.Delay(100);
        }
    }

    throw new TimeoutException("the sample did not start");
}

static async Task<long> WaitForProcessedAsync(string database, int expected, TimeSpan timeout)
{
    var watch = Stopwatch.StartNew();
    long processed = 0;
    while (watch.Elapsed < timeout)
    {
        using (var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM submissions WHERE processed_at IS NOT NULL;";
            processed = (long)command.ExecuteScalar()!;
        }

        if (processed >= expected)
        {
            break;
        }

        await Task.Delay(200);
    }

    return processed;
}

static HashSet<string> ReadUmids(string database, out long storedTwice)
{
    using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT umid FROM submissions;";
    var umids = new HashSet<string>(StringComparer.Ordinal);
    long total = 0;
    using (var reader = command.ExecuteReader())
    {
        while (reader.Read())
        {
            umids.Add(reader.GetString(0));
            total++;
        }
    }

    storedTwice = total - umids.Count;
    return umids;
}
