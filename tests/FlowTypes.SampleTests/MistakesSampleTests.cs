using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace FlowTypes.SampleTests;

/// <summary>
/// samples/Mistakes holds the mistakes a newcomer reads about in the README. Building it must fail with exactly
/// these FlowTypes errors, at these files, lines and columns: what the IDE shows while editing and CI enforces.
/// </summary>
public class MistakesSampleTests
{
    private static readonly string RepoRoot = typeof(MistakesSampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    [Fact]
    public async Task Building_the_mistakes_sample_fails_with_exactly_the_expected_diagnostics()
    {
        var project = Path.Combine(RepoRoot, "samples", "Mistakes", "Mistakes.csproj");

        // The solution build has already built src/ in this configuration; do not rebuild it here (other test
        // assemblies pack it concurrently).
        var (exitCode, output) = await RunAsync("build", project, "-c", "Release", "--no-incremental", "-p:BuildProjectReferences=false", "-nologo");

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

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoRoot };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
