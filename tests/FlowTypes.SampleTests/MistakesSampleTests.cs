using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FlowTypes.Testing;
using Xunit;

namespace FlowTypes.SampleTests;

/// <summary>
/// samples/Mistakes holds the mistakes a newcomer reads about in the README. Building it must fail with exactly
/// these FlowTypes errors, at these files, lines and columns: what the IDE shows while editing and CI enforces.
/// </summary>
public class MistakesSampleTests
{
    [Fact]
    public async Task Building_the_mistakes_sample_fails_with_exactly_the_expected_diagnostics()
    {
        var project = Path.Combine(DotNet.RepoRoot, "samples", "Mistakes", "Mistakes.csproj");

        // The solution build has already built src/ in this configuration; do not rebuild it here (other test
        // assemblies pack it concurrently).
        var (exitCode, output) = await DotNet.RunAsync(DotNet.RepoRoot, "build", project, "-c", "Release", "--no-incremental", "-p:BuildProjectReferences=false", "-nologo");

        Assert.NotEqual(0, exitCode);
        var diagnostics = Regex.Matches(output, @"samples[/\\]Mistakes[/\\](?<file>[^(\s]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+\d+)")
            .Select(m => $"{m.Groups["file"].Value.Replace('\\', '/')}({m.Groups["line"].Value},{m.Groups["column"].Value}): {m.Groups["severity"].Value} {m.Groups["id"].Value}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            new[]
            {
                "Sends.cs(12,13): error FT3002",
                "Sends.cs(18,29): error FT3007",
                "Sends.cs(20,38): error FT3005",
                "Sends.cs(25,61): error FT3008",
                "flows/appointment.flow.json(14,90): error FT1014",
                "flows/feedback.flow.json(12,11): error FT1001",
            },
            diagnostics);
    }
}
