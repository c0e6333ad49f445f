using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Generators.Analyzers;
using FlowTypes.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FlowTypes.CodeFixes;

/// <summary>
/// FT3002: appends the missing <c>TemplateParameter.Text(...)</c> values to a <c>TemplateComponent.Body(...)</c> call,
/// using the template's example values (or "TODO" where the template file has none).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingBodyParametersCodeFix))]
[Shared]
public sealed class AddMissingBodyParametersCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingBodyParametersId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation
                || !diagnostic.Properties.TryGetValue(SendPayloadAnalyzer.ExamplesProperty, out var examples) || examples is null)
            {
                continue;
            }

            var values = examples.Split(new[] { SendPayloadAnalyzer.ExampleSeparator }, System.StringSplitOptions.None);
            context.RegisterCodeFix(
                CodeAction.Create(
                    values.Length == 1 ? "Add the missing body parameter" : $"Add {values.Length} missing body parameters",
                    ct => AddAsync(context.Document, invocation, values, ct),
                    equivalenceKey: nameof(AddMissingBodyParametersCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> AddAsync(Document document, InvocationExpressionSyntax invocation, string[] values, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var added = values.Select(value => SyntaxFactory.Argument(
            SyntaxFactory.ParseExpression("TemplateParameter.Text(" + SyntaxFactory.Literal(value.Length == 0 ? "TODO" : value).ToFullString() + ")")));
        var arguments = invocation.ArgumentList.Arguments.AddRange(added);
        var updated = invocation.WithArgumentList(invocation.ArgumentList.WithArguments(arguments));
        return document.WithSyntaxRoot(root!.ReplaceNode(invocation, updated));
    }
}
