using System;
using System.Text.Json;
using FlowTypes.Runtime;
using FlowTypes.Tests.Runtime;
using Xunit;

namespace FlowTypes.Tests;

/// <summary>A file and a date range compare by their values, so the lists and records holding them can too.</summary>
public class FlowMediaTests
{
    private static FlowMedia File(string? id = "111", string? fileName = "a.jpg", string? mimeType = "image/jpeg", string? sha256 = "PqHg", string? base64 = null, string caption = "\"me\"")
    {
        var extra = new ExtensionDataDictionary { ["caption"] = JsonValueComparerTests.Element(caption) };
        return new FlowMedia { Id = id, FileName = fileName, MimeType = mimeType, Sha256 = sha256, Base64 = base64, ExtensionData = extra };
    }

    [Fact]
    public void Files_with_the_same_values_are_equal_with_equal_hashes()
    {
        Assert.True(File().Equals(File()));
        Assert.Equal(File(), File());
        Assert.Equal(File().GetHashCode(), File().GetHashCode());
        Assert.Equal(File(caption: "\"m\\u0065\""), File());
        Assert.Equal(new FlowMedia(), new FlowMedia());
        Assert.Equal(new FlowMedia().GetHashCode(), new FlowMedia().GetHashCode());
    }

    [Fact]
    public void Every_value_counts()
    {
        Assert.NotEqual(File(), File(id: "112"));
        Assert.NotEqual(File(), File(fileName: "A.jpg"));
        Assert.NotEqual(File(), File(mimeType: "image/png"));
        Assert.NotEqual(File(), File(sha256: null));
        Assert.NotEqual(File(), File(base64: "aGVsbG8="));
        Assert.NotEqual(File(), File(caption: "\"you\""));
        Assert.NotEqual(File(), new FlowMedia { Id = "111", FileName = "a.jpg", MimeType = "image/jpeg", Sha256 = "PqHg" });
        Assert.False(File().Equals(null));
    }

    [Fact]
    public void Extension_data_set_to_null_does_not_throw()
    {
        var file = new FlowMedia { Id = "1", ExtensionData = null! };

        Assert.True(file.Equals(new FlowMedia { Id = "1", ExtensionData = null! }));
        Assert.False(file.Equals(new FlowMedia { Id = "1" }));
        Assert.Equal(new FlowMedia { Id = "1", ExtensionData = null! }.GetHashCode(), file.GetHashCode());
    }

    [Fact]
    public void Date_ranges_compare_by_their_days()
    {
        var range = new FlowDateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 5));

        Assert.Equal(new FlowDateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 5)), range);
        Assert.Equal(new FlowDateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 5)).GetHashCode(), range.GetHashCode());
        Assert.NotEqual(new FlowDateRange(new DateOnly(2026, 3, 1), null), range);
        Assert.NotEqual(new FlowDateRange(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 5)), range);
        Assert.Equal(new FlowDateRange(new DateOnly(2026, 3, 1), null), new FlowDateRange(new DateOnly(2026, 3, 1), null));
    }

    [Fact]
    public void Date_ranges_have_the_netstandard2_0_constructor_and_text_days_on_NET_too()
    {
        // A netstandard2.0 library compiled against lib/netstandard2.0 calls these members when it runs on lib/net8.0.
        var range = new FlowDateRange("2026-03-01", "2026-03-05");

        Assert.Equal(new FlowDateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 5)), range);
        Assert.Equal(("2026-03-01", "2026-03-05"), (range.StartText, range.EndText));
        Assert.Null(new FlowDateRange("2026-03-01", null).EndText);
        Assert.Throws<FormatException>(() => new FlowDateRange("1 March 2026", null));
    }

    [Fact]
    public void A_parsed_file_object_keeps_unknown_keys_in_value_equal_extension_data()
    {
        var reader = new Utf8JsonReader("""[{"id":"111","caption":{"a":1,"b":2}}]"""u8);
        reader.Read();
        Assert.True(FlowValueReader.TryReadMedia(ref reader, out var files));

        var file = Assert.Single(files!);
        Assert.IsType<ExtensionDataDictionary>(file.ExtensionData);
        Assert.Equal(new FlowMedia { Id = "111", ExtensionData = new ExtensionDataDictionary { ["caption"] = JsonValueComparerTests.Element("""{"b":2,"a":1.0}""") } }, file);
    }
}
