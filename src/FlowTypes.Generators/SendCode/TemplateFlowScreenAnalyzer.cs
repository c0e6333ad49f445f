using System;
using System.Collections.Immutable;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Templates;
using FlowTypes.Generators.Templates.Document;
using FlowTypes.Generators.Templates.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FlowTypes.Generators.SendCode;

/// <summary>
/// FT2028 wiring: the rule is <see cref="TemplateValidator.ValidateFlowScreens"/>, beside the other template rules; this
/// analyzer gives it the project's flow files (<see cref="FlowIndex"/>), which the Templates slice may not read.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TemplateFlowScreenAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnknownNavigateScreen);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // The flow index is built once per compilation, and only when a template file has a FLOW button to check:
            // a C# keystroke in a project with many flows and no such button reads no flow file here.
            var options = start.Options;
            var cancellationToken = start.CancellationToken;
            var flows = new Lazy<FlowIndex>(() => FlowIndex.Read(options.AdditionalFiles, options.AnalyzerConfigOptionsProvider, cancellationToken));
            start.RegisterAdditionalFileAction(c => AnalyzeFile(c, flows));
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, Lazy<FlowIndex> flows)
    {
        var file = context.AdditionalFile;
        if (!TemplateFiles.IsTemplateFile(file) || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        foreach (var template in TemplateFileReader.Read(text).Templates)
        {
            if (!template.Buttons.Any(b => b.Type == "FLOW") || flows.Value.IsEmpty)
            {
                continue;
            }

            foreach (var finding in TemplateValidator.ValidateFlowScreens(template, id => flows.Value.TryGet(id, out var flow) ? (flow.FileName, flow.Screens) : null))
            {
                context.ReportDiagnostic(finding.ToDiagnostic(file.Path, text));
            }
        }
    }
}
