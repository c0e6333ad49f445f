using System.Collections.Generic;
using System.Text.Json;
using FlowTypes.Runtime;
using Xunit;

namespace FlowTypes.Tests.Runtime;

/// <summary>Extension data compares by its keys and their JSON values, in any order.</summary>
public class ExtensionDataDictionaryTests
{
    [Fact]
    public void The_shared_empty_extension_data_is_a_value_equal_dictionary()
    {
        var empty = Assert.IsType<ExtensionDataDictionary>(FlowExtensionData.EmptyExtensionData);

        Assert.Empty(empty);
        Assert.True(empty.Equals(new ExtensionDataDictionary()));
        Assert.Equal(new ExtensionDataDictionary().GetHashCode(), empty.GetHashCode());
        Assert.False(empty.Equals(Of(("a", "1"))));
    }

    [Fact]
    public void Keys_added_in_another_order_with_equal_json_values_are_equal_with_equal_hashes()
    {
        var first = Of(("campaign", """{"source":"ad","tags":["x",1.5,true,null]}"""), ("note", "\"hi\""));
        var second = Of(("note", "\"h\\u0069\""), ("campaign", """ { "tags" : [ "x", 1.50, true, null ], "source" : "ad" } """));

        Assert.True(first.Equals(second));
        Assert.True(second.Equals((object)first));
        Assert.True(EqualityComparer<IReadOnlyDictionary<string, JsonElement>>.Default.Equals(first, second));
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [InlineData("note", "\"bye\"")]
    [InlineData("Note", "\"hi\"")]
    [InlineData("note", "[\"hi\"]")]
    public void A_different_key_or_value_makes_them_unequal(string key, string value)
    {
        var first = Of(("campaign", "1"), ("note", "\"hi\""));
        var second = Of(("campaign", "1"), (key, value));

        Assert.False(first.Equals(second));
        Assert.False(second.Equals(first));
    }

    [Fact]
    public void An_extra_key_makes_them_unequal()
    {
        Assert.False(Of(("a", "1")).Equals(Of(("a", "1"), ("b", "null"))));
        Assert.False(Of(("a", "1"), ("b", "null")).Equals(Of(("a", "1"))));
    }

    [Fact]
    public void Keys_are_ordinal_and_a_plain_dictionary_is_not_equal()
    {
        var data = Of(("flow_token_2", "1"));

        Assert.False(data.ContainsKey("FLOW_TOKEN_2"));
        Assert.False(data.Equals(new Dictionary<string, JsonElement> { ["flow_token_2"] = JsonValueComparerTests.Element("1") }));
    }

    [Fact]
    public void ToString_shows_the_keys_with_their_json_text_like_a_record()
    {
        Assert.Equal("{ }", new ExtensionDataDictionary().ToString());
        Assert.Equal("""{ note = "hi", tags = [1, 2.50] }""", Of(("note", "\"hi\""), ("tags", "[1, 2.50]")).ToString());
    }

    private static ExtensionDataDictionary Of(params (string Key, string Json)[] pairs)
    {
        var data = new ExtensionDataDictionary();
        foreach (var (key, json) in pairs)
        {
            data.Add(key, JsonValueComparerTests.Element(json));
        }

        return data;
    }
}
