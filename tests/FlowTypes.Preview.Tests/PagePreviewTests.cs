using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using FlowTypes.Generators.Authoring;
using FlowTypes.Preview.Tests.Infrastructure;
using Xunit;

namespace FlowTypes.Preview.Tests;

/// <summary>What one page shows: example data filled in, text cut where WhatsApp cuts it with its rule, branches, the completion record, and the route picture.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PagePreviewTests(Chromium chromium) : IDisposable
{
    // START: a heading from example data, an If on example data, a 38-character footer label (limit 35: FT1048).
    // END: terminal, completes with a payload; a NavigationList item label from example data over its limit.
    private const string Flow = """
        {
          "version": "7.2",
          "screens": [
            {
              "id": "START",
              "title": "`'Hello ' ${data.name}`",
              "data": {
                "name": { "type": "string", "__example__": "Ada" },
                "vip": { "type": "boolean", "__example__": false }
              },
              "layout": { "type": "SingleColumnLayout", "children": [
                { "type": "TextHeading", "text": "`'Welcome back, ' ${data.name}`" },
                { "type": "If", "condition": "${data.vip}",
                  "then": [ { "type": "TextBody", "text": "Your VIP lounge is open" } ],
                  "else": [ { "type": "TextCaption", "text": "Join VIP for free coffee" } ] },
                { "type": "Footer", "label": "Continue to the next step of the order",
                  "on-click-action": { "name": "navigate", "next": { "type": "screen", "name": "END" }, "payload": { "who": "${data.name}" } } }
              ] }
            },
            {
              "id": "END",
              "title": "Done",
              "terminal": true,
              "data": { "who": { "type": "string", "__example__": "Ada Lovelace, Countess of Lovelace" } },
              "layout": { "type": "SingleColumnLayout", "children": [
                { "type": "TextBody", "text": "`'Thanks, ' ${data.who}`" },
                { "type": "Footer", "label": "Send", "on-click-action": { "name": "complete", "payload": { "who": "${data.who}" } } }
              ] }
            }
          ]
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("flowtypes-preview-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Text_over_a_limit_shows_the_cut_and_the_rule_with_the_builds_message()
    {
        var report = FlowFileReport.Read(Path.Combine(_directory, "order.flow.json"), Flow);
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal("FT1048", warning.Id);
        await using var page = await chromium.OpenAsync();
        await PreviewDriver.OpenAsync(page, report, _directory);

        var footer = await page.Page.EvaluateExpressionAsync<string[]>("""
            (() => { const b = document.querySelector('section[data-ft-screen=START] .ft-footer-button'); const r = b.querySelector('.ft-rule');
              return [b.querySelector('.ft-kept').textContent, b.querySelector('.ft-cut').textContent, r.textContent, r.getAttribute('href'), r.getAttribute('title')]; })()
            """);
        Assert.Equal(
            new[] { "Continue to the next step of the or", "der", "FT1048 38/35", FlowTextLimits.Rule.HelpLinkUri, warning.GetMessage(CultureInfo.InvariantCulture) },
            footer);
        Assert.Equal("Continue to the next step of the or".Length, FlowTextLimits.Of("Footer", "label"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Example_data_fills_the_screen_the_If_follows_it_and_complete_names_the_record()
    {
        var report = FlowFileReport.Read(Path.Combine(_directory, "order.flow.json"), Flow);
        await using var page = await chromium.OpenAsync();
        await PreviewDriver.OpenAsync(page, report, _directory);
        Assert.Equal("Hello Ada", await page.Page.EvaluateExpressionAsync<string>("document.querySelector('[data-ft-title-text]').textContent"));
        Assert.Equal("Welcome back, Ada", await page.Page.EvaluateExpressionAsync<string>("document.querySelector('section[data-ft-screen=START] .ft-heading').textContent"));

        // vip is false in the example: the else branch shows; the then branch is one click away.
        var visible = "Array.from(document.querySelectorAll('section[data-ft-screen=START] [data-ft-component]')).filter(c => c.getBoundingClientRect().height > 0).map(c => c.dataset.ftComponent).join(',')";
        Assert.Equal("TextHeading,If,TextCaption,Footer", await page.Page.EvaluateExpressionAsync<string>(visible));
        await page.Page.ClickAsync("[data-ft-branch-name=then]");
        Assert.Equal("TextHeading,If,TextBody,Footer", await page.Page.EvaluateExpressionAsync<string>(visible));

        await page.Page.ClickAsync("section[data-ft-screen=START] .ft-footer-button");
        Assert.Equal("Thanks, Ada Lovelace, Countess of Lovelace", await page.Page.EvaluateExpressionAsync<string>("document.querySelector('section[data-ft-screen=END] .ft-text').textContent"));
        await page.Page.ClickAsync("section[data-ft-screen=END] .ft-footer-button");
        Assert.Equal("OrderSubmission", await page.Page.EvaluateExpressionAsync<string>("document.body.dataset.ftCompleted"));
        Assert.Equal("Your service reads it as OrderSubmission.", await page.Page.EvaluateExpressionAsync<string>("document.querySelector('[data-ft-record]').textContent"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task The_route_picture_is_laid_out_without_overlaps_with_labelled_edges_entry_terminal_and_record()
    {
        var report = FlowFileReport.Read(Path.Combine(_directory, "order.flow.json"), Flow);
        var svg = FlowPreviewRenderer.Routes(report)!;
        var document = XDocument.Parse(svg); // the standalone picture is well-formed XML
        Assert.Equal("svg", document.Root!.Name.LocalName);

        var file = Path.Combine(_directory, "order.routes.svg");
        await File.WriteAllTextAsync(file, svg);
        await using var page = await chromium.OpenAsync();
        await page.Page.GoToAsync(new Uri(file).AbsoluteUri);
        var nodes = await page.Page.EvaluateExpressionAsync<NodeBox[]>("""
            Array.from(document.querySelectorAll('[data-ft-node]')).map(n => { const b = n.querySelector('rect').getBBox();
              return { id: n.dataset.ftNode, classes: n.getAttribute('class'), text: Array.from(n.querySelectorAll('text')).map(t => t.textContent).join('|'), x: b.x, y: b.y, width: b.width, height: b.height }; })
            """);
        Assert.Equal(
            new[] { "START|ft-r-node ft-r-entry|START|Hello Ada|▶ entry", "END|ft-r-node ft-r-terminal|END|Done|■ terminal", "complete:END:OrderSubmission|ft-r-node ft-r-completion|✓ OrderSubmission" },
            nodes.Select(n => n.Id + "|" + n.Classes + "|" + n.Text));
        foreach (var a in nodes)
        {
            foreach (var b in nodes.Where(b => b != a))
            {
                Assert.False(a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height, $"{a.Id} overlaps {b.Id}");
            }
        }

        // Left to right, and each edge runs from its source's box to its target's, with its label.
        var edges = await page.Page.EvaluateExpressionAsync<string[]>("""
            Array.from(document.querySelectorAll('[data-ft-edge]')).map(e => { const p = e.querySelector('path'); const l = p.getTotalLength();
              const s = p.getPointAtLength(0), t = e.querySelector('polygon').points.getItem(0);
              return e.dataset.ftEdge + '|' + e.dataset.ftKind + '|' + e.querySelector('text').textContent + '|' + Math.round(s.x) + ',' + Math.round(s.y) + '|' + Math.round(t.x) + ',' + Math.round(t.y); })
            """);
        Assert.Equal(new[] { "START -> END|navigate|navigate", "END -> complete:END:OrderSubmission|complete|complete" }, edges.Select(e => string.Join('|', e.Split('|').Take(3))));
        foreach (var edge in edges.Select(e => e.Split('|')))
        {
            var (from, to) = (nodes.Single(n => n.Id == edge[0].Split(" -> ")[0]), nodes.Single(n => n.Id == edge[0].Split(" -> ")[1]));
            var start = edge[3].Split(',').Select(double.Parse).ToArray();
            var tip = edge[4].Split(',').Select(double.Parse).ToArray();
            Assert.InRange(start[0], from.X + from.Width - 2, from.X + from.Width + 2);
            Assert.InRange(tip[0], to.X - 2, to.X + 2);
            Assert.True(from.X + from.Width < to.X);
        }

        Assert.Empty(page.Errors);
    }

    public sealed record NodeBox(string Id, string Classes, string Text, double X, double Y, double Width, double Height);
}
