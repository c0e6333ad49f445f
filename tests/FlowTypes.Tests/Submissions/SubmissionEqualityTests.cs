using System.Collections.Generic;
using System.Linq;
using FlowTypes.Tests.Flows;
using Xunit;

namespace FlowTypes.Tests.Submissions;

/// <summary>
/// A generated submission record compares by value, its lists (CheckboxGroup ids, options, files) and
/// <c>ExtensionData</c> included: two parses of one payload are equal.
/// </summary>
public class SubmissionEqualityTests
{
    // profile-update.flow.json: a CheckboxGroup fed from screen data (a list of strings), one with listed options
    // (a list of ChannelsOption), a PhotoPicker (a list of FlowMedia), and two keys the flow does not declare.
    private const string Profile = """
        {"name":"Ada","topics":["news","sports"],"channels":["sms","email"],
         "avatar":[{"file_name":"ada.jpg","mime_type":"image/jpeg","sha256":"PqHg","id":"3631120727156756","caption":{"lang":"en","text":"me"}}],
         "flow_token":"t-1","campaign":{"source":"ad","tags":["x",1.5,true,null]},"referrer":"friend"}
        """;

    [Fact]
    public void Two_parses_of_one_payload_are_equal_with_equal_hashes()
    {
        var first = ProfileUpdateSubmission.Parse(Profile);
        var second = ProfileUpdateSubmission.Parse(TestPayloads.Utf8(Profile));

        Assert.Equal(new[] { "news", "sports" }, first.Topics);
        Assert.Equal(new[] { "sms", "email" }, first.Channels!.Select(c => c.Id));
        Assert.Equal("3631120727156756", Assert.Single(first.Avatar!).Id);
        Assert.Equal(new[] { "campaign", "referrer" }, first.ExtensionData.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.NotSame(first.Topics, second.Topics);
        Assert.True(first.Equals(second));
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void ToString_shows_list_items_and_extension_values()
    {
        var text = ProfileUpdateSubmission.Parse(Profile).ToString();

        Assert.Contains("Topics = [news, sports], Channels = [sms, email], Avatar = [FlowTypes.FlowMedia], ", text);
        Assert.Contains("""ExtensionData = { campaign = {"source":"ad","tags":["x",1.5,true,null]}, referrer = "friend" }""", text);
    }

    [Fact]
    public void A_webhook_parse_equals_a_parse_of_its_response_json()
    {
        var direct = ProfileUpdateSubmission.Parse(Profile);
        var viaWebhook = ProfileUpdateSubmission.ParseWebhook(TestPayloads.EightByEightWebhook(Profile));

        Assert.Equal(direct, viaWebhook);
        Assert.Equal(direct.GetHashCode(), viaWebhook.GetHashCode());
    }

    [Fact]
    public void Extension_values_equal_modulo_whitespace_key_order_escapes_and_number_spelling_are_equal()
    {
        const string respelled = """
            { "referrer" : "fri\u0065nd",
              "campaign" : { "tags" : [ "x", 1.50, true, null ], "source" : "ad" },
              "flow_token":"t-1","name":"Ada","topics":["news","sports"],"channels":["sms","email"],
              "avatar":[{"caption":{"text":"me","lang":"en"},"id":"3631120727156756","sha256":"PqHg","mime_type":"image/jpeg","file_name":"ada.jpg"}] }
            """;

        var first = ProfileUpdateSubmission.Parse(Profile);
        var second = ProfileUpdateSubmission.Parse(respelled);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [InlineData("\"topics\":[\"news\",\"sports\"]", "\"topics\":[\"news\",\"weather\"]")]
    [InlineData("\"topics\":[\"news\",\"sports\"]", "\"topics\":[\"sports\",\"news\"]")]
    [InlineData("\"topics\":[\"news\",\"sports\"]", "\"topics\":[\"news\"]")]
    [InlineData("\"channels\":[\"sms\",\"email\"]", "\"channels\":[\"sms\",\"call\"]")]
    [InlineData("\"channels\":[\"sms\",\"email\"]", "\"channels\":[\"sms\",\"email\",\"call\"]")]
    [InlineData("\"id\":\"3631120727156756\"", "\"id\":\"3631120727156757\"")]
    [InlineData("\"text\":\"me\"", "\"text\":\"Me\"")]
    [InlineData("\"source\":\"ad\"", "\"source\":\"email\"")]
    [InlineData("1.5,true,null", "1.5,false,null")]
    [InlineData("\"referrer\":\"friend\"", "\"referrer\":\"friend\",\"coupon\":null")]
    [InlineData("\"referrer\":\"friend\"", "\"referrer\":[\"friend\"]")]
    public void A_payload_differing_in_one_list_item_or_one_extension_value_is_not_equal(string original, string changed)
    {
        Assert.Contains(original, Profile);
        var first = ProfileUpdateSubmission.Parse(Profile);
        var second = ProfileUpdateSubmission.Parse(Profile.Replace(original, changed));

        Assert.NotEqual(first, second);
        Assert.False(second.Equals(first));
    }

    [Fact]
    public void A_single_id_and_a_one_item_array_read_into_equal_lists()
    {
        var fromString = ProfileUpdateSubmission.Parse("""{"name":"Ada","topics":"news","channels":"sms"}""");
        var fromArray = ProfileUpdateSubmission.Parse("""{"name":"Ada","topics":["news"],"channels":["sms"]}""");

        Assert.Equal(fromString, fromArray);
        Assert.Equal(fromString.GetHashCode(), fromArray.GetHashCode());
    }

    [Fact]
    public void Empty_lists_and_no_extension_data_are_equal()
    {
        var first = ProfileUpdateSubmission.Parse("""{"name":"Ada","topics":[],"channels":[],"avatar":[]}""");
        var second = ProfileUpdateSubmission.Parse("""{"name":"Ada","topics":[],"channels":[],"avatar":[]}""");

        Assert.Empty(first.Topics!);
        Assert.Empty(first.Avatar!);
        Assert.Same(FlowTypes.Runtime.FlowExtensionData.EmptyExtensionData, first.ExtensionData);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, ProfileUpdateSubmission.Parse("""{"name":"Ada","topics":[],"channels":[]}"""));
    }

    [Fact]
    public void Base64_files_compare_by_content()
    {
        var first = ProfileUpdateSubmission.Parse("""{"name":"Ada","avatar":["aGVsbG8=","d29ybGQ="]}""");
        var same = ProfileUpdateSubmission.Parse("""{"name":"Ada","avatar":["aGVsbG8=","d29ybGQ="]}""");
        var other = ProfileUpdateSubmission.Parse("""{"name":"Ada","avatar":["aGVsbG8=","d29ybGR="]}""");

        Assert.Equal(2, first.Avatar!.Count);
        Assert.Equal(first, same);
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void The_8x8_professional_services_sample_parses_into_equal_records_twice()
    {
        // Its PhotoPicker is a base64 string and its CheckboxGroup a list of listed options.
        var body = TestPayloads.EightByEightWebhook(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-professional-services__responseJson.response.json"));

        var first = ServiceBookingSubmission.ParseWebhook(body);
        var second = ServiceBookingSubmission.ParseWebhook(body);

        Assert.NotNull(first.ProblemPhoto);
        Assert.NotNull(first.AccessRequirements);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Calendar_ranges_compare_by_their_days()
    {
        const string stay = """{"stay":{"start-date":"2026-03-01","end-date":"2026-03-05"},"channel":"whatsapp"}""";

        Assert.Equal(HotelStaySubmission.Parse(stay), HotelStaySubmission.Parse(stay));
        Assert.Equal(HotelStaySubmission.Parse(stay).GetHashCode(), HotelStaySubmission.Parse(stay).GetHashCode());
        Assert.NotEqual(HotelStaySubmission.Parse(stay), HotelStaySubmission.Parse(stay.Replace("03-05", "03-06")));
    }

    [Fact]
    public void Submissions_are_usable_as_set_members()
    {
        var set = new HashSet<ProfileUpdateSubmission> { ProfileUpdateSubmission.Parse(Profile) };

        Assert.Contains(ProfileUpdateSubmission.Parse(Profile), set);
        Assert.DoesNotContain(ProfileUpdateSubmission.Parse(Profile.Replace("sports", "weather")), set);
    }
}
