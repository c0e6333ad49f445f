using System;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.SendCode;
using FlowTypes.Generators.Templates.Document;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FlowTypes.CodeFixes;

/// <summary>FT3006: replaces the sub-type argument with the <c>ButtonSubType</c> constant of the template button.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CorrectButtonSubTypeCodeFix))]
[Shared]
public sealed class CorrectButtonSubTypeCodeFix : SendCodeFix
{
    /// <summary>Creates the fix for FT3006.</summary>
    public CorrectButtonSubTypeCodeFix()
        : base(DiagnosticDescriptors.WrongButtonSubTypeId)
    {
    }

    private protected override Task<(string Title, SyntaxNode Node, Func<SyntaxNode> Replacement)?> CreateFixAsync(Document document, Diagnostic diagnostic, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(SendPayloadAnalyzer.ExpectedSubTypeProperty, out var expected) || expected is null
            || (node as ArgumentSyntax ?? node.FirstAncestorOrSelf<ArgumentSyntax>()) is not { } argument)
        {
            return Task.FromResult<(string, SyntaxNode, Func<SyntaxNode>)?>(null);
        }

        var constant = ButtonSubTypes.ConstantName(expected);
        var replacement = constant is null
            ? (ExpressionSyntax)SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(expected))
            : SyntaxFactory.ParseExpression("ButtonSubType." + constant);
        return Task.FromResult<(string, SyntaxNode, Func<SyntaxNode>)?>(
            ($"Use sub-type \"{expected}\"", argument, () => argument.WithExpression(replacement.WithTriviaFrom(argument.Expression))));
    }
}
