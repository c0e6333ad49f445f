using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using PuppeteerSharp;
using Xunit;

namespace FlowTypes.Preview.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the test assembly: Debian's <c>chromium</c> (installed by .ci/run), or the browser named
/// by FLOWTYPES_CHROMIUM. Nothing is downloaded; a missing browser fails the tests with the install command.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutableVariable = "FLOWTYPES_CHROMIUM";

    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable) ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"No Chromium at {executable}: install Debian's browser ('apt-get install -y chromium fonts-dejavu-core', as .ci/run does) or set {ExecutableVariable}.");
        }

        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Root in CI and in containers: Chromium's sandbox needs user namespaces it does not get there.
            Args = new[] { "--no-sandbox", "--disable-gpu", "--font-render-hinting=none", "--hide-scrollbars", "--force-color-profile=srgb" },
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }
    }

    /// <summary>A new page that records script errors, console errors and every request it makes.</summary>
    public async Task<WatchedPage> OpenAsync(int width = 1280, int height = 900)
    {
        var page = await Browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height, DeviceScaleFactor = 1 });
        return new WatchedPage(page);
    }
}

/// <summary>A page and what went wrong in it: uncaught script errors, console errors (CSP violations land here), requests.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    public WatchedPage(IPage page)
    {
        Page = page;
        page.PageError += (_, e) => Errors.Add("page error: " + e.Message);
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                Errors.Add("console error: " + e.Message.Text);
            }
        };
        page.Request += (_, e) => Requests.Add(e.Request.Url);
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = new();

    public List<string> Requests { get; } = new();

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Chromium";
}
