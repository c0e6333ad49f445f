using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows.Document;

namespace FlowTypes.Generators.Flows.Validation;

/// <summary>
/// Nested expressions (Flow JSON 6.0+, values wrapped in backticks) and If conditions [§5 Nested expressions, §8
/// Condition errors]: their syntax (FT1063, at the column), the types of their operands (FT1064), <c>+</c> used to join
/// text (FT1065) and, where the property's type is known, the type they return (FT1064). References inside them are
/// checked with every other reference (FT1019–FT1022).
/// </summary>
internal sealed partial class FlowValidator
{
    /// <summary>Component properties Meta never evaluates as expressions (its Flow Builder skips them too) [§5 Nested expressions].</summary>
    private static readonly string[] NotExpressionProperties = { "type", "init-value", "init-values", "error-message", "error-messages" };

    private void ValidateExpressions(FlowScreen screen)
    {
        var versionGate = new VersionGate();
        if (screen.Node.Get("title") is JsonString title)
        {
            CheckExpression(screen, title, new[] { FlowValueType.String }, "the title of screen '" + ScreenName(screen) + "'", versionGate);
        }

        foreach (var component in screen.Components)
        {
            foreach (var property in component.Node.Properties)
            {
                // RichText text is Markdown, where backticks are code spans; Meta's Flow Builder does not evaluate it either.
                if (Array.IndexOf(NotExpressionProperties, property.Name) >= 0 || (component.Type == "RichText" && property.Name == "text"))
                {
                    continue;
                }

                var what = "'" + property.Name + "' of " + Describe(component, screen);
                if (component.Type == "If" && property.Name == "condition")
                {
                    if (property.Value is JsonString condition)
                    {
                        CheckCondition(screen, condition, versionGate);
                    }

                    continue;
                }

                if (property.Name == "name" && property.Value is JsonString { Value: var name } nameNode && FlowExpression.IsNestedExpression(name))
                {
                    Report(DiagnosticDescriptors.InvalidExpression, ValueSpan(nameNode, 0, 1), Shorten(name), 1, "nested expressions are not allowed in 'name' (nor in 'type'); give the component a fixed name");
                    continue;
                }

                var expected = ExpectedTypes(component.Type, property.Name);
                switch (property.Value)
                {
                    case JsonString value:
                        CheckExpression(screen, value, expected, what, versionGate);
                        break;
                    case JsonArray items:
                        // TextBody/TextCaption/RichText text may be an array of strings; each item is a string of its own.
                        foreach (var item in items.Items.OfType<JsonString>())
                        {
                            CheckExpression(screen, item, expected?.Contains(FlowValueType.String) == true ? new[] { FlowValueType.String } : null, what, versionGate);
                        }

                        break;
                }
            }
        }

        foreach (var site in CollectActions(screen))
        {
            if (site.Node.Get("payload") is JsonObject payload)
            {
                foreach (var value in AllStrings(payload, 0))
                {
                    CheckExpression(screen, value, null, "a payload value", versionGate);
                }
            }
        }
    }

    /// <summary>The types a property accepts, from the same table as bound data (FT1050); null when any type is fine.</summary>
    private static FlowValueType[]? ExpectedTypes(string? componentType, string property) =>
        componentType is null || FlowRules.ExpectedDataTypes(componentType, property) is not { } names
            ? null
            : names.Select(FlowValueTypes.OfDataType).Where(t => t != FlowValueType.Unknown).Distinct().ToArray();

    private void CheckExpression(FlowScreen screen, JsonString value, FlowValueType[]? expected, string what, VersionGate versionGate)
    {
        var text = value.Value;
        if (!FlowExpression.IsNestedExpression(text))
        {
            return;
        }

        if (Below(6, 0))
        {
            // Before 6.0 WhatsApp shows the text as written, backticks and all [§1 Release contents 6.0].
            if (!versionGate.Reported)
            {
                versionGate.Reported = true;
                Report(DiagnosticDescriptors.RequiresNewerVersion, ValueSpan(value, 0, 1), "A nested expression (a value in backticks)", "6.0", VersionText);
            }

            return;
        }

        if (ParseAndType(screen, value, 1, text.Length - 1) is not { } result)
        {
            return;
        }

        if (expected is { Length: > 0 } && result != FlowValueType.Unknown && Array.IndexOf(expected, result) < 0)
        {
            Report(DiagnosticDescriptors.ExpressionTypeMismatch, value.Span, Shorten(text),
                "the result is " + Article(result) + ", but " + what + " must be " + string.Join(" or ", expected.Select(Article)) + "; change the expression so it returns " + Article(expected[0]));
        }
    }

    /// <summary>
    /// An If condition is an expression without backticks (a backtick one from 6.0) that must be true or false
    /// [§8 If, Condition errors]. Conditions without any dynamic operand are FT1037 and not parsed again.
    /// </summary>
    private void CheckCondition(FlowScreen screen, JsonString condition, VersionGate versionGate)
    {
        var text = condition.Value;
        if (text.Trim().Length == 0 || !IsDynamic(text))
        {
            return;
        }

        var nested = FlowExpression.IsNestedExpression(text);
        if (nested && Below(6, 0))
        {
            CheckExpression(screen, condition, null, "the condition", versionGate);
            return;
        }

        var result = ParseAndType(screen, condition, nested ? 1 : 0, nested ? text.Length - 1 : text.Length);
        if (result is { } type && type != FlowValueType.Unknown && type != FlowValueType.Boolean)
        {
            Report(DiagnosticDescriptors.ExpressionTypeMismatch, condition.Span, Shorten(text),
                "the result is " + Article(type) + ", but an If condition must be true or false; compare the value, for example " + ExampleComparison(text));
        }
    }

