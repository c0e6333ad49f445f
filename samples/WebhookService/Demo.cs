using System.Diagnostics;
using System.Net.Http.Headers;
using WebhookService.Storage;

namespace WebhookService;

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
        foreach (var json in services.GetRequiredService<Replies>().Recent)
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
