using FlowTypes.AspNetCore;
using FlowTypes.ChatApps;
using FlowTypesApp;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddChatAppsClient(builder.Configuration.GetSection("ChatApps"));
builder.Services.AddChatAppsWebhook<FeedbackWebhooks>(builder.Configuration.GetSection("Webhooks"));

var app = builder.Build();
// Register this URL as the channel's webhook in 8x8 (inbound messages); flow submissions arrive here.
app.MapChatAppsWebhook<FeedbackWebhooks>("/webhooks/8x8");
app.Run();
