using FlowTypes;
using FlowTypes.Sending;
using WebhookService.Flows;

namespace WebhookService;

/// <summary>What a handler decided: a line for the log/demo and the reply to send (8x8 send model).</summary>
public sealed record HandlerResult(string Summary, ChatAppsMessage Reply);

/// <summary>
/// One typed handler per flow. Each receives the generated submission type: no string keys, no JsonDocument.
/// Submitted text is user input: it is stored as a parameter and shown, never used as a format string or SQL.
/// </summary>
public static class FlowHandlers
{
    public static HandlerResult Handle(IFlowSubmission submission, string msisdn) => submission switch
    {
        ReturnsSubmission r => Returns(r, msisdn),
        HealthcareAppointmentSubmission a => Appointment(a, msisdn),
        LeadGenerationSubmission l => Lead(l, msisdn),
        ServiceBookingSubmission s => ServiceBooking(s, msisdn),
        _ => new HandlerResult($"unhandled {submission.GetType().Name}", new ChatAppsMessage(msisdn, new ReplyButtonsMessage("Thanks, we received your answers.", new ReplyButton("menu", "Main menu")))),
    };

    private static HandlerResult Returns(ReturnsSubmission r, string msisdn)
    {
        var next = r.ResolutionType.Id switch
        {
            ReturnsSubmission.ResolutionTypeOption.Refund => "We will refund you within 5 business days.",
            ReturnsSubmission.ResolutionTypeOption.Exchange => $"We will ship the exchange ({r.ExchangePref ?? "same item"}) as soon as we receive the return.",
            ReturnsSubmission.ResolutionTypeOption.StoreCredit => "Your store credit (+10%) will be on your account today.",
            _ => "We will contact you about the resolution.",
        };
        // The template's variables are parameters of the generated builder: a missing value does not compile.
        return new HandlerResult(
            $"return {r.OrderNumber}: {r.ItemName}, reason={r.ReturnReason.Id} (\"{r.ReturnReason.Title}\"), resolution={r.ResolutionType.Id}, contact={r.ContactMethod.Id}, details={r.AdditionalDetails ?? "-"}",
            new ChatAppsMessage(msisdn, WhatsAppTemplates.ReturnUpdate.EnUs(body1: r.OrderNumber, body2: next, button0UrlSuffix: r.OrderNumber)));
    }

    private static HandlerResult Appointment(HealthcareAppointmentSubmission a, string msisdn) => new(
        $"appointment: {a.PatientFirstName} {a.PatientLastName} (born {a.DateOfBirth:yyyy-MM-dd}), {a.AppointmentType.Title} on {a.AppointmentDate:yyyy-MM-dd} at slot {a.TimeSlot.Id} ({a.VisitType.Title}), insurance={a.InsuranceStatus.Id}/{a.InsuranceProvider ?? "-"}, contact via {string.Join("+", a.ContactPreferences?.Select(p => p.Id) ?? Array.Empty<string>())}",
        new ChatAppsMessage(msisdn, new ReplyButtonsMessage(
            $"Thanks {a.PatientFirstName}, your {a.AppointmentType.Title} is requested for {a.AppointmentDate:dddd d MMMM}. We will confirm shortly.",
            new ReplyButton("appointment_ok", "Sounds good"),
            new ReplyButton("appointment_change", "Change date"))));

    private static HandlerResult Lead(LeadGenerationSubmission l, string msisdn) => new(
        $"lead: {l.ContactName} ({l.JobTitle}) at {l.CompanyName}, size={l.CompanySize.Title}, industry={l.Industry.Title}, channels={string.Join(",", l.InterestedChannels.Select(c => c.Id))}, volume={l.MonthlyVolume.Id}, demo {l.DemoDate:yyyy-MM-dd} {l.DemoTime.Title} for {l.DemoDuration.Title}",
        new ChatAppsMessage(msisdn, new CtaUrlMessage(
            $"Thanks {l.ContactName}! Your demo is booked for {l.DemoDate:d MMMM} at {l.DemoTime.Title} (Pacific).",
            "Prepare for the demo",
            "https://cpaas.8x8.com/en/")));

    private static HandlerResult ServiceBooking(ServiceBookingSubmission s, string msisdn) => new(
        $"service booking: {s.ServiceType.Title} ({s.Urgency.Title}) at {s.StreetAddress}{(s.AptUnit is null ? string.Empty : " " + s.AptUnit)}, {s.City} {s.PostalCode}, {s.PreferredDate:yyyy-MM-dd} {s.TimeSlot.Title}, photos={s.ProblemPhoto?.Count ?? 0}, access={string.Join(",", s.AccessRequirements?.Select(a => a.Id) ?? Array.Empty<string>())}",
        new ChatAppsMessage(msisdn, new ReplyButtonsMessage(
            $"Thanks {s.ContactName}, a {s.ServiceType.Title} technician is requested for {s.PreferredDate:d MMMM} ({s.TimeSlot.Title}).",
            new ReplyButton("booking_ok", "Confirm"),
            new ReplyButton("booking_call", "Call me"))));
}
