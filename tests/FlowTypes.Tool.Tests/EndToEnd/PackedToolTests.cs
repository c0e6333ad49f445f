using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.Tool.Tests.EndToEnd;

/// <summary>
/// The packed <c>flowtypes</c> tool (packed with every package by <see cref="PackedPackage"/>) installed into a temporary tool path and run, as CI would, on a temporary copy of
/// samples/WebhookService that uses the packed FlowTypes package: push, status, publish, templates pull, then a build
/// whose send code is checked against the pulled template file. Everything talks to the loopback fake only.
/// </summary>
[Collection(FakeServerCollection.Name)]
public sealed class PackedToolTests
{
    private const string Flows = "/api/v1/accounts/" + FakeChatApps.AccountId + "/channels/" + FakeChatApps.ChannelId + "/flows";
    private readonly FakeChatApps _fake;

    public PackedToolTests(FakeChatApps fake)
    {
        _fake = fake;
        _fake.Reset();
    }

    [Fact]
    public async Task Installed_tool_pushes_publishes_and_pulls_and_the_build_uses_the_pulled_templates()
    {
        var package = new PackedPackage();
        await package.InitializeAsync();
        try
        {
            var app = CopySample(package);
            var toolPath = Path.Combine(package.Root, "tools");
            var (installExit, installOutput) = await DotNet.RunAsync(app, "tool", "install", "--tool-path", toolPath, "--add-source", package.FeedDirectory, "FlowTypes.Tool", "--version", package.Version);
            Assert.True(installExit == 0, "dotnet tool install failed:\n" + installOutput);
            var flowtypes = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "flowtypes.exe" : "flowtypes");

            // The installed command's help names it as people type it (a RootCommand would say "FlowTypes.Tool").
            var help = await DotNet.RunProgramAsync(flowtypes, app, null, "--help");
            Assert.True(help.ExitCode == 0, help.Output);
            Assert.Contains("Usage:\n  flowtypes [command] [options]\n", help.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.DoesNotContain("FlowTypes.Tool", help.Output, StringComparison.Ordinal);
            var version = await DotNet.RunProgramAsync(flowtypes, app, null, "--version");
            Assert.Matches(@"^0\.1\.0(\+[0-9a-f]+)?\n$", version.Output.ReplaceLineEndings("\n"));

            var (restoreExit, restoreOutput) = await DotNet.RunAsync(app, "restore");
            Assert.True(restoreExit == 0, "dotnet restore failed:\n" + restoreOutput);

            var environment = new Dictionary<string, string>
            {
                ["FLOWTYPES_BASE_ADDRESS"] = _fake.BaseAddress.ToString(),
                ["FLOWTYPES_API_KEY"] = FakeChatApps.ApiKey,
            };
            File.WriteAllText(Path.Combine(app, "flowtypes.json"), $$"""{ "accountId": "{{FakeChatApps.AccountId}}", "channelId": "{{FakeChatApps.ChannelId}}" }""");

            var push = await DotNet.RunProgramAsync(flowtypes, app, environment, "flows", "push");
            Assert.True(push.ExitCode == 0, push.Output);
            Assert.EndsWith("flows push: 5 file(s): 5 created, 0 updated, 0 unchanged, 0 refused (local errors), 0 with 8x8 validation errors, 0 failed.\n", push.Output, StringComparison.Ordinal);
            Assert.Equal(Enumerable.Repeat("POST " + Flows, 5), _fake.Take().Select(r => r.Method + " " + r.PathAndQuery));
            foreach (var name in new[] { "appointment-slots", "healthcare-appointment", "lead-generation", "returns", "service-booking" })
            {
                Assert.Equal(File.ReadAllText(Path.Combine(app, "flows", name + ".flow.json")), _fake.Flows.Values.Single(f => f.Name == name).FlowJson);
            }

            var status = await DotNet.RunProgramAsync(flowtypes, app, environment, "flows", "status");
            Assert.True(status.ExitCode == 0, status.Output);
            Assert.EndsWith("flows status: 5 file(s), 5 in sync, 0 not in sync.\n", status.Output, StringComparison.Ordinal);

            var publish = await DotNet.RunProgramAsync(flowtypes, app, environment, "flows", "publish");
            Assert.True(publish.ExitCode == 0, publish.Output);
            Assert.EndsWith("flows publish: 5 published, 0 already published or deprecated, 0 not publishable.\n", publish.Output, StringComparison.Ordinal);
            Assert.All(_fake.Flows.Values, f => Assert.Equal("PUBLISHED", f.Status));

            _fake.AddRegisteredTemplate("order_ready", "en_US", "APPROVED", "UTILITY", "Order {{1}} is ready for pickup.");
            var pull = await DotNet.RunProgramAsync(flowtypes, app, environment, "templates", "pull");
            Assert.True(pull.ExitCode == 0, pull.Output);
            Assert.EndsWith("templates pull: 1 template(s) -> templates/registered.template.json (written).\n", pull.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(FakeChatApps.ApiKey, push.Output + status.Output + publish.Output + pull.Output, StringComparison.Ordinal);

            using (var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "flowtypes.lock.json"))))
            {
                Assert.Equal(5, lockFile.RootElement.GetProperty("flows").EnumerateObject().Count());
            }

            // Send code for the pulled template: without the pulled file it would be FT3001 (not registered),
            // with a wrong parameter count FT3002; the build passes only when the analyzers read the pulled file.
            File.WriteAllText(Path.Combine(app, "Notifications.cs"), """
                using FlowTypes.Sending;

                namespace WebhookService;

                internal static class Notifications
                {
                    internal static ChatAppsMessage OrderReady(string msisdn, string order) =>
                        new(msisdn, new TemplateMessage("order_ready", "en_US", TemplateComponent.Body(TemplateParameter.Text(order))));
                }
                """);
            var build = await DotNet.RunAsync(app, "build", "--no-restore", "-c", "Release");
            Assert.True(build.ExitCode == 0, "dotnet build failed:\n" + build.Output);
            Assert.DoesNotContain("FT3001", build.Output, StringComparison.Ordinal);
        }
        finally
        {
            await package.DisposeAsync();
        }
    }

    private static string CopySample(PackedPackage package)
    {
        var source = Path.Combine(DotNet.RepoRoot, "samples", "WebhookService");
        var app = Path.Combine(package.Root, "WebhookService");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            // The sample's flow and template files, as the team's repository has them; not its C# (which also uses
            // FlowTypes.AspNetCore and storage packages this test does not pack): the build below compiles the
            // generated types and the send code against the pulled templates.
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal)
                || !(relative.EndsWith(".flow.json", StringComparison.Ordinal) || relative.EndsWith(".template.json", StringComparison.Ordinal)))
            {
                continue;
            }

            var target = Path.Combine(app, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(WebhookService.Flows.ReturnsFlow.FileName);\n");

        // The repository's project references become the packed package, as a customer has it.
        File.WriteAllText(Path.Combine(app, "WebhookService.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>WebhookService</RootNamespace>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
                <InvariantGlobalization>true</InvariantGlobalization>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FlowTypes" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        // FlowTypes comes only from the packed feed (private packages folder: never an older copy); the sample's other
        // packages are read from the machine's package cache that the repository's own restore filled.
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{package.PackagesDirectory}" /></config>
              <fallbackPackageFolders><add key="machine" value="{globalPackages}" /></fallbackPackageFolders>
              <packageSources><clear /><add key="flowtypes" value="{package.FeedDirectory}" /></packageSources>
            </configuration>
            """);
        return app;
    }
}
