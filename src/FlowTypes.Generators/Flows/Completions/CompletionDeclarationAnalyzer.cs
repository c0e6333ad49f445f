using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Flows.Completions.Spec;
using FlowTypes.Generators.Flows.Endpoints.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FlowTypes.Generators.Flows.Completions;

/// <summary>
/// Checks <c>[FlowCompletion]</c> declarations at their C# location: the flow file is in the project (FT9004) and finishes
/// through its endpoint (FT9005); the type can be completed (FT9006) and carries only supported properties (FT9007);
/// one declaration per flow (FT9008, on each later one by full name, after the whole compilation is seen).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CompletionDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.CompletionFlowFileNotFound,
        DiagnosticDescriptors.CompletionFlowNotEndpointFinished,
        DiagnosticDescriptors.CompletionTypeShape,
        DiagnosticDescriptors.CompletionPropertyType,
        DiagnosticDescriptors.DuplicateCompletion);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attribute = start.Compilation.GetTypeByMetadataName(CompletionDeclarationReader.AttributeName);
            if (attribute is null)
            {
                return;
            }

            var flows = start.Options.AdditionalFiles.Where(FlowFiles.IsFlowFile).ToImmutableArray();
            var declared = new ConcurrentBag<(string Path, string Type, Location Argument, string FlowFile)>();
            start.RegisterSymbolAction(symbol => Analyze(symbol, attribute, flows, declared), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var group in declared.GroupBy(d => d.Path, System.StringComparer.Ordinal))
                {
                    var ordered = group.OrderBy(d => d.Type, System.StringComparer.Ordinal).ToList();
                    foreach (var later in ordered.Skip(1))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateCompletion, later.Argument, later.FlowFile, ordered[0].Type));
                    }
                }
            });
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol attributeType, ImmutableArray<AdditionalText> flows, ConcurrentBag<(string, string, Location, string)> declared)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
        if (attribute is null)
        {
            return;
        }

        var problems = new List<CompletionProblem>();
        var declaration = CompletionDeclarationReader.Read(type, attribute, problems, context.CancellationToken);
        foreach (var problem in problems)
        {
            context.ReportDiagnostic(problem.ToDiagnostic());
        }

        var argument = (attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) as AttributeSyntax)?.ArgumentList?.Arguments.FirstOrDefault()?.GetLocation()
            ?? type.Locations.FirstOrDefault() ?? Location.None;
        var flowFile = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string ?? string.Empty : string.Empty;
        var flow = flows.Where(f => CompletionFileNames.Matches(flowFile, f.Path)).OrderBy(f => f.Path, System.StringComparer.Ordinal).FirstOrDefault();
        if (flow is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CompletionFlowFileNotFound, argument, flowFile));
            return;
        }

        if (declaration is not null)
        {
            declared.Add((flow.Path, type.ToDisplayString(), argument, flowFile)); // as the generator, which skips the others
        }

        var document = flow.GetText(context.CancellationToken) is { } text ? FlowFile.Read(text, context.CancellationToken).Document : null;
        if (document is not null && !EndpointFinishes.Find(document).Any())
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CompletionFlowNotEndpointFinished, argument, Core.Text.Naming.FileName(flow.Path)));
        }
    }
}
