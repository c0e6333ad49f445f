using System;
using System.Linq;
using FlowTypes.Tests.Flows;
using Xunit;

namespace FlowTypes.Tests.Submissions;

/// <summary>How each component's value maps to a C# type (flowjson-rules.md §10), with real payloads where they exist.</summary>
public class ValueMappingTests
{
    [Fact]
    public void Pywa_completion_in_a_Meta_cloud_api_notification_parses_with_dropdown_options()
    {
        var body = TestPayloads.Utf8(TestPayloads.Corpus("david-lev__pywa__tests__data__updates__flow_completion__completion.response.json"));

        var s = CustomerSatisfactionSubmission.ParseWebhook(body);

        Assert.Equal("AQAAAAACS5FpgQ_cAAAAAD0QI3s.", s.FlowToken);
        Assert.Equal("Comment Text", s.CommentText);
        Assert.Equal(CustomerSatisfactionSubmission.DeliveryRatingOption.Option4, s.DeliveryRating.Id);
        Assert.Equal("★☆☆☆☆ • Very Poor (1/5)", s.DeliveryRating.Title);
        Assert.Equal("2", s.PurchaseRating.Id);
        Assert.Equal("0", s.CsRating.Id);
    }

    [Fact]
    public void Pywa_completion_without_flow_token_parses_with_a_null_token()
    {
        var body = TestPayloads.Utf8(TestPayloads.Corpus("david-lev__pywa__tests__data__updates__flow_completion__without_flow_token.response.json"));

        var s = CustomerSatisfactionSubmission.ParseWebhook(body);

        Assert.Null(s.FlowToken);
        Assert.Equal("4", s.DeliveryRating.Id);
    }

    [Fact]
    public void Option_ids_switch_on_constants_and_unknown_ids_are_kept()
    {
        var known = ReturnsSubmission.Parse(Returns("wrong_size"));
        var unknown = ReturnsSubmission.Parse(Returns("arrived_late"));

        var describe = (ReturnsSubmission s) => s.ReturnReason.Id switch
        {
            ReturnsSubmission.ReturnReasonOption.WrongSize => "size",
            ReturnsSubmission.ReturnReasonOption.Defective => "defect",
            _ => "other:" + s.ReturnReason,
        };

        Assert.Equal("size", describe(known));
        Assert.True(known.ReturnReason.IsKnown);
        Assert.Equal("other:arrived_late", describe(unknown));
        Assert.False(unknown.ReturnReason.IsKnown);
        Assert.Null(unknown.ReturnReason.Title);
        Assert.Equal(new ReturnsSubmission.ReturnReasonOption("arrived_late"), unknown.ReturnReason);
    }

    [Fact]
    public void Meta_photo_picker_files_parse_into_media_with_ids()
    {
        // The decoded response_json of Meta's "Media upload components" response-message sample.
        const string responseJson = """{"photo_picker":[{"file_name":"IMG_5237.jpg","mime_type":"image/jpeg","sha256":"PqHgadp8cJ/N6mvAYGNMxhs9Ra5hbZFcctCtCClXsMU=","id":"3631120727156756"}],"flow_token":"xyz","name":"John"}""";

        var s = PhotoUploadSubmission.Parse(responseJson);

        var file = Assert.Single(s.PhotoPicker!);
        Assert.Equal("IMG_5237.jpg", file.FileName);
        Assert.Equal("image/jpeg", file.MimeType);
        Assert.Equal("PqHgadp8cJ/N6mvAYGNMxhs9Ra5hbZFcctCtCClXsMU=", file.Sha256);
        Assert.Equal("3631120727156756", file.Id);
        Assert.Null(file.Base64);
        Assert.Equal("John", s.Name);
        Assert.Equal("xyz", s.FlowToken);
    }

    [Fact]
    public void Legacy_datepicker_epoch_milliseconds_number_text_and_optin_map_to_their_types()
    {
        // kairon PR 1110: a real Flow JSON 3.x completion; the DatePicker sends a millisecond timestamp.
        var body = TestPayloads.Utf8(TestPayloads.Corpus("digiteinfotech__kairon__pr1110__nfm_reply.response.json"));

        var s = RegistrationLegacySubmission.ParseWebhook(body);

        // Before Flow JSON 5.0 the DatePicker sends an instant, not a date (Meta: convert it to the business's time zone).
        Assert.Equal(new DateTimeOffset(2023, 12, 22, 15, 0, 40, 46, TimeSpan.Zero), s.DateOfBirth); // 1703257240046 ms
        Assert.Equal(new DateTime(2023, 12, 22), TimeZoneInfo.ConvertTime(s.DateOfBirth, TimeZoneInfo.CreateCustomTimeZone("IST", TimeSpan.FromMinutes(330), "IST", "IST")).Date);
        Assert.Equal(523456m, s.Pincode);
        Assert.Equal("Mahesh ", s.FirstName);
        Assert.Equal(RegistrationLegacySubmission.SourceOption.SocialMedia, s.Source!.Value.Id);
        Assert.Null(s.Marketing);
        Assert.Equal("AQBBBBBCS5FpgQ_cAAAAAD0QI3s.", s.FlowToken);
    }

