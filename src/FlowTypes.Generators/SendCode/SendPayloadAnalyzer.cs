using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Templates;
using FlowTypes.Generators.Templates.Document;
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
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownTemplate,
        DiagnosticDescriptors.MissingBodyParameters,
        DiagnosticDescriptors.ExtraBodyParameter,
        DiagnosticDescriptors.HeaderParameterMismatch,
        DiagnosticDescriptors.InvalidButtonIndex,
        DiagnosticDescriptors.WrongButtonSubType,
        DiagnosticDescriptors.MissingButtonParameter,
        DiagnosticDescriptors.InteractiveLimitExceeded,
        DiagnosticDescriptors.DuplicateInteractiveId,
        DiagnosticDescriptors.MissingHeaderParameter,
        DiagnosticDescriptors.UnknownFlowId,
        DiagnosticDescriptors.UnknownFlowScreen);

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
            && invocation.Arguments.Length == 1 && Operations.ConstantString(invocation.Arguments[0]) is { } text && text.Length > 60)
        {
            InteractiveChecks.Report(context, invocation.Arguments[0], $"The header text has {text.Length} characters; WhatsApp allows at most 60, shorten it");
        }
    }
}

/// <summary>Helpers to read constant values out of operations.</summary>
internal static class Operations
{
    public static string? ConstantString(IArgumentOperation argument) => ConstantString(argument.Value);

    public static string? ConstantString(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: string value } ? value : null;

    public static int? ConstantInt(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: int value } ? value : null;

    public static IArgumentOperation? Argument(IObjectCreationOperation creation, string name)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    public static IArgumentOperation? Argument(IInvocationOperation invocation, string name)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The elements of a params argument written in expanded form, or default when they are not visible.</summary>
    public static ImmutableArray<IOperation> ParamsElements(IArgumentOperation? argument)
    {
        if (argument is null)
        {
            return default;
        }

        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
        {
            return initializer.ElementValues;
        }

        return default;
    }

    /// <summary>Strips implicit conversions.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The constant assigned to an init property in the object initializer, with its value operation.</summary>
    public static IOperation? InitializerValue(IObjectCreationOperation creation, string property)
    {
        if (creation.Initializer is null)
        {
            return null;
        }

        foreach (var initializer in creation.Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && target.Property.Name == property)
            {
                return assignment.Value;
            }
        }

        return null;
    }
}

/// <summary>The templates of all <c>*.template.json</c> files of a compilation, by name and language.</summary>
internal sealed class TemplateRegistry
{
    private readonly Dictionary<string, Dictionary<string, TemplateDefinition>> _byName = new(StringComparer.Ordinal);

    public bool IsEmpty => _byName.Count == 0;

    public static TemplateRegistry Read(ImmutableArray<AdditionalText> files, System.Threading.CancellationToken cancellationToken)
    {
        var registry = new TemplateRegistry();
        foreach (var file in files)
        {
            if (!TemplateFiles.IsTemplateFile(file) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            foreach (var template in TemplateFileReader.Read(text).Templates)
            {
                if (template.Name is { } name && template.Language is { } language)
                {
                    if (!registry._byName.TryGetValue(name, out var languages))
                    {
                        registry._byName[name] = languages = new Dictionary<string, TemplateDefinition>(StringComparer.Ordinal);
                    }

                    if (!languages.ContainsKey(language))
                    {
                        languages[language] = template;
                    }
                }
            }
        }

        return registry;
    }

    public bool TryGet(string name, string language, out TemplateDefinition? template, out IReadOnlyCollection<string>? languages)
    {
        template = null;
        languages = null;
        if (!_byName.TryGetValue(name, out var byLanguage))
        {
            return false;
        }

        languages = byLanguage.Keys;
        return byLanguage.TryGetValue(language, out template);
    }
}
