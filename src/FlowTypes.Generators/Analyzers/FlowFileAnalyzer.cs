using System.Collections.Immutable;
using FlowTypes.Generators.Diagnostics;
using FlowTypes.Generators.Parsing;
using FlowTypes.Generators.Validation;
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
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MalformedFlowJson,
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

        var parsed = FlowDocumentReader.Read(text);
        if (parsed.Json.Error is { } error)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedFlowJson, CreateLocation(file.Path, text, error.Span), error.Message));
            return;
        }

        if (parsed.Document is null)
        {
            var root = parsed.Json.Root!;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MalformedFlowJson,
                CreateLocation(file.Path, text, new TextSpan(root.Span.Start, 1)),
                $"the root of a flow file must be a JSON object, but it is {Article(root.KindName)}"));
            return;
        }

        foreach (var finding in FlowValidator.Validate(parsed.Document))
        {
            context.ReportDiagnostic(Diagnostic.Create(finding.Descriptor, CreateLocation(file.Path, text, finding.Span), finding.Arguments));
        }
    }

    private static string Article(string kind) => kind is "object" or "array" ? "an " + kind : "a " + kind;

    internal static Location CreateLocation(string path, SourceText text, TextSpan span)
    {
        // Clamp: a zero-length span at end of file is still a valid location.
        var start = System.Math.Min(span.Start, text.Length);
        var end = System.Math.Min(span.End, text.Length);
        var clamped = TextSpan.FromBounds(start, end);
        return Location.Create(path, clamped, text.Lines.GetLinePositionSpan(clamped));
    }
}
