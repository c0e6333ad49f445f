using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FlowTypes.CodeFixes;

/// <summary>
/// What every FlowTypes code fix shares: one diagnostic id, batch fix-all, the node each diagnostic is reported on,
/// and one code action per fixable diagnostic whose document edit replaces one node.
/// </summary>
public abstract class SendCodeFix : CodeFixProvider
{
    private protected SendCodeFix(string diagnosticId) => FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (await CreateFixAsync(context.Document, diagnostic, node, context.CancellationToken).ConfigureAwait(false) is { } fix)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, ct => ReplaceAsync(context.Document, fix.Node, fix.Replacement, ct), equivalenceKey: GetType().Name),
                    diagnostic);
            }
        }
    }

    /// <summary>The fix for <paramref name="diagnostic"/>, reported on <paramref name="node"/>: a title and the node to replace with its replacement; null when it cannot be fixed.</summary>
    private protected abstract Task<(string Title, SyntaxNode Node, Func<SyntaxNode> Replacement)?> CreateFixAsync(Document document, Diagnostic diagnostic, SyntaxNode node, CancellationToken cancellationToken);

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, Func<SyntaxNode> replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(root!.ReplaceNode(node, replacement()));
    }
}
