using System.Linq;
using CsCheck;
using FlowTypes.Tests.Flows;
using Xunit;

namespace FlowTypes.Tests.Submissions;

/// <summary>The generated FlowRouter sends each webhook body to the right flow's type.</summary>
public class FlowRouterTests
{
    [Theory]
    [InlineData("8x8-docs__whatsapp-flows-examples-retail__responseJson.response.json", FlowSubmissionKind.ReturnsSubmission)]
    [InlineData("8x8-docs__whatsapp-flows-examples-healthcare__responseJson.response.json", FlowSubmissionKind.HealthcareAppointmentSubmission)]
    [InlineData("8x8-docs__whatsapp-flows-examples-sales__responseJson.response.json", FlowSubmissionKind.LeadGenerationSubmission)]
    [InlineData("8x8-docs__whatsapp-flows-examples-professional-services__responseJson.response.json", FlowSubmissionKind.ServiceBookingSubmission)]
    public void Each_8x8_sample_is_identified_and_parsed_into_its_flow_type(string responseFile, FlowSubmissionKind expected)
    {
        var responseJson = TestPayloads.Corpus(responseFile);

        Assert.Equal(expected, FlowRouter.Identify(TestPayloads.Utf8(responseJson)));
        Assert.True(FlowRouter.TryParseWebhook(TestPayloads.EightByEightWebhook(responseJson), out var submission, out var error), error?.ToString());
        Assert.Equal(expected.ToString(), submission!.GetType().Name);
        Assert.Equal("<TOKEN>", submission.FlowToken);
    }

