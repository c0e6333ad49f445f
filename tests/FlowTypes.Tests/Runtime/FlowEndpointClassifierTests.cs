using System;
using System.Text;
using FlowTypes.Endpoints;
using FlowTypes.Runtime;
using Xunit;

namespace FlowTypes.Tests.Runtime;

/// <summary>
/// The request table generated endpoint handlers dispatch on: INIT and BACK by action and screen, a screen's only
/// data_exchange by its screen, and the data_exchanges of a shared screen by their payload keys and static values.
/// </summary>
public class FlowEndpointClassifierTests
{
    // A flow's requests: INIT; BACK from DETAILS; PICK has three data_exchanges (two selects told apart by a static
    // "trigger", one Footer submit with both form values); DETAILS has one; CONFIRM has a number and a boolean discriminator.
    private static readonly FlowEndpointClassifier Table = new(new FlowEndpointRequestKind[]
    {
        new("INIT", null),
        new("data_exchange", "PICK", new FlowExchangeKey[] { new("trigger", FlowExchangeValue.String, "service_selected"), new("service", FlowExchangeValue.Present) }),
        new("data_exchange", "PICK", new FlowExchangeKey[] { new("trigger", FlowExchangeValue.String, "slot_selected"), new("slot", FlowExchangeValue.Present) }),
        new("data_exchange", "PICK", new FlowExchangeKey[] { new("service", FlowExchangeValue.Present), new("slot", FlowExchangeValue.Present), new("note", FlowExchangeValue.Optional) }),
        new("BACK", "DETAILS"),
        new("data_exchange", "DETAILS"),
        new("data_exchange", "CONFIRM", new FlowExchangeKey[] { new("step", FlowExchangeValue.Number, "2"), new("final", FlowExchangeValue.True) }),
        new("data_exchange", "CONFIRM", new FlowExchangeKey[] { new("step", FlowExchangeValue.Number, "2"), new("final", FlowExchangeValue.False) }),
    });

    private static int Classify(string action, string? screen, string? data) =>
        Table.Classify(new FlowEndpointRequest("3.0", action, screen, "tok", data is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(data)));

