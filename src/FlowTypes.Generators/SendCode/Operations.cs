using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FlowTypes.Generators.SendCode;

/// <summary>
/// Reads constant values out of operations: the front end of the send checks. A value is constant when C# folds it
/// (literals, <c>const</c>), and a list of values (components, body parameters, buttons, sections, rows) is visible
/// in every shape C# can write it: expanded <c>params</c>, an explicit or implicitly typed array
/// (<c>new T[] { ... }</c>, <c>new[] { ... }</c>), a collection expression (<c>[a, b]</c>, with spreads of lists
/// that are themselves visible), or a local assigned once, in the same method, from one of these. Anything else is
/// known only at run time and is not checked.
/// </summary>
/// <remarks>
/// The analyzers build against Roslyn 4.8, whose operation API has no collection-expression kind (it came in 4.9).
/// A collection expression is therefore recognised by its syntax (<see cref="CollectionExpressionSyntax"/>, which 4.8
/// has) and each element is bound through the semantic model, so the same code works in every compiler from 4.8 on.
/// </remarks>
internal static class Operations
{
    /// <summary>How many locals/spreads are followed from one value (a guard against cycles through bad code).</summary>
    private const int MaxHops = 8;

    public static string? ConstantString(IArgumentOperation argument) => ConstantString(argument.Value);

    public static string? ConstantString(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: string value } ? value : null;

    public static int? ConstantInt(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: int value } ? value : null;

    /// <summary>The argument bound to the parameter <paramref name="name"/>, wherever and however (named, positional) it is written.</summary>
    public static IArgumentOperation? Argument(IObjectCreationOperation creation, string name) => Argument(creation.Arguments, name);

    /// <inheritdoc cref="Argument(IObjectCreationOperation, string)"/>
    public static IArgumentOperation? Argument(IInvocationOperation invocation, string name) => Argument(invocation.Arguments, name);

    private static IArgumentOperation? Argument(ImmutableArray<IArgumentOperation> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>
    /// The elements of a list argument (a <c>params</c> array in expanded or normal form, or any list parameter), or
    /// default when they are not all visible at compile time.
    /// </summary>
    public static ImmutableArray<IOperation> Elements(IArgumentOperation? argument)
    {
        if (argument is null)
        {
            return default;
        }

        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
        {
            return initializer.ElementValues;
        }

        var builder = ImmutableArray.CreateBuilder<IOperation>();
        return AddElements(argument.Value, builder, 0) ? builder.ToImmutable() : default;
    }

    private static bool AddElements(IOperation list, ImmutableArray<IOperation>.Builder into, int hops)
    {
        if (hops > MaxHops)
        {
            return false;
        }

        var value = Unwrap(list, hops);
        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            into.AddRange(initializer.ElementValues);
            return true;
        }

        if (value.Syntax is not CollectionExpressionSyntax collection || value.SemanticModel is not { } model)
        {
            return false;
        }

        foreach (var element in collection.Elements)
        {
            switch (element)
            {
                case ExpressionElementSyntax { Expression: var expression } when model.GetOperation(expression) is { } operation:
                    into.Add(operation);
                    break;
                case SpreadElementSyntax { Expression: var expression } when model.GetOperation(expression) is { } spread && AddElements(spread, into, hops + 1):
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Strips implicit conversions and follows locals assigned once from a visible value.</summary>
    public static IOperation Unwrap(IOperation operation) => Unwrap(operation, 0);

    private static IOperation Unwrap(IOperation operation, int hops)
    {
        while (true)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            if (hops++ >= MaxHops || operation is not ILocalReferenceOperation reference || AssignedOnce(reference) is not { } value)
            {
                return operation;
            }

            operation = value;
        }
    }

    /// <summary>
    /// The value of a local that is declared with an initializer and never written again in its method (no
    /// assignment, increment, <c>ref</c>/<c>out</c> use or <c>ref</c> alias of its name), or null.
    /// </summary>
    private static IOperation? AssignedOnce(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.IsConst || local.IsRef || reference.SemanticModel is not { } model || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: var initializer } declarator
            || declarator.SyntaxTree != reference.Syntax.SyntaxTree)
        {
            return null;
        }

        // The method (or the top-level statements) that declares the local: every write to it is inside.
        SyntaxNode scope = declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not GlobalStatementSyntax) ?? (SyntaxNode)declarator.SyntaxTree.GetRoot();
        var name = local.Name;
        foreach (var node in scope.DescendantNodes())
        {
            var written = node switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left,
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix => prefix.Operand,
                PostfixUnaryExpressionSyntax postfix => postfix.Operand,
                ArgumentSyntax { RefKindKeyword.RawKind: not (int)SyntaxKind.None and not (int)SyntaxKind.InKeyword } argument => argument.Expression,
                RefExpressionSyntax refExpression => refExpression.Expression,
                _ => null,
            };
            if (written is IdentifierNameSyntax { Identifier.ValueText: var target } && target == name)
            {
                return null;
            }
        }

        return model.GetOperation(initializer);
    }

    /// <summary>The value assigned to an init property in the object initializer.</summary>
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
