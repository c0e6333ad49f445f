using System;
using System.Collections.Generic;
using FlowTypes.Runtime;
using Xunit;

namespace FlowTypes.Tests.Runtime;

/// <summary>The id field of the generated option record structs and their title lookup.</summary>
public class FlowOptionIdTests
{
    [Fact]
    public void Default_holds_the_empty_id_and_equals_an_empty_id()
    {
        var none = default(FlowOptionId);
        var empty = new FlowOptionId(string.Empty);

        Assert.Equal(string.Empty, none.Value);
        Assert.Equal(string.Empty, none.ToString());
        Assert.True(none.Equals(empty));
        Assert.True(empty.Equals(none));
        Assert.True(none.Equals((object)empty));
        Assert.Equal(empty.GetHashCode(), none.GetHashCode());
        Assert.Equal(string.Empty.GetHashCode(), none.GetHashCode());
    }

    [Fact]
    public void Ids_compare_ordinally()
    {
        var a = new FlowOptionId("wrong_size");

        Assert.Equal("wrong_size", a.Value);
        Assert.Equal("wrong_size", a.ToString());
        Assert.True(a.Equals(new FlowOptionId("wrong_size")));
        Assert.True(EqualityComparer<FlowOptionId>.Default.Equals(a, new FlowOptionId("wrong_size")));
        Assert.Equal("wrong_size".GetHashCode(), a.GetHashCode());
        Assert.Equal(a.GetHashCode(), EqualityComparer<FlowOptionId>.Default.GetHashCode(new FlowOptionId("wrong_size")));
        Assert.False(a.Equals(new FlowOptionId("Wrong_Size")));
        Assert.False(a.Equals(new FlowOptionId("wrong_size ")));
        Assert.False(a.Equals(default));
        Assert.False(a.Equals((object)"wrong_size"));
        Assert.False(a.Equals(null));
        // "e" + combining acute accent and "é" are equal under culture comparison but not ordinally.
        Assert.False(new FlowOptionId("caf\u0065\u0301").Equals(new FlowOptionId("caf\u00e9")));
    }

    [Fact]
    public void A_null_id_is_rejected()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new FlowOptionId(null!));
        Assert.Equal("value", e.ParamName);
    }

    [Fact]
    public void Title_finds_the_title_paired_with_the_id_ordinally()
    {
        var pairs = new[] { "wrong_size", "Wrong Size", "defective", "Defective/Damaged", "", "Empty id" };

        Assert.Equal("Wrong Size", FlowOptionId.Title(pairs, "wrong_size"));
        Assert.Equal("Defective/Damaged", FlowOptionId.Title(pairs, "defective"));
        Assert.Equal("Empty id", FlowOptionId.Title(pairs, ""));
        Assert.Null(FlowOptionId.Title(pairs, "Wrong Size"));
        Assert.Null(FlowOptionId.Title(pairs, "DEFECTIVE"));
        Assert.Null(FlowOptionId.Title(pairs, "other"));
        Assert.Null(FlowOptionId.Title(Array.Empty<string>(), "wrong_size"));
        Assert.Null(FlowOptionId.Title(new[] { "dangling" }, "dangling"));
        Assert.Same(pairs[1], FlowOptionId.Title(pairs, "wrong_size"));
        Assert.Throws<ArgumentNullException>(() => FlowOptionId.Title((string[])null!, "x"));
    }

    [Fact]
    public void Title_finds_the_title_paired_with_the_id_in_a_table_separated_by_nul()
    {
        const string Table = "wrong_size\0Wrong Size\0defective\0Defective/Damaged\0\0Empty id\0no_title\0";

        Assert.Equal("Wrong Size", FlowOptionId.Title(Table, "wrong_size"));
        Assert.Equal("Defective/Damaged", FlowOptionId.Title(Table, "defective"));
        Assert.Equal("Empty id", FlowOptionId.Title(Table, ""));
        Assert.Equal("", FlowOptionId.Title(Table, "no_title"));
        Assert.Null(FlowOptionId.Title(Table, "Wrong Size"));
        Assert.Null(FlowOptionId.Title(Table, "WRONG_SIZE"));
        Assert.Null(FlowOptionId.Title(Table, "other"));
        Assert.Null(FlowOptionId.Title("only_an_id", "only_an_id"));
        Assert.Equal("T", FlowOptionId.Title("a\0T", "a"));
        Assert.Throws<ArgumentNullException>(() => FlowOptionId.Title((string)null!, "x"));
    }

    [Fact]
    public void A_table_is_split_once_so_repeated_lookups_return_the_same_instance()
    {
        const string Table = "refund\0Original Refund\0exchange\0Product Exchange";

        var first = FlowOptionId.Title(Table, "exchange");
        var second = FlowOptionId.Title(Table, "exchange");

        Assert.Equal("Product Exchange", first);
        Assert.Same(first, second);
    }
}
