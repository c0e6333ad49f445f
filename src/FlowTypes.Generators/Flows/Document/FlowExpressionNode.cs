using System;
using System.Collections.Generic;

namespace FlowTypes.Generators.Flows.Document;

/// <summary>
/// A node of a parsed Flow JSON expression (<see cref="FlowExpression.Parse"/>). Positions are indexes into the string
/// value the expression was read from, so a finding can point at the operator or operand it is about.
/// </summary>
internal sealed class FlowExpressionNode
{
    private FlowExpressionNode(FlowExpressionNodeKind kind, int start, int end, string text, string op, FlowValueType literalType, FlowReference? reference, IReadOnlyList<FlowExpressionNode> operands, int operatorIndex, bool parenthesized = false)
    {
        Parenthesized = parenthesized;
        Kind = kind;
        Start = start;
        End = end;
        Text = text;
        Operator = op;
        LiteralType = literalType;
        Reference = reference;
        Operands = operands;
        OperatorIndex = operatorIndex;
    }

    public FlowExpressionNodeKind Kind { get; }

    /// <summary>Where the node starts in the string value.</summary>
    public int Start { get; }

    /// <summary>Where the node ends in the string value (exclusive).</summary>
    public int End { get; }

    /// <summary>The node as written.</summary>
    public string Text { get; }

    /// <summary>The operator of a unary or binary node; empty otherwise.</summary>
    public string Operator { get; }

    /// <summary>Where <see cref="Operator"/> starts in the string value (-1 when there is none).</summary>
    public int OperatorIndex { get; }

    /// <summary>The type of a literal (string, number or boolean); <see cref="FlowValueType.Unknown"/> for other nodes.</summary>
    public FlowValueType LiteralType { get; }

    /// <summary>The reference of a <see cref="FlowExpressionNodeKind.Reference"/> node.</summary>
    public FlowReference? Reference { get; }

    /// <summary>True when the author wrote parentheses around the node (they are part of <see cref="Text"/>).</summary>
    public bool Parenthesized { get; }

    /// <summary>One operand (unary), two (binary) or the parts joined side by side (concatenation).</summary>
    public IReadOnlyList<FlowExpressionNode> Operands { get; }

    public static FlowExpressionNode Literal(string value, int start, int end, FlowValueType type) =>
        new(FlowExpressionNodeKind.Literal, start, end, value.Substring(start, end - start), string.Empty, type, null, Array.Empty<FlowExpressionNode>(), -1);

    public static FlowExpressionNode ForReference(string value, FlowReference reference) =>
        new(FlowExpressionNodeKind.Reference, reference.Index, reference.Index + reference.Text.Length, reference.Text, string.Empty, FlowValueType.Unknown, reference, Array.Empty<FlowExpressionNode>(), -1);

    public static FlowExpressionNode Unary(string value, string op, int operatorIndex, FlowExpressionNode operand) =>
        new(FlowExpressionNodeKind.Unary, operatorIndex, operand.End, value.Substring(operatorIndex, operand.End - operatorIndex), op, FlowValueType.Unknown, null, new[] { operand }, operatorIndex);

    public static FlowExpressionNode Binary(string value, string op, int operatorIndex, FlowExpressionNode left, FlowExpressionNode right) =>
        new(FlowExpressionNodeKind.Binary, left.Start, right.End, value.Substring(left.Start, right.End - left.Start), op, FlowValueType.Unknown, null, new[] { left, right }, operatorIndex);

    public static FlowExpressionNode Concatenation(string value, IReadOnlyList<FlowExpressionNode> parts) =>
        new(FlowExpressionNodeKind.Concatenation, parts[0].Start, parts[parts.Count - 1].End, value.Substring(parts[0].Start, parts[parts.Count - 1].End - parts[0].Start), string.Empty, FlowValueType.Unknown, null, parts, -1);

    /// <summary>The same node, spanning the parentheses written around it (so a finding covers what the author wrote).</summary>
    public FlowExpressionNode WithParentheses(string value, int start, int end) =>
        new(Kind, start, end, value.Substring(start, end - start), Operator, LiteralType, Reference, Operands, OperatorIndex, parenthesized: true);
}
