using System;
using System.Collections.Generic;

namespace FlowTypes.Generators.Flows.Document;

/// <summary>
/// The types of a parsed expression, by the rules of Meta's nested expressions (Flow JSON reference: equality
/// <c>== !=</c> between values of the same type, math comparisons and math operations on numbers, logical operators on
/// booleans, side-by-side parts joined into a string; If component: <c>!</c> before booleans). Used by the validator,
/// which reports each problem, and by the spec builder, which types a payload value by its result. An operand of
/// unknown type is never a problem, and an operator whose operands are wrong still has its result type, so one mistake
/// is reported once.
/// </summary>
internal static class FlowExpressionTyping
{
    /// <summary>Called for each operator whose operands do not fit: the operator node, the problem and the types of its left (or only) and right operand.</summary>
    public delegate void ProblemHandler(FlowExpressionNode node, FlowExpressionProblem problem, FlowValueType left, FlowValueType right);

    public static FlowValueType TypeOf(FlowExpressionNode node, Func<FlowReference, FlowValueType> referenceType, ProblemHandler? report = null)
    {
        switch (node.Kind)
        {
            case FlowExpressionNodeKind.Literal:
                return node.LiteralType;
            case FlowExpressionNodeKind.Reference:
                return referenceType(node.Reference!);
            case FlowExpressionNodeKind.Concatenation:
                foreach (var part in node.Operands)
                {
                    TypeOf(part, referenceType, report);
                }

                return FlowValueType.String;
            case FlowExpressionNodeKind.Unary:
            {
                var operand = TypeOf(node.Operands[0], referenceType, report);
                var wanted = node.Operator == "!" ? FlowValueType.Boolean : FlowValueType.Number;
                if (operand != FlowValueType.Unknown && operand != wanted)
                {
                    report?.Invoke(node, node.Operator == "!" ? FlowExpressionProblem.NotBeforeNonBoolean : FlowExpressionProblem.SignBeforeNonNumber, operand, FlowValueType.Unknown);
                }

                return wanted;
            }

            default:
                return Binary(node, referenceType, report);
        }
    }

    /// <summary>
    /// The operands of a chain of <c>+</c> as written left to right (<c>a + b + c</c> is <c>[a, b, c]</c>); a parenthesized
    /// <c>+</c> is one operand.
    /// </summary>
    public static List<FlowExpressionNode> PlusChain(FlowExpressionNode node)
    {
        var operands = new List<FlowExpressionNode>();
        var current = node;
        var rights = new Stack<FlowExpressionNode>();
        while (current.Kind == FlowExpressionNodeKind.Binary && current.Operator == "+" && (current == node || !current.Parenthesized))
        {
            rights.Push(current.Operands[1]);
            current = current.Operands[0];
        }

        operands.Add(current);
        while (rights.Count > 0)
        {
            operands.Add(rights.Pop());
        }

        return operands;
    }

    private static FlowValueType Binary(FlowExpressionNode node, Func<FlowReference, FlowValueType> referenceType, ProblemHandler? report)
    {
        if (node.Operator == "+")
        {
            return Plus(node, referenceType, report);
        }

        var left = TypeOf(node.Operands[0], referenceType, report);
        var right = TypeOf(node.Operands[1], referenceType, report);
        switch (node.Operator)
        {
            case "==" or "!=":
                if (left != FlowValueType.Unknown && right != FlowValueType.Unknown && left != right)
                {
                    report?.Invoke(node, FlowExpressionProblem.DifferentTypes, left, right);
                }

                return FlowValueType.Boolean;
            case "&&" or "||":
                if (IsNot(left, FlowValueType.Boolean) || IsNot(right, FlowValueType.Boolean))
                {
                    report?.Invoke(node, FlowExpressionProblem.NeedsBooleans, left, right);
                }

                return FlowValueType.Boolean;
            default:
                if (IsNot(left, FlowValueType.Number) || IsNot(right, FlowValueType.Number))
                {
                    report?.Invoke(node, FlowExpressionProblem.NeedsNumbers, left, right);
                }

                return node.Operator is "<" or "<=" or ">" or ">=" ? FlowValueType.Boolean : FlowValueType.Number;
        }
    }

    /// <summary>
    /// A chain of <c>+</c> is judged once, as a whole: text anywhere in it means the author wanted to join strings
    /// (one problem for the chain, so the fix can rewrite it all); otherwise it must add numbers.
    /// </summary>
    private static FlowValueType Plus(FlowExpressionNode node, Func<FlowReference, FlowValueType> referenceType, ProblemHandler? report)
    {
        var types = new List<FlowValueType>();
        foreach (var operand in PlusChain(node))
        {
            types.Add(TypeOf(operand, referenceType, report));
        }

        if (types.Contains(FlowValueType.String))
        {
            report?.Invoke(node, FlowExpressionProblem.PlusOnText, types[0], types[types.Count - 1]);
            return FlowValueType.Unknown;
        }

        foreach (var type in types)
        {
            if (IsNot(type, FlowValueType.Number))
            {
                report?.Invoke(node, FlowExpressionProblem.NeedsNumbers, types[0], types[types.Count - 1]);
                break;
            }
        }

        return FlowValueType.Number;
    }

    private static bool IsNot(FlowValueType actual, FlowValueType wanted) => actual != FlowValueType.Unknown && actual != wanted;
}
