using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Preview.Tests.Infrastructure;
using PuppeteerSharp;
using Xunit;

namespace FlowTypes.Preview.Tests;

/// <summary>Watch mode in the browser: the served page reloads when the file is saved, keeps the screen it showed, and shows the build's new findings.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WatchPreviewTests(Chromium chromium) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("flowtypes-preview-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Saving_the_file_reloads_the_open_page_on_the_same_screen_with_the_new_findings()
    {
        var path = Path.Combine(_directory, "returns.flow.json");
        var original = await File.ReadAllTextAsync(Path.Combine(TestFiles.SampleFlowsDirectory, "returns.flow.json"));
        await File.WriteAllTextAsync(path, original);
        await using var server = FlowPreviewServer.Start(path);
        await using var page = await chromium.OpenAsync();
        await page.Page.GoToAsync(server.Address.ToString(), WaitUntilNavigation.Load);
        Assert.Equal("ORDER_INFO", await page.Page.EvaluateExpressionAsync<string>("document.body.dataset.ftCurrent"));
        Assert.Equal("Build findings (0)", await page.Page.EvaluateExpressionAsync<string>("document.querySelector('[data-ft-findings] h2').textContent"));
        await page.Page.ClickAsync("section[data-ft-screen=ORDER_INFO] .ft-footer-button");
        Assert.Equal("RETURN_DETAILS", await page.Page.EvaluateExpressionAsync<string>("document.body.dataset.ftCurrent"));

        // A new title, and a footer label over WhatsApp's 35 characters (FT1048, a warning).
        var edited = original.Replace("\"title\": \"Return Reason\"", "\"title\": \"Why return it?\"", StringComparison.Ordinal)
            .Replace("\"label\": \"Continue\"", "\"label\": \"Continue to the resolution of your return\"", StringComparison.Ordinal);
        Assert.NotEqual(original, edited);
        var reloaded = page.Page.WaitForNavigationAsync(new NavigationOptions { Timeout = 15_000 });
        await File.WriteAllTextAsync(path, edited);
        await reloaded;

        Assert.Equal("RETURN_DETAILS", await page.Page.EvaluateExpressionAsync<string>("document.body.dataset.ftCurrent"));
        Assert.Equal("Why return it?", await page.Page.EvaluateExpressionAsync<string>("document.querySelector('[data-ft-title-text]').textContent"));
        var findings = await page.Page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('[data-ft-finding]')).map(f => f.dataset.ftFinding + ' ' + f.querySelector('.ft-where').textContent)");
        var expected = server.Report.Diagnostics.Select(d => d.Id + " " + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + ":" + (d.Location.GetLineSpan().StartLinePosition.Character + 1)).ToArray();
        Assert.Equal(2, expected.Count(e => e.StartsWith("FT1048 ", StringComparison.Ordinal)));
        Assert.Equal(expected, findings);

        Assert.Empty(page.Errors);
        Assert.All(page.Requests, r => Assert.StartsWith(server.Address.ToString(), r, StringComparison.Ordinal));
        Assert.Equal(new[] { "/", "/events" }, page.Requests.Select(r => new Uri(r).AbsolutePath).Distinct().Order(StringComparer.Ordinal));
    }
}
