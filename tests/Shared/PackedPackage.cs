using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace FlowTypes.Testing;

/// <summary>
/// Packs every package under src/ once per test run into a temporary folder that serves as the consumers' only feed
/// (<see cref="PackageIds"/>: what <c>dotnet pack</c> of a release produces, symbols packages included).
/// </summary>
public sealed class PackedPackage : IAsyncLifetime
{
    /// <summary>The packable projects under src/, each packed to <c>{id}.{version}.nupkg</c> and, with assemblies, <c>.snupkg</c> (FlowTypes.Templates is content only).</summary>
    public static readonly string[] PackageIds = { "FlowTypes", "FlowTypes.ChatApps", "FlowTypes.AspNetCore", "FlowTypes.Tool", "FlowTypes.Templates" };

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "flowtypes-package-tests", Guid.NewGuid().ToString("N"));

    public string FeedDirectory => Path.Combine(Root, "feed");

    /// <summary>A private global-packages folder, so a package from an earlier run can never be used by mistake.</summary>
    public string PackagesDirectory => Path.Combine(Root, "packages");

    public string PackagePath { get; private set; } = string.Empty;

    public string Version { get; } = "0.1.0";

    /// <summary>The pack output of each package, for tests that check what packing says (warnings).</summary>
    public Dictionary<string, string> PackOutputs { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        foreach (var id in PackageIds)
        {
            var project = Path.Combine(DotNet.RepoRoot, "src", id, id + ".csproj");
            // The .nuspec goes to this run's folder, not obj/: test assemblies that pack the same project in parallel
            // (FlowTypes.PackageTests, FlowTypes.Tool.Tests) must not write the same intermediate file.
            var (exitCode, output) = await DotNet.RunAsync(DotNet.RepoRoot, "pack", project, "-c", "Release", "-o", FeedDirectory, "-p:NuspecOutputPath=" + Path.Combine(Root, "nuspec-" + id) + Path.DirectorySeparatorChar);
            Assert.True(exitCode == 0, $"dotnet pack of {id} failed:\n" + output);
            PackOutputs[id] = output;
        }

        PackagePath = PathOf("FlowTypes");
    }

    /// <summary>The .nupkg of a package (<c>.snupkg</c> with <paramref name="extension"/>).</summary>
    public string PathOf(string id, string extension = ".nupkg") => Path.Combine(FeedDirectory, $"{id}.{Version}{extension}");

    /// <summary>
    /// Creates an ASP.NET Core project (Microsoft.NET.Sdk.Web) with the given root namespace that references the packed
    /// FlowTypes and the given other packed packages.
    /// </summary>
    /// <remarks>The packages' own dependencies (Microsoft.Extensions.Http.Resilience, ...) come from the machine's package cache, where <c>dotnet restore</c> of this repository put them.</remarks>
    public string CreateWebConsumer(string name, string rootNamespace, bool executable, string[] packages, string sourceName, string source, params (string RelativePath, string Content)[] files) =>
        CreateProject(name, sourceName, source, files, extraSource: MachinePackageCache, $"""
                <OutputType>{(executable ? "Exe" : "Library")}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
            """, string.Join("\n", packages.Select(p => $"""<PackageReference Include="{p}" Version="{Version}" />""")), sdk: "Microsoft.NET.Sdk.Web", rootNamespace: rootNamespace);

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Creates a netstandard2.0 class library on C# 9 (what a shared library for .NET Framework and .NET consumers looks
    /// like) with the given flow files and source, and a net10.0 app that references it and runs <paramref name="programSource"/>.
    /// FlowTypes comes from the packed feed; the netstandard2.0 framework packages from the machine's package cache,
    /// where <c>dotnet restore</c> of this repository put them (the runtime targets netstandard2.0 too).
    /// </summary>
    public string CreateNetStandardConsumer(string name, string librarySource, string programSource, params (string RelativePath, string Content)[] files)
    {
        var cache = MachinePackageCache;

        // A sibling folder: the app's own build would otherwise pick up the library's flow files too.
        var library = CreateProject(name + "Library", "Library.cs", librarySource, files, cache, """
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>9.0</LangVersion>
            """);
        return CreateProject(name, "Program.cs", programSource, Array.Empty<(string, string)>(), cache, """
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
            """, $"""<ProjectReference Include="{Path.Combine(library, name + "Library.csproj")}" />""");
    }

    /// <summary>
    /// Writes a nuget.config into <paramref name="directory"/> that restores from the packed feed and, when given, one
    /// more local source (the private global-packages folder keeps this run's packages apart from every other run's).
    /// </summary>
    public void WriteNuGetConfig(string directory, string? extraSource)
    {
        var extra = extraSource is null ? string.Empty : $"""<add key="machine-cache" value="{extraSource}" />""";
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{PackagesDirectory}" /></config>
              <packageSources><clear /><add key="flowtypes" value="{FeedDirectory}" />{extra}</packageSources>
            </configuration>
            """);
    }

    /// <summary>
    /// The machine's global-packages folder, where <c>dotnet restore</c> of this repository put every package the
    /// consumers need besides FlowTypes' own (the test packages, Microsoft.Extensions.*, ...).
    /// </summary>
    public static string MachinePackageCache => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
        ? custom
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Creates a consumer project folder that restores FlowTypes from the packed feed only.</summary>
    public string CreateConsumer(string name, string programSource, params (string RelativePath, string Content)[] files) =>
        CreateProject(name, "Program.cs", programSource, files, extraSource: null, """
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
            """);

    /// <summary>
    /// A project folder referencing the packed FlowTypes (nullable, warnings as errors, root namespace <c>Shop</c> unless given), with
    /// one source file and the given files; restores from the packed feed and, when given, one more local source.
    /// </summary>
    private string CreateProject(string name, string sourceName, string source, (string RelativePath, string Content)[] files, string? extraSource, string properties, string items = "", string sdk = "Microsoft.NET.Sdk", string rootNamespace = "Shop")
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        WriteNuGetConfig(directory, extraSource);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
            {properties}
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>{rootNamespace}</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FlowTypes" Version="{Version}" />
                {items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, sourceName), source);
        foreach (var (relativePath, content) in files)
        {
            var path = Path.Combine(directory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        return directory;
    }
}
