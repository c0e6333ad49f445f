using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.PackageTests;

/// <summary>
/// What each package holds, as nuget.org and a customer see it: the files (and nothing from tests or samples), the
/// metadata (icon, readme, license, repository with its commit, release notes from CHANGELOG.md) and a symbols package
/// whose PDBs belong to the assemblies shipped.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageLayoutTests
{
    private const string RepositoryUrl = "https://github.com/flowtypes/FlowTypes";

    private readonly PackedPackage _package;

    public PackageLayoutTests(PackedPackage package) => _package = package;

    public static TheoryData<string> PackageIds => new(PackedPackage.PackageIds);

    public static TheoryData<string> LibraryPackageIds => new(PackedPackage.PackageIds.Where(id => id is not ("FlowTypes.Tool" or "FlowTypes.Templates")));

    /// <summary>The packages whose files all end up in a customer's build (FlowTypes.Templates ships projects, tests and flows on purpose).</summary>
    public static TheoryData<string> BuildPackageIds => new(PackedPackage.PackageIds.Where(id => id != "FlowTypes.Templates"));

    [Fact]
    public void FlowTypes_has_the_runtime_the_analyzers_of_each_Roslyn_band_the_build_files_the_schemas_readme_and_icon_and_nothing_else()
    {
        var files = PackageFiles("FlowTypes");

        // Every analyzer assembly sits in a Roslyn band folder (analyzers/dotnet/cs today; analyzers/dotnet/roslyn4.x/cs
        // when a band is added), and each band has the generator and the code fixes.
        var analyzers = files.Where(f => f.StartsWith("analyzers/", StringComparison.Ordinal)).ToList();
        Assert.All(analyzers, f => Assert.Matches(@"^analyzers/dotnet/(roslyn\d+\.\d+/)?cs/[^/]+\.dll$", f));
        var bands = analyzers.Select(f => f.Substring(0, f.LastIndexOf('/') + 1)).Distinct().ToList();
        Assert.Equal(new[] { "analyzers/dotnet/cs/" }, bands);
        Assert.All(bands, band => Assert.Equal(new[] { band + "FlowTypes.CodeFixes.dll", band + "FlowTypes.Generators.dll" }, analyzers.Where(f => f.StartsWith(band, StringComparison.Ordinal)).Order(StringComparer.Ordinal)));

        Assert.Equal(
            new[]
            {
                "README.md",
                "analyzers/dotnet/cs/FlowTypes.CodeFixes.dll",
                "analyzers/dotnet/cs/FlowTypes.Generators.dll",
                "build/FlowTypes.props",
                "build/FlowTypes.targets",
                "buildTransitive/FlowTypes.props",
                "buildTransitive/FlowTypes.targets",
                "icon.png",
                "lib/net8.0/FlowTypes.dll",
                "lib/net8.0/FlowTypes.xml",
                "lib/netstandard2.0/FlowTypes.dll",
                "lib/netstandard2.0/FlowTypes.xml",
            }.Concat(Directory.GetFiles(Path.Combine(DotNet.RepoRoot, "schemas"), "*.schema.json").Select(f => "schemas/" + Path.GetFileName(f))).Order(StringComparer.Ordinal),
            files);
    }

    [Theory]
    [InlineData("FlowTypes.ChatApps", "chatapps-client.md")]
    [InlineData("FlowTypes.AspNetCore", "endpoints.md")]
    public void A_library_package_has_its_assembly_docs_readme_and_icon_and_nothing_else(string id, string readme)
    {
        Assert.Equal(new[] { "icon.png", $"lib/net8.0/{id}.dll", $"lib/net8.0/{id}.xml", readme }.Order(StringComparer.Ordinal), PackageFiles(id));
    }

    [Fact]
    public void The_tool_package_installs_the_flowtypes_command()
    {
        var files = PackageFiles("FlowTypes.Tool");
        Assert.Contains("cli.md", files);
        Assert.Contains("icon.png", files);
        Assert.Contains("tools/net10.0/any/FlowTypes.Tool.dll", files);

        using var zip = ZipFile.OpenRead(_package.PathOf("FlowTypes.Tool"));
        var settings = XDocument.Load(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        var command = Assert.Single(settings.Descendants("Command"));
        Assert.Equal("flowtypes", (string?)command.Attribute("Name"));
        Assert.Equal("FlowTypes.Tool.dll", (string?)command.Attribute("EntryPoint"));
    }

    [Fact]
    public void The_templates_package_holds_both_templates_with_their_versions_filled_in_and_nothing_else()
    {
        string[] Common(string template) => new[] { ".template.config/template.json", "FlowTypesApp.slnx", "src/FlowTypesApp/FlowTypesApp.csproj", "src/FlowTypesApp/Program.cs", "src/FlowTypesApp/appsettings.json", "tests/FlowTypesApp.Tests/FakeChatApps.cs", "tests/FlowTypesApp.Tests/FlowTypesApp.Tests.csproj" }
            .Select(f => $"content/{template}/{f}").ToArray();

        Assert.Equal(
            new[] { "icon.png", "project-templates.md" }
                .Concat(Common("webhook")).Concat(new[] { "src/FlowTypesApp/FeedbackWebhooks.cs", "src/FlowTypesApp/flows/feedback.flow.json", "src/FlowTypesApp/templates/feedback_thanks.template.json", "tests/FlowTypesApp.Tests/FeedbackWebhooksTests.cs" }.Select(f => "content/webhook/" + f))
                .Concat(Common("endpoint")).Concat(new[] { "src/FlowTypesApp/BookingHandler.cs", "src/FlowTypesApp/BookingInvitations.cs", "src/FlowTypesApp/flows/booking.flow.json", "src/FlowTypesApp/templates/booking_confirmed.template.json", "tests/FlowTypesApp.Tests/BookingEndpointTests.cs" }.Select(f => "content/endpoint/" + f))
                .Order(StringComparer.Ordinal),
            PackageFiles("FlowTypes.Templates"));

        using var zip = ZipFile.OpenRead(_package.PathOf("FlowTypes.Templates"));
        var metadata = Nuspec(zip).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        var packageType = Assert.Single(metadata.Descendants(), e => e.Name.LocalName == "packageType");
        Assert.Equal("Template", (string?)packageType.Attribute("name"));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");

        var packages = XDocument.Load(Path.Combine(DotNet.RepoRoot, "build", "Packages.props")).Descendants("PackageVersion").ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);
        foreach (var (template, shortName) in new[] { ("webhook", "flowtypes-webhook"), ("endpoint", "flowtypes-endpoint") })
        {
            using var config = System.Text.Json.JsonDocument.Parse(zip.GetEntry($"content/{template}/.template.config/template.json")!.Open());
            Assert.Equal(shortName, config.RootElement.GetProperty("shortName").GetString());
            var constants = config.RootElement.GetProperty("symbols").EnumerateObject()
                .ToDictionary(s => s.Value.GetProperty("replaces").GetString()!, s => s.Value.GetProperty("parameters").GetProperty("value").GetString());
            Assert.Equal(
                new Dictionary<string, string?>
                {
                    ["FLOWTYPES_VERSION"] = _package.Version,
                    ["TEST_SDK_VERSION"] = packages["Microsoft.NET.Test.Sdk"],
                    ["XUNIT_VERSION"] = packages["xunit"],
                    ["XUNIT_RUNNER_VERSION"] = packages["xunit.runner.visualstudio"],
                    ["MVC_TESTING_VERSION"] = packages["Microsoft.AspNetCore.Mvc.Testing"],
                },
                constants);
        }
    }

    [Theory]
    [MemberData(nameof(BuildPackageIds))]
    public void A_package_has_no_test_or_sample_assets(string id)
    {
        Assert.All(PackageFiles(id), file =>
        {
            Assert.DoesNotMatch(new Regex(@"(^|/|\.)(tests?|testdata|samples?|xunit[^/]*|testhost[^/]*|Microsoft\.NET\.Test\.Sdk)(/|\.|$)", RegexOptions.IgnoreCase), file);
            Assert.False(file.EndsWith(".flow.json", StringComparison.Ordinal) || file.EndsWith(".template.json", StringComparison.Ordinal), file);
        });
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void A_package_names_its_icon_readme_license_repository_and_release_notes(string id)
    {
        using var zip = ZipFile.OpenRead(_package.PathOf(id));
        var metadata = Nuspec(zip).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => (string?)metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name) ?? string.Empty;

        Assert.Equal("icon.png", Value("icon"));
        AssertPng128(zip.GetEntry("icon.png"));
        Assert.NotNull(zip.GetEntry(Value("readme")));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal(RepositoryUrl, Value("projectUrl"));

        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Equal(RepositoryUrl, (string?)repository.Attribute("url"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? string.Empty);

        Assert.Equal(ChangelogSection(_package.Version) + "\n\n" + RepositoryUrl + "/blob/main/CHANGELOG.md", Value("releaseNotes").ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(LibraryPackageIds))]
    public void A_library_package_has_a_symbols_package_with_the_PDB_of_each_assembly_and_none_of_its_own(string id)
    {
        using var package = ZipFile.OpenRead(_package.PathOf(id));
        using var symbols = ZipFile.OpenRead(_package.PathOf(id, ".snupkg"));
        var assemblies = package.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(assemblies);
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal));
        Assert.Equal(
            assemblies.Select(a => Path.ChangeExtension(a.FullName, ".pdb")).Order(StringComparer.Ordinal),
            symbols.Entries.Select(e => e.FullName).Where(f => f.EndsWith(".pdb", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        foreach (var assembly in assemblies)
        {
            // The PDB is the one the assembly was built with: its id is the CodeView id in the assembly's debug directory.
            using var peReader = new PEReader(Buffered(assembly));
            var codeView = peReader.ReadCodeViewDebugDirectoryData(peReader.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.CodeView));
            using var pdb = MetadataReaderProvider.FromPortablePdbStream(Buffered(symbols.GetEntry(Path.ChangeExtension(assembly.FullName, ".pdb"))!));
            var pdbId = pdb.GetMetadataReader().DebugMetadataHeader!.Id;
            Assert.Equal(codeView.Guid, new Guid(pdbId.AsSpan(0, 16)));
        }
    }

    /// <summary>Package file paths without NuGet's own parts (nuspec, OPC relationships, core properties), sorted.</summary>
    private List<string> PackageFiles(string id)
    {
        using var zip = ZipFile.OpenRead(_package.PathOf(id));
        return zip.Entries.Select(e => e.FullName)
            .Where(f => f != id + ".nuspec" && f != "[Content_Types].xml" && !f.StartsWith("_rels/", StringComparison.Ordinal) && !f.StartsWith("package/services/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static XDocument Nuspec(ZipArchive zip) => XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());

    /// <summary>The body of this version's section of CHANGELOG.md (its heading line dropped), trimmed.</summary>
    internal static string ChangelogSection(string version)
    {
        var lines = File.ReadAllText(Path.Combine(DotNet.RepoRoot, "CHANGELOG.md")).ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("## [" + version + "]", StringComparison.Ordinal));
        Assert.True(start >= 0, "CHANGELOG.md has no section for " + version);
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        return string.Join("\n", lines[(start + 1)..(end < 0 ? lines.Length : end)]).Trim();
    }

    private static void AssertPng128(ZipArchiveEntry? entry)
    {
        Assert.NotNull(entry);
        using var stream = Buffered(entry);
        var header = new byte[24];
        stream.ReadExactly(header);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, header[..8]);
        // IHDR: width and height, big-endian, at bytes 16 and 20. nuget.org shows icons at 128x128.
        Assert.Equal((128, 128), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20))));
    }

    private static MemoryStream Buffered(ZipArchiveEntry entry)
    {
        var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        return buffer;
    }
}
