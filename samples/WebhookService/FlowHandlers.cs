using FlowTypes;
using WebhookService.Flows;

namespace WebhookService;

/// <summary>What a handler decided: a line for the log/demo and the reply text to send to the user.</summary>
public sealed record HandlerResult(string Summary, string Reply);

/// <summary>
/// One typed handler per flow. Each receives the generated submission type: no string keys, no JsonDocument.
/// Submitted text is user input: it is stored as a parameter and shown, never used as a format string or SQL.
/// </summary>
public static class FlowHandlers
{
    public static HandlerResult Handle(IFlowSubmission submission) => submission switch
    {
        ReturnsSubmission r => Returns(r),
        HealthcareAppointmentSubmission a => Appointment(a),
        LeadGenerationSubmission l => Lead(l),
        ServiceBookingSubmission s => ServiceBooking(s),
        _ => new HandlerResult($"unhandled {submission.GetType().Name}", "Thanks, we received your answers."),
    };

    private static HandlerResult Returns(ReturnsSubmission r)
    {
        var next = r.ResolutionType.Id switch
        {
            ReturnsSubmission.ResolutionTypeOption.Refund => "We will refund you within 5 business days.",
            ReturnsSubmission.ResolutionTypeOption.Exchange => $"We will ship the exchange ({r.ExchangePref ?? "same item"}) as soon as we receive the return.",
            ReturnsSubmission.ResolutionTypeOption.StoreCredit => "Your store credit (+10%) will be on your account today.",
            _ => "We will contact you about the resolution.",
        };
        return new HandlerResult(
            $"return {r.OrderNumber}: {r.ItemName}, reason={r.ReturnReason.Id} (\"{r.ReturnReason.Title}\"), resolution={r.ResolutionType.Id}, contact={r.ContactMethod.Id}, details={r.AdditionalDetails ?? "-"}",
            $"Return for order {r.OrderNumber} received. {next}");
    }

    private static HandlerResult Appointment(HealthcareAppointmentSubmission a) => new(
        $"appointment: {a.PatientFirstName} {a.PatientLastName} (born {a.DateOfBirth:yyyy-MM-dd}), {a.AppointmentType.Title} on {a.AppointmentDate:yyyy-MM-dd} at slot {a.TimeSlot.Id} ({a.VisitType.Title}), insurance={a.InsuranceStatus.Id}/{a.InsuranceProvider ?? "-"}, contact via {string.Join("+", a.ContactPreferences?.Select(p => p.Id) ?? Array.Empty<string>())}",
        $"Thanks {a.PatientFirstName}, your {a.AppointmentType.Title} is requested for {a.AppointmentDate:dddd d MMMM}. We will confirm shortly.");

    private static HandlerResult Lead(LeadGenerationSubmission l) => new(
        $"lead: {l.ContactName} ({l.JobTitle}) at {l.CompanyName}, size={l.CompanySize.Title}, industry={l.Industry.Title}, channels={string.Join(",", l.InterestedChannels.Select(c => c.Id))}, volume={l.MonthlyVolume.Id}, demo {l.DemoDate:yyyy-MM-dd} {l.DemoTime.Title} for {l.DemoDuration.Title}",
        $"Thanks {l.ContactName}! Your demo is booked for {l.DemoDate:d MMMM} at {l.DemoTime.Title} (Pacific).");

    private static HandlerResult ServiceBooking(ServiceBookingSubmission s) => new(
        $"service booking: {s.ServiceType.Title} ({s.Urgency.Title}) at {s.StreetAddress}{(s.AptUnit is null ? string.Empty : " " + s.AptUnit)}, {s.City} {s.PostalCode}, {s.PreferredDate:yyyy-MM-dd} {s.TimeSlot.Title}, photos={s.ProblemPhoto?.Count ?? 0}, access={string.Join(",", s.AccessRequirements?.Select(a => a.Id) ?? Array.Empty<string>())}",
        $"Thanks {s.ContactName}, a {s.ServiceType.Title} technician is requested for {s.PreferredDate:d MMMM} ({s.TimeSlot.Title}).");
}
