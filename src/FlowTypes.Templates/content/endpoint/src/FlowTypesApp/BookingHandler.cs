using FlowTypes.ChatApps;
using FlowTypes.Endpoints;
using FlowTypes.Sending;
using FlowTypesApp.Flows;

namespace FlowTypesApp;

/// <summary>
/// The endpoint of <c>flows/booking.flow.json</c>. <see cref="BookingEndpoint"/> is generated from the flow: one typed
/// method per request the flow sends, and responses that can only name the screens its routing_model allows, with
/// every field the next screen declares. A new data_exchange in the flow file is a compile error here until it is
/// handled.
/// </summary>
public sealed class BookingHandler(BookingInvitations invitations, ChatAppsClient chatApps) : BookingEndpoint
{
    // The free slots: a real service asks its calendar here.
    private static readonly (string Id, string Title)[] Slots = [("2026-12-08T09:00", "Tue, Dec 8, 09:00"), ("2026-12-08T14:30", "Tue, Dec 8, 14:30")];

    /// <summary>The flow opens: the BOOK screen with the free slots.</summary>
    public override ValueTask<InitResponse> OnInitAsync(InitRequest request, CancellationToken cancellationToken)
    {
        RecipientOf(request.FlowToken);
        return ValueTask.FromResult(InitResponse.ToBook(new BookData(Slots.Select(s => new BookData.SlotsItem(s.Id, s.Title)).ToList())));
    }

    /// <summary>The user booked: confirm with the <c>booking_confirmed</c> template and close the flow.</summary>
    public override async ValueTask<BookResponse> OnBookSubmitAsync(BookSubmitRequest request, CancellationToken cancellationToken)
    {
        var msisdn = RecipientOf(request.FlowToken);
        var slot = Slots.FirstOrDefault(s => s.Id == request.Slot).Title ?? throw new InvalidOperationException($"Unknown slot '{request.Slot}'.");
        await chatApps.SendMessageAsync(new ChatAppsMessage(msisdn, WhatsAppTemplates.BookingConfirmed.EnUs(body1: request.Name, body2: slot)), cancellationToken);
        invitations.Close(request.FlowToken!);
        return BookResponse.Finish(request.FlowToken!, new Dictionary<string, string> { ["slot"] = request.Slot });
    }

    // An unknown or used token is answered 427: WhatsApp shows the message and the user cannot go on.
    private string RecipientOf(string? flowToken) =>
        invitations.Recipient(flowToken) ?? throw new InvalidFlowTokenException("This booking link has expired. Send us a message to get a new one.");
}
