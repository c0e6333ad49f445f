using FlowTypes.Tests.Flows;
using Xunit;

namespace FlowTypes.Tests.Submissions;

/// <summary>How a generated deserializer treats payloads that differ from the flow: lossless, strict where it matters.</summary>
public class ParseBehaviourTests
{
    private const string Minimal = "\"order_number\":\"A1\",\"item_name\":\"Shirt\",\"customer_email\":\"a@b.c\",\"return_reason\":\"defective\",\"resolution_type\":\"refund\",\"contact_method\":\"email\"";

    [Fact]
    public void Unknown_keys_are_kept_in_extension_data()
    {
        var s = ReturnsSubmission.Parse("{" + Minimal + ",\"added_later\":{\"x\":[1,2]},\"note\":\"hi\"}");

        Assert.Equal(2, s.ExtensionData.Count);
        Assert.Equal("[1,2]", s.ExtensionData["added_later"].GetProperty("x").GetRawText());
        Assert.Equal("hi", s.ExtensionData["note"].GetString());
    }

    [Fact]
    public void Optional_keys_may_be_absent_and_flow_token_may_be_missing()
    {
        var s = ReturnsSubmission.Parse("{" + Minimal + "}");

        Assert.Null(s.AdditionalDetails);
        Assert.Null(s.ExchangePref);
        Assert.Null(s.FlowToken);
    }

    [Theory]
    [InlineData("\"return_reason\":\"defective\",", "")]
    // Sent as null: the factory builds the option from the id, so the reader must refuse a null one before it runs.
    [InlineData("\"return_reason\":\"defective\"", "\"return_reason\":null")]
    public void A_required_key_missing_or_null_is_an_error_naming_the_key_and_the_flow(string sent, string instead)
    {
        Assert.False(ReturnsSubmission.TryParse("{" + Minimal.Replace(sent, instead) + "}", out var s, out var error));

        Assert.Null(s);
        Assert.Equal(FlowParseErrorKind.MissingField, error!.Kind);
        Assert.Equal("$.return_reason", error.Path);
        Assert.Equal("The required key 'return_reason' of flow 'returns.flow.json' is missing.", error.Message);
    }

    [Fact]
    public void A_duplicate_key_is_rejected_with_its_path()
    {
        Assert.False(ReturnsSubmission.TryParse("{" + Minimal + ",\"order_number\":\"B2\"}", out _, out var error));

        Assert.Equal(FlowParseErrorKind.DuplicateKey, error!.Kind);
        Assert.Equal("$.order_number", error.Path);
    }

