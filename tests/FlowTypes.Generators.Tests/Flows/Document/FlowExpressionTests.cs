using System.Linq;
using FlowTypes.Generators.Flows.Document;
using Xunit;

namespace FlowTypes.Generators.Tests.Flows.Document;

/// <summary>The one <c>${...}</c> grammar the validator and the spec builder share.</summary>
public sealed class FlowExpressionTests
{
    [Theory]
    [InlineData("${form.name}", "form|name")]
    [InlineData("${data.order-id}", "data|order-id")]
    [InlineData("${screen.START.form.email}", "screen|START|form|email")]
    [InlineData("${data.address.city}", "data|address|city")]
    public void A_value_that_is_one_reference_is_read_whole(string value, string segments)
    {
        var reference = FlowExpression.WholeReference(value);

        Assert.NotNull(reference);
        Assert.Equal(segments, string.Join("|", reference!.Segments));
        Assert.Equal(value, reference.Text);
    }

    [Theory]
    [InlineData("Hi ${form.name}")]
    [InlineData("${form.name} ")]
    [InlineData("${form.name")]
    [InlineData("${form}")]
    [InlineData("${other.name}")]
    [InlineData("`'a' ${form.name}`")]
    [InlineData("plain")]
    public void Anything_else_is_not_a_whole_reference(string value) => Assert.Null(FlowExpression.WholeReference(value));

    [Fact]
    public void References_inside_text_and_expressions_are_found_with_their_offsets()
    {
        var references = FlowExpression.FindReferences("`${form.a} == ${data.b.c}` ${screen.S.data.d} ${x.y} ${form");

        Assert.Equal(new[] { "${form.a}@1", "${data.b.c}@14", "${screen.S.data.d}@27" }, references.Select(r => r.Text + "@" + r.Index).ToArray());
    }

    [Theory]
    [InlineData("${data.x}", true)]
    [InlineData("`'a' + 'b'`", true)]
    [InlineData("Plain text", false)]
    public void A_value_is_dynamic_when_it_holds_a_reference_or_is_an_expression(string value, bool dynamic) =>
        Assert.Equal(dynamic, FlowExpression.IsDynamic(value));

    [Theory]
    [InlineData("`${data.a} || ${data.b} && !${data.c}`", "(|| ${data.a} (&& ${data.b} (! ${data.c})))")]
    [InlineData("`1 + 2 * 3 - 4 % 2`", "(- (+ 1 (* 2 3)) (% 4 2))")]
    [InlineData("`${form.age} >= 18 == true`", "(== (>= ${form.age} 18) true)")]
    [InlineData("`'Hi ' ${form.name} '!'`", "(concat 'Hi ' ${form.name} '!')")]
    [InlineData("`'Born in ' (2024 - ${form.age})`", "(concat 'Born in ' (- 2024 ${form.age}))")]
    [InlineData("`-${data.n} + .5e1`", "(+ (- ${data.n}) .5e1)")]
    [InlineData("`\"double\" 'it\\'s'`", "(concat \"double\" 'it\\'s')")]
    public void Expressions_parse_with_Metas_precedence_and_side_by_side_concatenation(string value, string tree)
    {
        var result = FlowExpression.Parse(value, 1, value.Length - 1);

        Assert.Null(result.Error);
        Assert.Equal(tree, Print(result.Root!));
    }

    [Fact]
    public void Node_positions_are_indexes_into_the_value_and_parentheses_belong_to_the_node()
    {
        const string value = "`'a' + (${data.b} + 1)`";
        var root = FlowExpression.Parse(value, 1, value.Length - 1).Root!;

        Assert.Equal((1, 22, 5), (root.Start, root.End, root.OperatorIndex));
        var group = root.Operands[1];
        Assert.True(group.Parenthesized);
        Assert.Equal("(${data.b} + 1)", group.Text);
        Assert.Equal(new[] { "'a'", "(${data.b} + 1)" }, FlowExpressionTyping.PlusChain(root).Select(n => n.Text).ToArray());
    }

    [Theory]
    [InlineData("``", 1, "the expression is empty")]
    [InlineData("`(${data.a}`", 1, "this '(' is never closed")]
    [InlineData("`${data.a})`", 10, "this ')' has no matching '('")]
    [InlineData("`()`", 1, "the parentheses are empty")]
    [InlineData("`${data.a} === 1`", 11, "'===' is not an operator")]
    [InlineData("`${data.a} ? 'x' : 'y'`", 11, "conditional operators")]
    [InlineData("`${data.a`", 1, "the reference ${data.a is not closed")]
    [InlineData("`${other.a}`", 1, "'${' must start a reference")]
    [InlineData("`12px`", 3, "'p' cannot follow a number")]
    [InlineData("`(1 2)`", 4, "expected ')' here")]
    [InlineData("`'a' #`", 5, "'#' is not part of the expression syntax")]
    public void Syntax_errors_have_the_index_of_the_offending_character(string value, int index, string message)
    {
        var result = FlowExpression.Parse(value, 1, value.Length - 1);

        Assert.Null(result.Root);
        Assert.Equal(index, result.ErrorIndex);
        Assert.StartsWith(message, result.Error);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var value = "`" + new string('(', 10_000) + "1" + new string(')', 10_000) + "`";

        var result = FlowExpression.Parse(value, 1, value.Length - 1);

        Assert.StartsWith("the expression is nested too deeply", result.Error);
    }

    [Theory]
    [InlineData("`${data.n} > 1 && ${data.ok}`", "Boolean")]
    [InlineData("`${data.n} / 2 + 1`", "Number")]
    [InlineData("`'n=' ${data.n}`", "String")]
    [InlineData("`${data.missing} == 'x'`", "Boolean")]
    [InlineData("`${data.missing}`", "Unknown")]
    public void Expression_result_types_follow_the_operators(string value, string type)
    {
        var root = FlowExpression.Parse(value, 1, value.Length - 1).Root!;
        var declared = new System.Collections.Generic.Dictionary<string, FlowValueType> { ["n"] = FlowValueType.Number, ["ok"] = FlowValueType.Boolean };

        var result = FlowExpressionTyping.TypeOf(root, r => declared.TryGetValue(r.Segments[1], out var t) ? t : FlowValueType.Unknown);

        Assert.Equal(type, result.ToString());
    }

    private static string Print(FlowExpressionNode node) => node.Kind switch
    {
        FlowExpressionNodeKind.Literal or FlowExpressionNodeKind.Reference => node.Kind == FlowExpressionNodeKind.Reference ? node.Reference!.Text : node.Text,
        FlowExpressionNodeKind.Concatenation => "(concat " + string.Join(" ", node.Operands.Select(Print)) + ")",
        _ => "(" + node.Operator + " " + string.Join(" ", node.Operands.Select(Print)) + ")",
    };
}
