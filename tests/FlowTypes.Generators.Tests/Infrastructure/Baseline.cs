using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace FlowTypes.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated source with a committed baseline file in Baselines/. Set FLOWTYPES_UPDATE_BASELINES=1
/// to rewrite the baselines from the current output (then review the diff before committing).
/// </summary>
internal static class Baseline
{
    public static void AssertMatches(string baselineName, string actual)
    {
        var repoRoot = typeof(Baseline).Assembly.GetCustomAttributes<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        var sourceDirectory = Path.Combine(repoRoot, "tests", "FlowTypes.Generators.Tests", "Baselines");
        if (Environment.GetEnvironmentVariable("FLOWTYPES_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(Path.Combine(sourceDirectory, baselineName), actual);
            return;
        }

        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Baselines", baselineName);
        Assert.True(File.Exists(expectedPath), $"Baseline {baselineName} is missing; run the tests with FLOWTYPES_UPDATE_BASELINES=1 and review the new file.");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        Assert.Equal(expected, actual.Replace("\r\n", "\n"));
    }
}
