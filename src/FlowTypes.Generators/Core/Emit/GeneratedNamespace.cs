using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FlowTypes.Generators.Core.Emit;

/// <summary>
/// The namespace every FlowTypes generator emits into: <c>$(FlowTypesNamespace)</c>, else <c>$(RootNamespace).Flows</c>,
/// else <c>FlowTypes.Generated</c>. One implementation, so flow types and template builders always agree.
/// </summary>
internal static class GeneratedNamespace
{
    public static string Read(AnalyzerConfigOptions options)
    {
        if (options.TryGetValue("build_property.FlowTypesNamespace", out var configured) && IsValid(configured))
        {
            return configured.Trim();
        }

        return options.TryGetValue("build_property.RootNamespace", out var root) && IsValid(root)
            ? root.Trim() + ".Flows"
            : "FlowTypes.Generated";
    }

    private static bool IsValid(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value!.Trim().Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
}
