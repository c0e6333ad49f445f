using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using FlowTypes.Endpoints;
using FlowTypes.Runtime;
using Xunit;

namespace FlowTypes.Tests.Runtime;

/// <summary>The response writers that generated endpoint handlers call.</summary>
public class FlowEndpointJsonTests
{
    private sealed class Item
    {
        public Item(string id, string title)
        {
            Id = id;
            Title = title;
        }

        public string Id { get; }

        public string Title { get; }
    }

    private static void WriteItem(Utf8JsonWriter writer, Item item)
    {
        writer.WriteString("id", item.Id);
        writer.WriteString("title", item.Title);
    }

    private static string Text(FlowEndpointResponse response) => Encoding.UTF8.GetString(response.Utf8Json.Span);

    [Fact]
    public void Screen_writes_the_screen_and_its_data()
    {
        var response = FlowEndpointJson.Screen("PICK", new[] { new Item("1", "One"), new Item("2", "Two \"quoted\"") }, static (writer, items) =>
        {
            FlowEndpointJson.WriteObjectArray(writer, "slots", items, WriteItem);
            FlowEndpointJson.WriteIntegerArray(writer, "counts", new long[] { 1, 2 });
            FlowEndpointJson.WriteNumberArray(writer, "prices", new[] { 2.5m });
            FlowEndpointJson.WriteBooleanArray(writer, "flags", new[] { true, false });
            FlowEndpointJson.WriteStringArray(writer, "tags", new[] { "a" });
        });

        Assert.Equal("""{"screen":"PICK","data":{"slots":[{"id":"1","title":"One"},{"id":"2","title":"Two \u0022quoted\u0022"}],"counts":[1,2],"prices":[2.5],"flags":[true,false],"tags":["a"]}}""", Text(response));
    }

    [Fact]
    public void Screen_without_data_writes_an_empty_object()
    {
        Assert.Equal("""{"screen":"DONE","data":{}}""", Text(FlowEndpointJson.Screen<object>("DONE", null, null)));
    }

    [Fact]
    public void Success_writes_the_flow_token_first_inside_extension_message_response_params()
    {
        var response = FlowEndpointJson.Success("tok-1", new Dictionary<string, string> { ["booking"] = "42" }, static (writer, parameters) => FlowEndpointJson.WriteStrings(writer, parameters));

        Assert.Equal("""{"screen":"SUCCESS","data":{"extension_message_response":{"params":{"flow_token":"tok-1","booking":"42"}}}}""", Text(response));
    }

    [Fact]
    public void Success_needs_a_flow_token_and_rejects_a_second_one_in_the_parameters()
    {
        Assert.Throws<ArgumentNullException>(() => FlowEndpointJson.Success<object>(null!, null, null));
        var error = Assert.Throws<ArgumentException>(() => FlowEndpointJson.Success("tok", new Dictionary<string, string> { ["flow_token"] = "other" }, static (writer, parameters) => FlowEndpointJson.WriteStrings(writer, parameters)));
        Assert.Equal("parameters", error.ParamName);
    }

    private sealed class Completion : IFlowSubmission
    {
        public string? FlowToken { get; init; }

        public string Booking { get; init; } = "";

        public IReadOnlyDictionary<string, JsonElement> ExtensionData { get; init; } = new Dictionary<string, JsonElement>();
    }

    private static void WriteCompletion(Utf8JsonWriter writer, Completion value)
    {
        writer.WriteString("booking", value.Booking);
        FlowEndpointJson.WriteExtensionData(writer, value.ExtensionData);
    }

    [Fact]
    public void Success_with_a_completion_payload_writes_its_flow_token_first_then_its_fields_and_extension_data()
    {
        using var extra = JsonDocument.Parse("""{"note":{"a":[1,"x"]},"n":1.50}""");
        var completion = new Completion
        {
            FlowToken = "tok-1",
            Booking = "42",
            ExtensionData = new Dictionary<string, JsonElement> { ["note"] = extra.RootElement.GetProperty("note"), ["n"] = extra.RootElement.GetProperty("n") },
        };

        var response = FlowEndpointJson.Success(completion, WriteCompletion);

        Assert.Equal("""{"screen":"SUCCESS","data":{"extension_message_response":{"params":{"flow_token":"tok-1","booking":"42","note":{"a":[1,"x"]},"n":1.50}}}}""", Text(response));
    }

    [Fact]
    public void Success_with_a_completion_payload_needs_the_payload_and_its_flow_token()
    {
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => FlowEndpointJson.Success<Completion>(null!, WriteCompletion)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => FlowEndpointJson.Success(new Completion { Booking = "42" }, WriteCompletion));
        Assert.Equal("The completion payload needs its FlowToken. (Parameter 'parameters')", error.Message);
    }

    [Fact]
    public void A_null_item_in_a_data_list_is_rejected_not_written_as_null()
    {
        var error = Assert.Throws<ArgumentException>(() => FlowEndpointJson.Screen("PICK", new Item?[] { new Item("1", "One"), null }, static (writer, items) => FlowEndpointJson.WriteObjectArray(writer, "slots", items, WriteItem!)));
        Assert.Equal("items", error.ParamName);
    }

    [Fact]
    public void DataOf_is_an_empty_object_when_the_request_has_no_data()
    {
        Assert.Equal("{}", Encoding.UTF8.GetString(FlowEndpointJson.DataOf(new FlowEndpointRequest("3.0", "INIT", null, "tok", ReadOnlyMemory<byte>.Empty))));
        Assert.Equal("""{"a":1}""", Encoding.UTF8.GetString(FlowEndpointJson.DataOf(new FlowEndpointRequest("3.0", "data_exchange", "S", "tok", Encoding.UTF8.GetBytes("""{"a":1}""")))));
    }

    [Fact]
    public void UnknownRequest_names_the_flow_action_and_screen_but_no_data()
    {
        var exception = FlowEndpointJson.UnknownRequest(new FlowEndpointRequest("3.0", "BACK", null, "tok", Encoding.UTF8.GetBytes("""{"secret":"x"}""")), "booking.flow.json");

        Assert.Equal("$: Flow 'booking.flow.json' sends no 'BACK' request from screen '(none)' with this data.", exception.Error.ToString());
    }
}
