using System.Text.Json;
using FlowTypes.Runtime;
using Xunit;

namespace FlowTypes.Tests.Runtime;

/// <summary>Two JSON values are equal when they hold the same value, however they are spelled.</summary>
public class JsonValueComparerTests
{
    [Theory]
    [InlineData("""{"a":1,"b":[1,2]}""", """ { "b" : [ 1 , 2 ] ,  "a" : 1 } """)]
    [InlineData("""{"a":{"x":[{"k":true,"n":null}],"y":"z"}}""", """{"a":{"y":"z","x":[{"n":null,"k":true}]}}""")]
    [InlineData("{}", " { } ")]
    [InlineData("[]", "[ ]")]
    [InlineData("1", "1.0")]
    [InlineData("1e2", "100")]
    [InlineData("0.1", "0.10")]
    [InlineData("-0", "0")]
    [InlineData("1e400", "1e400")]
    [InlineData("\"caf\\u00e9\"", "\"café\"")]
    [InlineData("\"a\\/b\"", "\"a/b\"")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("""{"a":1,"a":2,"b":0}""", """{"b":0,"a":1,"a":2}""")]
    public void Values_spelled_differently_are_equal_with_equal_hashes(string left, string right)
    {
        var x = Element(left);
        var y = Element(right);

        Assert.True(JsonValueComparer.Instance.Equals(x, y));
        Assert.True(JsonValueComparer.Instance.Equals(y, x));
        Assert.Equal(JsonValueComparer.Instance.GetHashCode(x), JsonValueComparer.Instance.GetHashCode(y));
    }

    [Theory]
    [InlineData("1", "2")]
    [InlineData("1", "\"1\"")]
    [InlineData("1e400", "1E400")]
    [InlineData("\"a\"", "\"A\"")]
    [InlineData("true", "false")]
    [InlineData("null", "false")]
    [InlineData("{}", "[]")]
    [InlineData("[1,2]", "[2,1]")]
    [InlineData("[1]", "[1,1]")]
    [InlineData("""{"a":1}""", """{"a":1,"b":2}""")]
    [InlineData("""{"a":1,"b":2}""", """{"b":2,"c":1}""")]
    [InlineData("""{"a":1,"b":2}""", """{"a":1,"B":2}""")]
    [InlineData("""{"a":{"x":[{"k":true}]}}""", """{"a":{"x":[{"k":false}]}}""")]
    [InlineData("""{"b":{"x":1},"a":0}""", """{"a":0,"b":{"x":"1"}}""")]
    [InlineData("""{"a":1,"a":2}""", """{"a":2,"a":1}""")]
    public void Different_values_are_not_equal(string left, string right)
    {
        var x = Element(left);
        var y = Element(right);

        Assert.False(JsonValueComparer.Instance.Equals(x, y));
        Assert.False(JsonValueComparer.Instance.Equals(y, x));
    }

    [Fact]
    public void The_default_element_equals_only_another_default_element()
    {
        Assert.True(JsonValueComparer.Instance.Equals(default, default));
        Assert.False(JsonValueComparer.Instance.Equals(default, Element("null")));
    }

    internal static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
