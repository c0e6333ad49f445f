using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using System.Xml.Linq;
using FlowTypes.Generators.Authoring;
using FlowTypes.Preview.Tests.Infrastructure;
using Xunit;

namespace FlowTypes.Preview.Tests;

/// <summary>
/// A flow that finishes through its endpoint (the corpus's book_a_table: BOOKING_CONFIRMATION is terminal and its Footer
/// does data_exchange) in a throwaway project folder (a .csproj, the flow under flows/, C# files): the route picture
/// names the <c>[FlowCompletion]</c> type the project declares for it at the endpoint's finish, found by parsing the
/// project's C# files; without one it keeps <c>SUCCESS (endpoint)</c> and shows the build's FT1071 hint.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EndpointCompletionPreviewTests(Chromium chromium) : IDisposable
{
    private const string CorpusFile = "david-lev__pywa__tests__data__flows__2_1__examples__book_a_table.json";

    private const string Finish = "complete:BOOKING_CONFIRMATION:SUCCESS (endpoint)";

    private const string Ft1071 =
        "Screen 'BOOKING_CONFIRMATION' finishes through the endpoint, and no type declares what it completes with, so the endpoint's Finish takes string parameters and the completion webhook is read into no type. Declare it once: [FlowCompletion(\"book_a_table.flow.json\")] public partial record BookATableCompletion(...).";

    private const string Declared = """
        using FlowTypes;

        namespace Shop.Bookings;

        /// <summary>What book_a_table finishes with.</summary>
        [FlowCompletion("book_a_table.flow.json")]
        public partial record TableBooked(string BookingId, decimal People);
        """;

    private static readonly string[] Screens = { "BOOK_TABLE", "BOOKING_DETAILS", "BOOKING_CONFIRMATION", "TERMS_AND_CONDITIONS" };

    private readonly string _root = Directory.CreateTempSubdirectory("flowtypes-preview-completion-").FullName;

    private string Project => Path.Combine(_root, "Shop");

    private string FlowPath => Path.Combine(Project, "flows", "book_a_table.flow.json");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task The_declared_record_is_named_at_the_endpoint_finish_in_the_picture_and_on_the_page()
    {
        CreateProject();
        Write("Bookings/Completions.cs", Declared);
        // Build output is not the project's source: a declaration there (first by name) is not read.
        Write("obj/Debug/net8.0/Copy.cs", Declared.Replace("Shop.Bookings", "Aaa", StringComparison.Ordinal));
        Write("bin/Copy.cs", Declared.Replace("Shop.Bookings", "Aaa", StringComparison.Ordinal));

        var lookup = FlowCompletionLookup.Find(FlowPath);
        Assert.Equal(
            (Project, "Shop.Bookings.TableBooked", Path.Combine(Project, "Bookings", "Completions.cs"), 1, 0),
            (lookup.ProjectDirectory, lookup.TypeName, lookup.DeclaredIn, lookup.FilesRead, lookup.FilesSkipped));

        var report = Report();
        var svg = XDocument.Parse(FlowPreviewRenderer.Routes(report, new FlowPreviewOptions { Completion = lookup })!);
        var node = Finish + " → Shop.Bookings.TableBooked";
        Assert.Equal(Screens.Append(node), Nodes(svg));
        Assert.Equal("✓ SUCCESS (endpoint) → Shop.Bookings.TableBooked", Text(svg, node));
        Assert.Contains($"BOOKING_CONFIRMATION -> {node}|data_exchange|data_exchange", Edges(svg));
        Assert.DoesNotContain(svg.Descendants(), e => e.Attribute("data-ft-hint") is not null);

        // In the browser: the node is drawn with its whole label and overlaps nothing; the panel says where the type is.
        await using var page = await chromium.OpenAsync();
        var preview = await PreviewDriver.OpenAsync(page, report, _root, new FlowPreviewOptions { Completion = lookup });
        var boxes = await NodeBoxesAsync(page);
        Assert.Equal("✓ SUCCESS (endpoint) → Shop.Bookings.TableBooked", boxes.Single(b => b.Id == node).Text);
        AssertNoOverlaps(boxes);
        Assert.Equal(
            "Finishes through its endpoint: your service reads the completion as Shop.Bookings.TableBooked ([FlowCompletion] in Bookings/Completions.cs).",
            await page.Page.EvaluateExpressionAsync<string>("document.querySelector('[data-ft-completion-type]').textContent"));
        Assert.Equal(0, await page.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('[data-ft-hint]').length"));

        // In the phone: the endpoint's finish completes with the record.
        Assert.Equal(("Shop.Bookings.TableBooked", "Your service reads it as Shop.Bookings.TableBooked."), await FinishThroughTheEndpointAsync(preview));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Without_a_declaration_the_finish_keeps_its_label_and_shows_the_builds_FT1071_hint()
    {
        CreateProject();
        Write("Program.cs", "namespace Shop;\n\npublic static class Program\n{\n    public static void Main() { }\n}\n");
        var lookup = FlowCompletionLookup.Find(FlowPath);
        Assert.Equal((Project, null, null, 1, 0), (lookup.ProjectDirectory, lookup.TypeName, lookup.DeclaredIn, lookup.FilesRead, lookup.FilesSkipped));

        var report = Report();
        var hint = Assert.Single(report.UntypedCompletionHints);
        Assert.Equal(("FT1071", Ft1071), (hint.Id, hint.GetMessage(CultureInfo.InvariantCulture)));
        var svg = XDocument.Parse(FlowPreviewRenderer.Routes(report, new FlowPreviewOptions { Completion = lookup })!);
        Assert.Equal(Screens.Append(Finish), Nodes(svg));
        Assert.Equal(
            "✓ SUCCESS (endpoint)|FT1071 (info): no typed completion; declare it:|[FlowCompletion(\"book_a_table.flow.json\")]|public partial record BookATableCompletion(...)",
            Text(svg, Finish));
        var group = NodeGroup(svg, Finish);
        Assert.Equal("FT1071", group.Attribute("data-ft-hint")!.Value);
        Assert.Equal("FT1071: " + Ft1071, group.Elements().Single(e => e.Name.LocalName == "title").Value);
        Assert.Contains($"BOOKING_CONFIRMATION -> {Finish}|data_exchange|data_exchange", Edges(svg));

        await using var page = await chromium.OpenAsync();
        var preview = await PreviewDriver.OpenAsync(page, report, _root, new FlowPreviewOptions { Completion = lookup });
        AssertNoOverlaps(await NodeBoxesAsync(page));
        // Under the picture, as a finding is shown: severity, id (its help page), line:column, the build's message.
        Assert.Equal(
            new[] { "info FT1071 360:27 " + Ft1071, hint.Descriptor.HelpLinkUri },
            await page.Page.EvaluateExpressionAsync<string[]>("(() => { const h = document.querySelector('li[data-ft-hint=FT1071]'); return [h.textContent, h.querySelector('a').getAttribute('href')]; })()"));
        // It is not one of the file's findings: only the compilation knows whether a type names the file.
        Assert.Equal(
            $"Build findings ({report.Diagnostics.Length})",
            await page.Page.EvaluateExpressionAsync<string>("document.querySelector('[data-ft-findings] h2').textContent"));
        Assert.Equal(("complete", "No typed record: no [FlowCompletion] type of the project names this flow (FT1071)."), await FinishThroughTheEndpointAsync(preview));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Without_a_lookup_the_picture_is_as_before()
    {
        CreateProject();
        Write("Bookings/Completions.cs", Declared);
        var report = Report();
        var svg = XDocument.Parse(FlowPreviewRenderer.Routes(report)!);
        Assert.Equal(Screens.Append(Finish), Nodes(svg));
        Assert.Equal("✓ SUCCESS (endpoint)", Text(svg, Finish));

        await using var page = await chromium.OpenAsync();
        var preview = await PreviewDriver.OpenAsync(page, report, _root);
        Assert.Equal(0, await page.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('[data-ft-hint], [data-ft-completion-type]').length"));
        Assert.Equal(("complete", "The endpoint's SUCCESS params (a [FlowCompletion] record of your project types them)."), await FinishThroughTheEndpointAsync(preview));
        Assert.Empty(page.Errors);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_data_exchange_of_a_finishing_screen_leads_to_its_one_named_finish(bool declared)
    {
        // PICK is terminal: a Dropdown's on-select data_exchange (which the build does not count as a finish) comes
        // before the Footer's, which finishes the flow.
        CreateProject();
        var flow = Path.Combine(Project, "flows", "pick.flow.json");
        File.WriteAllText(flow, """
            {
              "version": "7.2",
              "data_api_version": "3.0",
              "routing_model": { "PICK": [] },
              "screens": [
                {
                  "id": "PICK",
                  "title": "Pick",
                  "terminal": true,
                  "data": { "slots": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": "string" } } }, "__example__": [ { "id": "1", "title": "9:00" } ] } },
                  "layout": { "type": "SingleColumnLayout", "children": [
                    { "type": "Dropdown", "name": "slot", "label": "Slot", "data-source": "${data.slots}",
                      "on-select-action": { "name": "data_exchange", "payload": { "slot": "${form.slot}" } } },
                    { "type": "Footer", "label": "Book", "on-click-action": { "name": "data_exchange", "payload": { "slot": "${form.slot}" } } }
                  ] }
                }
              ]
            }
            """);
        if (declared)
        {
            Write("Picked.cs", "namespace Shop;\n\n[FlowCompletion(\"pick.flow.json\")]\npublic partial record Picked(string Slot);\n");
        }

        var report = FlowFileReport.Read(flow, File.ReadAllText(flow));
        Assert.Equal(new[] { false, true }, report.Outline!.Screens.Single().Actions.Select(a => a.FinishesThroughEndpoint));
        var svg = XDocument.Parse(FlowPreviewRenderer.Routes(report, new FlowPreviewOptions { Completion = FlowCompletionLookup.Find(flow) })!);
        var node = declared ? "complete:PICK:SUCCESS (endpoint) → Shop.Picked" : "complete:PICK:SUCCESS (endpoint)";
        Assert.Equal(new[] { "PICK", node }, Nodes(svg));
        Assert.Equal(new[] { $"PICK -> {node}|data_exchange|data_exchange" }, Edges(svg));
        Assert.Equal(declared ? null : "FT1071", NodeGroup(svg, node).Attribute("data-ft-hint")?.Value);
    }

    [Theory]
    [InlineData("[FlowCompletion(\"book_a_table.flow.json\")] public partial record TableBooked(string BookingId);", "Shop.TableBooked")]
    [InlineData("[FlowCompletion(\"get_a_quote.flow.json\")] public partial record QuoteSent(string QuoteId);", null)] // another flow file
    [InlineData("[FlowCompletion(\"flows/book_a_table.flow.json\")] public partial record TableBooked(string BookingId);", "Shop.TableBooked")] // the end of its path
    [InlineData("[FlowCompletion(\"FLOWS\\\\Book_A_Table.flow.json\")] public partial record TableBooked(string BookingId);", "Shop.TableBooked")] // '\' and case
    [InlineData("[FlowCompletion(\"other/book_a_table.flow.json\")] public partial record TableBooked(string BookingId);", null)]
    [InlineData("[FlowCompletion(\"a_table.flow.json\")] public partial record TableBooked(string BookingId);", null)]
    [InlineData("[FlowCompletion(\"\")] public partial record TableBooked(string BookingId);", null)]
    [InlineData("[FlowTypes.FlowCompletionAttribute(\"book_a_table.flow.json\")] public partial record TableBooked(string BookingId);", "Shop.TableBooked")]
    [InlineData("[System.Serializable, global::FlowTypes.FlowCompletion(flowFile: @\"book_a_table.flow.json\")] public partial class TableBooked { public string? BookingId { get; set; } }", "Shop.TableBooked")]
    [InlineData("[FlowCompletion(Names.Flow)] public partial record TableBooked(string BookingId);", null)] // not a string literal
    [InlineData("[Completion(\"book_a_table.flow.json\")] public partial record TableBooked(string BookingId);", null)] // another attribute
    [InlineData("[FlowCompletion(\"book_a_table.flow.json\")] public record TableBooked(string BookingId);", null)] // FT9006: not partial
    [InlineData("[FlowCompletion(\"book_a_table.flow.json\")] public partial record struct TableBooked(string BookingId);", null)] // FT9006: not a class
    [InlineData("[FlowCompletion(\"book_a_table.flow.json\")] public partial record TableBooked<T>(string BookingId);", null)] // FT9006: generic
    [InlineData("[FlowCompletion(\"book_a_table.flow.json\")] public abstract partial record TableBooked(string BookingId);", null)] // FT9006: abstract
    [InlineData("[FlowCompletion(\"book_a_table.flow.json\")] public partial class TableBooked(string BookingId);", null)] // FT9006: a class's primary constructor
    [InlineData("[FlowCompletion(\"book_a_table.flow.json\")] public partial class TableBooked { public TableBooked(string id) { } }", null)] // FT9006: no parameterless constructor
    [InlineData("public static partial class Outer { [FlowCompletion(\"book_a_table.flow.json\")] public partial record TableBooked(string BookingId); }", null)] // FT9006: nested
    [InlineData("[FlowCompletion(\"book_a_table.flow.json\")] public partial record Zeta(string BookingId); [FlowCompletion(\"book_a_table.flow.json\")] public partial record Alpha(string BookingId);", "Shop.Alpha")] // FT9008: the router's pick
    public void A_declaration_names_the_flow_by_the_generators_rule_and_shape(string declaration, string? expected)
    {
        CreateProject();
        Write("Completions.cs", "using FlowTypes;\n\nnamespace Shop;\n\n" + declaration + "\n");
        var lookup = FlowCompletionLookup.Find(FlowPath);
        Assert.Equal((expected, 1, 0), (lookup.TypeName, lookup.FilesRead, lookup.FilesSkipped));
        var svg = XDocument.Parse(FlowPreviewRenderer.Routes(Report(), new FlowPreviewOptions { Completion = lookup })!);
        Assert.Equal(Screens.Append(expected is null ? Finish : Finish + " → " + expected), Nodes(svg));
    }

    [Theory]
    [InlineData("namespace A { namespace B.C { [FlowCompletion(\"book_a_table.flow.json\")] public partial record TableBooked(string BookingId); } }", "A.B.C.TableBooked")]
    [InlineData("[FlowTypes.FlowCompletion(\"book_a_table.flow.json\")] public partial record TableBooked(string BookingId);", null)] // FT9006: the global namespace
    public void The_name_is_the_namespace_and_the_type_as_the_generator_names_it(string source, string? expected)
    {
        CreateProject();
        Write("Completions.cs", source);
        Assert.Equal(expected, FlowCompletionLookup.Find(FlowPath).TypeName);
    }

    [Fact]
    public async Task Broken_CSharp_is_no_match_from_that_file_and_never_a_crash()
    {
        CreateProject();
        Write("Broken.cs", "namespace Shop;\n\n[FlowCompletion(\"book_a_table.flow.json\")]\npublic partial record TableBooked(string BookingId\n");
        Write("Garbage.cs", "\0\u0001 FlowCompletion(((( \"book_a_table.flow.json\" }}}} record");
        var lookup = FlowCompletionLookup.Find(FlowPath);
        Assert.Equal((null, 2, 0), (lookup.TypeName, lookup.FilesRead, lookup.FilesSkipped));
        var report = Report();
        var options = new FlowPreviewOptions { Completion = lookup };
        Assert.Equal("FT1071", NodeGroup(XDocument.Parse(FlowPreviewRenderer.Routes(report, options)!), Finish).Attribute("data-ft-hint")!.Value);
        Assert.Contains("data-ft-hint=\"FT1071\"", FlowPreviewRenderer.Page(report, options), StringComparison.Ordinal);

        // A good file beside them still counts.
        await File.WriteAllTextAsync(Path.Combine(Project, "Good.cs"), Declared);
        Assert.Equal(("Shop.Bookings.TableBooked", 3), (FlowCompletionLookup.Find(FlowPath).TypeName, FlowCompletionLookup.Find(FlowPath).FilesRead));
    }

    [Fact]
    public void The_scan_is_bounded_files_over_1_MB_and_beyond_the_first_2000_are_not_read()
    {
        CreateProject();
        Write("Big.cs", Declared + "\n// " + new string('x', (int)FlowCompletionLookup.MaxFileBytes) + "\n");
        var big = FlowCompletionLookup.Find(FlowPath);
        Assert.Equal((null, 0, 1), (big.TypeName, big.FilesRead, big.FilesSkipped));

        File.Delete(Path.Combine(Project, "Big.cs"));
        for (var i = 0; i < FlowCompletionLookup.MaxFiles; i++)
        {
            Write($"a/F{i:D4}.cs", "namespace Shop;\n");
        }

        Write("b/Completions.cs", Declared); // folder b comes after a: the 2001st file
        var capped = FlowCompletionLookup.Find(FlowPath);
        Assert.Equal((null, FlowCompletionLookup.MaxFiles, 1), (capped.TypeName, capped.FilesRead, capped.FilesSkipped));
        File.Delete(Path.Combine(Project, "a", "F0000.cs"));
        Assert.Equal("Shop.Bookings.TableBooked", FlowCompletionLookup.Find(FlowPath).TypeName);
    }

    [Fact]
    public void A_flow_outside_any_project_has_no_declaration_and_shows_the_hint()
    {
        var flow = Path.Combine(_root, "loose", "book_a_table.flow.json");
        Directory.CreateDirectory(Path.GetDirectoryName(flow)!);
        File.Copy(Path.Combine(TestFiles.CorpusDirectory, CorpusFile), flow);
        var lookup = FlowCompletionLookup.Find(flow);
        Assert.Equal((null, null, 0), (lookup.ProjectDirectory, lookup.TypeName, lookup.FilesRead));
        var report = FlowFileReport.Read(flow, File.ReadAllText(flow));
        Assert.Equal("FT1071", NodeGroup(XDocument.Parse(FlowPreviewRenderer.Routes(report, new FlowPreviewOptions { Completion = lookup })!), Finish).Attribute("data-ft-hint")!.Value);
    }

    [Fact]
    public async Task Watch_picks_up_a_changed_declaration_on_the_next_request()
    {
        CreateProject();
        await using var server = FlowPreviewServer.Start(FlowPath);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(Screens.Append(Finish), Nodes(XDocument.Parse(await http.GetStringAsync("/routes.svg"))));

        Write("Bookings/Completions.cs", Declared);
        Assert.Equal(Screens.Append(Finish + " → Shop.Bookings.TableBooked"), Nodes(XDocument.Parse(await http.GetStringAsync("/routes.svg"))));
        Assert.Contains("data-ft-completion-type=\"Shop.Bookings.TableBooked\"", await http.GetStringAsync("/"), StringComparison.Ordinal);

        Write("Bookings/Completions.cs", Declared.Replace("TableBooked", "TableReserved", StringComparison.Ordinal));
        Assert.Equal(Screens.Append(Finish + " → Shop.Bookings.TableReserved"), Nodes(XDocument.Parse(await http.GetStringAsync("/routes.svg"))));
    }

    /// <summary>On BOOKING_CONFIRMATION, the Footer's data_exchange, then the endpoint's SUCCESS: what the flow completed with, and what the sheet says of it.</summary>
    private static async Task<(string Completed, string Record)> FinishThroughTheEndpointAsync(PreviewDriver preview)
    {
        await preview.ClickRouteNodeAsync("BOOKING_CONFIRMATION");
        await preview.Page.ClickAsync("section[data-ft-screen=BOOKING_CONFIRMATION] .ft-footer-button");
        await preview.Page.EvaluateExpressionAsync("Array.from(document.querySelectorAll('[data-ft-sheet] button')).find(b => b.textContent.includes('SUCCESS')).click()");
        return (await preview.Page.EvaluateExpressionAsync<string>("document.body.dataset.ftCompleted"),
            await preview.Page.EvaluateExpressionAsync<string>("document.querySelector('[data-ft-record]').textContent"));
    }

    private void CreateProject()
    {
        Directory.CreateDirectory(Path.Combine(Project, "flows"));
        File.WriteAllText(Path.Combine(Project, "Shop.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        File.Copy(Path.Combine(TestFiles.CorpusDirectory, CorpusFile), FlowPath);
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(Project, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private FlowFileReport Report() => FlowFileReport.Read(FlowPath, File.ReadAllText(FlowPath));

    private static XElement NodeGroup(XDocument svg, string id) => svg.Descendants().Single(e => e.Attribute("data-ft-node")?.Value == id);

    private static string[] Nodes(XDocument svg) =>
        svg.Descendants().Where(e => e.Attribute("data-ft-node") is not null).Select(e => e.Attribute("data-ft-node")!.Value).ToArray();

    private static string Text(XDocument svg, string id) =>
        string.Join('|', NodeGroup(svg, id).Elements().Where(e => e.Name.LocalName == "text").Select(e => e.Value));

    private static string[] Edges(XDocument svg) =>
        svg.Descendants().Where(e => e.Attribute("data-ft-edge") is not null)
            .Select(e => e.Attribute("data-ft-edge")!.Value + "|" + e.Attribute("data-ft-kind")!.Value + "|" + e.Elements().Single(t => t.Name.LocalName == "text").Value).ToArray();

    private static Task<PagePreviewTests.NodeBox[]> NodeBoxesAsync(WatchedPage page) => page.Page.EvaluateExpressionAsync<PagePreviewTests.NodeBox[]>("""
        Array.from(document.querySelectorAll('svg [data-ft-node]')).map(n => { const b = n.querySelector('rect').getBBox();
          return { id: n.dataset.ftNode, classes: n.getAttribute('class'), text: Array.from(n.querySelectorAll('text')).map(t => t.textContent).join('|'), x: b.x, y: b.y, width: b.width, height: b.height }; })
        """);

    private static void AssertNoOverlaps(PagePreviewTests.NodeBox[] nodes)
    {
        Assert.NotEmpty(nodes);
        foreach (var a in nodes)
        {
            foreach (var b in nodes.Where(b => b != a))
            {
                Assert.False(a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height, $"{a.Id} overlaps {b.Id}");
            }
        }
    }
}
