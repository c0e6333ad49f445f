using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.SendCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FlowTypes.CodeFixes;

/// <summary>
/// FT3002: appends the missing <c>TemplateParameter.Text(...)</c> values to a <c>TemplateComponent.Body(...)</c> call (or adds the
/// whole body component),
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
            if (!diagnostic.Properties.TryGetValue(SendPayloadAnalyzer.ExamplesProperty, out var examples) || examples is null)
            {
                continue;
            }

            var values = examples.Split(new[] { SendPayloadAnalyzer.ExampleSeparator }, System.StringSplitOptions.None);
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var title = values.Length == 1 ? "Add the missing body parameter" : $"Add {values.Length} missing body parameters";
            if (diagnostic.Properties.ContainsKey(SendPayloadAnalyzer.MissingBodyComponentProperty))
            {
                // Reported on the template name: add a whole TemplateComponent.Body(...) argument to the constructor call.
                if ((node as ArgumentSyntax ?? node.FirstAncestorOrSelf<ArgumentSyntax>())?.Parent?.Parent is BaseObjectCreationExpressionSyntax { ArgumentList: not null } creation)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Add TemplateComponent.Body(...) with the missing parameters", ct => AddBodyAsync(context.Document, creation, values, ct), equivalenceKey: nameof(AddMissingBodyParametersCodeFix)),
                        diagnostic);
                }
            }
            else if (node is InvocationExpressionSyntax invocation)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => AddAsync(context.Document, invocation, values, ct), equivalenceKey: nameof(AddMissingBodyParametersCodeFix)),
                    diagnostic);
            }
        }
    }

    private static ArgumentSyntax TextArgument(string value) =>
        SyntaxFactory.Argument(SyntaxFactory.ParseExpression("TemplateParameter.Text(" + SyntaxFactory.Literal(value.Length == 0 ? "TODO" : value).ToFullString() + ")"));

    private static async Task<Document> AddBodyAsync(Document document, BaseObjectCreationExpressionSyntax creation, string[] values, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var body = SyntaxFactory.Argument(SyntaxFactory.ParseExpression(
            "TemplateComponent.Body(" + string.Join(", ", values.Select(v => TextArgument(v).ToFullString())) + ")"));
        var arguments = creation.ArgumentList!.Arguments;

        // After the header component if there is one, else after name and language.
        var index = System.Math.Min(2, arguments.Count);
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Expression.ToString().StartsWith("TemplateComponent.Header", System.StringComparison.Ordinal))
            {
                index = i + 1;
            }
        }

        var updated = creation.WithArgumentList(creation.ArgumentList.WithArguments(arguments.Insert(index, body)));
        return document.WithSyntaxRoot(root!.ReplaceNode(creation, updated));
    }

    private static async Task<Document> AddAsync(Document document, InvocationExpressionSyntax invocation, string[] values, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var arguments = invocation.ArgumentList.Arguments.AddRange(values.Select(TextArgument));
        var updated = invocation.WithArgumentList(invocation.ArgumentList.WithArguments(arguments));
        return document.WithSyntaxRoot(root!.ReplaceNode(invocation, updated));
    }
}
