using System.Collections.Immutable;
using System.Composition;
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

/// <summary>FT3006: replaces the sub-type argument with the <c>ButtonSubType</c> constant of the template button.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CorrectButtonSubTypeCodeFix))]
[Shared]
public sealed class CorrectButtonSubTypeCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.WrongButtonSubTypeId);

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
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node
                || !diagnostic.Properties.TryGetValue(SendPayloadAnalyzer.ExpectedSubTypeProperty, out var expected) || expected is null)
            {
                continue;
            }

            var argument = node as ArgumentSyntax ?? node.FirstAncestorOrSelf<ArgumentSyntax>();
            if (argument is null)
            {
                continue;
            }

            var constant = ConstantName(expected);
            var replacement = constant is null
                ? (ExpressionSyntax)SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(expected))
                : SyntaxFactory.ParseExpression("ButtonSubType." + constant);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use sub-type \"{expected}\"",
                    ct => ReplaceAsync(context.Document, argument, replacement, ct),
                    equivalenceKey: nameof(CorrectButtonSubTypeCodeFix)),
                diagnostic);
        }
    }

    private static string? ConstantName(string subType) => subType switch
    {
        "url" => "Url",
        "quick_reply" => "QuickReply",
        "flow" => "Flow",
        "copy_code" => "CopyCode",
        "voice_call" => "VoiceCall",
        _ => null,
    };

    private static async Task<Document> ReplaceAsync(Document document, ArgumentSyntax argument, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var updated = argument.WithExpression(replacement.WithTriviaFrom(argument.Expression));
        return document.WithSyntaxRoot(root!.ReplaceNode(argument, updated));
    }
}
