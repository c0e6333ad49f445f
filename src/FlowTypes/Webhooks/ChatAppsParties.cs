using System;

namespace FlowTypes.Webhooks;

/// <summary>A WhatsApp user as 8x8 reports it (<c>payload.user</c>).</summary>
/// <param name="Msisdn">The phone number in E.164 format (<c>+15551234567</c>): where to send a reply.</param>
/// <param name="ChannelUserId">The WhatsApp id (the number without <c>+</c>).</param>
/// <param name="Name">The WhatsApp display name, when 8x8 has it.</param>
public readonly record struct ChatAppsUser(string? Msisdn, string? ChannelUserId, string? Name);

/// <summary>Your channel that received an inbound message (<c>payload.recipient</c>).</summary>
/// <param name="Channel">The channel kind, <c>whatsapp</c>.</param>
/// <param name="ChannelId">Your WhatsApp channel id.</param>
public readonly record struct ChatAppsRecipient(string? Channel, string? ChannelId);

/// <summary>The delivery status of a message you sent (<c>payload.status</c>).</summary>
/// <param name="State"><c>sent</c>, <c>delivered</c>, <c>read</c>, <c>undelivered</c>, ... (see <see cref="MessageStates"/>).</param>
/// <param name="Detail">More about the state, for example <c>delivered_to_recipient</c> or <c>rejected_by_operator</c>.</param>
/// <param name="Timestamp">When the state was observed.</param>
/// <param name="ErrorCode">The error code of a failed message.</param>
/// <param name="ErrorMessage">The error message of a failed message.</param>
public readonly record struct MessageStatus(string? State, string? Detail, DateTimeOffset? Timestamp, int? ErrorCode, string? ErrorMessage);
