using System.Collections.Generic;
using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Templates.Document;
using FlowTypes.Generators.Templates.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Templates;

/// <summary>
/// Reports problems inside <c>*.template.json</c> files (FT2xxx) at the offending token: the template creation rules
/// of Meta and 8x8 (name, category, header, body variables and examples, footer, buttons, carousel cards, the
/// AUTHENTICATION, VOICE_CALL and FLOW button properties, template settings). Whether a FLOW button's <c>navigateScreen</c>
/// exists in the flow needs the flow files too: that rule (FT2028, <c>TemplateValidator.ValidateFlowScreens</c>) gets them from <c>SendCode.TemplateFlowScreenAnalyzer</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TemplateFileAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.InCategory(DiagnosticDescriptors.TemplateCategory);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    /// <summary>The diagnostics of one template file: the shape of the file, then each template's rules (also the tool's check).</summary>
    internal static IEnumerable<Diagnostic> Check(string path, SourceText text, TemplateFile parsed)
    {
        foreach (var problem in parsed.Problems)
        {
            yield return problem.ToDiagnostic(path, text);
        }

        foreach (var template in parsed.Templates)
        {
            foreach (var problem in TemplateValidator.Validate(template))
            {
                yield return problem.ToDiagnostic(path, text);
            }
        }
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!TemplateFiles.IsTemplateFile(file))
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        foreach (var diagnostic in Check(file.Path, text, TemplateFileReader.Read(text, context.CancellationToken)))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
