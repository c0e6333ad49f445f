using System;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Authoring;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Flows;
using FlowTypes.Generators.Tests.Flows.Validation;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FlowTypes.Generators.Tests.Authoring;

/// <summary>The Authoring API the tool and the preview use: the build's diagnostics and the flow's structure from one parse.</summary>
public sealed class FlowFileReportTests
{
    private const string Path = "/project/flows/shop.flow.json";

    // Two screens routed by navigate (no routing model); an If and a Switch; an item-level NavigationList action on a
    // third screen; a complete on the terminal screen; a Footer label over its 35-character limit (FT1048).
    private const string Shop = """
        {
          "version": "7.2",
          "screens": [
            {
              "id": "START",
              "title": "Shop",
              "data": { "name": { "type": "string", "__example__": "Ada" }, "vip": { "type": "boolean", "__example__": true } },
              "layout": {
                "type": "SingleColumnLayout",
                "children": [
                  { "type": "TextHeading", "text": "Hi ${data.name}" },
                  { "type": "If", "condition": "${data.vip}", "then": [ { "type": "TextBody", "text": "VIP" } ], "else": [ { "type": "TextCaption", "text": "Regular" } ] },
                  { "type": "Form", "name": "f", "children": [
                    { "type": "TextInput", "name": "email", "label": "Email" },
                    { "type": "Footer", "label": "Next", "on-click-action": { "name": "navigate", "next": { "type": "screen", "name": "PICK" }, "payload": {} } }
                  ] }
                ]
              }
            },
            {
              "id": "PICK",
              "title": "Pick",
              "layout": {
                "type": "SingleColumnLayout",
                "children": [
                  { "type": "NavigationList", "name": "list", "list-items": [
                    { "id": "a", "main-content": { "title": "A" }, "on-click-action": { "name": "navigate", "next": { "type": "screen", "name": "DONE" }, "payload": {} } }
                  ] }
                ]
              }
            },
            {
              "id": "DONE",
              "title": "Done",
              "terminal": true,
              "layout": {
                "type": "SingleColumnLayout",
                "children": [
                  { "type": "Switch", "value": "${screen.START.form.email}", "cases": { "x": [ { "type": "TextBody", "text": "X" } ] } },
                  { "type": "Footer", "label": "Confirm the order and pay for it right now", "on-click-action": { "name": "complete", "payload": { "email": "${screen.START.form.email}" } } }
                ]
              }
            }
          ]
        }
        """;

