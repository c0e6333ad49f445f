using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Testing;

namespace FlowTypes.Tool.Tests;

/// <summary>A throwaway consumer project (the repository's FlowTypes props/targets, real flow files) and a way to run the tool in it.</summary>
public sealed class ToolProject : IDisposable
{
    public static string RepoRoot { get; } = typeof(ToolProject).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>A valid one-line flow whose <c>screens[0].layout.children[0].children[0].type</c> value starts at line 1, column 84: where the documented 8x8 validation error example points.</summary>
    public const string OneLineFlow = "{\"version\":\"7.3\",\"screens\":[{\"layout\":{\"children\":[{\"children\":[{\"type\":           \"TextInput\",\"name\":\"n\",\"label\":\"Name\"},{\"type\":\"Footer\",\"label\":\"Done\",\"on-click-action\":{\"name\":\"complete\",\"payload\":{\"n\":\"${form.n}\"}}}],\"type\":\"Form\",\"name\":\"f\"}],\"type\":\"SingleColumnLayout\"},\"id\":\"WELCOME\",\"title\":\"Welcome\",\"terminal\":true,\"success\":true,\"data\":{}}]}\n";

    public ToolProject(string itemsXml = "")
    {
        Directory = Path.Combine(Path.GetTempPath(), "flowtypes-tool-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "Shop.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{RepoRoot}/build/FlowTypes.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
            {itemsXml}
              </ItemGroup>
              <Import Project="{RepoRoot}/build/FlowTypes.targets" />
            </Project>
            """);
    }

    public string Directory { get; }

    public Dictionary<string, string?> Variables { get; } = new()
    {
        ["FLOWTYPES_ACCOUNT_ID"] = FakeChatApps.AccountId,
        ["FLOWTYPES_CHANNEL_ID"] = FakeChatApps.ChannelId,
        ["FLOWTYPES_API_KEY"] = FakeChatApps.ApiKey,
    };

    public string PathOf(string relative) => Path.Combine(Directory, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Write(string relative, string content)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string CopySample(string sampleRelative, string relative) =>
        Write(relative, File.ReadAllText(Path.Combine(RepoRoot, "samples", "WebhookService", sampleRelative)));

    public string LockText => File.ReadAllText(PathOf("flowtypes.lock.json"));

    public async Task<(int ExitCode, string Out, string Error)> RunAsync(FakeChatApps fake, params string[] args) =>
        await RunAsync(fake, CancellationToken.None, args);

    public async Task<(int ExitCode, string Out, string Error)> RunAsync(FakeChatApps fake, CancellationToken cancellationToken, params string[] args)
    {
        Variables["FLOWTYPES_BASE_ADDRESS"] = fake.BaseAddress.ToString();
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = await ToolApp.RunAsync(args, new ToolEnvironment(output, error, name => Variables.TryGetValue(name, out var v) ? v : null, Directory), cancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
