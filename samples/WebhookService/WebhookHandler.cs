using System.Text.Json;
using FlowTypes;
using FlowTypes.Sending;
using FlowTypes.Webhooks;
using WebhookService.Flows;
using WebhookService.Processing;
using WebhookService.Storage;

namespace WebhookService;

/// <summary>What a handler decided for a submission: a line for the log and the demo, and the reply to send, or why none is sent.</summary>
public sealed record HandlerDecision(string Summary, ChatAppsMessage? Reply)
{
    /// <summary>No reply: the submission is parked as failed with <paramref name="reason"/>, for an operator to look at and replay.</summary>
    public static HandlerDecision Park(string reason) => new(reason, null);
}

/// <summary>
/// The service's 8x8 webhook handler. It derives from <c>FlowWebhookHandler</c>, which FlowTypes generates from
/// flows/*.flow.json: one typed method per flow, each given the envelope (<see cref="FlowSubmissionEvent"/>: umid, the
/// sender's msisdn) and the flow's generated submission record: no string keys, no JsonDocument.
/// <para>
/// It runs twice for a flow submission. When the webhook arrives, <c>MapChatAppsWebhook</c> calls
/// <see cref="OnReceivedAsync"/>, which stores the body (committed before the 200; a re-delivered umid is found stored
/// and acknowledged again) and answers without handling it. Later the processor reads the stored body with the same
/// <see cref="ChatAppsWebhookHandler.Events"/> and calls <see cref="ChatAppsWebhookHandler.DispatchAsync"/>: the flow's
/// method decides the reply (<see cref="Decision"/>), which the processor sends at most once. Other events (button
/// replies, text messages, delivery receipts) are handled at once and not stored.
/// </para>
/// Submitted text is user input: it is stored as a parameter and shown, never used as a format string or SQL.
/// </summary>
public sealed class WebhookHandler : FlowWebhookHandler
{
    /// <summary>The <c>flow</c> column of a submission that matches none of this service's flows.</summary>
    public const string UnrecognizedFlow = "(unrecognized)";

    private readonly ISubmissionWriter _writer;
    private readonly ProcessingSignal _signal;
    private readonly ILogger<WebhookHandler> _logger;

    public WebhookHandler(ISubmissionWriter writer, ProcessingSignal signal, ILogger<WebhookHandler> logger)
    {
        _writer = writer;
        _signal = signal;
        _logger = logger;
    }

    /// <summary>What the method of the last dispatched submission decided (one handler per request or per processed row).</summary>
    public HandlerDecision? Decision { get; private set; }

    /// <summary>
    /// Stores a flow submission before it is acknowledged; a storage failure throws, so 8x8 gets 503 and delivers it
    /// again. A submission of a flow this service does not have is stored as well: the processor parks it, and it can
    /// be replayed once the flow is deployed.
    /// </summary>
    protected override async ValueTask<WebhookAcknowledgement> OnReceivedAsync(ChatAppsWebhookDelivery delivery, CancellationToken cancellationToken)
    {
        InboundMessageEvent message;
        string flow;
        string? flowToken = null, responseJson = null;
        switch (delivery.Event)
        {
            case FlowSubmissionEvent submission:
                (message, flow, flowToken) = (submission, submission.Submission.GetType().Name, submission.Submission.FlowToken);
                break;
            case UnrecognizedFlowSubmissionEvent unrecognized:
                (message, flow, responseJson) = (unrecognized, UnrecognizedFlow, unrecognized.ResponseJson);
                break;
            default:
                return WebhookAcknowledgement.Dispatch; // handled at once, below
        }

        if (message.Umid is not { Length: > 0 } umid)
        {
            // 8x8 always sends one; without it a re-delivery could not be recognised, so nothing is stored or sent.
            _logger.LogWarning("A flow submission without a umid was acknowledged without a reply: it cannot be deduplicated");
            return WebhookAcknowledgement.Dispatch;
        }

        var body = delivery.Body.ToArray();
        var stored = new StoredSubmission(umid, flow, flowToken, message.User.Msisdn ?? string.Empty, responseJson ?? ResponseJsonOf(body), body, DateTimeOffset.UtcNow);

        // Completes when the row is committed (or found already stored): only then is the webhook acknowledged.
        if (!(await _writer.ExecuteAsync(new InsertSubmission(stored), cancellationToken)).Applied)
        {
            _logger.LogInformation("Duplicate delivery of {Umid} acknowledged", umid);
            return WebhookAcknowledgement.Duplicate;
        }

        _signal.Notify();
        return WebhookAcknowledgement.Deferred;
    }

    protected override ValueTask OnReturnsSubmissionAsync(FlowSubmissionEvent message, ReturnsSubmission r, CancellationToken cancellationToken)
    {
        var next = r.ResolutionType.Id switch
        {
            ReturnsSubmission.ResolutionTypeOption.Refund => "We will refund you within 5 business days.",
            ReturnsSubmission.ResolutionTypeOption.Exchange => $"We will ship the exchange ({r.ExchangePref ?? "same item"}) as soon as we receive the return.",
            ReturnsSubmission.ResolutionTypeOption.StoreCredit => "Your store credit (+10%) will be on your account today.",
            _ => "We will contact you about the resolution.",
        };

        // The template's variables are parameters of the generated builder: a missing value does not compile.
        return Decide(
            $"return {r.OrderNumber}: {r.ItemName}, reason={r.ReturnReason.Id} (\"{r.ReturnReason.Title}\"), resolution={r.ResolutionType.Id}, contact={r.ContactMethod.Id}, details={r.AdditionalDetails ?? "-"}",
            new ChatAppsMessage(Msisdn(message), WhatsAppTemplates.ReturnUpdate.EnUs(body1: r.OrderNumber, body2: next, button0UrlSuffix: r.OrderNumber)));
    }

