using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FlowTypes.Generators.SendCode;

/// <summary>Where a send check reports: the syntax node action's sink, so the checks do not depend on the kind of action.</summary>
internal readonly struct SendContext
{
    private readonly Action<Diagnostic> _report;

    public SendContext(Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        _report = report;
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}

/// <summary>
/// The syntax prefilter of the send checks: which nodes can be a send site, decided from syntax alone so that the
/// semantic model is asked only about candidates.
/// </summary>
internal static class SendSites
{
    /// <summary>
    /// True when <paramref name="node"/> (an object creation) can create one of <paramref name="typeNames"/>: its type
    /// name is one of them, it is target-typed (<c>new(...)</c>), or a using alias can rename a type (one in its
    /// file, or a <c>global using</c> alias anywhere in the compilation: <paramref name="globalAlias"/>).
    /// </summary>
    public static bool CanBeCreationOf(SyntaxNode node, HashSet<string> typeNames, Lazy<bool> globalAlias)
    {
        if (node is not ObjectCreationExpressionSyntax creation)
        {
            return node is ImplicitObjectCreationExpressionSyntax;
        }

        return RightmostName(creation.Type) is { } name && (typeNames.Contains(name) || HasUsingAlias(node.SyntaxTree) || globalAlias.Value);
    }

    /// <summary>True when a tree of <paramref name="compilation"/> declares a <c>global using</c> alias.</summary>
    public static bool HasGlobalUsingAlias(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root)
            {
                foreach (var directive in root.Usings)
                {
                    if (directive.Alias is not null && directive.GlobalKeyword.RawKind != (int)SyntaxKind.None)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="node"/> is a call of a method named <paramref name="name"/> with that many arguments.</summary>
    public static bool CanBeCall(SyntaxNode node, string name, int arguments) =>
        node is InvocationExpressionSyntax invocation && invocation.ArgumentList.Arguments.Count == arguments && RightmostName(invocation.Expression) == name;

    /// <summary>True when <paramref name="node"/> is a call of a method named <paramref name="name"/>, with any number of arguments.</summary>
    public static bool CanBeCall(SyntaxNode node, string name) =>
        node is InvocationExpressionSyntax invocation && RightmostName(invocation.Expression) == name;

    private static string? RightmostName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    private static bool HasUsingAlias(SyntaxTree tree)
    {
        foreach (var node in tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
        {
            if (node is UsingDirectiveSyntax { Alias: not null })
            {
                return true;
            }
        }

        return false;
    }
}
