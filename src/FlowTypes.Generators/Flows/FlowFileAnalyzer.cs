using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows;

/// <summary>
/// Reports problems inside <c>*.flow.json</c> files at their exact line and column (FT1002 and later; FT1001 comes
/// from the generator).
/// Runs per additional file, so the IDE shows squiggles in the JSON and the build fails in CI.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FlowFileAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MissingFlowVersion,
        DiagnosticDescriptors.UnknownFlowVersion,
        DiagnosticDescriptors.FrozenFlowVersion,
        DiagnosticDescriptors.UnknownProperty,
        DiagnosticDescriptors.InvalidScreenId,
        DiagnosticDescriptors.ReservedScreenId,
        DiagnosticDescriptors.DuplicateScreenId,
        DiagnosticDescriptors.MissingTerminalScreen,
        DiagnosticDescriptors.TerminalScreenWithoutFooter,
        DiagnosticDescriptors.SuccessOnNonTerminalScreen,
        DiagnosticDescriptors.CompleteOnNonTerminalScreen,
        DiagnosticDescriptors.CompleteOutsideFooter,
        DiagnosticDescriptors.NavigateToUnknownScreen,
        DiagnosticDescriptors.NavigateToSameScreen,
        DiagnosticDescriptors.NavigatePayloadMissingField,
        DiagnosticDescriptors.NavigatePayloadExtraField,
        DiagnosticDescriptors.MediaValueInNavigatePayload,
        DiagnosticDescriptors.UndeclaredDataReference,
        DiagnosticDescriptors.UnknownFormReference,
        DiagnosticDescriptors.InvalidScreenReference,
        DiagnosticDescriptors.InvalidDataPath,
        DiagnosticDescriptors.RoutingModelMissingScreen,
        DiagnosticDescriptors.RoutingModelUnknownScreen,
        DiagnosticDescriptors.RoutingLoop,
        DiagnosticDescriptors.TooManyBranches,
        DiagnosticDescriptors.DisconnectedScreen,
        DiagnosticDescriptors.RouteMissingFromRoutingModel,
        DiagnosticDescriptors.TooManyComponents,
        DiagnosticDescriptors.TooManyOfComponent,
        DiagnosticDescriptors.BothMediaPickers,
        DiagnosticDescriptors.InputOutsideForm,
        DiagnosticDescriptors.DuplicateInputName,
        DiagnosticDescriptors.FooterMissingInBranch,
        DiagnosticDescriptors.IfNestingTooDeep,
        DiagnosticDescriptors.EmptyBranch,
        DiagnosticDescriptors.ConditionWithoutDynamicValue,
        DiagnosticDescriptors.MissingRequiredProperty,
        DiagnosticDescriptors.InvalidPropertyValue,
        DiagnosticDescriptors.RequiresNewerVersion,
        DiagnosticDescriptors.DataApiVersionRequired,
        DiagnosticDescriptors.RoutingModelRequired,
        DiagnosticDescriptors.InvalidDataApiVersion,
        DiagnosticDescriptors.RefreshOnBackWithoutEndpoint,
        DiagnosticDescriptors.MissingDataExample,
        DiagnosticDescriptors.BlankString,
        DiagnosticDescriptors.MinGreaterThanMax,
        DiagnosticDescriptors.TextTooLong,
        DiagnosticDescriptors.UnknownComponentType,
        DiagnosticDescriptors.DataTypeMismatch,
        DiagnosticDescriptors.InvalidDateFormat,
        DiagnosticDescriptors.UpdateDataUnknownField,
        DiagnosticDescriptors.InvalidFooterCaptions,
        DiagnosticDescriptors.InvalidComponentPlacement,
        DiagnosticDescriptors.InvalidItemCount,
        DiagnosticDescriptors.TooManyScreens,
        DiagnosticDescriptors.ExampleTypeMismatch,
        DiagnosticDescriptors.InvalidInitValue,
        DiagnosticDescriptors.MixedStaticAndDynamicText,
        DiagnosticDescriptors.NavigatePayloadTypeMismatch);

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

        var parsed = FlowFile.Read(text);
        if (parsed.Document is null)
        {
            // Not JSON, or not an object: FT1001 comes from the generator (see MalformedFlow), because the compiler
            // skips analyzers once the C# that uses the missing types fails to compile. Nothing to validate.
            return;
        }

        foreach (var finding in parsed.Findings)
        {
            context.ReportDiagnostic(Diagnostic.Create(finding.Descriptor, SourceLocations.Create(file.Path, text, finding.Span), finding.Arguments));
        }
    }
}
