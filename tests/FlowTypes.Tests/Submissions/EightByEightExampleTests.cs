using System.Linq;
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

        Assert.Equal(HealthcareAppointmentSubmission.AppointmentTypeOption.SickVisit, s.AppointmentType.Id);
        Assert.Equal("Sick Visit", s.AppointmentType.Title);
        Assert.Equal("dr_smith", s.ProviderPreference!.Value.Id);
        Assert.True(s.ProviderPreference.Value.IsKnown);
        Assert.Equal(HealthcareAppointmentSubmission.VisitReasonCategoryOption.Illness, s.VisitReasonCategory.Id);
        Assert.Equal("Persistent cough and fever for 3 days", s.VisitNotes);
        Assert.Equal("Emily", s.PatientFirstName);
        Assert.Equal("Chen", s.PatientLastName);
        Assert.Equal(new System.DateOnly(1992, 8, 22), s.DateOfBirth);
        Assert.Equal("emily.chen@example.com", s.PatientEmail);
        Assert.Equal("insured", s.InsuranceStatus.Id);
        Assert.Equal("Blue Cross Blue Shield", s.InsuranceProvider);
        Assert.Equal("BCBS987654321", s.MemberId);
        Assert.Equal(new System.DateOnly(2026, 2, 12), s.AppointmentDate);
        Assert.Equal("1000", s.TimeSlot.Id);
        Assert.Equal(HealthcareAppointmentSubmission.VisitTypeOption.InPerson, s.VisitType.Id);
        Assert.Equal(new[] { "whatsapp", "email" }, s.ContactPreferences!.Select(o => o.Id));
        Assert.Equal("<TOKEN>", s.FlowToken);
        Assert.Empty(s.ExtensionData);
    }

    [Fact]
    public void Lead_generation_sample_parses_every_field()
    {
        var s = LeadGenerationSubmission.Parse(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-sales__responseJson.response.json"));

        Assert.Equal(new[] { "whatsapp", "sms", "verify" }, s.InterestedChannels.Select(o => o.Id));
        Assert.Equal("WhatsApp Business", s.InterestedChannels[0].Title);
        Assert.Equal(LeadGenerationSubmission.ImplementationTimelineOption.Immediate, s.ImplementationTimeline.Id);
        Assert.Equal("RetailCo", s.CompanyName);
        Assert.Equal("retailco.com", s.Website);
        Assert.Equal("201-500", s.CompanySize.Id);
        Assert.Equal("201-500 employees", s.CompanySize.Title);
        Assert.Equal(LeadGenerationSubmission.IndustryOption.Ecommerce, s.Industry.Id);
        Assert.Equal("Michael Chen", s.ContactName);
        Assert.Equal("VP of Engineering", s.JobTitle);
        Assert.Equal("michael@retailco.com", s.Email);
        Assert.Equal(new[] { "transactional", "notifications", "authentication" }, s.UseCases.Select(o => o.Id));
        Assert.Equal("100k-500k", s.MonthlyVolume.Id);
        Assert.Equal("Need Shopify integration and multi-region support", s.AdditionalRequirements);
        Assert.Equal(new System.DateOnly(2026, 2, 14), s.DemoDate);
        Assert.Equal("1400", s.DemoTime.Id);
        Assert.Equal("60", s.DemoDuration.Id);
        Assert.Equal(new[] { "api_overview", "integration", "compliance" }, s.DemoTopics!.Select(o => o.Id));
        Assert.Equal(LeadGenerationSubmission.HowHeardOption.Referral, s.HowHeard!.Value.Id);
        Assert.Equal("<TOKEN>", s.FlowToken);
    }

    [Fact]
    public void Service_booking_sample_parses_every_field_including_the_8x8_base64_photo_string()
    {
        var s = ServiceBookingSubmission.Parse(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-professional-services__responseJson.response.json"));

        Assert.Equal(ServiceBookingSubmission.ServiceTypeOption.Plumbing, s.ServiceType.Id);
        Assert.Equal(ServiceBookingSubmission.UrgencyOption.Emergency, s.Urgency.Id);
        Assert.Equal("456 Oak Avenue", s.StreetAddress);
        Assert.Equal("2A", s.AptUnit);
        Assert.Equal("San Jose", s.City);
        Assert.Equal("95110", s.PostalCode);
        Assert.Equal(ServiceBookingSubmission.PropertyTypeOption.Apartment, s.PropertyType.Id);
        Assert.Equal("Kitchen sink pipe burst, water leaking heavily", s.ProblemDescription);
        var photo = Assert.Single(s.ProblemPhoto!);
        Assert.Equal("base64_encoded_photo_data", photo.Base64);
        Assert.Null(photo.Id);
        Assert.Equal(new[] { "building_code", "contact_first" }, s.AccessRequirements!.Select(o => o.Id));
        Assert.Equal(new System.DateOnly(2026, 2, 10), s.PreferredDate);
        Assert.Equal(ServiceBookingSubmission.TimeSlotOption.Morning, s.TimeSlot.Id);
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
        Assert.Equal(ReturnsSubmission.ReturnReasonOption.WrongSize, s.ReturnReason.Id);
        Assert.Equal("Wrong Size", s.ReturnReason.Title);
        Assert.Equal("Fits too small, need size L", s.AdditionalDetails);
        Assert.Equal(ReturnsSubmission.ResolutionTypeOption.Exchange, s.ResolutionType.Id);
        Assert.Equal("Same item in size L", s.ExchangePref);
        Assert.Equal(ReturnsSubmission.ContactMethodOption.Whatsapp, s.ContactMethod.Id);
        Assert.Equal("<TOKEN>", s.FlowToken);
        Assert.Empty(s.ExtensionData);
    }
}
