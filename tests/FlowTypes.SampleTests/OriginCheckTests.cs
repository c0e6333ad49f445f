using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using FlowTypes.SampleTests.Infrastructure;
using Xunit;

namespace FlowTypes.SampleTests;

/// <summary>The origin checks of the 8x8 webhook guide (address allow-list, shared secret), off by default.</summary>
public class OriginCheckTests
{
    [Fact]
    public async Task With_a_shared_secret_only_requests_carrying_it_in_the_header_or_the_url_are_stored()
    {
        var directory = Durability.TempDirectory();
        var sqlite = $"Data Source={Path.Combine(directory, "submissions.db")}";
        try
        {
            await using var service = await ServiceProcess.StartAsync(directory, new Dictionary<string, string>
            {
                ["Webhook__ConnectionString"] = sqlite,
                ["Webhook__AllowedNetworks__0"] = "127.0.0.0/8",
                ["Webhook__AllowedNetworks__1"] = "::1",
                ["Webhook__SharedSecret"] = "s3cret-from-the-team",
                ["ChatApps__ApiKey"] = string.Empty,
            });
            using var http = new HttpClient { BaseAddress = service.Address };

            Assert.Equal(401, await PostAsync(http, "/webhooks/8x8", Deliveries.Create("origin-none", 0), null));
            Assert.Equal(401, await PostAsync(http, "/webhooks/8x8", Deliveries.Create("origin-wrong", 1), "s3cret-from-the-tean"));
            Assert.Equal(401, await PostAsync(http, "/webhooks/8x8?secret=s3cret", Deliveries.Create("origin-prefix", 2), null));
            Assert.Equal(200, await PostAsync(http, "/webhooks/8x8", Deliveries.Create("origin-header", 3), "s3cret-from-the-team"));
            Assert.Equal(200, await PostAsync(http, "/webhooks/8x8?secret=s3cret-from-the-team", Deliveries.Create("origin-url", 4), null));

            var rows = await SubmissionsTable.ReadAsync(postgres: false, sqlite);
            Assert.Equal(new[] { "origin-header", "origin-url" }, rows.Select(r => r.Umid));
        }
        finally
        {
            Durability.DeleteQuietly(directory);
        }
    }

    [Fact]
    public async Task Requests_from_outside_the_allowed_networks_get_403_and_nothing_is_stored()
    {
        var directory = Durability.TempDirectory();
        var sqlite = $"Data Source={Path.Combine(directory, "submissions.db")}";
        try
        {
            await using var service = await ServiceProcess.StartAsync(directory, new Dictionary<string, string>
            {
                ["Webhook__ConnectionString"] = sqlite,
                ["Webhook__AllowedNetworks__0"] = "203.0.113.0/24", // documentation range: not where the test connects from
                ["Webhook__AllowedNetworks__1"] = "2001:db8::/32",
                ["ChatApps__ApiKey"] = string.Empty,
            });
            using var http = new HttpClient { BaseAddress = service.Address };

            Assert.Equal(403, await PostAsync(http, "/webhooks/8x8", Deliveries.Create("origin-outside", 0), null));

            Assert.Empty(await SubmissionsTable.ReadAsync(postgres: false, sqlite));

            // The console logger writes on its own thread: the line may follow the answer by a moment.
            const string Refusal = "Refused an 8x8 webhook from 127.0.0.1 with 403 (origin check)";
            var watch = System.Diagnostics.Stopwatch.StartNew();
            while (!service.Output.Any(line => line.Contains(Refusal, StringComparison.Ordinal)) && watch.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(50);
            }

            Assert.Contains(service.Output, line => line.Contains(Refusal, StringComparison.Ordinal));
        }
        finally
        {
            Durability.DeleteQuietly(directory);
        }
    }

    [Fact]
    public async Task A_malformed_allowed_network_stops_the_service_at_start_with_the_setting_named()
    {
        var directory = Durability.TempDirectory();
        try
        {
            var (exitCode, output) = await ServiceProcess.RunCommandAsync(directory, new Dictionary<string, string>
            {
                ["Webhook__ConnectionString"] = $"Data Source={Path.Combine(directory, "submissions.db")}",
                ["Webhook__AllowedNetworks__0"] = "203.0.113.0/33",
            }, "--failed");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Webhook:AllowedNetworks: \"203.0.113.0/33\" is neither an IP address nor a CIDR range such as 203.0.113.0/24", output, StringComparison.Ordinal);
        }
        finally
        {
            Durability.DeleteQuietly(directory);
        }
    }

    private static async Task<int> PostAsync(HttpClient http, string path, Delivery delivery, string? secretHeader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(delivery.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (secretHeader is not null)
        {
            request.Headers.Add("X-Webhook-Secret", secretHeader);
        }

        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }
}
