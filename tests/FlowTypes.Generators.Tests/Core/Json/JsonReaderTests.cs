using FlowTypes.Generators.Core.Json;
using Xunit;

namespace FlowTypes.Generators.Tests.Core.Json;

public class JsonReaderTests
{
    [Fact]
    public void Records_exact_spans_for_names_and_values()
    {
        const string text = "{ \"version\": \"7.2\", \"n\": [1, -2.5e3, true, null] }";
        var result = JsonReader.Parse(text);

        Assert.Null(result.Error);
        var root = Assert.IsType<JsonObject>(result.Root);
        Assert.Equal(0, root.Span.Start);
        Assert.Equal(text.Length, root.Span.End);
        var version = root.Find("version")!;
        Assert.Equal("\"version\"", text.Substring(version.NameSpan.Start, version.NameSpan.Length));
        Assert.Equal("\"7.2\"", text.Substring(version.Value.Span.Start, version.Value.Span.Length));
        var items = Assert.IsType<JsonArray>(root.Get("n")).Items;
        Assert.Equal(4, items.Length);
        Assert.Equal(-2500d, Assert.IsType<JsonNumber>(items[1]).Value);
        Assert.Equal("-2.5e3", ((JsonNumber)items[1]).Text);
        Assert.Equal(JsonKind.True, items[2].Kind);
        Assert.Equal(JsonKind.Null, items[3].Kind);
    }

    [Fact]
    public void Unescapes_strings_and_keeps_lone_surrogates()
    {
        var result = JsonReader.Parse("{\"a\":\"x\\n\\u00e9\\ud800\\\"\"}");

        Assert.Null(result.Error);
        Assert.Equal("x\n\u00e9\ud800\"", ((JsonObject)result.Root!).GetString("a"));
    }

    [Fact]
    public void Keeps_duplicate_keys_in_document_order()
    {
        var root = (JsonObject)JsonReader.Parse("{\"a\":1,\"a\":2}").Root!;

        Assert.Equal(2, root.Properties.Length);
        Assert.Equal("1", ((JsonNumber)root.Get("a")!).Text);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 8, 1, "Trailing comma before '}'; remove the comma")]
    [InlineData("{\"a\": 1 \"b\": 2}", 8, 1, "Expected ',' or '}' after the value of \"a\" but found '\"' (is a comma missing?)")]
    [InlineData("[1, 2,]", 6, 1, "Trailing comma before ']'; remove the comma")]
    [InlineData("{\"a\": \"abc", 6, 4, "Unterminated string; add the closing '\"'")]
    [InlineData("{\"a\": \"\\x\"}", 7, 2, "Invalid escape sequence '\\x'; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX")]
    [InlineData("{\"a\": \"\\u12G4\"}", 7, 6, "Invalid \\u escape; it must be followed by exactly four hexadecimal digits")]
    [InlineData("{\"a\": tru}", 6, 3, "Unexpected token 'tru'; expected a JSON value (strings need double quotes)")]
    [InlineData("{\"a\": 01}", 6, 2, "Invalid number; JSON numbers cannot have leading zeros")]
    [InlineData("{\"a\": 1.}", 6, 2, "Invalid number; a digit must follow the decimal point")]
    [InlineData("{a: 1}", 1, 1, "Expected a property name in double quotes but found 'a'")]
    [InlineData("// note\n{}", 0, 2, "Comments are not allowed in JSON; remove the comment")]
    [InlineData("{} {}", 3, 1, "Unexpected text '{' after the end of the JSON document; remove it")]
    [InlineData("", 0, 0, "The file is empty; a flow file must contain one JSON object")]
    [InlineData("{\"a\": [1, 2", 11, 0, "Unexpected end of file inside an array; add the closing ']'")]
    [InlineData("{\"a\": \"x\ny\"}", 8, 1, "The string contains a line break; escape it (for example \\n) or close the string with '\"'")]
    public void Reports_the_first_error_with_its_span(string text, int start, int length, string message)
    {
        var result = JsonReader.Parse(text);

        Assert.Null(result.Root);
        var error = Assert.NotNull(result.Error);
        Assert.Equal(message, error.Message);
        Assert.Equal(start, error.Span.Start);
        Assert.Equal(length, error.Span.Length);
    }

    [Fact]
    public void Rejects_nesting_deeper_than_the_limit_without_overflowing_the_stack()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        var result = JsonReader.Parse(deep);

        Assert.Null(result.Root);
        Assert.Equal($"JSON nesting is deeper than {JsonReader.MaxDepth} levels; flatten the document", result.Error!.Value.Message);
        Assert.Equal(JsonReader.MaxDepth + 1, result.Error.Value.Span.Start);
    }

    [Fact]
    public void Accepts_nesting_at_the_limit()
    {
        var depth = JsonReader.MaxDepth + 1; // the root is level 0
        var text = new string('[', depth) + new string(']', depth);

        Assert.Null(JsonReader.Parse(text).Error);
    }

    [Fact]
    public void Skips_a_leading_byte_order_mark()
    {
        var result = JsonReader.Parse("\uFEFF{\"a\":1}");

        Assert.Null(result.Error);
        Assert.Equal(1, result.Root!.Span.Start);
    }
}
