using System;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.SendCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FlowTypes.CodeFixes;

/// <summary>
/// FT3002: appends the missing <c>TemplateParameter.Text(...)</c> values to a <c>TemplateComponent.Body(...)</c> call (or adds the
/// whole body component),
/// using the template's example values (or "TODO" where the template file has none).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingBodyParametersCodeFix))]
[Shared]
public sealed class AddMissingBodyParametersCodeFix : SendCodeFix
{
    /// <summary>Creates the fix for FT3002.</summary>
    public AddMissingBodyParametersCodeFix()
        : base(DiagnosticDescriptors.MissingBodyParametersId)
    {
    }

    private protected override async Task<(string Title, SyntaxNode Node, Func<SyntaxNode> Replacement)?> CreateFixAsync(Document document, Diagnostic diagnostic, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(SendPayloadAnalyzer.ExamplesProperty, out var examples) || examples is null
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return null;
        }

        var values = examples.Split(new[] { SendPayloadAnalyzer.ExampleSeparator }, StringSplitOptions.None);
        if (diagnostic.Properties.ContainsKey(SendPayloadAnalyzer.MissingBodyComponentProperty))
        {
            // Reported on the template name: add a whole TemplateComponent.Body(...) argument to the constructor call.
            if ((node as ArgumentSyntax ?? node.FirstAncestorOrSelf<ArgumentSyntax>())?.Parent?.Parent is BaseObjectCreationExpressionSyntax { ArgumentList: not null } creation
                && CanInsertInto(model, creation.ArgumentList.Arguments, firstListArgument: 2))
            {
                return AddBody(creation, values);
            }
        }
        else if (node is InvocationExpressionSyntax invocation && CanInsertInto(model, invocation.ArgumentList.Arguments, firstListArgument: 0))
        {
            return (values.Length == 1 ? "Add the missing body parameter" : $"Add {values.Length} missing body parameters", invocation, () => Add(invocation, values));
        }

        return null;
    }

    /// <summary>
    /// The list is written inline (expanded params, an array initializer or a collection expression), so values can be
    /// added to it; a list held in a variable is not edited.
    /// </summary>
    private static bool CanInsertInto(SemanticModel model, SeparatedSyntaxList<ArgumentSyntax> arguments, int firstListArgument)
    {
        var list = arguments.Skip(firstListArgument).Where(a => a.NameColon?.Name.Identifier.ValueText is not ("name" or "language")).ToList();
        return list.Count != 1 || InlineList(list[0].Expression) is not null || model.GetTypeInfo(list[0].Expression).ConvertedType is not IArrayTypeSymbol;
    }

    /// <summary>The inline list an argument is written as, if any: <c>[...]</c>, <c>new[] { ... }</c>, <c>new T[] { ... }</c>.</summary>
    private static SyntaxNode? InlineList(ExpressionSyntax expression) => expression switch
    {
        CollectionExpressionSyntax collection => collection,
        ImplicitArrayCreationExpressionSyntax { Initializer: var initializer } => initializer,
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer,
        _ => null,
    };

    /// <summary>Inserts <paramref name="value"/> at <paramref name="index"/> (clamped) of an inline list.</summary>
    private static SyntaxNode Insert(SyntaxNode list, int index, ExpressionSyntax value) => list switch
    {
        CollectionExpressionSyntax collection => collection.WithElements(collection.Elements.Insert(Math.Min(index, collection.Elements.Count), SyntaxFactory.ExpressionElement(value))),
        InitializerExpressionSyntax initializer => InsertInto(initializer, Math.Min(index, initializer.Expressions.Count), value),
        _ => list,
    };

    /// <summary>At the end of <c>{ a }</c> the space before <c>}</c> belongs to the last element: it moves to the new one.</summary>
    private static InitializerExpressionSyntax InsertInto(InitializerExpressionSyntax initializer, int index, ExpressionSyntax value)
    {
        var expressions = initializer.Expressions;
        if (index == expressions.Count)
        {
            if (expressions.Count == 0)
            {
                value = value.WithTrailingTrivia(SyntaxFactory.Space);
            }
            else
            {
                var last = expressions[expressions.Count - 1];
                value = value.WithTrailingTrivia(last.GetTrailingTrivia());
                expressions = expressions.Replace(last, last.WithoutTrailingTrivia());
            }
        }

        return initializer.WithExpressions(expressions.Insert(index, value));
    }

    private static int Count(SyntaxNode list) => list switch
    {
        CollectionExpressionSyntax collection => collection.Elements.Count,
        InitializerExpressionSyntax initializer => initializer.Expressions.Count,
        _ => 0,
    };

    private static ArgumentSyntax TextArgument(string value) =>
        SyntaxFactory.Argument(SyntaxFactory.ParseExpression("TemplateParameter.Text(" + SyntaxFactory.Literal(value.Length == 0 ? "TODO" : value).ToFullString() + ")"));

    private static (string Title, SyntaxNode Node, Func<SyntaxNode> Replacement) AddBody(BaseObjectCreationExpressionSyntax creation, string[] values)
    {
        const string title = "Add TemplateComponent.Body(...) with the missing parameters";
        var body = SyntaxFactory.Argument(SyntaxFactory.ParseExpression(
            "TemplateComponent.Body(" + string.Join(", ", values.Select(v => TextArgument(v).ToFullString())) + ")"));
        var arguments = creation.ArgumentList!.Arguments;
        foreach (var argument in arguments)
        {
            if (InlineList(argument.Expression) is { } list)
            {
                // Components written as one inline list: the body goes after the header element, if any, else first.
                var elements = list.ChildNodes().Select(n => n is ExpressionElementSyntax element ? element.Expression : n).ToList();
                var at = elements.FindIndex(e => e.ToString().Contains("Header(")) + 1;
                return (title, list, () => Insert(list, at, body.Expression));
            }
        }

        // After the header component if there is one, else after name and language.
        var index = Math.Min(2, arguments.Count);
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Expression.ToString().StartsWith("TemplateComponent.Header", StringComparison.Ordinal))
            {
                index = i + 1;
            }
        }

        return (title, creation, () => creation.WithArgumentList(creation.ArgumentList.WithArguments(arguments.Insert(index, body))));
    }

    private static SyntaxNode Add(InvocationExpressionSyntax invocation, string[] values)
    {
        if (invocation.ArgumentList.Arguments.Count == 1 && InlineList(invocation.ArgumentList.Arguments[0].Expression) is { } list)
        {
            var updatedList = list;
            foreach (var value in values)
            {
                updatedList = Insert(updatedList, Count(updatedList), TextArgument(value).Expression);
            }

            return invocation.ReplaceNode(list, updatedList);
        }

        var arguments = invocation.ArgumentList.Arguments.AddRange(values.Select(TextArgument));
        return invocation.WithArgumentList(invocation.ArgumentList.WithArguments(arguments));
    }
}
