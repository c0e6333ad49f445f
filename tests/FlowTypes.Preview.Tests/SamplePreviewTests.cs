using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Authoring;
using FlowTypes.Preview.Tests.Infrastructure;
using PuppeteerSharp;
using Xunit;

namespace FlowTypes.Preview.Tests;

/// <summary>
/// The sample service's flows (samples/WebhookService/flows), clicked through from the entry screen: every screen is
/// reached, and each screen's picture, and the whole page's, match the ones committed in docs/images/preview. The page
/// is rendered as the tool renders it, with the completion type the sample declares for its endpoint-finished flow.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SamplePreviewTests(Chromium chromium) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("flowtypes-preview-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [MemberData(nameof(TestFiles.SampleFlows), MemberType = typeof(TestFiles))]
    public async Task Clicking_through_a_sample_flow_reaches_every_screen_and_each_looks_as_committed(string flowFile)
    {
        var path = Path.Combine(TestFiles.SampleFlowsDirectory, flowFile);
        var report = FlowFileReport.Read(path, await File.ReadAllTextAsync(path));
        Assert.False(report.HasErrors, string.Join("\n", report.Diagnostics));
        var name = flowFile[..^".flow.json".Length];
        await using var page = await chromium.OpenAsync(1280, 900);
        // As the tool renders it: with the sample project's [FlowCompletion] type (appointment-slots finishes through its endpoint).
        var preview = await PreviewDriver.OpenAsync(page, report, _directory, new FlowPreviewOptions { Completion = FlowCompletionLookup.Find(path) });
        var differences = new List<string>();
        differences.Add(await Screenshots.CompareAsync(page.Page, name + ".png", await page.Page.ScreenshotDataAsync(new ScreenshotOptions { FullPage = true })) ?? string.Empty);

        var phone = await page.Page.QuerySelectorAsync("[data-ft-phone]");
        var reached = await preview.ClickThroughAsync(async screen =>
            differences.Add(await Screenshots.CompareAsync(page.Page, Path.Combine(name, screen + ".png"), await phone.ScreenshotDataAsync()) ?? string.Empty));

        Assert.Equal(report.Outline!.Screens.Select(s => s.Id).Order(StringComparer.Ordinal), reached.Order(StringComparer.Ordinal));
        Assert.True(differences.All(d => d.Length == 0), string.Join("\n", differences.Where(d => d.Length > 0)));
        Assert.Empty(page.Errors);
    }
}