    private static string ExampleComparison(string condition) =>
        (FlowExpression.FindReferences(condition).FirstOrDefault()?.Text ?? "${data.field}") + " != ''";

    /// <summary>Parses the expression in <paramref name="value"/>[start..end) and checks its operand types; null after a syntax error.</summary>
    private FlowValueType? ParseAndType(FlowScreen screen, JsonString value, int start, int end)
    {
        var text = value.Value;
        var parsed = FlowExpression.Parse(text, start, end);
        if (parsed.Root is not { } root)
        {
            Report(DiagnosticDescriptors.InvalidExpression, ValueSpan(value, parsed.ErrorIndex, parsed.ErrorLength), Shorten(text), parsed.ErrorIndex + 1, parsed.Error!);
            return null;
        }

        FlowValueType TypeOfReference(FlowReference reference) => FlowValueTypes.Of(_doc, screen, reference);

        return FlowExpressionTyping.TypeOf(root, TypeOfReference, (node, problem, left, right) =>
        {
            if (problem == FlowExpressionProblem.PlusOnText)
            {
                var parts = FlowExpressionTyping.PlusChain(node).Select(p => p.Text);
                Report(DiagnosticDescriptors.PlusConcatenation, ValueSpan(value, node.Start, node.End - node.Start), Shorten(node.Text), Shorten(string.Join(" ", parts)));
                return;
            }

            Report(DiagnosticDescriptors.ExpressionTypeMismatch, ValueSpan(value, node.OperatorIndex, node.Operator.Length), Shorten(text), Explain(node, problem, left, right, TypeOfReference));
        });
    }

    private static string Explain(FlowExpressionNode node, FlowExpressionProblem problem, FlowValueType left, FlowValueType right, Func<FlowReference, FlowValueType> referenceType)
    {
        var op = "'" + node.Operator + "'";
        switch (problem)
        {
            case FlowExpressionProblem.NeedsNumbers:
            {
                var operands = node.Operator == "+" ? FlowExpressionTyping.PlusChain(node) : (IReadOnlyList<FlowExpressionNode>)node.Operands;
                var wrong = operands.Select(o => (Node: o, Type: FlowExpressionTyping.TypeOf(o, referenceType))).First(o => o.Type is not (FlowValueType.Unknown or FlowValueType.Number));
                var verb = node.Operator switch
                {
                    "+" => "adds",
                    "-" => "subtracts",
                    "*" => "multiplies",
                    "/" => "divides",
                    "%" => "takes the remainder of",
                    _ => "compares",
                };
                return op + " " + verb + " numbers, but " + Shorten(wrong.Node.Text) + " is " + Article(wrong.Type) + "; " + NumberFix(wrong.Node);
            }

            case FlowExpressionProblem.NeedsBooleans:
            {
                var wrong = left is FlowValueType.Unknown or FlowValueType.Boolean ? node.Operands[1] : node.Operands[0];
                var type = left is FlowValueType.Unknown or FlowValueType.Boolean ? right : left;
                return op + " joins conditions that are true or false, but " + Shorten(wrong.Text) + " is " + Article(type) + "; compare it first, for example (" + Shorten(wrong.Text) + " != " + EmptyValue(type) + ")";
            }

            case FlowExpressionProblem.DifferentTypes:
                return op + " compares values of the same type, but " + Shorten(node.Operands[0].Text) + " is " + Article(left) + " and " + Shorten(node.Operands[1].Text) + " is " + Article(right) + "; make both sides the same type";
            case FlowExpressionProblem.NotBeforeNonBoolean:
                return "'!' negates a value that is true or false, but " + Shorten(node.Operands[0].Text) + " is " + Article(left) + "; compare it instead, for example (" + Shorten(node.Operands[0].Text) + " == " + EmptyValue(left) + ")";
            default:
                return op + " before " + Shorten(node.Operands[0].Text) + " needs a number, but it is " + Article(left);
        }
    }

    /// <summary>A quoted number is text; the fix is to drop the quotes.</summary>
    private static string NumberFix(FlowExpressionNode operand) =>
        operand.Kind == FlowExpressionNodeKind.Literal && operand.LiteralType == FlowValueType.String && operand.Text.Length > 2
        && double.TryParse(operand.Text.Substring(1, operand.Text.Length - 2), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "write the number without quotes: " + operand.Text.Substring(1, operand.Text.Length - 2)
            : "use a number there (a number literal, a number data field or a TextInput with \"input-type\": \"number\")";

    private static string EmptyValue(FlowValueType type) => type switch
    {
        FlowValueType.Number => "0",
        FlowValueType.String => "''",
        _ => "''",
    };

    private static string Article(FlowValueType type) => type switch
    {
        FlowValueType.String => "a string",
        FlowValueType.Number => "a number",
        FlowValueType.Boolean => "a boolean",
        FlowValueType.Object => "an object",
        FlowValueType.Array => "an array",
        _ => "a value of unknown type",
    };

    /// <summary>The 6.0 gate of nested expressions is reported once per screen, like the 4.0 gate of global references.</summary>
    private sealed class VersionGate
    {
        public bool Reported { get; set; }
    }
}