    [Fact]
    public async Task Diagnostics_are_the_analyzers_with_the_same_ids_messages_and_locations()
    {
        foreach (var corpusFile in new[] { "ChristianGroove__agency-manager__src__lib__meta__flows__schemas__appointment_booking.json", "david-lev__pywa__tests__data__flows__6_2__examples__navigation_list.json" })
        {
            var path = "/project/flows/" + corpusFile.Replace(".json", ".flow.json", StringComparison.Ordinal);
            var text = TestData.ReadCorpus(corpusFile);
            var expected = await FlowAnalysis.AnalyzeAsync(path, text);
            var actual = FlowFileReport.Read(path, text).Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal);
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(Describe), actual.Select(Describe));
        }
    }

    [Fact]
    public void A_file_that_is_not_JSON_gets_FT1001_alone_as_the_generator_reports_it_and_no_outline()
    {
        var report = FlowFileReport.Read(Path, "{\n  \"version\": \"7.2\"\n  \"screens\": []\n}");
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal("FT1001@3:3-3:4 error: The flow file is not valid JSON: Expected ',' or '}' after the value of \"version\" but found '\"' (is a comma missing?)", Describe(diagnostic));
        Assert.Null(report.Outline);
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void The_text_is_parsed_once_for_diagnostics_and_outline()
    {
        var before = FlowFile.ParseCount;
        var report = FlowFileReport.Read(Path, Shop);
        Assert.NotNull(report.Outline);
        Assert.Equal(1, FlowFile.ParseCount - before);
    }

    [Fact]
    public void Outline_has_screens_component_trees_actions_routes_and_the_entry()
    {
        var report = FlowFileReport.Read(Path, Shop);
        Assert.False(report.HasErrors, string.Join("\n", report.Diagnostics));
        var outline = report.Outline!;
        Assert.Equal("7.2", outline.Version);
        Assert.Null(outline.DataApiVersion);
        Assert.False(outline.HasRoutingModel);
        Assert.Equal(new[] { "START", "PICK", "DONE" }, outline.Screens.Select(s => s.Id));
        Assert.Equal("START", outline.EntryScreen!.Id);
        Assert.Equal(new[] { "START -> PICK", "PICK -> DONE" }, outline.Routes.Select(r => r.ToString()));
        Assert.Equal((15, 127), (outline.Routes[0].Start.Line + 1, outline.Routes[0].Start.Character + 1));

        var start = outline.Screens[0];
        Assert.Equal("Shop", start.Title);
        Assert.False(start.Terminal);
        Assert.Equal(new[] { "name:string:\"Ada\"", "vip:boolean:true" }, start.Data.Select(d => d.Name + ":" + d.Type + ":" + d.Example!.Json));
        Assert.Equal(new[] { "TextHeading", "If", "Form" }, start.Children.Select(c => c.Type));
        var branches = start.Children[1].Branches;
        Assert.Equal(new[] { "then:TextBody", "else:TextCaption" }, branches.Select(b => b.Name + ":" + b.Children.Single().Type));
        var form = start.Children[2];
        Assert.Equal(new[] { "TextInput", "Footer" }, form.Children.Select(c => c.Type));
        Assert.Equal("Email", form.Children[0].Node.GetString("label"));
        Assert.Equal((15, 13), (form.Children[1].Start.Line + 1, form.Children[1].Start.Character + 1));
        var next = Assert.Single(start.Actions);
        Assert.Equal(("on-click-action", "navigate", "PICK", (int?)null), (next.Property, next.Name, next.NextScreen, next.ItemIndex));
        Assert.Null(next.CompletionTypeName);

        var item = Assert.Single(outline.Screens[1].Children.Single().Actions);
        Assert.Equal(("on-click-action", "navigate", "DONE", (int?)0), (item.Property, item.Name, item.NextScreen, item.ItemIndex));

        var done = outline.Screens[2];
        Assert.True(done.Terminal);
        Assert.Equal("x", done.Children[0].Branches.Single().Name);
        var complete = Assert.Single(done.Actions);
        Assert.Equal(("complete", "ShopSubmission", "{ \"email\": \"${screen.START.form.email}\" }"), (complete.Name, complete.CompletionTypeName, complete.Payload!.Json));
    }

    [Fact]
    public void The_completion_record_follows_the_FlowTypeName_metadata()
    {
        var report = FlowFileReport.Read(Path, Shop, typeName: "order");
        Assert.Equal("OrderSubmission", report.Outline!.Screens[2].Actions.Single().CompletionTypeName);
    }

    [Fact]
    public void Text_limits_are_the_ones_FT1048_reports()
    {
        var report = FlowFileReport.Read(Path, Shop);
        var tooLong = Assert.Single(report.Diagnostics, d => d.Id == FlowTextLimits.Rule.Id);
        Assert.Equal(DiagnosticDescriptors.TextTooLongId, FlowTextLimits.Rule.Id);
        var label = report.Outline!.Screens[2].Children[1].Node.GetString("label")!;
        Assert.Equal(
            $"The 'label' of Footer on screen 'DONE' is {FlowTextLimits.Length(label)} characters but WhatsApp documents at most {FlowTextLimits.Of("Footer", "label")} for it; shorten it (longer text may be truncated)",
            tooLong.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(35, FlowTextLimits.Of("Footer", "label"));
        Assert.Null(FlowTextLimits.Of("Footer", "on-click-action"));
        Assert.Equal(30, FlowTextLimits.OfItem("RadioButtonsGroup", string.Empty, "title"));
        Assert.Null(FlowTextLimits.OfItem("ChipsSelector", string.Empty, "title"));
        Assert.Equal(10, FlowTextLimits.OfItem("NavigationList", "end", "title"));
        Assert.Equal(15, FlowTextLimits.OfItem("NavigationList", string.Empty, "badge"));
        Assert.Equal(2, FlowTextLimits.Length("a\U0001F600"));
    }

    [Fact]
    public void With_a_routing_model_the_routes_are_its_entries_and_the_entry_has_no_inbound_route()
    {
        var text = """
            { "version": "7.2", "data_api_version": "3.0",
              "routing_model": { "B": ["C"], "A": ["B"], "C": [] },
              "screens": [ { "id": "C", "terminal": true, "layout": { "type": "SingleColumnLayout", "children": [] } },
                           { "id": "A", "layout": { "type": "SingleColumnLayout", "children": [] } },
                           { "id": "B", "layout": { "type": "SingleColumnLayout", "children": [] } } ] }
            """;
        var outline = FlowFileReport.Read(Path, text).Outline!;
        Assert.True(outline.HasRoutingModel);
        Assert.Equal("3.0", outline.DataApiVersion);
        Assert.Equal(new[] { "B -> C", "A -> B" }, outline.Routes.Select(r => r.ToString()));
        Assert.Equal("A", outline.EntryScreen!.Id);
    }

    private static string Describe(Diagnostic d)
    {
        var start = d.Location.GetLineSpan();
        return $"{d.Id}@{start.StartLinePosition.Line + 1}:{start.StartLinePosition.Character + 1}-{start.EndLinePosition.Line + 1}:{start.EndLinePosition.Character + 1} {d.DefaultSeverity.ToString().ToLowerInvariant()}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
