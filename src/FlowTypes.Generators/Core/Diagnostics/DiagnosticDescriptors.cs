using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace FlowTypes.Generators.Core.Diagnostics;

/// <summary>
/// Every diagnostic FlowTypes reports. Ids: FT1xxx flow files, FT2xxx template files, FT3xxx C# send code,
/// FT9xxx configuration. A shipped id is never reused or renumbered (see AnalyzerReleases.*.md).
/// </summary>
internal static partial class DiagnosticDescriptors
{
    public const string FlowCategory = "FlowTypes.Flow";
    public const string ConfigurationCategory = "FlowTypes.Configuration";

    private static ImmutableArray<DiagnosticDescriptor> _all;

    /// <summary>
    /// Every descriptor of this table, ordered by id. Read from the table's static fields, so declaring a descriptor is
    /// all it takes: the analyzers' SupportedDiagnostics, the README table, AnalyzerReleases and the help-page headers
    /// follow from it (see docs/architecture.md, "Diagnostics").
    /// </summary>
    public static ImmutableArray<DiagnosticDescriptor> All
    {
        get
        {
            if (_all.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _all, typeof(DiagnosticDescriptors)
                    .GetFields(BindingFlags.Public | BindingFlags.Static)
                    .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                    .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
                    .OrderBy(d => d.Id, StringComparer.Ordinal)
                    .ToImmutableArray());
            }

            return _all;
        }
    }

    /// <summary>The descriptors of one category (an analyzer's SupportedDiagnostics), without <paramref name="exceptIds"/>.</summary>
    public static ImmutableArray<DiagnosticDescriptor> InCategory(string category, params string[] exceptIds) =>
        All.Where(d => d.Category == category && Array.IndexOf(exceptIds, d.Id) < 0).ToImmutableArray();

    public const string MalformedFlowJsonId = "FT1001";
    public const string LanguageVersionTooLowId = "FT9001";
    public const string DuplicateFlowTypeNameId = "FT9002";
    public const string IndistinguishableSubmissionsId = "FT9003";

    /// <summary>FT1001: "The flow file is not valid JSON: {0}".</summary>
    public static readonly DiagnosticDescriptor MalformedFlowJson = new(
        MalformedFlowJsonId,
        "Flow file is not valid JSON",
        "The flow file is not valid JSON: {0}",
        FlowCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + MalformedFlowJsonId + ".md");

    /// <summary>FT9001: "FlowTypes generates C# 9 records but this project compiles with C# {0}; set <LangVersion> to 9.0 or later".</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooLow = new(
        LanguageVersionTooLowId,
        "C# language version too low for FlowTypes",
        "FlowTypes generates C# 9 records but this project compiles with C# {0}; set <LangVersion> to 9.0 or later (no flow types were generated)",
        ConfigurationCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + LanguageVersionTooLowId + ".md");

    /// <summary>FT9002: "Flow files '{0}' and '{1}' both map to the type name '{2}'; rename one file or set FlowTypeName metadata on its AdditionalFiles item".</summary>
    public static readonly DiagnosticDescriptor DuplicateFlowTypeName = new(
        DuplicateFlowTypeNameId,
        "Two flow files map to the same type name",
        "Flow files '{0}' and '{1}' both map to the type name '{2}'; rename one file or set FlowTypeName metadata on its AdditionalFiles item (no types were generated for '{1}')",
        ConfigurationCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DuplicateFlowTypeNameId + ".md");

    /// <summary>The project's one address: the packages' <c>PackageProjectUrl</c> (src/Directory.Build.targets) and README's.</summary>
    public const string ProjectUrl = "https://github.com/flowtypes/FlowTypes";

    /// <summary>Help pages live in the repository under docs/diagnostics/{id}.md.</summary>
    public const string HelpLinkBase = ProjectUrl + "/blob/main/docs/diagnostics/";

    /// <summary>FT9003: "Flows '{0}' and '{1}' complete with the same keys ({2}); FlowRouter cannot tell them apart ...".</summary>
    public static readonly DiagnosticDescriptor IndistinguishableSubmissions = new(
        IndistinguishableSubmissionsId,
        "Two flows' submissions cannot be told apart",
        "Flows '{0}' and '{1}' complete with the same keys ({2}); FlowRouter cannot tell them apart and picks '{0}'. Give each flow file a distinct FlowTokenPrefix metadata and send flow tokens that start with it, or make the payloads differ.",
        ConfigurationCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + IndistinguishableSubmissionsId + ".md");
}
