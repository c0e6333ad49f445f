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
}
