using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.PackageTests;

/// <summary>
/// The dotnet new templates as a customer gets them: the packed FlowTypes.Templates installed into an empty
/// DOTNET_CLI_HOME, each template instantiated, the solution it makes built with warnings as errors against the packed
/// FlowTypes packages, and its tests run. The projects restore from the packed feed and the machine's package cache
/// (where this repository's restore put the test packages) only.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ProjectTemplateTests
{
    private readonly PackedPackage _package;

    public ProjectTemplateTests(PackedPackage package) => _package = package;

    public static TheoryData<string, string[], string[]> Templates => new()
    {
        {
            "flowtypes-webhook",
            new[] { "src/Shop/FeedbackWebhooks.cs", "src/Shop/flows/feedback.flow.json", "src/Shop/templates/feedback_thanks.template.json", "tests/Shop.Tests/FeedbackWebhooksTests.cs" },
            new[]
            {
                "Shop.Tests.FeedbackWebhooksTests.A_feedback_submission_is_thanked_with_the_feedback_thanks_template",
                "Shop.Tests.FeedbackWebhooksTests.A_submission_that_breaks_the_flow_is_refused_with_422_and_nothing_is_sent",
                "Shop.Tests.FeedbackWebhooksTests.A_text_message_is_answered_200_and_nothing_is_sent",
            }
        },
        {
            "flowtypes-endpoint",
            new[] { "src/Shop/BookingHandler.cs", "src/Shop/BookingInvitations.cs", "src/Shop/flows/booking.flow.json", "src/Shop/templates/booking_confirmed.template.json", "tests/Shop.Tests/BookingEndpointTests.cs" },
            new[]
            {
                "Shop.Tests.BookingEndpointTests.A_request_not_signed_with_the_app_secret_is_answered_432",
                "Shop.Tests.BookingEndpointTests.A_token_the_service_did_not_issue_is_answered_427",
                "Shop.Tests.BookingEndpointTests.An_invited_user_books_a_slot_and_gets_the_booking_confirmed_template",
            }
        },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task A_template_instantiates_from_the_packed_package_builds_warning_free_and_its_tests_pass(string shortName, string[] ownFiles, string[] tests)
    {
        var root = Path.Combine(_package.Root, "templates-" + shortName);
        Directory.CreateDirectory(root);
        // The service and its tests restore from here: the packed feed and the machine's package cache, nothing else.
        _package.WriteNuGetConfig(root, PackedPackage.MachinePackageCache);
        var cliHome = new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = Path.Combine(root, "cli-home") };

        var install = await DotNet.RunProgramAsync("dotnet", root, cliHome, "new", "install", _package.PathOf("FlowTypes.Templates"));
        Assert.True(install.ExitCode == 0, install.Output);
        Assert.Contains($"Success: FlowTypes.Templates@{_package.Version} installed the following templates:", install.Output, StringComparison.Ordinal);

        var create = await DotNet.RunProgramAsync("dotnet", root, cliHome, "new", shortName, "-n", "Shop");
        Assert.True(create.ExitCode == 0, create.Output);
        var solution = Path.Combine(root, "Shop");
        var files = Directory.EnumerateFiles(solution, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(solution, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[] { "Shop.slnx", "src/Shop/Program.cs", "src/Shop/Shop.csproj", "src/Shop/appsettings.json", "tests/Shop.Tests/FakeChatApps.cs", "tests/Shop.Tests/Shop.Tests.csproj" }.Concat(ownFiles).Order(StringComparer.Ordinal),
            files);
        Assert.All(files, f => Assert.DoesNotContain("FlowTypesApp", File.ReadAllText(Path.Combine(solution, f)), StringComparison.Ordinal));

        // The FlowTypes packages of the template package's own version; the test packages of build/Packages.props.
        var service = XDocument.Load(Path.Combine(solution, "src", "Shop", "Shop.csproj"));
        Assert.Equal(
            new[] { ("FlowTypes.AspNetCore", _package.Version), ("FlowTypes.ChatApps", _package.Version) },
            PackageReferences(service));
        var testProject = XDocument.Load(Path.Combine(solution, "tests", "Shop.Tests", "Shop.Tests.csproj"));
        Assert.Equal(
            new[] { "Microsoft.AspNetCore.Mvc.Testing", "Microsoft.NET.Test.Sdk", "xunit", "xunit.runner.visualstudio" }.Select(id => (id, RepositoryVersion(id))),
            PackageReferences(testProject));

        var build = await DotNet.RunAsync(solution, "build", "Shop.slnx", "-c", "Release", "-p:TreatWarningsAsErrors=true");
        Assert.True(build.ExitCode == 0, "the instantiated template does not build:\n" + build.Output);
        Assert.DoesNotMatch(new Regex(@": warning [A-Z]+\d+"), build.Output);

        var test = await DotNet.RunAsync(solution, "test", "Shop.slnx", "-c", "Release", "--no-build", "--results-directory", root, "--logger", "trx;LogFileName=results.trx");
        Assert.True(test.ExitCode == 0, "the instantiated template's tests fail:\n" + test.Output);
        var outcomes = XDocument.Load(Path.Combine(root, "results.trx")).Descendants().Where(e => e.Name.LocalName == "UnitTestResult")
            .Select(e => ((string)e.Attribute("testName")!, (string)e.Attribute("outcome")!))
            .OrderBy(r => r.Item1, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(tests.Order(StringComparer.Ordinal).Select(name => (name, "Passed")), outcomes);
    }

    private static IEnumerable<(string, string)> PackageReferences(XDocument project) =>
        project.Descendants("PackageReference").Select(r => ((string)r.Attribute("Include")!, (string)r.Attribute("Version")!)).OrderBy(r => r.Item1, StringComparer.Ordinal);

    private static string RepositoryVersion(string id) =>
        XDocument.Load(Path.Combine(DotNet.RepoRoot, "build", "Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == id).Attribute("Version")!.Value;
}
