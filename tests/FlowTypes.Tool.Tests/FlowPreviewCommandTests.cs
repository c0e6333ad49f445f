using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using FlowTypes.Tool;
using Xunit;

namespace FlowTypes.Tool.Tests;

/// <summary>
/// <c>flowtypes flows preview FILE --local [--out DIR]</c> and <c>--watch</c>: no project, no 8x8 settings, the build's
/// findings in MSBuild's form. The page itself is tested in a browser in tests/FlowTypes.Preview.Tests.
/// </summary>
public sealed class FlowPreviewCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("flowtypes-preview-command-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Local_preview_writes_the_page_and_the_route_picture_without_settings_or_project()
    {
        var flow = Copy("returns.flow.json");
        var (exit, output, error) = await RunAsync(CancellationToken.None, "flows", "preview", "returns.flow.json", "--local", "--out", "site");
        Assert.Equal((0, string.Empty), (exit, error));
        var page = Path.Combine(_directory, "site", "returns.html");
        var routes = Path.Combine(_directory, "site", "returns.routes.svg");
        Assert.Equal($"  wrote      {page}\n  wrote      {routes}\nflows preview: returns: 3 screen(s), 0 error(s), 0 warning(s).\n", output);
        var html = await File.ReadAllTextAsync(page);
        Assert.Equal(new[] { "ORDER_INFO", "RETURN_DETAILS", "RESOLUTION" }, Regex.Matches(html, "data-ft-screen=\"([A-Z_]+)\"").Select(m => m.Groups[1].Value));
        var svg = XDocument.Load(routes);
        Assert.Equal(new[] { "ORDER_INFO", "RETURN_DETAILS", "RESOLUTION", "complete:RESOLUTION:ReturnsSubmission" },
            svg.Descendants().Where(e => e.Attribute("data-ft-node") is not null).Select(e => e.Attribute("data-ft-node")!.Value));
        Assert.True(File.Exists(flow));
    }

    [Fact]
    public async Task Local_preview_of_a_flow_with_errors_prints_them_as_the_build_does_writes_the_page_and_exits_1()
    {
        var path = Path.Combine(_directory, "broken.flow.json");
        await File.WriteAllTextAsync(path, "{\n  \"screens\": []\n}\n");
        var (exit, output, _) = await RunAsync(CancellationToken.None, "flows", "preview", "broken.flow.json", "--local");
        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(path + "(1,1): error FT1002: The flow has no valid 'version'", lines[0], StringComparison.Ordinal);
        Assert.Equal($"  wrote      {Path.Combine(_directory, "flow-preview", "broken.html")}", lines[^3]);
        Assert.EndsWith(" error(s), 0 warning(s).", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_preview_of_an_endpoint_finished_flow_names_the_projects_completion_record_in_the_picture()
    {
        // The corpus's book_a_table (its terminal Footer does data_exchange) in a project that declares its completion.
        var flow = CopyEndpointFlow();
        var declaration = Path.Combine(_directory, "Shop", "Bookings", "Completions.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(declaration)!);
        await File.WriteAllTextAsync(declaration, "namespace Shop.Bookings;\n\n[FlowTypes.FlowCompletion(\"book_a_table.flow.json\")]\npublic partial record BookingCompletion(string BookingId);\n");

        var (exit, output, error) = await RunAsync(CancellationToken.None, "flows", "preview", flow, "--local", "--out", "site");
        Assert.Equal((0, string.Empty), (exit, error));
        var routes = Path.Combine(_directory, "site", "book_a_table.routes.svg");
        Assert.Equal(
            $"{flow}(2,14): warning FT1004: {Ft1004}\n" +
            $"  completion Shop.Bookings.BookingCompletion ([FlowCompletion] in {declaration})\n" +
            $"  wrote      {Path.Combine(_directory, "site", "book_a_table.html")}\n  wrote      {routes}\n" +
            "flows preview: book_a_table: 4 screen(s), 0 error(s), 1 warning(s).\n",
            output);
        var finish = XDocument.Load(routes).Descendants().Single(e => e.Attribute("data-ft-node")?.Value.StartsWith("complete:", StringComparison.Ordinal) == true);
        Assert.Equal("complete:BOOKING_CONFIRMATION:SUCCESS (endpoint) → Shop.Bookings.BookingCompletion", finish.Attribute("data-ft-node")!.Value);
        Assert.Equal("✓ SUCCESS (endpoint) → Shop.Bookings.BookingCompletion", string.Concat(finish.Elements().Where(e => e.Name.LocalName == "text").Select(e => e.Value)));
    }

    [Fact]
    public async Task Local_preview_of_an_endpoint_finished_flow_without_a_declaration_prints_and_draws_FT1071()
    {
        var flow = CopyEndpointFlow();
        await File.WriteAllTextAsync(Path.Combine(_directory, "Shop", "Other.cs"), "namespace Shop;\n\n[FlowTypes.FlowCompletion(\"get_a_quote.flow.json\")]\npublic partial record QuoteSent(string QuoteId);\n");

        var (exit, output, error) = await RunAsync(CancellationToken.None, "flows", "preview", flow, "--local", "--out", "site");
        Assert.Equal((0, string.Empty), (exit, error));
        var routes = Path.Combine(_directory, "site", "book_a_table.routes.svg");
        Assert.Equal(
            $"{flow}(2,14): warning FT1004: {Ft1004}\n" +
            $"{flow}(360,27): info FT1071: {Ft1071}\n" +
            $"  wrote      {Path.Combine(_directory, "site", "book_a_table.html")}\n  wrote      {routes}\n" +
            "flows preview: book_a_table: 4 screen(s), 0 error(s), 1 warning(s).\n",
            output);
        var finish = XDocument.Load(routes).Descendants().Single(e => e.Attribute("data-ft-node")?.Value.StartsWith("complete:", StringComparison.Ordinal) == true);
        Assert.Equal(("complete:BOOKING_CONFIRMATION:SUCCESS (endpoint)", "FT1071"), (finish.Attribute("data-ft-node")!.Value, finish.Attribute("data-ft-hint")!.Value));
        Assert.Equal(
            new[] { "✓ SUCCESS (endpoint)", "FT1071 (info): no typed completion; declare it:", "[FlowCompletion(\"book_a_table.flow.json\")]", "public partial record BookATableCompletion(...)" },
            finish.Elements().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var (exit, output, error) = await RunAsync(CancellationToken.None, "flows", "preview", "none.flow.json", "--local");
        Assert.Equal((2, string.Empty, $"flowtypes: {Path.Combine(_directory, "none.flow.json")}: no such flow file.\n"), (exit, output, error));
    }

    [Fact]
    public async Task Watch_serves_the_page_on_loopback_and_signals_a_reload_when_the_file_is_saved()
    {
        var flow = Copy("returns.flow.json");
        using var stop = new CancellationTokenSource();
        var output = new SynchronizedWriter();
        var run = ToolApp.RunAsync(new[] { "flows", "preview", "returns.flow.json", "--watch" }, new ToolEnvironment(output, TextWriter.Null, _ => null, _directory), stop.Token);
        var address = await WaitForAsync(() => Regex.Match(output.Text, "serving (http://127\\.0\\.0\\.1:\\d+/) ") is { Success: true } m ? m.Groups[1].Value : null);

        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        Assert.Contains("data-ft-live=\"/events\"", await http.GetStringAsync("/"), StringComparison.Ordinal);
        using var events = new StreamReader(await http.GetStreamAsync("/events"));
        Assert.Equal(": connected", await events.ReadLineAsync());
        Assert.Equal(string.Empty, await events.ReadLineAsync());

        await File.WriteAllTextAsync(flow, (await File.ReadAllTextAsync(flow)).Replace("Return Request", "Send it back", StringComparison.Ordinal));
        Assert.Equal("event: reload", await events.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(15)));
        Assert.Contains("Send it back", await http.GetStringAsync("/"), StringComparison.Ordinal);
        await WaitForAsync(() => output.Text.Contains("  reloaded   returns.flow.json: 3 screen(s), 0 error(s), 0 warning(s)\n", StringComparison.Ordinal) ? "yes" : null);

        await stop.CancelAsync();
        Assert.Equal(0, await run);
    }

    private const string Ft1004 = "Flow JSON version '2.1' was frozen on 2025-04-08: Meta no longer lets you create, update or publish a flow with it; raise 'version' to 7.3 (check the changelog for the changes in between)";

    private const string Ft1071 = "Screen 'BOOKING_CONFIRMATION' finishes through the endpoint, and no type declares what it completes with, so the endpoint's Finish takes string parameters and the completion webhook is read into no type. Declare it once: [FlowCompletion(\"book_a_table.flow.json\")] public partial record BookATableCompletion(...).";

    /// <summary>The corpus's book_a_table as Shop/flows/book_a_table.flow.json, beside Shop/Shop.csproj.</summary>
    private string CopyEndpointFlow()
    {
        var path = Path.Combine(_directory, "Shop", "flows", "book_a_table.flow.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(Path.Combine(_directory, "Shop", "Shop.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        File.Copy(Path.Combine(ToolProject.RepoRoot, "tests", "TestData", "corpus", "david-lev__pywa__tests__data__flows__2_1__examples__book_a_table.json"), path);
        return path;
    }

    private string Copy(string sample)
    {
        var path = Path.Combine(_directory, sample);
        File.Copy(Path.Combine(ToolProject.RepoRoot, "samples", "WebhookService", "flows", sample), path);
        return path;
    }

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = await ToolApp.RunAsync(args, new ToolEnvironment(output, error, _ => null, _directory), cancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<string> WaitForAsync(Func<string?> probe)
    {
        for (var i = 0; i < 300; i++)
        {
            if (probe() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the tool did not get there in 15 s");
    }

    /// <summary>The tool writes from the reload thread while the test reads.</summary>
    private sealed class SynchronizedWriter : StringWriter
    {
        public SynchronizedWriter() => NewLine = "\n";

        public string Text
        {
            get
            {
                lock (this)
                {
                    return ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (this)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (this)
            {
                base.Write(value);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (this)
            {
                base.WriteLine(value);
            }
        }
    }
}