    protected override ValueTask OnHealthcareAppointmentSubmissionAsync(FlowSubmissionEvent message, HealthcareAppointmentSubmission a, CancellationToken cancellationToken) => Decide(
        $"appointment: {a.PatientFirstName} {a.PatientLastName} (born {a.DateOfBirth:yyyy-MM-dd}), {a.AppointmentType.Title} on {a.AppointmentDate:yyyy-MM-dd} at slot {a.TimeSlot.Id} ({a.VisitType.Title}), insurance={a.InsuranceStatus.Id}/{a.InsuranceProvider ?? "-"}, contact via {string.Join("+", a.ContactPreferences?.Select(p => p.Id) ?? Array.Empty<string>())}",
        new ChatAppsMessage(Msisdn(message), new ReplyButtonsMessage(
            $"Thanks {a.PatientFirstName}, your {a.AppointmentType.Title} is requested for {a.AppointmentDate:dddd d MMMM}. We will confirm shortly.",
            new ReplyButton("appointment_ok", "Sounds good"),
            new ReplyButton("appointment_change", "Change date"))));

    protected override ValueTask OnLeadGenerationSubmissionAsync(FlowSubmissionEvent message, LeadGenerationSubmission l, CancellationToken cancellationToken) => Decide(
        $"lead: {l.ContactName} ({l.JobTitle}) at {l.CompanyName}, size={l.CompanySize.Title}, industry={l.Industry.Title}, channels={string.Join(",", l.InterestedChannels.Select(c => c.Id))}, volume={l.MonthlyVolume.Id}, demo {l.DemoDate:yyyy-MM-dd} {l.DemoTime.Title} for {l.DemoDuration.Title}",
        new ChatAppsMessage(Msisdn(message), new CtaUrlMessage(
            $"Thanks {l.ContactName}! Your demo is booked for {l.DemoDate:d MMMM} at {l.DemoTime.Title} (Pacific).",
            "Prepare for the demo",
            "https://cpaas.8x8.com/en/")));

    protected override ValueTask OnServiceBookingSubmissionAsync(FlowSubmissionEvent message, ServiceBookingSubmission s, CancellationToken cancellationToken) => Decide(
        $"service booking: {s.ServiceType.Title} ({s.Urgency.Title}) at {s.StreetAddress}{(s.AptUnit is null ? string.Empty : " " + s.AptUnit)}, {s.City} {s.PostalCode}, {s.PreferredDate:yyyy-MM-dd} {s.TimeSlot.Title}, photos={s.ProblemPhoto?.Count ?? 0}, access={string.Join(",", s.AccessRequirements?.Select(a => a.Id) ?? Array.Empty<string>())}",
        new ChatAppsMessage(Msisdn(message), new ReplyButtonsMessage(
            $"Thanks {s.ContactName}, a {s.ServiceType.Title} technician is requested for {s.PreferredDate:d MMMM} ({s.TimeSlot.Title}).",
            new ReplyButton("booking_ok", "Confirm"),
            new ReplyButton("booking_call", "Call me"))));

    protected override ValueTask OnUnrecognizedFlowSubmissionAsync(UnrecognizedFlowSubmissionEvent message, CancellationToken cancellationToken)
    {
        Decision = HandlerDecision.Park("the submission matches none of this service's flows (no flow file's required keys are all in it); add its flow to flows/, deploy, then replay it");
        return default;
    }

    // Events that are not flow submissions are handled here at once, typed, and not stored.
    protected override ValueTask OnButtonReplyAsync(ButtonReplyEvent message, CancellationToken cancellationToken)
    {
        _logger.LogInformation("Button {ButtonId} tapped in answer to {ReplyToUmid} ({Umid})", message.Id, message.ReplyToUmid, message.Umid);
        return default;
    }

    protected override ValueTask OnMessageStatusAsync(MessageStatusEvent status, CancellationToken cancellationToken)
    {
        _logger.LogInformation("Message {Umid} is {State} ({Detail})", status.Umid, status.Status.State, status.Status.Detail);
        return default;
    }

    /// <summary>Everything no method above handles: text messages, media, new event types; a flow submission of a flow without a method gets a generic reply.</summary>
    protected override ValueTask OnUnhandledAsync(ChatAppsEvent webhookEvent, CancellationToken cancellationToken)
    {
        if (webhookEvent is FlowSubmissionEvent submission)
        {
            return Decide(
                $"unhandled {submission.Submission.GetType().Name}",
                new ChatAppsMessage(Msisdn(submission), new ReplyButtonsMessage("Thanks, we received your answers.", new ReplyButton("menu", "Main menu"))));
        }

        _logger.LogInformation("Acknowledged {EventType} {Type} {DeliveryId}", webhookEvent.EventType, webhookEvent.GetType().Name, webhookEvent.DeliveryId);
        return default;
    }

    private ValueTask Decide(string summary, ChatAppsMessage reply)
    {
        Decision = new HandlerDecision(summary, reply);
        return default;
    }

    private static string Msisdn(InboundMessageEvent message) => message.User.Msisdn ?? string.Empty;

    /// <summary>
    /// The submission's JSON text (<c>payload.content.interactive.nfmReply.responseJson</c>) for the <c>response_json</c>
    /// column. The typed event does not keep it as text (the one-pass reader reads it straight into the record), so it is
    /// read here from the stored bytes, once per accepted submission.
    /// </summary>
    private static string ResponseJsonOf(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("payload").GetProperty("content").GetProperty("interactive").GetProperty("nfmReply").GetProperty("responseJson").GetString()!;
    }
}
