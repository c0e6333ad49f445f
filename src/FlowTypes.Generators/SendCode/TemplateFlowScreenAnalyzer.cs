using System;
using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Core.Text;
using FlowTypes.Generators.Templates;
using FlowTypes.Generators.Templates.Document;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FlowTypes.Generators.SendCode;

/// <summary>
/// FT2028: a FLOW button's <c>navigateScreen</c> in a <c>*.template.json</c> file names a screen of the flow it launches,
/// when that flow's file is in the project (a flow file with <c>FlowId</c> metadata equal to the button's <c>flowId</c>).
/// It needs templates and flows together, so it lives here and not in the Templates slice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TemplateFlowScreenAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The default <c>navigateScreen</c> of the 8x8 reference: the flow's first screen, always valid.</summary>
    internal const string FirstEntryScreen = "FIRST_ENTRY_SCREEN";

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
            foreach (var button in template.Buttons)
            {
                if (button.Type == "FLOW" && !flows.Value.IsEmpty && UnknownScreen(button, flows.Value) is { } finding)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.UnknownNavigateScreen,
                        SourceLocations.Create(file.Path, text, finding.Screen.Span),
                        button.FlowIdNode!.Value,
                        finding.Flow.FileName,
                        finding.Screen.Value,
                        string.Join(", ", finding.Flow.Screens)));
                }
            }
        }
    }

    /// <summary>The <c>navigateScreen</c> of a FLOW button that its flow does not have, with that flow; null when it is fine or cannot be checked.</summary>
    internal static (JsonString Screen, FlowIndex.FlowEntry Flow)? UnknownScreen(TemplateButtonDefinition button, FlowIndex flows)
    {
        if (button.Type != "FLOW" || button.FlowActionValue != "navigate"
            || button.NavigateScreen?.Value is not JsonString { Value.Length: > 0 } screen || screen.Value == FirstEntryScreen
            || button.FlowIdNode?.Value is not { } flowId || !flows.TryGet(flowId, out var flow)
            || flow.Screens.IsDefaultOrEmpty || flow.Screens.Contains(screen.Value))
        {
            return null;
        }

        return (screen, flow);
    }
}
