using System.Collections.Concurrent;
using System.Security.Cryptography;
using FlowTypes.ChatApps;
using FlowTypes.Sending;

namespace FlowTypesApp;

/// <summary>
/// The open invitations: a flow token per user the booking flow was sent to. WhatsApp echoes the token in every
/// request to the endpoint, which is how the endpoint knows who is booking. Kept in memory here; a service with more
/// than one instance keeps them in its database.
/// </summary>
public sealed class BookingInvitations(IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, string> _msisdnByToken = new(StringComparer.Ordinal);

    /// <summary>Sends the booking flow (its id from <c>Booking:FlowId</c>, what 8x8 returned on create) with a new token.</summary>
    public async Task<string> SendAsync(ChatAppsClient chatApps, string msisdn, CancellationToken cancellationToken)
    {
        var flowId = configuration["Booking:FlowId"] is { Length: > 0 } id ? id : throw new InvalidOperationException("Set Booking:FlowId to the id of the published booking flow.");
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _msisdnByToken[token] = msisdn;
        var flow = new FlowMessage("Pick a time for your visit.", flowId, "Book a visit") { FlowToken = token };
        await chatApps.SendMessageAsync(new ChatAppsMessage(msisdn, flow), cancellationToken);
        return token;
    }

    /// <summary>The user a token was sent to, or null for a token this service did not issue (or already used).</summary>
    public string? Recipient(string? flowToken) => flowToken is not null && _msisdnByToken.TryGetValue(flowToken, out var msisdn) ? msisdn : null;

    /// <summary>Closes an invitation: its token is not accepted again.</summary>
    public void Close(string flowToken) => _msisdnByToken.TryRemove(flowToken, out _);
}
