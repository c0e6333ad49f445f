using FlowTypes.Tests.Flows;
using Xunit;

namespace FlowTypes.Tests.Submissions;

/// <summary>
/// The four complete 8x8 industry example flows (Flows/*.flow.json) parse their documented sample submissions
/// into the generated types with every value intact, from responseJson and from a whole webhook body.
/// </summary>
public class EightByEightExampleTests
{
    [Fact]
    public void Retail_returns_sample_parses_from_response_json()
    {
        var submission = ReturnsSubmission.Parse(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-retail__responseJson.response.json"));

        AssertRetail(submission);
    }

    [Fact]
    public void Retail_returns_sample_parses_from_the_8x8_webhook_body()
    {
        var body = TestPayloads.EightByEightWebhook(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-retail__responseJson.response.json"));

        Assert.True(ReturnsSubmission.TryParseWebhook(body, out var submission, out var error), error?.ToString());

        AssertRetail(submission!);
    }

    [Fact]
    public void Healthcare_appointment_sample_parses_every_field()
    {
        var s = HealthcareAppointmentSubmission.Parse(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-healthcare__responseJson.response.json"));

        Assert.Equal("sick_visit", s.AppointmentType);
        Assert.Equal("dr_smith", s.ProviderPreference);
        Assert.Equal("illness", s.VisitReasonCategory);
        Assert.Equal("Persistent cough and fever for 3 days", s.VisitNotes);
        Assert.Equal("Emily", s.PatientFirstName);
        Assert.Equal("Chen", s.PatientLastName);
        Assert.Equal("1992-08-22", s.DateOfBirth);
        Assert.Equal("emily.chen@example.com", s.PatientEmail);
        Assert.Equal("insured", s.InsuranceStatus);
        Assert.Equal("Blue Cross Blue Shield", s.InsuranceProvider);
        Assert.Equal("BCBS987654321", s.MemberId);
        Assert.Equal("2026-02-12", s.AppointmentDate);
        Assert.Equal("1000", s.TimeSlot);
        Assert.Equal("in_person", s.VisitType);
        Assert.Equal(new[] { "whatsapp", "email" }, s.ContactPreferences);
        Assert.Equal("<TOKEN>", s.FlowToken);
        Assert.Empty(s.ExtensionData);
    }

    [Fact]
    public void Lead_generation_sample_parses_every_field()
    {
        var s = LeadGenerationSubmission.Parse(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-sales__responseJson.response.json"));

        Assert.Equal(new[] { "whatsapp", "sms", "verify" }, s.InterestedChannels);
        Assert.Equal("immediate", s.ImplementationTimeline);
        Assert.Equal("RetailCo", s.CompanyName);
        Assert.Equal("retailco.com", s.Website);
        Assert.Equal("201-500", s.CompanySize);
        Assert.Equal("ecommerce", s.Industry);
        Assert.Equal("Michael Chen", s.ContactName);
        Assert.Equal("VP of Engineering", s.JobTitle);
        Assert.Equal("michael@retailco.com", s.Email);
        Assert.Equal(new[] { "transactional", "notifications", "authentication" }, s.UseCases);
        Assert.Equal("100k-500k", s.MonthlyVolume);
        Assert.Equal("Need Shopify integration and multi-region support", s.AdditionalRequirements);
        Assert.Equal("2026-02-14", s.DemoDate);
        Assert.Equal("1400", s.DemoTime);
        Assert.Equal("60", s.DemoDuration);
        Assert.Equal(new[] { "api_overview", "integration", "compliance" }, s.DemoTopics);
        Assert.Equal("referral", s.HowHeard);
        Assert.Equal("<TOKEN>", s.FlowToken);
    }

    [Fact]
    public void Service_booking_sample_parses_every_field_including_the_8x8_base64_photo_string()
    {
        var s = ServiceBookingSubmission.Parse(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-professional-services__responseJson.response.json"));

        Assert.Equal("plumbing", s.ServiceType);
        Assert.Equal("emergency", s.Urgency);
        Assert.Equal("456 Oak Avenue", s.StreetAddress);
        Assert.Equal("2A", s.AptUnit);
        Assert.Equal("San Jose", s.City);
        Assert.Equal("95110", s.PostalCode);
        Assert.Equal("apartment", s.PropertyType);
        Assert.Equal("Kitchen sink pipe burst, water leaking heavily", s.ProblemDescription);
        Assert.Equal("base64_encoded_photo_data", s.ProblemPhoto!.Value.GetString());
        Assert.Equal(new[] { "building_code", "contact_first" }, s.AccessRequirements);
        Assert.Equal("2026-02-10", s.PreferredDate);
        Assert.Equal("morning", s.TimeSlot);
        Assert.Equal("Maria Garcia", s.ContactName);
        Assert.Equal("+15559876543", s.ContactPhone);
        Assert.Equal("maria@example.com", s.ContactEmail);
        Assert.Equal("<TOKEN>", s.FlowToken);
    }

    private static void AssertRetail(ReturnsSubmission s)
    {
        Assert.Equal("ORD-98765", s.OrderNumber);
        Assert.Equal("Blue Denim Jacket - Size M", s.ItemName);
        Assert.Equal("customer@example.com", s.CustomerEmail);
        Assert.Equal("wrong_size", s.ReturnReason);
        Assert.Equal("Fits too small, need size L", s.AdditionalDetails);
        Assert.Equal("exchange", s.ResolutionType);
        Assert.Equal("Same item in size L", s.ExchangePref);
        Assert.Equal("whatsapp", s.ContactMethod);
        Assert.Equal("<TOKEN>", s.FlowToken);
        Assert.Empty(s.ExtensionData);
    }
}
