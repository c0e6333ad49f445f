using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Templates.Document;
using FlowTypes.Generators.Templates.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

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

        var parsed = TemplateFileReader.Read(text);
        foreach (var problem in parsed.Problems)
        {
            context.ReportDiagnostic(problem.ToDiagnostic(file.Path, text));
        }

        foreach (var template in parsed.Templates)
        {
            foreach (var problem in TemplateValidator.Validate(template))
            {
                context.ReportDiagnostic(problem.ToDiagnostic(file.Path, text));
            }
        }
    }
}
