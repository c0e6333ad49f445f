using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.TestFlow;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>
/// Nested expressions (Flow JSON 6.0+) and If conditions: syntax at its column (FT1063), operand and result types
/// (FT1064), '+' on text (FT1065) and the 6.0 gate (FT1040). Meta's own examples from the Flow JSON reference parse clean.
/// </summary>
public class ExpressionRuleTests
{
    private const string Data = "\"data\": { \"age\": { \"type\": \"number\", \"__example__\": 30 }, \"name\": { \"type\": \"string\", \"__example__\": \"Ann\" }, \"ok\": { \"type\": \"boolean\", \"__example__\": true } }, ";

    private static string Body(string text) => "{ \"type\": \"TextBody\", \"text\": \"" + text + "\" }";

    private static string Visible(string visible) => "{ \"type\": \"TextBody\", \"text\": \"Hi\", \"visible\": \"" + visible + "\" }";

    private static string Flow6(string children) => Flow(End(extra: Data, children: children));

    [Fact]
    public Task Meta_documented_expressions_are_fine()
    {
        const string inputs =
            "{ \"type\": \"TextInput\", \"name\": \"first_name\", \"label\": \"First\" }, { \"type\": \"TextInput\", \"name\": \"last_name\", \"label\": \"Last\" }, "
            + "{ \"type\": \"TextInput\", \"name\": \"age\", \"label\": \"Age\", \"input-type\": \"number\" }, { \"type\": \"TextInput\", \"name\": \"group_size\", \"label\": \"Group\", \"input-type\": \"number\" }, "
            + "{ \"type\": \"OptIn\", \"name\": \"accept\", \"label\": \"T&C\" }, { \"type\": \"OptIn\", \"name\": \"subscribe\", \"label\": \"News\" }";
        return VerifyAsync(Flow(End(
            extra: "\"data\": { \"total\": { \"type\": \"number\", \"__example__\": 10 } }, ",
            children: inputs + ", "
                + Visible("`${form.first_name} == ${form.last_name}`") + ", "
                + Visible("`${form.accept} != true`") + ", "
                + Visible("`${form.age} >= 18`") + ", "
                + Visible("`(${form.age} > 18) && ${form.accept}`") + ", "
                + Visible("`(${form.first_name} != '') || (${form.last_name} != '')`") + ", "
                + Visible("`!(${form.accept} || ${form.subscribe})`") + ", "
                + Body("`'Hello ' ${form.first_name}`") + ", "
                + Body("`${form.first_name} ' you are ' ${form.age} ' years old.'`") + ", "
                + Body("`'You were born on either ' (2024 - ${form.age}) ' or ' (2023 - ${form.age})`") + ", "
                + Body("`'The amount per person is: ' ${data.total} / ${form.group_size}`") + ", "
                + Body("`'This is an example for Ana\\\\`s house.'`"))));
    }

    [Fact]
    public Task FT1063_unclosed_parenthesis_is_reported_at_its_column() =>
        VerifyAsync(
            Flow6(Visible("`{|#0:(|}${data.age} > 18`")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidExpression).WithLocation(0).WithArguments("`(${data.age} > 18`", 2, "this '(' is never closed; add ')'"));

    [Fact]
    public Task FT1063_single_equals_suggests_double_equals() =>
        VerifyAsync(
            Flow6(Visible("`${data.age} {|#0:=|} 18`")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidExpression).WithLocation(0).WithArguments("`${data.age} = 18`", 14, "'=' is not an operator; compare with '=='"));

    [Fact]
    public Task FT1063_bare_word_is_not_a_value() =>
        VerifyAsync(
            Flow6(Body("`'Hi ' {|#0:name|}`")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidExpression).WithLocation(0)
                .WithArguments("`'Hi ' name`", 8, "'name' is not a value; write a reference such as ${data.name} or ${form.name}, or quote text as 'name'"));

    [Fact]
    public Task FT1063_null_is_reserved() =>
        VerifyAsync(
            Flow6(Visible("`${data.name} != {|#0:null|}`")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidExpression).WithLocation(0)
                .WithArguments("`${data.name} != null`", 18, "'null' is reserved in Flow JSON expressions; compare with '' (empty text), 0 or false instead"));

    [Fact]
    public Task FT1063_unterminated_string_points_at_its_quote() =>
        VerifyAsync(
            Flow6(Body("`{|#0:'|}Hello ${data.name}`")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidExpression).WithLocation(0)
                .WithArguments("`'Hello ${data.name}`", 2, "the string that starts here is never closed; add the closing '"));

    [Fact]
    public Task FT1063_missing_operand_at_the_end() =>
        VerifyAsync(
            Flow6(Body("`${data.age} -{|#0:`|}")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidExpression).WithLocation(0)
                .WithArguments("`${data.age} -`", 15, "a value is missing after '-' at the end of the expression"));

    [Fact]
    public Task FT1063_expression_in_a_name_is_not_allowed() =>
        VerifyAsync(
            Flow6("{ \"type\": \"TextInput\", \"name\": \"{|#0:`|}'a'`\", \"label\": \"A\" }"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidExpression).WithLocation(0)
                .WithArguments("`'a'`", 1, "nested expressions are not allowed in 'name' (nor in 'type'); give the component a fixed name"));

