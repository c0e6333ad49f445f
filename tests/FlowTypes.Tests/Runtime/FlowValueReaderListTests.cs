using System.Linq;
using System.Text;
using System.Text.Json;
using FlowTypes.Runtime;
using Xunit;

namespace FlowTypes.Tests.Runtime;

/// <summary>The list readers return value-equal <see cref="FlowList{T}"/>s.</summary>
public class FlowValueReaderListTests
{
    [Fact]
    public void Media_arrays_longer_than_the_first_buffer_keep_every_file_in_order()
    {
        const string json = """["b64-0",{"id":"1"},{"id":"2"},"b64-3",{"id":"4","x":true},{"id":"5"},"b64-6",{"id":"7"},{"id":"8"}]""";

        var files = Assert.IsType<FlowList<FlowMedia>>(ReadMedia(json));

        Assert.Equal(9, files.Count);
        Assert.Equal(new[] { "b64-0", null, null, "b64-3", null, null, "b64-6", null, null }, files.Select(f => f.Base64));
        Assert.Equal(new[] { null, "1", "2", null, "4", "5", null, "7", "8" }, files.Select(f => f.Id));
        Assert.True(files[4].ExtensionData["x"].GetBoolean());
        Assert.Equal(files, ReadMedia(json));
        Assert.Equal(files.GetHashCode(), ReadMedia(json)!.GetHashCode());
        Assert.NotEqual(files, ReadMedia(json.Replace("\"8\"", "\"9\"")));
    }

    [Fact]
    public void Empty_arrays_read_as_the_shared_empty_list()
    {
        Assert.Same(FlowList<FlowMedia>.Empty, ReadMedia("[]"));
        Assert.Same(FlowList<string>.Empty, Read("[]", (ref Utf8JsonReader r) => (FlowValueReader.TryReadStringList(ref r, out var v), v)));
        Assert.Same(FlowList<string>.Empty, Read("[]", (ref Utf8JsonReader r) => (FlowValueReader.TryReadList(ref r, static _ => null, static id => id, out var v), v)));
    }

    [Theory]
    [InlineData("""["a","b"]""")]
    [InlineData("\"a\"")]
    [InlineData("""[1,true]""")]
    public void String_and_option_lists_are_flow_lists(string json)
    {
        var strings = Read(json, (ref Utf8JsonReader r) => (FlowValueReader.TryReadStringList(ref r, out var v), v));
        var options = Read(json, (ref Utf8JsonReader r) => (FlowValueReader.TryReadList(ref r, static _ => null, static id => id.ToUpperInvariant(), out var v), v));

        Assert.IsType<FlowList<string>>(strings);
        Assert.IsType<FlowList<string>>(options);
        Assert.Equal(strings!.Select(s => s.ToUpperInvariant()), options);
        Assert.Equal(strings, Read(json, (ref Utf8JsonReader r) => (FlowValueReader.TryReadStringList(ref r, out var v), v)));
    }

    [Theory]
    [InlineData("""["a",null]""")]
    [InlineData("""["a",["b"]]""")]
    [InlineData("""["a",{"b":1}]""")]
    public void Items_that_are_not_ids_still_fail_the_read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();

        Assert.False(FlowValueReader.TryReadStringList(ref reader, out var value));
        Assert.Null(value);
    }

    private delegate (bool Read, T? Value) ReadValue<T>(ref Utf8JsonReader reader);

    private static System.Collections.Generic.IReadOnlyList<FlowMedia>? ReadMedia(string json) =>
        Read(json, (ref Utf8JsonReader r) => (FlowValueReader.TryReadMedia(ref r, out var v), v));

    private static T? Read<T>(string json, ReadValue<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var (ok, value) = read(ref reader);
        Assert.True(ok, json);
        return value;
    }
}
