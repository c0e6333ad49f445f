using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.PackageTests;

/// <summary>
/// The packaging settings of src/ (src/Directory.Build.targets) on a small packable project in a fresh git repository,
/// packed as CI packs (ContinuousIntegrationBuild): with no remote the pack passes warning-free under
/// TreatWarningsAsErrors and the PDB has no source link; with the GitHub remote every source file maps to
/// raw.githubusercontent.com at the commit the nuspec names.
/// </summary>
public sealed class SourceLinkTests : IDisposable
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly string _root = Path.Combine(Path.GetTempPath(), "flowtypes-sourcelink-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_clone_without_a_remote_packs_warning_free_and_the_GitHub_clone_gets_source_link_to_its_commit()
    {
        var repository = Path.Combine(_root, "repo");
        foreach (var file in new[] { "CHANGELOG.md", "nuget.config", "build/Common.props", "build/Packages.props", "build/icon.png", "src/Directory.Build.props", "src/Directory.Build.targets", "src/Directory.Packages.props" })
        {
            var target = Path.Combine(repository, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(DotNet.RepoRoot, file), target);
        }

        Directory.CreateDirectory(Path.Combine(repository, "src", "Probe"));
        File.WriteAllText(Path.Combine(repository, ".gitignore"), "bin/\nobj/\n");
        File.WriteAllText(Path.Combine(repository, "src", "Probe", "Probe.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <IsPackable>true</IsPackable>
                <Description>Probe of the packaging settings.</Description>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(repository, "src", "Probe", "Answer.cs"), """
            namespace Probe;

            /// <summary>The answer.</summary>
            public static class Answer
            {
                /// <summary>Its value.</summary>
                public const int Value = 42;
            }
            """);
        await Git(repository, "init", "-q", "-b", "main");
        await Git(repository, "add", "-A");
        await Git(repository, "-c", "user.name=FlowTypes tests", "-c", "user.email=tests@flowtypes.invalid", "commit", "-q", "-m", "probe");
        var commit = (await Git(repository, "rev-parse", "HEAD")).Trim();

        var withoutRemote = await PackAsync(repository, "no-remote");
        Assert.Null(withoutRemote.SourceLink);
        Assert.Equal(commit, withoutRemote.Commit);

        await Git(repository, "remote", "add", "origin", "https://github.com/flowtypes/FlowTypes.git");
        var withRemote = await PackAsync(repository, "github");
        Assert.Equal(commit, withRemote.Commit);
        using var sourceLink = JsonDocument.Parse(withRemote.SourceLink!);
        var (local, url) = Assert.Single(sourceLink.RootElement.GetProperty("documents").EnumerateObject().Select(p => (p.Name, p.Value.GetString())));
        Assert.Equal("/_/*", local); // ContinuousIntegrationBuild maps the clone to /_/ (deterministic source paths)
        Assert.Equal($"https://raw.githubusercontent.com/flowtypes/FlowTypes/{commit}/*", url);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Packs the probe as CI does; returns the nuspec's repository commit and the source link JSON of the symbols package's PDB (null when it has none).</summary>
    private async Task<(string? Commit, string? SourceLink)> PackAsync(string repository, string name)
    {
        var output = Path.Combine(_root, name);
        var (exitCode, log) = await DotNet.RunProgramAsync(
            "dotnet",
            repository,
            new Dictionary<string, string> { ["CI"] = "true" },
            "pack", Path.Combine("src", "Probe", "Probe.csproj"), "-c", "Release", "-o", output, "-tl:off", "-p:ContinuousIntegrationBuild=true");
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + log);
        Assert.DoesNotContain(": warning ", log, StringComparison.Ordinal);

        using var package = ZipFile.OpenRead(Path.Combine(output, "Probe.0.1.0.nupkg"));
        var nuspec = XDocument.Load(package.GetEntry("Probe.nuspec")!.Open());
        var commit = (string?)nuspec.Descendants().Single(e => e.Name.LocalName == "repository").Attribute("commit");

        using var symbols = ZipFile.OpenRead(Path.Combine(output, "Probe.0.1.0.snupkg"));
        var pdb = new MemoryStream();
        using (var stream = symbols.GetEntry("lib/net10.0/Probe.pdb")!.Open())
        {
            stream.CopyTo(pdb);
        }

        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .SingleOrDefault();
        return (commit, sourceLink);
    }

    private static async Task<string> Git(string directory, params string[] arguments)
    {
        var (exitCode, output) = await DotNet.RunProgramAsync("git", directory, null, arguments);
        Assert.True(exitCode == 0, $"git {string.Join(' ', arguments)} failed:\n{output}");
        return output;
    }
}
