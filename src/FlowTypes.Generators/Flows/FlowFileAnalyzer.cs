using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FlowTypes.Generators.Flows;

/// <summary>
/// Reports problems inside <c>*.flow.json</c> files at their exact line and column (FT1002 and later; FT1001 comes
/// from the generator, and from here too only while the C# has errors, for language servers that show analyzer
/// diagnostics but not generator ones).
/// Runs per additional file, so the IDE shows squiggles in the JSON and the build fails in CI.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FlowFileAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.InCategory(DiagnosticDescriptors.FlowCategory);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    /// <summary>Paid only for a malformed flow file: the compiler's own errors (declarations and method bodies).</summary>
    private static bool HasCompilationErrors(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var diagnostic in compilation.GetDiagnostics(cancellationToken))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!FlowFiles.IsFlowFile(file))
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        var parsed = FlowFile.Read(text, context.CancellationToken);
        if (parsed.Document is null)
        {
            // Not JSON, or not an object. The generator reports FT1001 (see MalformedFlow): a command-line build skips
            // analyzers once the C# fails to compile, which is what a broken flow file causes. A language server that
            // shows analyzer but not generator diagnostics (csharp-ls) runs analyzers on a compilation with errors, so
            // FT1001 is reported here too, but only then: a command-line build never gets here with errors, so it
            // never reports FT1001 twice. (Without C# errors the generator's FT1001 is the only one, everywhere.)
            if (MalformedFlow.Check(file.Path, text) is { } malformed && HasCompilationErrors(context.Compilation, context.CancellationToken))
            {
                context.ReportDiagnostic(malformed.ToDiagnostic());
            }

            return;
        }

        foreach (var finding in parsed.GetFindings(context.CancellationToken))
        {
            context.ReportDiagnostic(finding.ToDiagnostic(file.Path, text));
        }
    }
}
