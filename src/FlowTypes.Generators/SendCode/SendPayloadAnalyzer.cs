using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FlowTypes.Generators.SendCode;

/// <summary>
/// Checks C# code that builds 8x8 send payloads with the FlowTypes.Sending model (FT3xxx): template messages against the
/// templates registered in <c>*.template.json</c> files, and interactive messages against WhatsApp's limits.
/// Only constant values are checked; anything computed at run time is left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SendPayloadAnalyzer : DiagnosticAnalyzer
{
    internal const string SendingNamespace = "FlowTypes.Sending.";

    /// <summary>Property name in a FT3006 diagnostic carrying the sub-type to use (read by the code fix).</summary>
    internal const string ExpectedSubTypeProperty = "ExpectedSubType";

    /// <summary>Property name in a FT3002 diagnostic carrying the number of missing body parameters (read by the code fix).</summary>
    internal const string MissingCountProperty = "MissingCount";

    /// <summary>Property name in a FT3002 diagnostic carrying the example values of the missing variables (read by the code fix).</summary>
    internal const string ExamplesProperty = "Examples";

    /// <summary>Property name in a FT3002 diagnostic set when the whole <c>TemplateComponent.Body(...)</c> is missing (the diagnostic is on the template name).</summary>
    internal const string MissingBodyComponentProperty = "MissingBodyComponent";

    /// <summary>Separates the values of <see cref="ExamplesProperty"/>.</summary>
    internal const string ExampleSeparator = "\u001F";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.InCategory(DiagnosticDescriptors.SendCategory);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        if (compilation.GetTypeByMetadataName(SendingNamespace + "TemplateMessage") is not { } templateMessage)
        {
            return; // The project does not use the FlowTypes send model.
        }

        // Resolve the model's types once; the per-operation callbacks only compare symbols.
        var checks = new Dictionary<ITypeSymbol, Action<OperationAnalysisContext, IObjectCreationOperation>>(SymbolEqualityComparer.Default);
        void Add(string name, Action<OperationAnalysisContext, IObjectCreationOperation> check)
        {
            if (compilation.GetTypeByMetadataName(SendingNamespace + name) is { } type)
            {
                checks[type] = check;
            }
        }

        // Template files are read once per compilation, not once per operation.
        var registry = TemplateRegistry.Read(context.Options.AdditionalFiles, context.CancellationToken);
        var flows = FlowIndex.Read(context.Options.AdditionalFiles, context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken);
        checks[templateMessage] = (c, creation) => TemplateChecks.Analyze(c, creation, registry, flows);
        Add("ReplyButtonsMessage", InteractiveChecks.ReplyButtonsMessage);
        Add("ReplyButton", InteractiveChecks.ReplyButton);
        Add("ListMessage", InteractiveChecks.ListMessage);
        Add("ListSection", InteractiveChecks.ListSection);
        Add("ListRow", InteractiveChecks.ListRow);
        Add("CtaUrlMessage", InteractiveChecks.CtaUrlMessage);
        Add("FlowMessage", (c, creation) =>
        {
            InteractiveChecks.FlowMessage(c, creation);
            FlowChecks.FlowMessage(c, creation, flows);
        });

        context.RegisterOperationAction(
            c =>
            {
                var creation = (IObjectCreationOperation)c.Operation;
                if (creation.Type is { } type && checks.TryGetValue(type, out var check))
                {
                    check(c, creation);
                }
            },
            OperationKind.ObjectCreation);

        if (compilation.GetTypeByMetadataName(SendingNamespace + "InteractiveHeader") is { } interactiveHeader)
        {
            context.RegisterOperationAction(c => AnalyzeHeaderText(c, interactiveHeader), OperationKind.Invocation);
        }
    }

    private static void AnalyzeHeaderText(OperationAnalysisContext context, INamedTypeSymbol interactiveHeader)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name == "Text" && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, interactiveHeader)
            && invocation.Arguments.Length == 1 && Operations.ConstantString(invocation.Arguments[0]) is { } text && text.Length > WhatsAppLimits.InteractiveHeaderText)
        {
            InteractiveChecks.Report(context, invocation.Arguments[0], $"The header text has {text.Length} characters; WhatsApp allows at most {WhatsAppLimits.InteractiveHeaderText}, shorten it");
        }
    }
}