    [Fact]
    public void Handlers_switch_on_the_typed_submission()
    {
        var body = TestPayloads.EightByEightWebhook(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-retail__responseJson.response.json"));

        var summary = FlowRouter.ParseWebhook(body) switch
        {
            ReturnsSubmission r => $"return {r.OrderNumber} ({r.ReturnReason.Title})",
            LeadGenerationSubmission l => $"lead {l.CompanyName}",
            _ => "other",
        };

        Assert.Equal("return ORD-98765 (Wrong Size)", summary);
    }

    [Fact]
    public void Meta_cloud_api_notification_is_routed_too()
    {
        var body = TestPayloads.Utf8(TestPayloads.Corpus("david-lev__pywa__tests__data__updates__flow_completion__completion.response.json"));

        var submission = Assert.IsType<CustomerSatisfactionSubmission>(FlowRouter.ParseWebhook(body));

        Assert.Equal("4", submission.DeliveryRating.Id);
    }

    [Fact]
    public void A_flow_token_prefix_from_item_metadata_takes_precedence_over_the_key_match()
    {
        // By keys this is a registration (4 of its keys); the token says it came from the photo-upload flow.
        const string responseJson = """{"firstName":"A","lastName":"B","pincode":"1","dateOfBirth":"2024-01-01","name":"John","flow_token":"photo-42"}""";

        Assert.Equal(FlowSubmissionKind.PhotoUploadSubmission, FlowRouter.Identify(TestPayloads.Utf8(responseJson)));
        Assert.Equal(FlowSubmissionKind.RegistrationLegacySubmission, FlowRouter.Identify(TestPayloads.Utf8(responseJson.Replace("photo-42", "other-42"))));
        var photo = Assert.IsType<PhotoUploadSubmission>(FlowRouter.TryParse(responseJson, out var submission, out _) ? submission : null);
        Assert.Equal("John", photo.Name);
        Assert.Equal(4, photo.ExtensionData.Count);
        Assert.Equal("1234567890", PhotoUploadFlow.FlowId);
    }

    [Fact]
    public void A_payload_of_no_known_flow_is_an_error_not_a_guess()
    {
        Assert.Equal(FlowSubmissionKind.None, FlowRouter.Identify(TestPayloads.Utf8("""{"unrelated":1,"flow_token":"x"}""")));
        Assert.False(FlowRouter.TryParse("""{"unrelated":1}""", out var submission, out var error));

        Assert.Null(submission);
        Assert.Equal(FlowParseErrorKind.NotAFlowSubmission, error!.Kind);
    }

    [Fact]
    public void Malformed_json_is_reported_as_invalid_json()
    {
        Assert.False(FlowRouter.TryParse("""{"order_number": """, out _, out var error));

        Assert.Equal(FlowParseErrorKind.InvalidJson, error!.Kind);
    }

    [Fact]
    public async System.Threading.Tasks.Task Webhook_bodies_parse_from_a_stream_and_from_text()
    {
        var body = TestPayloads.EightByEightWebhook(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-retail__responseJson.response.json"));

        using var stream = new System.IO.MemoryStream(body);
        var fromStream = await ReturnsSubmission.TryParseWebhookAsync(stream);
        var routed = await FlowRouter.TryParseWebhookAsync(new System.IO.MemoryStream(body));
        Assert.True(ReturnsSubmission.TryParseWebhook(System.Text.Encoding.UTF8.GetString(body), out var fromText, out _));

        Assert.True(fromStream.Succeeded);
        Assert.Equal("ORD-98765", fromStream.Value!.OrderNumber);
        Assert.IsType<ReturnsSubmission>(routed.Value);
        Assert.Equal(fromStream.Value, fromText);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_stream_longer_than_the_body_limit_is_rejected_without_reading_it_all()
    {
        var stream = new System.IO.MemoryStream(new byte[1024 * 1024]);

        var result = await ReturnsSubmission.TryParseWebhookAsync(stream, new FlowParseOptions { MaxBodyBytes = 64 * 1024 });

        Assert.False(result.Succeeded);
        Assert.Equal(FlowParseErrorKind.LimitExceeded, result.Error!.Kind);
        Assert.True(stream.Position <= 64 * 1024 + 1, $"read {stream.Position} bytes");
    }

    [Fact]
    public void The_one_pass_router_chooses_as_Identify_does_whatever_it_chose_before()
    {
        // Payloads mixing the keys of the four 8x8 samples in random subsets and orders; before each parse, a sample of
        // another flow is parsed so that the router's "last route" hint points elsewhere. The outcome must be what the
        // routing rule gives: Identify's choice parsed by that type's own reader, or no flow at all.
        var samples = new[]
        {
            "8x8-docs__whatsapp-flows-examples-retail__responseJson.response.json",
            "8x8-docs__whatsapp-flows-examples-healthcare__responseJson.response.json",
            "8x8-docs__whatsapp-flows-examples-sales__responseJson.response.json",
            "8x8-docs__whatsapp-flows-examples-professional-services__responseJson.response.json",
        }.Select(TestPayloads.Corpus).ToArray();
        var members = samples
            .SelectMany(sample => System.Text.Json.JsonDocument.Parse(sample).RootElement.EnumerateObject().Select(p => (p.Name, Json: p.Value.GetRawText())))
            .GroupBy(p => p.Name)
            .Select(g => g.First())
            .ToArray();

        Gen.Select(Gen.Int[0, (1 << 30) - 1].Array[2], Gen.Int[0, samples.Length - 1], Gen.Int.Array[members.Length])
            .Sample((bits, previous, order) =>
            {
                var chosen = members.Where((_, i) => (bits[i / 30] & (1 << (i % 30))) != 0 || i % 7 == previous).Zip(order, (m, o) => (m, o)).OrderBy(t => t.o).Select(t => t.m);
                var json = "{" + string.Join(",", chosen.Select(m => "\"" + m.Name + "\":" + m.Json)) + "}";
                FlowRouter.Parse(samples[previous]);

                var ok = FlowRouter.TryParse(json, out var submission, out var error);

                var expected = FlowRouter.Identify(TestPayloads.Utf8(json));
                if (expected == FlowSubmissionKind.None)
                {
                    return !ok && error!.Kind == FlowParseErrorKind.NotAFlowSubmission;
                }

                var reference = ParseAs(expected, json);
                return ok == reference.Ok && (ok ? Equals(submission, reference.Value) : error!.Path == reference.Error!.Path && error.Kind == reference.Error.Kind);
            }, iter: 2000);
    }

    /// <summary>The generated <c>TryParse</c> of the kind's own type (found by name: the test covers every flow in Flows/).</summary>
    private static (bool Ok, object? Value, FlowParseError? Error) ParseAs(FlowSubmissionKind kind, string json)
    {
        var type = typeof(FlowRouter).Assembly.GetType(typeof(FlowRouter).Namespace + "." + kind, throwOnError: true)!;
        var tryParse = type.GetMethod("TryParse", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.FlattenHierarchy, null, new[] { typeof(string), type.MakeByRefType(), typeof(FlowParseError).MakeByRefType() }, null)!;
        var arguments = new object?[] { json, null, null };
        var ok = (bool)tryParse.Invoke(null, arguments)!;
        return (ok, arguments[1], (FlowParseError?)arguments[2]);
    }
}
