using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using WebhookService;
using WebhookService.Processing;
using WebhookService.Storage;

// dotnet run -- [--demo] [--urls http://127.0.0.1:5080]
//   without --demo: serves POST /webhooks/8x8 on 127.0.0.1 until stopped.
//   with --demo:    starts on a free loopback port, replays the sample webhook bodies in SamplePayloads/,
//                   prints what each typed handler received and the dry-run replies, then exits.
// Operator commands (same configuration, then exit; the running service picks replayed rows up by itself):
//   --failed                 lists the submissions parked as failed, with their reason
//   --replay <umid>...       makes those failed submissions pending again (fresh attempt budget)
//   --replay-failed          makes every failed submission pending again
var demo = args.Contains("--demo");
var command = args.FirstOrDefault(a => a is "--failed" or "--replay" or "--replay-failed");
var replayStart = Array.IndexOf(args, "--replay");
var replayUmids = replayStart < 0 ? [] : args.Skip(replayStart + 1).TakeWhile(a => !a.StartsWith('-')).ToList();
var hostArgs = args.Where((a, i) => a is not ("--demo" or "--failed" or "--replay" or "--replay-failed") && !(replayStart >= 0 && i > replayStart && i <= replayStart + replayUmids.Count));
var builder = WebApplication.CreateBuilder(hostArgs.ToArray());
builder.WebHost.UseKestrel(kestrel => kestrel.AddServerHeader = false);
if (demo)
{
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Configuration["Webhook:ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"flowtypes-demo-{Guid.NewGuid():N}.db")}";
    builder.Configuration["ConnectionStrings:PostgreSql"] = string.Empty;
    builder.Configuration["Logging:LogLevel:WebhookService"] = "Error";
    builder.Configuration["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
}
else if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

// --- Settings ------------------------------------------------------------------------------------------------------
builder.Services.Configure<WebhookOptions>(builder.Configuration.GetSection("Webhook"));
builder.Services.Configure<ProcessingOptions>(builder.Configuration.GetSection("Processing"));
builder.Services.Configure<EightByEightOptions>(builder.Configuration.GetSection("EightByEight"));

// --- Storage: SQLite by default, PostgreSQL when ConnectionStrings:PostgreSql is set ----------------------------------
builder.Services.AddSingleton<ISubmissionStore>(sp =>
    builder.Configuration.GetConnectionString("PostgreSql") is { Length: > 0 } postgres
        ? new PostgresSubmissionStore(postgres)
        : new SqliteSubmissionStore(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.ConnectionString));

// --- Commits: group commit (one writer, one transaction per batch) or one transaction per request --------------------
// Hosted services stop in reverse order of registration: the writer is registered before the processor so that it
// commits the processor's last outcomes before it stops.
if (builder.Configuration.GetValue("Webhook:CommitMode", CommitMode.Group) == CommitMode.Group)
{
    builder.Services.AddSingleton<GroupCommitWriter>();
    builder.Services.AddSingleton<ISubmissionWriter>(sp => sp.GetRequiredService<GroupCommitWriter>());
    builder.Services.AddHostedService(sp => sp.GetRequiredService<GroupCommitWriter>());
}
else
{
    builder.Services.AddSingleton<ISubmissionWriter, PerRequestWriter>();
}

// --- Replies: the one HttpClient registration; ReplySender asks the factory for a client per send --------------------
builder.Services.AddHttpClient(ReplySender.HttpClientName, (sp, http) => http.Timeout = sp.GetRequiredService<IOptions<EightByEightOptions>>().Value.Timeout);
builder.Services.AddSingleton<ReplySender>();

// --- Processing: the database is the queue; the signal only wakes the processor --------------------------------------
builder.Services.AddSingleton<ProcessingSignal>();
builder.Services.AddHostedService<SubmissionProcessor>();

// --- Endpoint-backed flow: the appointment-slots flow's data_exchange endpoint (FlowTypes.AspNetCore) -----------------
AppointmentEndpoint.AddServices(builder, demo);

// --- Endpoints ---------------------------------------------------------------------------------------------------------
builder.Services.AddSingleton<OriginCheck>();
builder.Services.AddSingleton<WebhookEndpoint>();

var app = builder.Build();

// The table exists before the first request and before the processor's first claim.
await app.Services.GetRequiredService<ISubmissionStore>().InitializeAsync(CancellationToken.None);
app.Services.GetRequiredService<OriginCheck>(); // a malformed Webhook:AllowedNetworks fails here, at start-up

if (command is not null)
{
    // Operator commands (--failed, --replay) serve nothing: no endpoint is mapped, so nothing is logged about them.
    return await OperatorCommands.RunAsync(command, replayUmids, app.Services.GetRequiredService<ISubmissionStore>());
}

WebhookEndpoint.Map(app);
AppointmentEndpoint.Map(app);

if (!demo)
{
    await app.RunAsync();
    return 0;
}

await app.StartAsync();
try
{
    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    return await Demo.RunAsync(new Uri(address), app.Services);
}
finally
{
    await app.StopAsync();
}

/// <summary>The operator's view of parked submissions: list them, replay them.</summary>
internal static class OperatorCommands
{
    public static async Task<int> RunAsync(string command, IReadOnlyList<string> umids, ISubmissionStore store)
    {
        switch (command)
        {
            case "--failed":
                var failed = await store.ListAsync(SubmissionStatus.Failed, int.MaxValue, CancellationToken.None);
                foreach (var record in failed)
                {
                    Console.WriteLine($"{record.Umid}\t{record.Flow}\tattempts={record.Attempts}\t{record.LastError}");
                }

                Console.WriteLine($"{failed.Count} failed submission(s) in {store.Name}");
                return 0;
            case "--replay" when umids.Count == 0:
                Console.Error.WriteLine("--replay needs one or more umids (or use --replay-failed)");
                return 2;
            default:
                var count = await store.ReplayAsync(command == "--replay" ? umids : [], CancellationToken.None);
                Console.WriteLine($"{count} failed submission(s) made pending again");
                return 0;
        }
    }
}

/// <summary>The replay: posts the documented sample bodies and shows what the typed handlers received.</summary>
internal static class Demo
{
    public static async Task<int> RunAsync(Uri address, IServiceProvider services)
    {
        using var http = new HttpClient { BaseAddress = address };
        var payloads = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "SamplePayloads"), "*.json").Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"FlowTypes sample webhook service on {address} (dry run: replies are printed, not sent)");
        Console.WriteLine();
        Console.WriteLine("POST /webhooks/8x8");
        var failures = 0;
        foreach (var file in payloads)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var expected = name.Contains("malformed", StringComparison.Ordinal) ? 400 : 200;
            failures += await PostAsync(http, name, File.ReadAllBytes(file), "application/json", expected);
        }

        failures += await PostAsync(http, "10-not-json (text/plain)", "hello"u8.ToArray(), "text/plain", 415);
        failures += await PostAsync(http, "11-oversized (1 MB)", new byte[1024 * 1024], "application/json", 413);

        var store = services.GetRequiredService<ISubmissionStore>();
        var watch = Stopwatch.StartNew();
        IReadOnlyList<SubmissionRecord> done = [];
        while (watch.Elapsed < TimeSpan.FromSeconds(10) && (done = await store.ListAsync(SubmissionStatus.Done, 100, CancellationToken.None)).Count < 4)
        {
            await Task.Delay(20);
        }

        Console.WriteLine();
        Console.WriteLine("Typed submissions received by the handlers:");
        foreach (var record in done)
        {
            Console.WriteLine($"  [{record.Flow}] {record.Umid}");
            Console.WriteLine($"      {record.Summary}");
        }

        Console.WriteLine();
        Console.WriteLine("Replies (dry run, exact 8x8 request bodies):");
        foreach (var json in services.GetRequiredService<ReplySender>().Recent)
        {
            Console.WriteLine("  " + json);
        }

        failures += await AppointmentEndpoint.RunDemoAsync(http);

        var stored = (await store.ListAsync(null, 100, CancellationToken.None)).Count;
        Console.WriteLine();
        Console.WriteLine($"Stored submissions: {stored} (5 flow submissions posted, one of them a duplicate delivery)");
        if (stored != 4 || done.Count != 4)
        {
            failures++;
        }

        Console.WriteLine(failures == 0 ? "Demo OK." : $"Demo finished with {failures} unexpected result(s).");
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> PostAsync(HttpClient http, string name, byte[] body, string contentType, int expected)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsync("/webhooks/8x8", content);
        var status = (int)response.StatusCode;
        Console.WriteLine($"  {name,-38} -> {status} in {watch.Elapsed.TotalMilliseconds,6:0.0} ms{(status == expected ? string.Empty : $"  (expected {expected})")}");
        return status == expected ? 0 : 1;
    }
}
