using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Flows;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>Every flow-file descriptor is supported by the analyzer, tracked in the release file and documented.</summary>
public class DiagnosticCatalogTests
{
    private static readonly List<DiagnosticDescriptor> FlowDescriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .Where(d => d.Id.StartsWith("FT1", System.StringComparison.Ordinal))
        .OrderBy(d => d.Id, System.StringComparer.Ordinal)
        .ToList();

    /// <summary>The repository root: the first directory above the test output that holds FlowTypes.sln.</summary>
    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FlowTypes.sln")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, "FlowTypes.sln not found above " + System.AppContext.BaseDirectory);
        return directory!.FullName;
    }

    [Fact]
    public void Ids_are_unique_and_consecutive()
    {
        var ids = FlowDescriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(Enumerable.Range(1001, ids.Count).Select(i => "FT" + i), ids);
    }

    [Fact]
    public void Analyzer_supports_every_flow_rule_descriptor()
    {
        // FT1001 (not JSON) is not a Meta rule and may be reported by the generator instead; FT1002+ come from FlowValidator.
        var supported = new FlowFileAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        Assert.All(FlowDescriptors.Where(d => d.Id != DiagnosticDescriptors.MalformedFlowJsonId), d => Assert.Contains(d.Id, supported));
    }

    [Fact]
    public void Every_descriptor_is_in_the_unshipped_release_file_with_its_severity()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "FlowTypes.Generators", "AnalyzerReleases.Unshipped.md"));
        Assert.All(FlowDescriptors, d => Assert.Contains($"{d.Id} | {d.Category} | {d.DefaultSeverity} | {d.Title}", rows));
    }

    [Fact]
    public void Every_descriptor_has_a_help_page_that_names_it_and_its_severity()
    {
        foreach (var descriptor in FlowDescriptors.Where(d => d.Id != DiagnosticDescriptors.MalformedFlowJsonId))
        {
            Assert.Equal(DiagnosticDescriptors.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            var page = Path.Combine(RepositoryRoot(), "docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(page), page);
            var text = File.ReadAllText(page);
            Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title, text, System.StringComparison.Ordinal);
            Assert.Contains("| Severity | " + descriptor.DefaultSeverity, text, System.StringComparison.Ordinal);
            Assert.Contains("dotnet_diagnostic." + descriptor.Id + ".severity", text, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Flow_rules_map_lists_every_id_with_a_test()
    {
        var map = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "flow-rules.md"));
        foreach (var descriptor in FlowDescriptors.Where(d => d.Id != DiagnosticDescriptors.MalformedFlowJsonId))
        {
            var row = map.Split('\n').FirstOrDefault(l => l.Contains("[" + descriptor.Id + "]", System.StringComparison.Ordinal));
            Assert.True(row is not null, descriptor.Id + " is missing from docs/flow-rules.md");
            Assert.Contains("Tests.", row, System.StringComparison.Ordinal);
        }
    }
}
