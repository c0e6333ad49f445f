using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Authoring;
using PuppeteerSharp;
using Xunit;

namespace FlowTypes.Preview.Tests.Infrastructure;

/// <summary>Opens a rendered preview in the browser and works it as a person would: clicks, branch choices, Back.</summary>
internal sealed class PreviewDriver
{
    private readonly WatchedPage _page;

    private PreviewDriver(WatchedPage page, string url)
    {
        _page = page;
        Url = url;
    }

    public IPage Page => _page.Page;

    public string Url { get; }

    /// <summary>Writes the page for <paramref name="report"/> to a temporary file and opens it from disk (file: URL).</summary>
    public static async Task<PreviewDriver> OpenAsync(WatchedPage page, FlowFileReport report, string directory, FlowPreviewOptions? options = null)
    {
        var file = Path.Combine(directory, Path.GetFileNameWithoutExtension(report.Path) + ".html");
        await File.WriteAllTextAsync(file, FlowPreviewRenderer.Page(report, options));
        var url = new Uri(file).AbsoluteUri;
        await page.Page.GoToAsync(url, WaitUntilNavigation.Load);
        return new PreviewDriver(page, url);
    }

    public Task<string> CurrentAsync() => Page.EvaluateExpressionAsync<string>("document.body.dataset.ftCurrent || ''");

    public Task<string[]> ScreensAsync() => Page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('section[data-ft-screen]')).map(s => s.dataset.ftScreen)");

    public Task<int[]> ComponentsPerScreenAsync() => Page.EvaluateExpressionAsync<int[]>("Array.from(document.querySelectorAll('section[data-ft-screen]')).map(s => s.querySelectorAll('[data-ft-component]').length)");

    /// <summary>
    /// The ids of the components of the current screen that are drawn (a box with area) in some branch choice: the
    /// branch buttons are clicked one after another (nested ones once their branch shows) until nothing new appears.
    /// </summary>
    public Task<string[]> DrawnComponentsOfCurrentScreenAsync() => Page.EvaluateExpressionAsync<string[]>("""
        (() => {
          const screen = document.querySelector('section[data-ft-screen]:not([hidden])');
          const drawn = new Set();
          const record = () => screen.querySelectorAll('[data-ft-component]').forEach(c => {
            const box = c.getBoundingClientRect();
            if (box.width > 0 && box.height > 0) { drawn.add(c.dataset.ftId); }
          });
          // Every branch choice, from every state in which it shows: nested branches are explored inside their branch.
          const tried = new Set();
          const explore = depth => {
            record();
            if (depth > 8) { return; }
            for (const b of screen.querySelectorAll('[data-ft-branch-select]')) {
              const key = b.dataset.ftBranchSelect + '=' + b.dataset.ftBranchName;
              if (tried.has(key) || b.getBoundingClientRect().width === 0) { continue; }
              tried.add(key);
              const previous = screen.querySelector('[data-ft-branch-select="' + b.dataset.ftBranchSelect + '"][aria-pressed=true]');
              b.click();
              explore(depth + 1);
              if (previous) { previous.click(); }
            }
          };
          explore(0);
          return Array.from(drawn);
        })()
        """);

    public Task<string[]> ComponentIdsOfCurrentScreenAsync() =>
        Page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('section[data-ft-screen]:not([hidden]) [data-ft-component]')).map(c => c.dataset.ftId)");

    /// <summary>Clicks the route picture's node of a screen.</summary>
    public async Task ClickRouteNodeAsync(string screen)
    {
        var node = await Page.QuerySelectorAsync($"svg [data-ft-goto=\"{screen}\"] rect") ?? throw new InvalidOperationException("no route node for " + screen);
        await node.ClickAsync();
    }

    /// <summary>
    /// Every screen reached by clicking from the entry screen, depth first, using only what a person uses in the phone:
    /// the actions' buttons, links and list items (after choosing the branch that shows them), the endpoint chooser of a
    /// data_exchange, and Back. Calls <paramref name="arrived"/> once per screen when it is first reached.
    /// </summary>
    public async Task<List<string>> ClickThroughAsync(Func<string, Task>? arrived = null)
    {
        var entry = await CurrentAsync();
        var reached = new List<string> { entry };
        if (arrived is not null)
        {
            await arrived(entry);
        }

        await VisitAsync(entry, reached, arrived);
        return reached;
    }

    private async Task VisitAsync(string screen, List<string> reached, Func<string, Task>? arrived)
    {
        var count = await Page.EvaluateExpressionAsync<int>("document.querySelectorAll('section[data-ft-screen]:not([hidden]) [data-ft-action]').length");
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(screen, await CurrentAsync());
            var choices = await ClickActionAsync(i);
            if (choices == 0)
            {
                await FollowAsync(screen, reached, arrived);
                continue;
            }

            for (var c = 0; c < choices; c++)
            {
                if (c > 0)
                {
                    await ClickActionAsync(i);
                }

                var choice = (await Page.QuerySelectorAllAsync("[data-ft-sheet] button[data-ft-choice]"))[c];
                await choice.ClickAsync();
                await FollowAsync(screen, reached, arrived);
            }

            await CloseSheetAsync();
        }
    }

    private async Task FollowAsync(string from, List<string> reached, Func<string, Task>? arrived)
    {
        var now = await CurrentAsync();
        if (now == from)
        {
            await CloseSheetAsync(); // completion, a toast, or an action that stays
            return;
        }

        if (!reached.Contains(now))
        {
            reached.Add(now);
            if (arrived is not null)
            {
                await arrived(now);
            }

            await VisitAsync(now, reached, arrived);
        }

        await Page.ClickAsync(".ft-appbar [data-ft-back]");
        Assert.Equal(from, await CurrentAsync());
    }

    private async Task CloseSheetAsync()
    {
        if (await Page.EvaluateExpressionAsync<bool>("!document.querySelector('[data-ft-overlay]').hidden"))
        {
            await Page.ClickAsync(".ft-appbar [data-ft-back]");
        }
    }

    /// <summary>Shows the branches that hold action <paramref name="index"/> of the current screen, clicks it, and returns how many endpoint choices opened.</summary>
    private async Task<int> ClickActionAsync(int index)
    {
        var owners = await Page.EvaluateExpressionAsync<string[][]>($$"""
            (() => {
              const action = document.querySelectorAll('section[data-ft-screen]:not([hidden]) [data-ft-action]')[{{index}}];
              const path = [];
              for (let b = action.closest('[data-ft-branch-of]'); b; b = b.parentElement.closest('[data-ft-branch-of]')) {
                path.unshift([b.dataset.ftBranchOf, b.dataset.ftBranch]);
              }
              return path;
            })()
            """);
        foreach (var owner in owners)
        {
            await Page.ClickAsync($"section[data-ft-screen]:not([hidden]) [data-ft-branch-select=\"{owner[0]}\"][data-ft-branch-name=\"{owner[1]}\"]");
        }

        var actions = await Page.QuerySelectorAllAsync("section[data-ft-screen]:not([hidden]) [data-ft-action]");
        await actions[index].ClickAsync();
        return await Page.EvaluateExpressionAsync<int>("document.querySelector('[data-ft-overlay]').hidden ? 0 : document.querySelectorAll('[data-ft-sheet] button[data-ft-choice]').length");
    }
}
