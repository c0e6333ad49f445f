using Microsoft.CodeAnalysis;

namespace FlowTypes.Generators.Core.Diagnostics;

/// <summary>
/// Typed completions of flows that finish through their endpoint: FT1071 (reported by the generator, in the flow file)
/// and FT9004..FT9008 (the <c>[FlowCompletion]</c> declaration, reported by <c>Flows/Completions/CompletionDeclarationAnalyzer</c>).
/// </summary>
internal static partial class DiagnosticDescriptors
{
    public const string UntypedEndpointCompletionId = "FT1071";
    public const string CompletionFlowFileNotFoundId = "FT9004";
    public const string CompletionFlowNotEndpointFinishedId = "FT9005";
    public const string CompletionTypeShapeId = "FT9006";
    public const string CompletionPropertyTypeId = "FT9007";
    public const string DuplicateCompletionId = "FT9008";

    /// <summary>FT1071: "Screen '{0}' finishes through the endpoint ... [FlowCompletion(\"{1}\")] ...".</summary>
    public static readonly DiagnosticDescriptor UntypedEndpointCompletion = new(
        UntypedEndpointCompletionId,
        "Flow finishes through its endpoint without a typed completion",
        "Screen '{0}' finishes through the endpoint, and no type declares what it completes with, so the endpoint's Finish takes string parameters and the completion webhook is read into no type. Declare it once: [FlowCompletion(\"{1}\")] public partial record {2}Completion(...).",
        FlowCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + UntypedEndpointCompletionId + ".md");

    /// <summary>FT9004: "No flow file of the project is named '{0}' ...".</summary>
    public static readonly DiagnosticDescriptor CompletionFlowFileNotFound = new(
        CompletionFlowFileNotFoundId,
        "[FlowCompletion] names no flow file of the project",
        "No flow file of the project is named '{0}'; name a *.flow.json the project has as an AdditionalFile, by its file name or the end of its path",
        ConfigurationCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + CompletionFlowFileNotFoundId + ".md");

    /// <summary>FT9005: "Flow '{0}' does not finish through its endpoint ...".</summary>
    public static readonly DiagnosticDescriptor CompletionFlowNotEndpointFinished = new(
        CompletionFlowNotEndpointFinishedId,
        "[FlowCompletion] names a flow that does not finish through its endpoint",
        "Flow '{0}' does not finish through its endpoint (no terminal screen's Footer does data_exchange); it completes with its own payload, which already has a generated record. Remove [FlowCompletion], or make the terminal Footer a data_exchange.",
        ConfigurationCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + CompletionFlowNotEndpointFinishedId + ".md");

    /// <summary>FT9006: "'{0}' {1}; a [FlowCompletion] type is a partial, non-generic record or class declared directly in a namespace".</summary>
    public static readonly DiagnosticDescriptor CompletionTypeShape = new(
        CompletionTypeShapeId,
        "[FlowCompletion] type cannot be completed by the generator",
        "'{0}' {1}; a [FlowCompletion] type is a partial, non-generic record or class declared directly in a namespace",
        ConfigurationCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + CompletionTypeShapeId + ".md");

    /// <summary>FT9007: "Property '{0}' of '{1}' is a '{2}' ...".</summary>
    public static readonly DiagnosticDescriptor CompletionPropertyType = new(
        CompletionPropertyTypeId,
        "[FlowCompletion] property type is not supported",
        "Property '{0}' of '{1}' is a '{2}', which a completion cannot carry; use string, bool, decimal, DateOnly, IReadOnlyList<string> or JsonElement (nullable when the key may be absent)",
        ConfigurationCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + CompletionPropertyTypeId + ".md");

    /// <summary>FT9008: "Flow '{0}' already has its completion declared by '{1}' ...".</summary>
    public static readonly DiagnosticDescriptor DuplicateCompletion = new(
        DuplicateCompletionId,
        "Two [FlowCompletion] types for one flow",
        "Flow '{0}' already has its completion declared by '{1}'; a flow finishes with one shape, so keep one declaration (FlowTypes uses '{1}')",
        ConfigurationCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DuplicateCompletionId + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
