using FlowTypes.AspNetCore;
using FlowTypes.ChatApps;
using FlowTypesApp;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddChatAppsClient(builder.Configuration.GetSection("ChatApps"));
builder.Services.AddSingleton<BookingInvitations>();
builder.Services.AddFlowEndpoint<BookingHandler>(builder.Configuration.GetSection("FlowEndpoints:Booking"));

var app = builder.Build();
// The flow's endpoint: give this URL to 8x8 as the flow's endPointUri. WhatsApp posts here, encrypted, while the user
// moves through the flow.
app.MapFlowEndpoint<BookingHandler>("/flows/booking");
// Sends the booking flow to a WhatsApp user (an internal call: protect it as the rest of your back office).
app.MapPost("/bookings/invitations/{msisdn}", async (string msisdn, BookingInvitations invitations, ChatAppsClient chatApps, CancellationToken cancellationToken) =>
    Results.Ok(new { flowToken = await invitations.SendAsync(chatApps, msisdn, cancellationToken) }));
app.Run();
