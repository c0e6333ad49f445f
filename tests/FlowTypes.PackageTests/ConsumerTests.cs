using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.PackageTests;

/// <summary>
/// The way customers use FlowTypes: a PackageReference, flow files dropped into the project, dotnet build.
/// Typed submissions work at run time, and a broken flow file is a build error at its file, line and column.
/// </summary>
[Collection(PackagesCollection.Name)]
public class ConsumerTests
{
    private static readonly string RetailFlow = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "8x8-docs__whatsapp-flows-examples-retail__flowJson.json"));
    private static readonly string RetailResponse = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "8x8-docs__whatsapp-flows-examples-retail__responseJson.response.json"));

    private static readonly string SalesFlow = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "8x8-docs__whatsapp-flows-examples-sales__flowJson.json"));
    private static readonly string SalesResponse = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "8x8-docs__whatsapp-flows-examples-sales__responseJson.response.json"));

    private readonly PackedPackage _package;

    public ConsumerTests(PackedPackage package) => _package = package;

    [Fact]
    public void Package_carries_the_runtime_the_compiler_extension_and_the_build_integration()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/netstandard2.0/FlowTypes.dll", entries);
        Assert.Contains("lib/net8.0/FlowTypes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/FlowTypes.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/FlowTypes.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/FlowTypes.props", entries);
        Assert.Contains("buildTransitive/FlowTypes.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generators", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Consumer_gets_typed_submissions_from_a_flow_file_and_parses_a_real_webhook_body()
    {
        const string program = """
            using Shop.Flows;

            var body = File.ReadAllBytes(args[0]);
            var submission = ReturnsSubmission.ParseWebhook(body);
            Console.WriteLine($"order={submission.OrderNumber}");
            Console.WriteLine($"reason={submission.ReturnReason}");
            Console.WriteLine($"details={submission.AdditionalDetails}");
            Console.WriteLine($"resolution={submission.ResolutionType}");
            Console.WriteLine($"token={submission.FlowToken}");
            Console.WriteLine($"screens={ReturnsFlow.Screens.OrderInfo},{ReturnsFlow.Screens.Resolution}");
            """;
        var consumer = _package.CreateConsumer("TypedConsumer", program, ("flows/returns.flow.json", RetailFlow));
        var body = Path.Combine(consumer, "webhook.json");
        File.WriteAllText(body, EightByEightWebhook(RetailResponse));

        var build = await DotNet.RunAsync(consumer, "build", "-c", "Release");
        Assert.True(build.ExitCode == 0, "consumer build failed:\n" + build.Output);
        var run = await DotNet.RunAsync(consumer, Path.Combine(consumer, "bin", "Release", "net10.0", "TypedConsumer.dll"), body);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(
            new[] { "order=ORD-98765", "reason=wrong_size", "details=Fits too small, need size L", "resolution=exchange", "token=<TOKEN>", "screens=ORDER_INFO,RESOLUTION" },
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Broken_flow_file_fails_the_build_with_FT1001_at_its_file_line_and_column()
    {
        // Line 12 of the retail flow is `"screens": [`; dropping the comma that ends line 11 breaks the file there.
        var lines = RetailFlow.Split('\n');
        Assert.Equal("  },", lines[10]);
        lines[10] = "  }";
        // The handler uses the flow's type, which a broken file cannot produce: FT1001 must still be reported.
        var consumer = _package.CreateConsumer("BrokenConsumer", "Console.WriteLine(typeof(Shop.Flows.ReturnsSubmission));", ("flows/returns.flow.json", string.Join('\n', lines)));

        var build = await DotNet.RunAsync(consumer, "build", "-c", "Release");

        Assert.NotEqual(0, build.ExitCode);
        var expected = new Regex(@"flows[/\\]returns\.flow\.json\(12,3\): error FT1001: The flow file is not valid JSON: Expected ',' or '}' after the value of ""routing_model"" but found '""' \(is a comma missing\?\)");
        Assert.True(expected.IsMatch(build.Output), "expected FT1001 at flows/returns.flow.json(12,3) in:\n" + build.Output);
        Assert.Contains("error CS0246", build.Output);
    }

    [Theory]
    [InlineData("Console.WriteLine(typeof(Shop.Flows.ReturnsSubmission));", true)]
    [InlineData("Console.WriteLine(\"no flow types used\");", false)]
    public async Task Broken_flow_file_is_reported_once_whether_or_not_the_CSharp_compiles(string program, bool csharpFails)
    {
        // The generator reports FT1001; the analyzer reports it too only while the C# has errors (for csharp-ls),
        // and a command-line build skips analyzers then: each build lists FT1001 exactly once.
        var lines = RetailFlow.Split('\n');
        lines[10] = "  }";
        var consumer = _package.CreateConsumer(csharpFails ? "OnceFailing" : "OnceCompiling", program, ("flows/returns.flow.json", string.Join('\n', lines)));

        var build = await DotNet.RunAsync(consumer, "build", "-c", "Release", "-tl:off");

        Assert.NotEqual(0, build.ExitCode);
        // MSBuild lists every error again after "Build FAILED."; count the diagnostics as the compiler reported them.
        var reported = build.Output.Substring(0, build.Output.IndexOf("Build FAILED.", StringComparison.Ordinal));
        Assert.Single(Regex.Matches(reported, @"returns\.flow\.json\(12,3\): error FT1001"));
        Assert.Equal(csharpFails, reported.Contains("error CS0246", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Flow_files_under_bin_and_obj_are_not_picked_up_and_the_default_items_can_be_turned_off()
    {
        const string program = """
            Console.WriteLine(typeof(Shop.Flows.ReturnsFlow).Name);
            """;
        var consumer = _package.CreateConsumer(
            "ExcludesConsumer",
            program,
            ("returns.flow.json", RetailFlow),
            ("obj/stale/broken.flow.json", "{ broken"),
            ("bin/stale/broken.flow.json", "{ broken"));

        var build = await DotNet.RunAsync(consumer, "build", "-c", "Release");
        Assert.True(build.ExitCode == 0, build.Output);

        var optedOut = await DotNet.RunAsync(consumer, "build", "-c", "Release", "-p:FlowTypesEnableDefaultItems=false", "--no-incremental");
        Assert.NotEqual(0, optedOut.ExitCode);
        Assert.Matches(@"Program\.cs\(1,\d+\): error CS0246: The type or namespace name 'Shop' could not be found", optedOut.Output); // nothing was generated
    }

    [Fact]
    public async Task A_template_send_that_misses_a_variable_fails_the_build_with_FT3002_at_its_line()
    {
        const string template = """
            {
              "name": "order_update",
              "language": "en_US",
              "category": "UTILITY",
              "components": [
                { "type": "BODY", "text": "Hi {{1}}, your order {{2}} has shipped.", "examples": [ "Jane", "ORD-1" ] }
              ]
            }
            """;
        // Line 6 builds the body with one parameter; the template has two variables.
        const string program = """
            using FlowTypes.Sending;

            var message = new ChatAppsMessage(
                "+15551234567",
                new TemplateMessage("order_update", "en_US",
                    TemplateComponent.Body(TemplateParameter.Text("Jane"))));
            Console.WriteLine(message.ToJson());
            """;
        var consumer = _package.CreateConsumer("TemplateConsumer", program, ("templates/order_update.template.json", template));

        var build = await DotNet.RunAsync(consumer, "build", "-c", "Release");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(new Regex(@"Program\.cs\(6,9\): error FT3002: "), build.Output);
        Assert.DoesNotContain("error CS", build.Output);
    }

    [Fact]
    public async Task Display_limit_warnings_stay_warnings_under_TreatWarningsAsErrors_and_rule_errors_fail_the_build()
    {
        // A 33-character TextInput label (documented display limit 20: FT1048, a warning) and, in a second build,
        // a screen id with a digit (FT1006, an error).
        var longLabel = RetailFlow.Replace("\"label\": \"Order Number\"", "\"label\": \"Order number from your confirmation\"", StringComparison.Ordinal);
        Assert.NotEqual(RetailFlow, longLabel);
        var consumer = _package.CreateConsumer("LimitsConsumer", "Console.WriteLine(typeof(Shop.Flows.ReturnsFlow));", ("flows/returns.flow.json", longLabel));

        var build = await DotNet.RunAsync(consumer, "build", "-c", "Release");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches(new Regex(@"flows[/\\]returns\.flow\.json\(\d+,\d+\): warning FT1048: The 'label' of TextInput 'order_number'"), build.Output);

        File.WriteAllText(Path.Combine(consumer, "flows", "returns.flow.json"), RetailFlow.Replace("ORDER_INFO", "ORDER_INFO_2", StringComparison.Ordinal));
        var broken = await DotNet.RunAsync(consumer, "build", "-c", "Release", "--no-incremental");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Matches(new Regex(@"flows[/\\]returns\.flow\.json\(\d+,\d+\): error FT1006: "), broken.Output);
    }

    [Fact]
    public async Task Flow_text_with_line_and_paragraph_separators_builds_clean_and_keeps_the_exact_text()
    {
        // Text pasted from a word processor or a web page carries U+2028 (line separator), U+2029 and U+0085 (NEL);
        // C# ends a // or /// line at each of them, so generated code must never put them in a comment raw.
        var pasted = RetailFlow
            .Replace("\"label\": \"Order Number\"", "\"label\": \"Order\u2028Number\"", StringComparison.Ordinal)
            .Replace("\"title\": \"Wrong Size\"", "\"title\": \"Wrong\u2028Size */ </summary>\"", StringComparison.Ordinal)
            .Replace("\"title\": \"Return Reason\"", "\"title\": \"Return\u2029Reason\u0085\"", StringComparison.Ordinal);
        Assert.Equal(3, pasted.Split('\u2028').Length - 1 + pasted.Split('\u2029').Length - 1);
        const string program = """
            using Shop.Flows;

            var submission = ReturnsSubmission.ParseWebhook(File.ReadAllBytes(args[0]));
            Console.WriteLine(submission.ReturnReason.Title == "Wrong\u2028Size */ </summary>" ? "title=exact" : "title=" + submission.ReturnReason.Title);
            """;
        var consumer = _package.CreateConsumer("PastedTextConsumer", program, ("flows/returns.flow.json", pasted));
        var body = Path.Combine(consumer, "webhook.json");
        File.WriteAllText(body, EightByEightWebhook(RetailResponse));

        var build = await DotNet.RunAsync(consumer, "build", "-c", "Release");

        Assert.True(build.ExitCode == 0, "consumer build failed:\n" + build.Output);
        Assert.DoesNotMatch(new Regex(@"(warning|error) (CS|FT)\d{4}"), build.Output);
        var run = await DotNet.RunAsync(consumer, Path.Combine(consumer, "bin", "Release", "net10.0", "PastedTextConsumer.dll"), body);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("title=exact", run.Output.Trim());
    }

    [Fact]
    public async Task A_netstandard2_0_library_on_CSharp_9_gets_typed_submissions_that_build_warning_free_and_parse_at_run_time()
    {
        // No required members, no u8 literals, dates as strings: what C# 9 and netstandard2.0 have.
        const string library = """
            using Shop.Flows;

            namespace Shop
            {
                public static class Leads
                {
                    public static string Describe(string responseJson)
                    {
                        var first = LeadGenerationSubmission.Parse(responseJson);
                        var second = LeadGenerationSubmission.Reader.Parse(responseJson);
                        string demoDate = first.DemoDate;
                        var channels = string.Join("+", System.Linq.Enumerable.Select(first.InterestedChannels, c => c.Id));
                        var size = first.CompanySize.Id == LeadGenerationSubmission.CompanySizeOption.Option201500 ? "201-500 (" + first.CompanySize.Title + ")" : "other";
                        // Members of lib/netstandard2.0 that must exist in lib/net8.0, which the net10.0 app loads (package validation).
                        var range = new FlowTypes.FlowDateRange("2026-03-01", "2026-03-05");
                        return $"company={first.CompanyName};date={demoDate};channels={channels};size={size};equal={first.Equals(second)};range={range.StartText}..{range.EndText}";
                    }
                }
            }
            """;
        const string program = """
            Console.WriteLine(Shop.Leads.Describe(File.ReadAllText(args[0])));
            """;
        var app = _package.CreateNetStandardConsumer("NetStandardConsumer", library, program, ("flows/lead-generation.flow.json", SalesFlow));
        var response = Path.Combine(app, "response.json");
        File.WriteAllText(response, SalesResponse);

        var build = await DotNet.RunAsync(app, "build", "-c", "Release");

        Assert.True(build.ExitCode == 0, "consumer build failed:\n" + build.Output);
        Assert.DoesNotMatch(new Regex(@"(warning|error) CS\d{4}"), build.Output);
        var run = await DotNet.RunAsync(app, Path.Combine(app, "bin", "Release", "net10.0", "NetStandardConsumer.dll"), response);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("company=RetailCo;date=2026-02-14;channels=whatsapp+sms+verify;size=201-500 (201-500 employees);equal=True;range=2026-03-01..2026-03-05", run.Output.Trim());
    }

    private static string EightByEightWebhook(string responseJson) =>
        "{\"namespace\":\"ChatApps\",\"eventType\":\"inbound_message_received\",\"description\":\"ChatApps inbound message\",\"payload\":{\"umid\":\"abc123-def456-ghi789\",\"type\":\"Interactive\",\"content\":{\"interactive\":{\"type\":\"nfmReply\",\"nfmReply\":{\"responseJson\":"
        + JsonSerializer.Serialize(responseJson) + "}}}}}";
}