    [Theory]
    [InlineData("INIT", null, null, 0)]
    [InlineData("INIT", "PICK", """{"x":1}""", 0)]
    [InlineData("BACK", "DETAILS", null, 4)]
    [InlineData("BACK", "PICK", null, -1)]
    [InlineData("BACK", null, null, -1)]
    [InlineData("ping", null, null, -1)]
    [InlineData("navigate", "PICK", "{}", -1)]
    [InlineData("data_exchange", "NOWHERE", "{}", -1)]
    [InlineData("data_exchange", null, "{}", -1)]
    public void Init_and_back_are_told_by_action_and_screen(string action, string? screen, string? data, int expected) =>
        Assert.Equal(expected, Classify(action, screen, data));

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("""{"name":"Ann"}""")]
    [InlineData("""{"anything":[1,2,{"deep":true}]}""")]
    [InlineData("not json")]
    public void A_screens_only_data_exchange_takes_any_data_and_leaves_the_checks_to_its_reader(string? data) =>
        Assert.Equal(5, Classify("data_exchange", "DETAILS", data));

    [Theory]
    [InlineData("""{"trigger":"service_selected","service":"cut"}""", 1)]
    [InlineData("""{"service":"cut","trigger":"service_selected"}""", 1)]
    [InlineData("""{"trigger":"slot_selected","slot":"9"}""", 2)]
    [InlineData("""{"service":"cut","slot":"9"}""", 3)]
    [InlineData("""{"service":"cut","slot":"9","note":"window"}""", 3)]
    [InlineData("""{"service":"cut","slot":"9","extra":{"a":[1]}}""", 3)]
    [InlineData("""{"trig\u0067er":"slot_sel\u0065cted","sl\u006ft":"9"}""", 2)]
    public void Actions_of_a_shared_screen_are_told_apart_by_their_keys_and_static_values(string data, int expected) =>
        Assert.Equal(expected, Classify("data_exchange", "PICK", data));

    [Theory]
    [InlineData("""{"trigger":"other","service":"cut"}""")] // a static value no action sends
    [InlineData("""{"trigger":"service_selected"}""")] // a key the action always sends is missing
    [InlineData("""{"trigger":"service_selected","service":"cut","slot":"9"}""")] // a key only another action sends
    [InlineData("""{"trigger":1,"service":"cut"}""")] // the static value with another JSON type
    [InlineData("{}")]
    [InlineData(null)]
    [InlineData("[]")]
    [InlineData("""{"service":"cut","slot":""")]
    [InlineData("""{"service":"cut" "slot":"9"}""")]
    public void Data_no_action_of_the_screen_sends_matches_nothing(string? data) =>
        Assert.Equal(-1, Classify("data_exchange", "PICK", data));

    [Theory]
    [InlineData("""{"step":2,"final":true}""", 6)]
    [InlineData("""{"final":false,"step":2}""", 7)]
    [InlineData("""{"step":2.0,"final":true}""", 6)] // a number compares by its value, not its spelling
    [InlineData("""{"step":2e0,"final":false}""", 7)]
    [InlineData("""{"step":3,"final":true}""", -1)]
    [InlineData("""{"step":"2","final":true}""", -1)]
    [InlineData("""{"step":2,"final":"true"}""", -1)]
    [InlineData("""{"step":2}""", -1)]
    public void Number_and_boolean_static_values_are_matched_by_value(string data, int expected) =>
        Assert.Equal(expected, Classify("data_exchange", "CONFIRM", data));

    [Fact]
    public void Data_nested_deeper_than_the_default_limit_matches_nothing()
    {
        var deep = string.Concat(System.Linq.Enumerable.Repeat("""{"a":""", 100)) + "1" + new string('}', 100);

        Assert.Equal(-1, Classify("data_exchange", "PICK", """{"service":"cut","slot":"9","extra":""" + deep + "}"));
    }

    [Fact]
    public void A_null_request_is_an_ArgumentNullException() =>
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => Table.Classify(null!)).ParamName);

    [Fact]
    public void A_table_listing_init_or_one_screens_back_twice_is_rejected()
    {
        var init = Assert.Throws<ArgumentException>(() => new FlowEndpointClassifier(new FlowEndpointRequestKind[] { new("INIT", null), new("INIT", null) }));
        var back = Assert.Throws<ArgumentException>(() => new FlowEndpointClassifier(new FlowEndpointRequestKind[] { new("BACK", "A"), new("BACK", "A") }));
        var empty = Assert.Throws<ArgumentException>(() => new FlowEndpointClassifier(new FlowEndpointRequestKind[] { default }));

        Assert.Equal("Request kind 1 (INIT ) is listed twice or not at all. (Parameter 'kinds')", init.Message);
        Assert.Equal("Request kind 1 (BACK A) is listed twice or not at all. (Parameter 'kinds')", back.Message);
        Assert.Equal("Request kind 0 (none ) is listed twice or not at all. (Parameter 'kinds')", empty.Message);
    }

    [Theory]
    [InlineData("ping", null, "'ping' is not a request a flow sends to its endpoint (INIT, BACK, data_exchange). (Parameter 'action')")]
    [InlineData("INIT", "PICK", "INIT comes from no screen. (Parameter 'screen')")]
    [InlineData("BACK", null, "A BACK request comes from a screen. (Parameter 'screen')")]
    public void A_request_kind_WhatsApp_does_not_send_is_rejected(string action, string? screen, string message) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => new FlowEndpointRequestKind(action, screen)).Message);

    [Fact]
    public void Keys_and_literals_are_checked_where_they_are_described()
    {
        Assert.Equal("Only a data_exchange has payload keys. (Parameter 'keys')", Assert.Throws<ArgumentException>(() => new FlowEndpointRequestKind("BACK", "A", new FlowExchangeKey[] { new("a", FlowExchangeValue.Present) })).Message);
        Assert.Equal("A String key needs a literal. (Parameter 'literal')", Assert.Throws<ArgumentException>(() => new FlowExchangeKey("a", FlowExchangeValue.String)).Message);
        Assert.Equal("A Present key takes no literal. (Parameter 'literal')", Assert.Throws<ArgumentException>(() => new FlowExchangeKey("a", FlowExchangeValue.Present, "x")).Message);
    }
}
