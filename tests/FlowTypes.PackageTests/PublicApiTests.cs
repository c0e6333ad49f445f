using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.PackageTests;

/// <summary>
/// The public API of the libraries users compile against is recorded (PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt,
/// Microsoft.CodeAnalysis.PublicApiAnalyzers), so a change to it is a visible diff: a public symbol nobody recorded fails
/// the build at its declaration.
/// </summary>
public class PublicApiTests
{
    private static readonly string[] Tracked = ["FlowTypes", "FlowTypes.ChatApps", "FlowTypes.AspNetCore"];

    [Fact]
    public void Every_library_users_compile_against_tracks_its_public_api_and_only_those()
    {
        var src = Path.Combine(DotNet.RepoRoot, "src");
        var tracking = Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories)
            .Where(p => XDocument.Load(p).Descendants("TrackPublicApi").Any(e => e.Value == "true"))
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(Tracked.OrderBy(n => n, StringComparer.Ordinal), tracking);
        foreach (var project in Tracked)
        {
            var shipped = File.ReadAllLines(Path.Combine(src, project, "PublicAPI.Shipped.txt"));
            var unshipped = File.ReadAllLines(Path.Combine(src, project, "PublicAPI.Unshipped.txt"));
            Assert.Equal("#nullable enable", shipped[0]);
            Assert.Equal("#nullable enable", unshipped[0]);
            Assert.Contains(unshipped.Concat(shipped), line => line.StartsWith(project + ".", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_public_type_nobody_recorded_fails_the_build_at_its_declaration()
    {
        var root = Directory.CreateTempSubdirectory("flowtypes-publicapi-").FullName;
        try
        {
            // The two projects and what their build imports, as a clone has them (no bin/obj).
            foreach (var folder in new[] { "build", "src/FlowTypes", "src/FlowTypes.ChatApps" })
            {
                Copy(Path.Combine(DotNet.RepoRoot, folder), Path.Combine(root, folder));
            }

            foreach (var file in new[] { "nuget.config", "src/Directory.Build.props", "src/Directory.Build.targets", "src/Directory.Packages.props", "CHANGELOG.md" }.Where(f => File.Exists(Path.Combine(DotNet.RepoRoot, f))))
            {
                File.Copy(Path.Combine(DotNet.RepoRoot, file), Path.Combine(root, file));
            }

            File.WriteAllText(
                Path.Combine(root, "src/FlowTypes.ChatApps/Unrecorded.cs"),
                "namespace FlowTypes.ChatApps;\n\n/// <summary>Not in PublicAPI.*.txt.</summary>\npublic static class Unrecorded\n{\n}\n");

            var (exitCode, output) = await DotNet.RunAsync(root, "build", "src/FlowTypes.ChatApps", "-c", "Release");

            Assert.NotEqual(0, exitCode);
            var errors = output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().ToList();
            var error = Assert.Single(errors, l => l.Contains("RS0016", StringComparison.Ordinal));
            Assert.StartsWith(Path.Combine(root, "src/FlowTypes.ChatApps/Unrecorded.cs") + "(4,21): error RS0016: Symbol 'FlowTypes.ChatApps.Unrecorded' is not part of the declared public API", error, StringComparison.Ordinal);
            Assert.All(errors, l => Assert.Contains("Unrecorded.cs", l, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
