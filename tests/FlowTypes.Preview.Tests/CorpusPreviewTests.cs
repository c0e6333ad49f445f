using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Authoring;
using FlowTypes.Preview.Tests.Infrastructure;
using Xunit;

namespace FlowTypes.Preview.Tests;

/// <summary>
/// Every flow of the corpus opened in Chromium: no script error, exactly one drawn element per component of the file,
/// no request but the page itself, and, for the flows the build accepts without errors, every screen reachable by
/// clicking from the entry screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CorpusPreviewTests(Chromium chromium) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("flowtypes-preview-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [MemberData(nameof(TestFiles.CorpusFlows), MemberType = typeof(TestFiles))]
    public async Task Corpus_flow_renders_every_component_without_errors_and_its_screens_are_reachable(string corpusFile)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(TestFiles.CorpusDirectory, corpusFile));
        var report = FlowFileReport.Read(Path.Combine(_directory, corpusFile.Replace(".json", ".flow.json", StringComparison.Ordinal)), text);
        Assert.NotNull(report.Outline);
        await using var page = await chromium.OpenAsync();
        var preview = await PreviewDriver.OpenAsync(page, report, _directory);

        // One element per component, screen by screen, against a count made with System.Text.Json.
        Assert.Equal(TestFiles.ComponentsPerScreen(text), await preview.ComponentsPerScreenAsync());

        // Each one is drawn (has a box) on its screen, in one branch choice or another.
        var screens = await preview.ScreensAsync();
        Assert.Equal(screens.Length, screens.Distinct(StringComparer.Ordinal).Count());
        foreach (var screen in screens)
        {
            await preview.ClickRouteNodeAsync(screen);
            Assert.Equal(screen, await preview.CurrentAsync());
            var all = await preview.ComponentIdsOfCurrentScreenAsync();
            var drawn = await preview.DrawnComponentsOfCurrentScreenAsync();
            Assert.True(all.Length == drawn.Length, $"{screen}: not drawn: {string.Join(", ", all.Except(drawn))}");
        }

        if (!report.HasErrors)
        {
            await page.Page.ClickAsync("[data-ft-restart]");
            var reached = await preview.ClickThroughAsync();
            Assert.Equal(screens.OrderBy(s => s, StringComparer.Ordinal), reached.OrderBy(s => s, StringComparer.Ordinal));
        }

        Assert.Empty(page.Errors);
        // data: URIs (the file's own base64 images) are not fetched from anywhere.
        Assert.Equal(new[] { preview.Url }, page.Requests.Where(r => !r.StartsWith("data:", StringComparison.Ordinal)).Distinct());
    }
}