    [Fact]
    public Task FT1063_syntax_error_in_an_if_condition_is_located_in_the_condition() =>
        VerifyAsync(
            Flow6("{ \"type\": \"If\", \"condition\": \"${data.ok} {|#0:&|} ${data.ok}\", \"then\": [ " + Body("A") + " ] }"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidExpression).WithLocation(0)
                .WithArguments("${data.ok} & ${data.ok}", 12, "'&' is not an operator; use '&&' for 'and'"));

    [Fact]
    public Task FT1064_quoted_number_in_a_math_comparison() =>
        VerifyAsync(
            Flow6(Visible("`${data.age} {|#0:>|} '18'`")),
            new DiagnosticResult(DiagnosticDescriptors.ExpressionTypeMismatch).WithLocation(0)
                .WithArguments("`${data.age} > '18'`", "'>' compares numbers, but '18' is a string; write the number without quotes: 18"));

    [Fact]
    public Task FT1064_equality_between_different_types() =>
        VerifyAsync(
            Flow6(Visible("`${data.name} {|#0:==|} 3`")),
            new DiagnosticResult(DiagnosticDescriptors.ExpressionTypeMismatch).WithLocation(0)
                .WithArguments("`${data.name} == 3`", "'==' compares values of the same type, but ${data.name} is a string and 3 is a number; make both sides the same type"));

    [Fact]
    public Task FT1064_logical_operator_on_text() =>
        VerifyAsync(
            Flow6(Visible("`${data.name} {|#0:&&|} ${data.ok}`")),
            new DiagnosticResult(DiagnosticDescriptors.ExpressionTypeMismatch).WithLocation(0)
                .WithArguments("`${data.name} && ${data.ok}`", "'&&' joins conditions that are true or false, but ${data.name} is a string; compare it first, for example (${data.name} != '')"));

    [Fact]
    public Task FT1064_not_before_a_number() =>
        VerifyAsync(
            Flow6(Visible("`{|#0:!|}${data.age}`")),
            new DiagnosticResult(DiagnosticDescriptors.ExpressionTypeMismatch).WithLocation(0)
                .WithArguments("`!${data.age}`", "'!' negates a value that is true or false, but ${data.age} is a number; compare it instead, for example (${data.age} == 0)"));

    [Fact]
    public Task FT1064_text_where_visible_needs_a_boolean() =>
        VerifyAsync(
            Flow6(Visible("`${data.name} ' is here'`")).Mark("\"`${data.name} ' is here'`\""),
            new DiagnosticResult(DiagnosticDescriptors.ExpressionTypeMismatch).WithLocation(0)
                .WithArguments("`${data.name} ' is here'`", "the result is a string, but 'visible' of TextBody on screen 'END' must be a boolean; change the expression so it returns a boolean"));

    [Fact]
    public Task FT1064_if_condition_that_is_text() =>
        VerifyAsync(
            Flow6("{ \"type\": \"If\", \"condition\": {|#0:\"${data.name}\"|}, \"then\": [ " + Body("A") + " ] }"),
            new DiagnosticResult(DiagnosticDescriptors.ExpressionTypeMismatch).WithLocation(0)
                .WithArguments("${data.name}", "the result is a string, but an If condition must be true or false; compare the value, for example ${data.name} != ''"));

    [Fact]
    public Task FT1065_plus_on_text_suggests_writing_the_parts_side_by_side() =>
        VerifyAsync(
            Flow6(Body("`{|#0:'Hello ' + ${data.name} + '!'|}`")),
            new DiagnosticResult(DiagnosticDescriptors.PlusConcatenation).WithLocation(0)
                .WithArguments("'Hello ' + ${data.name} + '!'", "'Hello ' ${data.name} '!'"));

    [Fact]
    public Task FT1065_numeric_addition_inside_text_is_fine() =>
        VerifyAsync(Flow6(Body("`'Next year: ' (${data.age} + 1)`")));

    [Fact]
    public Task RichText_markdown_code_spans_are_not_expressions() =>
        VerifyAsync(Flow(End(children: "{ \"type\": \"RichText\", \"text\": [ \"`npm install`\", \"```\" ] }")));

    [Fact]
    public Task FT1040_expressions_need_6_0() =>
        VerifyAsync(
            Flow(End(extra: Data, children: Body("{|#0:`|}'Hi ' ${data.name}`") + ", " + Body("`'Bye ' ${data.name}`")), version: "5.1"),
            new DiagnosticResult(DiagnosticDescriptors.RequiresNewerVersion).WithLocation(0).WithArguments("A nested expression (a value in backticks)", "6.0", "5.1"));

    [Fact]
    public Task FT1019_undeclared_field_in_an_expression_is_reported_on_the_reference() =>
        VerifyAsync(
            Flow6(Visible("`{|#0:${data.missing}|} > 1`")),
            new DiagnosticResult(DiagnosticDescriptors.UndeclaredDataReference).WithLocation(0).WithArguments("${data.missing}", "END", "missing"));

    [Fact]
    public Task FT1020_unknown_input_in_an_action_payload_expression() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"OptIn\", \"name\": \"ok\", \"label\": \"OK\", \"on-click-action\": { \"name\": \"data_exchange\", \"payload\": { \"v\": \"`{|#0:${form.nope}|} == 1`\" } } }"),
                top: " \"data_api_version\": \"3.0\", \"routing_model\": { \"END\": [] },"),
            new DiagnosticResult(DiagnosticDescriptors.UnknownFormReference).WithLocation(0).WithArguments("${form.nope}", "END", "nope"));
}