    [Theory]
    [InlineData(",\"source\":\"SOCIAL_MEDIA\"", "SOCIAL_MEDIA", "Social media", true)]
    [InlineData(",\"source\":\"PODCAST\"", "PODCAST", null, false)]
    [InlineData(",\"source\":null", null, null, false)]
    [InlineData("", null, null, false)]
    public void A_choice_the_flow_may_leave_out_is_null_when_absent_and_kept_as_sent_otherwise(string source, string? id, string? title, bool isKnown)
    {
        // The factory builds the option from the id the reader kept; the Dropdown "source" is optional in this flow.
        var json = "{\"flow_token\":\"t\",\"firstName\":\"A\",\"lastName\":\"B\",\"pincode\":\"1\",\"district\":\"D\",\"houseNumber\":\"5\",\"dateOfBirth\":\"1703257240046\",\"landmark\":\"L\",\"email\":\"e@x\"" + source + "}";

        var s = RegistrationLegacySubmission.Parse(json);

        Assert.Equal(id, s.Source?.Id);
        Assert.Equal(title, s.Source?.Title);
        Assert.Equal(isKnown, s.Source?.IsKnown ?? false);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    public void OptIn_accepts_booleans_and_boolean_strings(string json, bool expected)
    {
        var s = RegistrationLegacySubmission.Parse("{\"firstName\":\"A\",\"lastName\":\"B\",\"pincode\":\"1\",\"dateOfBirth\":1706659200000,\"marketing\":" + json + "}");

        Assert.Equal(expected, s.Marketing);
        Assert.Equal(new DateTimeOffset(2024, 1, 31, 0, 0, 0, TimeSpan.Zero), s.DateOfBirth);
    }

    [Theory]
    [InlineData("\"next tuesday\"")]
    [InlineData("\"2024-01-31\"")]
    [InlineData("253402300800000")]
    [InlineData("true")]
    public void A_pre_5_0_date_that_is_not_a_millisecond_timestamp_is_an_error_with_its_path(string value)
    {
        Assert.False(RegistrationLegacySubmission.TryParse("{\"firstName\":\"A\",\"lastName\":\"B\",\"pincode\":1,\"dateOfBirth\":" + value + "}", out _, out var error));

        Assert.Equal("$.dateOfBirth", error!.Path);
        Assert.StartsWith("Expected a millisecond timestamp but found ", error.Message);
    }

    [Theory]
    [InlineData("\"1706659200000\"")]
    [InlineData("1706659200000")]
    public void A_pre_5_0_date_is_read_from_a_timestamp_string_or_number(string value)
    {
        var parsed = RegistrationLegacySubmission.TryParse("{\"firstName\":\"A\",\"lastName\":\"B\",\"pincode\":1,\"dateOfBirth\":" + value + "}", out var s, out _);

        Assert.True(parsed);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1706659200000), s!.DateOfBirth);
    }

    [Fact]
    public void Calendar_range_parses_into_a_start_and_end_pair_and_static_values_pass_through()
    {
        var s = HotelStaySubmission.Parse("""{"stay":{"start-date":"2026-03-01","end-date":"2026-03-05"},"channel":"whatsapp"}""");

        Assert.Equal(new DateOnly(2026, 3, 1), s.Stay.Start);
        Assert.Equal(new DateOnly(2026, 3, 5), s.Stay.End);
        Assert.Equal("whatsapp", s.Channel);
    }

    [Fact]
    public void A_listed_option_id_is_the_generated_constant_itself_not_a_new_string()
    {
        var s = ReturnsSubmission.Parse(Returns("wrong_size"));

        Assert.Same(ReturnsSubmission.ReturnReasonOption.WrongSize, s.ReturnReason.Id);
        Assert.Equal("Wrong Size", s.ReturnReason.Title);
    }

    [Fact]
    public void An_escaped_listed_id_is_unescaped_and_still_known()
    {
        var s = ReturnsSubmission.Parse(Returns("wrong\\u005fsize"));

        Assert.Equal(ReturnsSubmission.ReturnReasonOption.WrongSize, s.ReturnReason.Id);
        Assert.True(s.ReturnReason.IsKnown);
    }

    [Fact]
    public void A_listed_id_relayed_as_a_number_is_the_constant_for_its_text()
    {
        var s = CustomerSatisfactionSubmission.Parse("""{"purchase_rating":"2","delivery_rating":4,"cs_rating":0,"recommend_radio":"yes","comment_text":"ok","flow_token":"t"}""");

        Assert.Same(CustomerSatisfactionSubmission.DeliveryRatingOption.Option4, s.DeliveryRating.Id);
        Assert.Equal("0", s.CsRating.Id);
        Assert.True(s.CsRating.IsKnown);
    }

    [Fact]
    public void Checkbox_ids_are_the_constants_when_listed_and_kept_as_text_when_not()
    {
        var s = LeadGenerationSubmission.Parse(LeadGeneration("[\"sms\",\"carrier_pigeon\",\"whatsapp\"]"));

        Assert.Equal(new[] { "sms", "carrier_pigeon", "whatsapp" }, s.InterestedChannels.Select(o => o.Id));
        Assert.Same(LeadGenerationSubmission.InterestedChannelsOption.Sms, s.InterestedChannels[0].Id);
        Assert.False(s.InterestedChannels[1].IsKnown);
        Assert.Same(LeadGenerationSubmission.InterestedChannelsOption.Whatsapp, s.InterestedChannels[2].Id);
    }

    [Theory]
    [InlineData("[]", new string[0])]
    [InlineData("[\"sms\"]", new[] { "sms" })]
    [InlineData("\"sms\"", new[] { "sms" })]
    [InlineData("[\"sms\",7,true,\"whatsapp\",\"x\"]", new[] { "sms", "7", "true", "whatsapp", "x" })]
    public void A_checkbox_list_holds_exactly_its_items(string json, string[] ids)
    {
        var s = LeadGenerationSubmission.Parse(LeadGeneration(json));

        Assert.Equal(ids, s.InterestedChannels.Select(o => o.Id));
        Assert.Equal(ids.Length, s.InterestedChannels.Count);
    }

    [Theory]
    [InlineData("[\"sms\",null]", "null")]
    [InlineData("[\"sms\",{\"id\":\"x\"}]", "an object")]
    [InlineData("[[\"x\"],\"sms\"]", "an array")]
    public void A_checkbox_list_item_that_is_not_an_id_is_an_error_at_the_field(string json, string found)
    {
        Assert.False(LeadGenerationSubmission.TryParse(LeadGeneration(json), out _, out var error));

        Assert.Equal(FlowParseErrorKind.UnexpectedType, error!.Kind);
        Assert.Equal("$.interested_channels", error.Path);
        Assert.Equal($"Expected an array of option ids but found {found}.", error.Message);
    }

    [Fact]
    public void Keys_in_any_order_parse_to_the_same_values_as_keys_in_the_flow_order()
    {
        // The deserializer compares the key the flow lists next first; every other order must take the full lookup.
        var inOrder = LeadGenerationSubmission.Parse(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-sales__responseJson.response.json"));
        var members = System.Text.Json.JsonDocument.Parse(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-sales__responseJson.response.json")).RootElement.EnumerateObject().Reverse();
        var reversed = LeadGenerationSubmission.Parse("{" + string.Join(",", members.Select(m => System.Text.Json.JsonSerializer.Serialize(m.Name) + ":" + m.Value.GetRawText())) + "}");

        Assert.Equal(inOrder.CompanyName, reversed.CompanyName);
        Assert.Equal(inOrder.ImplementationTimeline, reversed.ImplementationTimeline);
        Assert.Equal(inOrder.InterestedChannels.Select(o => o.Id), reversed.InterestedChannels.Select(o => o.Id));
        Assert.Equal(inOrder.DemoDate, reversed.DemoDate);
        Assert.Equal(inOrder.HowHeard, reversed.HowHeard);
        Assert.Equal("<TOKEN>", reversed.FlowToken);
        Assert.Empty(reversed.ExtensionData);
    }

    [Fact]
    public void A_key_repeated_right_after_itself_is_still_a_duplicate()
    {
        var json = Returns("wrong_size").Replace("{\"order_number\":\"A1\",", "{\"order_number\":\"A1\",\"order_number\":\"A2\",");

        Assert.False(ReturnsSubmission.TryParse(json, out _, out var error));

        Assert.Equal(FlowParseErrorKind.DuplicateKey, error!.Kind);
        Assert.Equal("$.order_number", error.Path);
    }

    private static string LeadGeneration(string interestedChannels)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-sales__responseJson.response.json"))!;
        json["interested_channels"] = System.Text.Json.Nodes.JsonNode.Parse(interestedChannels);
        return json.ToJsonString();
    }

    private static string Returns(string reason) =>
        "{\"order_number\":\"A1\",\"item_name\":\"Shirt\",\"customer_email\":\"a@b.c\",\"return_reason\":\"" + reason + "\",\"resolution_type\":\"refund\",\"contact_method\":\"email\"}";
}
