using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using WebhookService;

// dotnet run -- [--demo] [--urls http://127.0.0.1:5080]
//   without --demo: serves POST /webhooks/8x8 on 127.0.0.1 until stopped.
//   with --demo:    starts on a free loopback port, replays the sample webhook bodies in SamplePayloads/,
//                   prints what each typed handler received and the dry-run replies, then exits.
var demo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
builder.WebHost.UseKestrel(kestrel => kestrel.AddServerHeader = false);
if (demo)
{
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Configuration["Webhook:ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"flowtypes-demo-{Guid.NewGuid():N}.db")}";
    builder.Configuration["Logging:LogLevel:WebhookService"] = "Error";
    builder.Configuration["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
}
else if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

builder.Services.Configure<WebhookOptions>(builder.Configuration.GetSection("Webhook"));
builder.Services.Configure<EightByEightOptions>(builder.Configuration.GetSection("EightByEight"));
builder.Services.AddSingleton<SubmissionStore>();
builder.Services.AddSingleton<SubmissionQueue>();
builder.Services.AddHttpClient<ReplySender>();
builder.Services.AddSingleton(sp => sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ReplySender)));
builder.Services.AddSingleton<ReplySender>();
builder.Services.AddHostedService<SubmissionProcessor>();
AppointmentEndpoint.AddServices(builder, demo);

var app = builder.Build();
WebhookEndpoint.Map(app);
AppointmentEndpoint.Map(app);

if (!demo)
{
    app.Run();
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

        var queue = services.GetRequiredService<SubmissionQueue>();
        var store = services.GetRequiredService<SubmissionStore>();
        var watch = Stopwatch.StartNew();
        while (queue.Processed.Count < 4 && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        Console.WriteLine();
        Console.WriteLine("Typed submissions received by the handlers:");
        foreach (var (umid, flow, summary) in queue.Processed)
        {
            Console.WriteLine($"  [{flow}] {umid}");
            Console.WriteLine($"      {summary}");
        }

        Console.WriteLine();
        Console.WriteLine("Replies (dry run, exact 8x8 request bodies):");
        foreach (var json in services.GetRequiredService<ReplySender>().Sent)
        {
            Console.WriteLine("  " + json);
        }

        failures += await AppointmentEndpoint.RunDemoAsync(http);

        var stored = store.Count();
        Console.WriteLine();
        Console.WriteLine($"Stored submissions: {stored} (5 flow submissions posted, one of them a duplicate delivery)");
        if (stored != 4 || queue.Processed.Count != 4)
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