    [Fact]
    public void A_duplicate_unknown_key_is_rejected_too()
    {
        Assert.False(ReturnsSubmission.TryParse("{" + Minimal + ",\"x\":1,\"x\":2}", out _, out var error));

        Assert.Equal(FlowParseErrorKind.DuplicateKey, error!.Kind);
        Assert.Equal("$.x", error.Path);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_an_error_with_its_path()
    {
        Assert.False(ReturnsSubmission.TryParse("{" + Minimal.Replace("\"A1\"", "{\"n\":1}") + "}", out _, out var error));

        Assert.Equal(FlowParseErrorKind.UnexpectedType, error!.Kind);
        Assert.Equal("$.order_number", error.Path);
        Assert.Equal("Expected a string but found an object.", error.Message);
    }

    [Fact]
    public void Numbers_relayed_into_string_fields_are_accepted_as_their_text()
    {
        var s = ReturnsSubmission.Parse("{" + Minimal.Replace("\"A1\"", "12345") + "}");

        Assert.Equal("12345", s.OrderNumber);
    }

    [Theory]
    [InlineData("{\"order_number\": ", FlowParseErrorKind.InvalidJson)]
    [InlineData("[1,2]", FlowParseErrorKind.UnexpectedType)]
    [InlineData("{\"a\":1} trailing", FlowParseErrorKind.InvalidJson)]
    [InlineData("", FlowParseErrorKind.InvalidJson)]
    public void Malformed_input_never_throws_from_TryParse(string json, FlowParseErrorKind kind)
    {
        Assert.False(ReturnsSubmission.TryParse(json, out var s, out var error));

        Assert.Null(s);
        Assert.Equal(kind, error!.Kind);
    }

    [Fact]
    public void Parse_throws_FlowParseException_carrying_the_error()
    {
        var exception = Assert.Throws<FlowParseException>(() => ReturnsSubmission.Parse("{}"));

        Assert.Equal(FlowParseErrorKind.MissingField, exception.Error.Kind);
        Assert.Equal("$.order_number", exception.Error.Path);
    }

    [Fact]
    public void Errors_inside_a_webhook_body_name_the_response_json_path_then_the_key()
    {
        var body = TestPayloads.EightByEightWebhook("{" + Minimal + ",\"order_number\":\"B2\"}");

        Assert.False(ReturnsSubmission.TryParseWebhook(body, out _, out var error));

        Assert.Equal("$.payload.content.interactive.nfmReply.responseJson/$.order_number", error!.Path);
    }

    [Fact]
    public void A_webhook_body_without_a_flow_submission_is_reported_as_such()
    {
        var body = TestPayloads.Utf8("{\"namespace\":\"ChatApps\",\"eventType\":\"inbound_message_received\",\"payload\":{\"type\":\"Text\",\"content\":{\"text\":\"Hello\"}}}");

        Assert.False(ReturnsSubmission.TryParseWebhook(body, out _, out var error));

        Assert.Equal(FlowParseErrorKind.NotAFlowSubmission, error!.Kind);
    }

    [Fact]
    public void Response_json_given_as_an_object_instead_of_a_string_is_rejected()
    {
        var body = TestPayloads.Utf8("{\"payload\":{\"content\":{\"interactive\":{\"type\":\"nfmReply\",\"nfmReply\":{\"responseJson\":{\"order_number\":\"A1\"}}}}}}");

        Assert.False(ReturnsSubmission.TryParseWebhook(body, out _, out var error));

        Assert.Equal(FlowParseErrorKind.UnexpectedType, error!.Kind);
        Assert.Equal("$.payload.content.interactive.nfmReply.responseJson", error.Path);
    }

    [Fact]
    public void Two_response_json_strings_in_one_body_are_rejected()
    {
        var inner = "{" + Minimal + "}";
        var escaped = System.Text.Json.JsonSerializer.Serialize(inner);
        var body = TestPayloads.Utf8("{\"payload\":{\"content\":{\"interactive\":{\"nfmReply\":{\"responseJson\":" + escaped + ",\"responseJson\":" + escaped + "}}}}}");

        Assert.False(ReturnsSubmission.TryParseWebhook(body, out _, out var error));

        Assert.Equal(FlowParseErrorKind.DuplicateKey, error!.Kind);
    }

    [Fact]
    public void The_Meta_cloud_api_envelope_is_accepted()
    {
        var inner = System.Text.Json.JsonSerializer.Serialize("{" + Minimal + ",\"flow_token\":\"T\"}");
        var body = TestPayloads.Utf8("{\"entry\":[{\"changes\":[{\"value\":{\"messages\":[{\"type\":\"interactive\",\"interactive\":{\"type\":\"nfm_reply\",\"nfm_reply\":{\"name\":\"flow\",\"body\":\"Sent\",\"response_json\":" + inner + "}}}]}}]}]}");

        var s = ReturnsSubmission.ParseWebhook(body);

        Assert.Equal("A1", s.OrderNumber);
        Assert.Equal("T", s.FlowToken);
    }

    [Fact]
    public void Limits_are_enforced_with_a_typed_error()
    {
        var options = new FlowParseOptions { MaxExtensionDataKeys = 1 };

        Assert.False(ReturnsSubmission.TryParse("{" + Minimal + ",\"a\":1,\"b\":2}", options, out _, out var error));

        Assert.Equal(FlowParseErrorKind.LimitExceeded, error!.Kind);
        Assert.Equal("$.b", error.Path);
    }
}
