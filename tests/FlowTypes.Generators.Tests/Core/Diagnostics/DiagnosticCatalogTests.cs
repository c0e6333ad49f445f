using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FlowTypes.Generators.Tests.Core.Diagnostics;

/// <summary>Every diagnostic has an id in its range, a title, a message, a help page in the repo and a README row.</summary>
public class DiagnosticCatalogTests
{
    public static IEnumerable<object[]> Descriptors() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => new object[] { ((DiagnosticDescriptor)f.GetValue(null)!).Id })
            .OrderBy(id => (string)id[0]);

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Diagnostic_is_documented(string id)
    {
        var descriptor = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().Single(d => d.Id == id);
        var root = RepoRoot();

        Assert.Matches("^FT[1239][0-9]{3}$", id);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()));
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(root, "docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
        Assert.Contains($"| {id} | {descriptor.DefaultSeverity} | {descriptor.Title} |", File.ReadAllText(Path.Combine(root, "README.md")));
        Assert.Contains($"{id} | ", File.ReadAllText(Path.Combine(root, "src", "FlowTypes.Generators", "AnalyzerReleases.Unshipped.md")));
    }

    [Fact]
    public void Ids_are_unique()
    {
        var ids = Descriptors().Select(d => (string)d[0]).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static string RepoRoot() => typeof(DiagnosticCatalogTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
}
