using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Text;
using FlowTypes.Generators.Templates.Document;
using FlowTypes.Generators.Templates.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FlowTypes.Generators.Templates;

/// <summary>
/// Reports problems inside <c>*.template.json</c> files (FT2xxx) at the offending token: the template creation rules
/// of Meta and 8x8 (name, category, header, body variables and examples, footer, buttons).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TemplateFileAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MalformedTemplateFile,
        DiagnosticDescriptors.MissingTemplateProperty,
        DiagnosticDescriptors.InvalidTemplateName,
        DiagnosticDescriptors.InvalidTemplateLanguage,
        DiagnosticDescriptors.InvalidTemplateCategory,
        DiagnosticDescriptors.InvalidTemplateComponent,
        DiagnosticDescriptors.MissingTemplateBody,
        DiagnosticDescriptors.InvalidTemplateHeader,
        DiagnosticDescriptors.TemplateTextTooLong,
        DiagnosticDescriptors.InvalidTemplateVariables,
        DiagnosticDescriptors.VariableAtBodyEdge,
        DiagnosticDescriptors.TemplateExampleCountMismatch,
        DiagnosticDescriptors.FooterHasVariables,
        DiagnosticDescriptors.TooManyTemplateButtons,
        DiagnosticDescriptors.QuickReplyButtonsNotGrouped,
        DiagnosticDescriptors.InvalidButtonText,
        DiagnosticDescriptors.ButtonTextLongerThan20,
        DiagnosticDescriptors.InvalidUrlButton,
        DiagnosticDescriptors.ButtonMissingProperty,
        DiagnosticDescriptors.UnknownButtonType);

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
            context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, SourceLocations.Create(file.Path, text, problem.Span), problem.Arguments));
        }

        foreach (var template in parsed.Templates)
        {
            foreach (var problem in TemplateValidator.Validate(template))
            {
                context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, SourceLocations.Create(file.Path, text, problem.Span), problem.Arguments));
            }
        }
    }
}
