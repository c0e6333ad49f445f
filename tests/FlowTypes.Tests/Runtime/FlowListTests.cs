using System;
using System.Collections.Generic;
using System.Linq;
using FlowTypes.Runtime;
using Xunit;

namespace FlowTypes.Tests.Runtime;

/// <summary>The list behind a submission's list properties compares by its items, in order.</summary>
public class FlowListTests
{
    [Fact]
    public void Lists_with_equal_items_in_the_same_order_are_equal_with_equal_hashes()
    {
        var first = new FlowList<string>(new[] { "news", "sports" });
        var second = new FlowList<string>(new[] { "news", "sports" });

        Assert.True(first.Equals(second));
        Assert.True(first.Equals((object)second));
        Assert.True(EqualityComparer<IReadOnlyList<string>>.Default.Equals(first, second));
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Order_matters()
    {
        var first = new FlowList<string>(new[] { "news", "sports" });
        var reversed = new FlowList<string>(new[] { "sports", "news" });

        Assert.False(first.Equals(reversed));
        Assert.False(reversed.Equals(first));
    }

    [Theory]
    [InlineData(new[] { "news" }, new[] { "news", "sports" })]
    [InlineData(new[] { "news", "sports" }, new[] { "news", "Sports" })]
    [InlineData(new string[0], new[] { "news" })]
    public void A_missing_extra_or_different_item_makes_lists_unequal(string[] left, string[] right)
    {
        Assert.False(new FlowList<string>(left).Equals(new FlowList<string>(right)));
        Assert.False(new FlowList<string>(right).Equals(new FlowList<string>(left)));
    }

    [Fact]
    public void Empty_lists_are_equal_to_the_shared_empty_list_and_enumerate_nothing()
    {
        var empty = new FlowList<string>(Array.Empty<string>());
        var emptyPrefix = new FlowList<string>(new[] { "unused" }, 0);

        Assert.Empty(FlowList<string>.Empty);
        Assert.True(FlowList<string>.Empty.Equals(empty));
        Assert.True(emptyPrefix.Equals(FlowList<string>.Empty));
        Assert.Equal(FlowList<string>.Empty.GetHashCode(), emptyPrefix.GetHashCode());
        Assert.Empty((IEnumerable<string>)emptyPrefix);
        Assert.Equal("[]", FlowList<string>.Empty.ToString());
    }

    [Fact]
    public void Only_the_counted_prefix_of_the_array_is_in_the_list()
    {
        var list = new FlowList<string>(new[] { "a", "b", "spare", null! }, 2);

        Assert.Equal(2, list.Count);
        Assert.Equal(new[] { "a", "b" }, list.ToArray());
        Assert.True(list.Equals(new FlowList<string>(new[] { "a", "b" })));
        Assert.Equal(new FlowList<string>(new[] { "a", "b" }).GetHashCode(), list.GetHashCode());
        Assert.DoesNotContain("spare", list);
        Assert.Equal(-1, list.IndexOf("spare"));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FlowList<string>(new[] { "a" }, 2));
    }

    [Fact]
    public void Null_items_are_compared_too()
    {
        var first = new FlowList<string?>(new[] { null, "a" });
        var second = new FlowList<string?>(new[] { null, "a" });
        var swapped = new FlowList<string?>(new[] { "a", null });

        Assert.True(first.Equals(second));
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.False(first.Equals(swapped));
        Assert.Equal("[, a]", first.ToString());
    }

    [Fact]
    public void Items_are_compared_with_their_own_equality()
    {
        var first = new FlowList<FlowMedia>(new[] { new FlowMedia { Id = "111", FileName = "a.jpg" } });
        var same = new FlowList<FlowMedia>(new[] { new FlowMedia { Id = "111", FileName = "a.jpg" } });
        var other = new FlowList<FlowMedia>(new[] { new FlowMedia { Id = "222", FileName = "a.jpg" } });

        Assert.True(first.Equals(same));
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.False(first.Equals(other));
    }

    [Fact]
    public void An_array_with_the_same_items_is_not_equal_so_equality_stays_symmetric()
    {
        var items = new[] { "news" };
        var list = new FlowList<string>(new[] { "news" });

        Assert.False(list.Equals(items));
        Assert.False(items.Equals(list));
        Assert.False(list.Equals(null));
    }

    [Fact]
    public void The_list_is_read_only_through_every_interface()
    {
        IList<string> list = new FlowList<string>(new[] { "a" });

        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add("b"));
        Assert.Throws<NotSupportedException>(() => list[0] = "b");
        Assert.Throws<NotSupportedException>(() => list.Remove("a"));
        Assert.Throws<NotSupportedException>(() => list.Clear());
        Assert.Throws<NotSupportedException>(() => list.Insert(0, "b"));
        Assert.Throws<NotSupportedException>(() => list.RemoveAt(0));
        Assert.Equal(new[] { "a" }, list);
    }

    [Fact]
    public void The_struct_enumerator_and_the_interface_enumerator_see_the_same_items()
    {
        var list = new FlowList<int>(new[] { 3, 1, 2, 9 }, 3);
        var seen = new List<int>();
        foreach (var item in list)
        {
            seen.Add(item);
        }

        Assert.Equal(new[] { 3, 1, 2 }, seen);
        Assert.Equal(new[] { 3, 1, 2 }, ((IEnumerable<int>)list).ToList());
        var copy = new int[5];
        list.CopyTo(copy, 1);
        Assert.Equal(new[] { 0, 3, 1, 2, 0 }, copy);
    }
}
