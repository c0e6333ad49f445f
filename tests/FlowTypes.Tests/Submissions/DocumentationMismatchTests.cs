using FlowTypes.Tests.Flows;
using Xunit;

namespace FlowTypes.Tests.Submissions;

/// <summary>
/// The 8x8 Flows API guide's example flow completes with {"date": ...}, but the guide's sample response carries
/// "appointment_date" and "service_type". A handler written against the flow would read a null date; the generated
/// type refuses the payload instead and says which key is missing, while keeping the unknown keys visible.
/// </summary>
public class DocumentationMismatchTests
{
    [Fact]
    public void The_8x8_guide_sample_response_does_not_match_its_flow_and_is_rejected_precisely()
    {
        var response = TestPayloads.Corpus("8x8-docs__whatsapp-flows-api__responseJson.response.json");

        Assert.False(VisitBookingSubmission.TryParse(response, out var submission, out var error));

        Assert.Null(submission);
        Assert.Equal(FlowParseErrorKind.MissingField, error!.Kind);
        Assert.Equal("$.date", error.Path);
        Assert.Equal("The required key 'date' of flow 'visit-booking.flow.json' is missing.", error.Message);
    }

    [Fact]
    public void The_payload_the_flow_actually_sends_parses_into_a_date()
    {
        var submission = VisitBookingSubmission.Parse("""{"date":"2026-03-15","flow_token":"<TOKEN>"}""");

        Assert.Equal(new System.DateOnly(2026, 3, 15), submission.Date);
    }
}
