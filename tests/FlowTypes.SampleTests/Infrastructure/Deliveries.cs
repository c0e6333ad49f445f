using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace FlowTypes.SampleTests.Infrastructure;

/// <summary>One webhook delivery of a flow submission: its umid, the recipient its reply goes to, the body.</summary>
public sealed record Delivery(string Umid, string Msisdn, string ResponseJson, byte[] Body);

/// <summary>Builds flow-submission webhooks from the sample's documented bodies, each with its own umid and phone number (so a reply names its submission), and posts them.</summary>
public static class Deliveries
{
    private static readonly string[] Templates = new[] { "01-returns", "02-healthcare-appointment", "03-lead-generation", "04-service-booking" }
        .Select(name => File.ReadAllText(Path.Combine(ServiceProcess.SamplePayloads, name + ".json")))
        .ToArray();

    public static Delivery Create(string umid, int index)
    {
        var msisdn = $"+1999{index:D7}";
        var text = Regex.Replace(Templates[index % Templates.Length], "\"umid\": \"[^\"]+\"", $"\"umid\": \"{umid}\"");
        text = text.Replace("\"msisdn\": \"+15551234567\"", $"\"msisdn\": \"{msisdn}\"", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(text);
        var responseJson = document.RootElement.GetProperty("payload").GetProperty("content").GetProperty("interactive").GetProperty("nfmReply").GetProperty("responseJson").GetString()!;
        return new Delivery(umid, msisdn, responseJson, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Posts a delivery; the HTTP status, or 0 when no answer came (connection refused or reset).</summary>
    public static async Task<int> PostAsync(HttpClient http, Delivery delivery, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(delivery.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            using var response = await http.PostAsync("/webhooks/8x8", content, cancellationToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    /// <summary>Posts every delivery with <paramref name="concurrency"/> parallel senders; statuses in the same order.</summary>
    public static async Task<int[]> PostAllAsync(HttpClient http, IReadOnlyList<Delivery> deliveries, int concurrency, Action<int, int>? onAnswer = null)
    {
        var statuses = new int[deliveries.Count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < deliveries.Count)
            {
                statuses[index] = await PostAsync(http, deliveries[index]);
                onAnswer?.Invoke(index, statuses[index]);
            }
        }));
        return statuses;
    }
}
