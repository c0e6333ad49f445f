using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Flows;
using FlowTypes.Generators.Flows.Completions;
using FlowTypes.Generators.SendCode;
using FlowTypes.Generators.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FlowTypes.Generators.Tests.Core.Diagnostics;

/// <summary>
/// The one catalog test: every descriptor has an id in its range, a title, a real message format, a help link and a
/// help page; an analyzer (or the generator) reports it; and every file derived from the table matches it.
/// </summary>
public sealed class DiagnosticCatalogTests
{
    /// <summary>Ids the generator reports itself (no analyzer supports them).</summary>
    private static readonly string[] GeneratorReported =
    {
        DiagnosticDescriptors.MalformedFlowJsonId,
        DiagnosticDescriptors.LanguageVersionTooLowId,
        DiagnosticDescriptors.DuplicateFlowTypeNameId,
        DiagnosticDescriptors.IndistinguishableSubmissionsId,
        DiagnosticDescriptors.UntypedEndpointCompletionId,
    };

    /// <summary>
    /// Reported by the generator and also by an analyzer: FT1001 comes from the flow-file analyzer only while the C# has
    /// errors (a language server that shows no generator diagnostics then still shows it; a command-line build skips
    /// analyzers in that state, so it is never reported twice there).
    /// </summary>
    private static readonly string[] AlsoAnalyzerReported = { DiagnosticDescriptors.MalformedFlowJsonId };

    private static readonly DiagnosticAnalyzer[] Analyzers = { new FlowFileAnalyzer(), new TemplateFileAnalyzer(), new SendPayloadAnalyzer(), new CompletionDeclarationAnalyzer() };

    public static IEnumerable<object[]> Ids() => DiagnosticDescriptors.All.Select(d => new object[] { d.Id });

    [Fact]
    public void The_table_is_every_descriptor_field_once_ordered_by_id()
    {
        var fields = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .OrderBy(id => id, System.StringComparer.Ordinal);

        Assert.Equal(fields, DiagnosticDescriptors.All.Select(d => d.Id));
        Assert.Equal(DiagnosticDescriptors.All.Length, DiagnosticDescriptors.All.Select(d => d.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_is_complete_and_has_a_help_page(string id)
    {
        var descriptor = DiagnosticDescriptors.All.Single(d => d.Id == id);
        var format = descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Matches("^FT[1239][0-9]{3}$", id);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
        Assert.Matches("[A-Za-z]{3}", format.Replace("{0}", string.Empty).Replace("{1}", string.Empty)); // wording, not just "{0}"
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(RepoRoot(), "docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
    }

    [Fact]
    public void Every_descriptor_is_reported_by_exactly_one_analyzer_or_by_the_generator()
    {
        var supported = Analyzers.SelectMany(a => a.SupportedDiagnostics.Select(d => d.Id)).ToList();

        Assert.Equal(supported.Count, supported.Distinct().Count());
        Assert.Equal(
            DiagnosticDescriptors.All.Select(d => d.Id).Except(GeneratorReported.Except(AlsoAnalyzerReported)).OrderBy(id => id, System.StringComparer.Ordinal),
            supported.OrderBy(id => id, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Flow_ids_are_consecutive_and_each_is_in_the_flow_rules_map_with_a_test()
    {
        var flowIds = DiagnosticDescriptors.All.Select(d => d.Id).Where(id => id.StartsWith("FT1", System.StringComparison.Ordinal)).ToList();
        // Three blocks, each without gaps: the Flow JSON rules from FT1001 (to FT1069), the endpoint-typing rules from
        // FT1070 (to FT1079), and the Flow JSON rules continued from FT1080.
        foreach (var (first, last) in new[] { (1001, 1069), (1070, 1079), (1080, 1099) })
        {
            var block = flowIds.Where(id => int.Parse(id.Substring(2), System.Globalization.CultureInfo.InvariantCulture) is var n && n >= first && n <= last).ToList();
            Assert.Equal(Enumerable.Range(first, block.Count).Select(i => "FT" + i), block);
        }

        Assert.All(flowIds, id => Assert.InRange(int.Parse(id.Substring(2), System.Globalization.CultureInfo.InvariantCulture), 1001, 1099));

        var map = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "flow-rules.md")).Split('\n');
        foreach (var id in flowIds.Where(id => id != DiagnosticDescriptors.MalformedFlowJsonId))
        {
            var row = map.FirstOrDefault(l => l.Contains("[" + id + "]", System.StringComparison.Ordinal));
            Assert.True(row is not null, id + " is missing from docs/flow-rules.md");
            Assert.Contains("Tests.", row, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Shipped_ids_are_still_in_the_table()
    {
        var shipped = DiagnosticDocs.ShippedIds(File.ReadAllText(Path.Combine(RepoRoot(), "src", "FlowTypes.Generators", "AnalyzerReleases.Shipped.md")));

        Assert.Empty(shipped.Except(DiagnosticDescriptors.All.Select(d => d.Id)));
    }

    /// <summary>
    /// The docs-drift test. README table, AnalyzerReleases.Unshipped.md and help-page headers are derived from the
    /// table; run with FLOWTYPES_UPDATE_DOCS=1 to rewrite them, then review the diff.
    /// </summary>
    [Fact]
    public void Files_derived_from_the_table_match_it()
    {
        var root = RepoRoot();
        if (DiagnosticDocs.Updating)
        {
            DiagnosticDocs.Write(root);
        }

        var drifted = DiagnosticDocs.Render(root)
            .Where(file => file.Text is null || DiagnosticDocs.Normalize(File.ReadAllText(Path.Combine(root, file.Path))) != file.Text)
            .Select(file => file.Text is null ? file.Path + " (missing: write the page, then rerun)" : file.Path)
            .ToList();

        Assert.True(drifted.Count == 0, $"Out of date with the descriptor table (rerun with {DiagnosticDocs.UpdateVariable}=1 and review the diff):\n" + string.Join("\n", drifted));
    }

    [Fact]
    public void The_help_links_the_packages_and_the_readme_give_one_address()
    {
        var targets = System.Xml.Linq.XDocument.Load(Path.Combine(RepoRoot(), "src", "Directory.Build.targets"));
        var projectUrl = targets.Descendants("FlowTypesRepositoryUrl").Single().Value;

        Assert.Equal(DiagnosticDescriptors.ProjectUrl, projectUrl);
        Assert.Equal("$(FlowTypesRepositoryUrl)", targets.Descendants("PackageProjectUrl").Single().Value);
        Assert.Equal("$(FlowTypesRepositoryUrl)", targets.Descendants("RepositoryUrl").Single().Value);
        Assert.StartsWith(projectUrl + "/", DiagnosticDescriptors.HelpLinkBase, System.StringComparison.Ordinal);
        Assert.Contains("<" + projectUrl + ">", File.ReadAllText(Path.Combine(RepoRoot(), "README.md")), System.StringComparison.Ordinal);
    }

    private static string RepoRoot() => typeof(DiagnosticCatalogTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
}
