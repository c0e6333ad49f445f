using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        // Generated code (the flow readers, the template builders) is never analyzed: syntax node actions are not run
        // on it at all, so a keystroke does not make the driver bind its method bodies.
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

        // Resolve the model's types once; the per-node callbacks only compare symbols.
        var checks = new Dictionary<ITypeSymbol, Action<SendContext, IObjectCreationOperation>>(SymbolEqualityComparer.Default);
        void Add(string name, Action<SendContext, IObjectCreationOperation> check)
        {
            if (compilation.GetTypeByMetadataName(SendingNamespace + name) is { } type)
            {
                checks[type] = check;
            }
        }

        // Template and flow files are read when the first send needs them (each file's parse is cached per text
        // and shared with the generator), so an edit to a file without sends costs nothing per flow file.
        var additionalFiles = context.Options.AdditionalFiles;
        var optionsProvider = context.Options.AnalyzerConfigOptionsProvider;
        var cancellationToken = context.CancellationToken;
        var registry = new Lazy<TemplateRegistry>(() => TemplateRegistry.Read(additionalFiles, cancellationToken));
        var flows = new Lazy<FlowIndex>(() => FlowIndex.Read(additionalFiles, optionsProvider, cancellationToken));
        checks[templateMessage] = (c, creation) => TemplateChecks.Analyze(c, creation, registry.Value, flows.Value);
        Add("ReplyButtonsMessage", InteractiveChecks.ReplyButtonsMessage);
        Add("ReplyButton", InteractiveChecks.ReplyButton);
        Add("ListMessage", InteractiveChecks.ListMessage);
        Add("ListSection", InteractiveChecks.ListSection);
        Add("ListRow", InteractiveChecks.ListRow);
        Add("CtaUrlMessage", InteractiveChecks.CtaUrlMessage);
        Add("ProductSection", ProductListChecks.ProductSection);
        Add("DirectSendSample", DirectSendChecks.Sample);
        Add("FlowMessage", (c, creation) =>
        {
            InteractiveChecks.FlowMessage(c, creation);
            FlowChecks.FlowMessage(c, creation, flows.Value);
        });

        var globalAlias = new Lazy<bool>(() => SendSites.HasGlobalUsingAlias(compilation, cancellationToken));
        var typeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in checks.Keys)
        {
            typeNames.Add(type.Name);
        }

        // Syntax first: only an object creation whose type name can be one of the model's types (or a target-typed
        // `new(...)`, or any creation where a using alias can rename a type) is handed to the semantic model.
        context.RegisterSyntaxNodeAction(
            c =>
            {
                if (!SendSites.CanBeCreationOf(c.Node, typeNames, globalAlias) || c.SemanticModel.GetOperation(c.Node, c.CancellationToken) is not IObjectCreationOperation creation)
                {
                    return;
                }

                if (creation.Type is { } type && checks.TryGetValue(type, out var check))
                {
                    check(new SendContext(c.ReportDiagnostic, c.CancellationToken), creation);
                }
            },
            SyntaxKind.ObjectCreationExpression,
            SyntaxKind.ImplicitObjectCreationExpression);

        if (compilation.GetTypeByMetadataName(SendingNamespace + "InteractiveHeader") is { } interactiveHeader)
        {
            context.RegisterSyntaxNodeAction(
                c =>
                {
                    if (SendSites.CanBeCall(c.Node, "Text", arguments: 1) && c.SemanticModel.GetOperation(c.Node, c.CancellationToken) is IInvocationOperation invocation)
                    {
                        AnalyzeHeaderText(new SendContext(c.ReportDiagnostic, c.CancellationToken), invocation, interactiveHeader);
                    }
                },
                SyntaxKind.InvocationExpression);
        }

        if (compilation.GetTypeByMetadataName(SendingNamespace + "TemplateParameter") is { } templateParameter)
        {
            context.RegisterSyntaxNodeAction(
                c =>
                {
                    if (SendSites.CanBeCall(c.Node, "ProductListAction") && c.SemanticModel.GetOperation(c.Node, c.CancellationToken) is IInvocationOperation invocation)
                    {
                        AnalyzeProductList(new SendContext(c.ReportDiagnostic, c.CancellationToken), invocation, templateParameter);
                    }
                },
                SyntaxKind.InvocationExpression);
        }
    }

    private static void AnalyzeProductList(SendContext context, IInvocationOperation invocation, INamedTypeSymbol templateParameter)
    {
        if (invocation.TargetMethod.Name == "ProductListAction" && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, templateParameter))
        {
            ProductListChecks.ProductListAction(context, invocation);
        }
    }

    private static void AnalyzeHeaderText(SendContext context, IInvocationOperation invocation, INamedTypeSymbol interactiveHeader)
    {
        if (invocation.TargetMethod.Name == "Text" && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, interactiveHeader)
            && invocation.Arguments.Length == 1 && Operations.ConstantString(invocation.Arguments[0]) is { } text && text.Length > WhatsAppLimits.InteractiveHeaderText)
        {
            InteractiveChecks.ReportTooLong(context, invocation.Arguments[0], "header text", text.Length, WhatsAppLimits.InteractiveHeaderText);
        }
    }
}
