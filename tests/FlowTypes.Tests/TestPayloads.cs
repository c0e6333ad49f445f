using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace FlowTypes.Tests;

/// <summary>Real payload samples (tests/TestData/corpus) and the documented 8x8 webhook envelope around them.</summary>
internal static class TestPayloads
{
    public static string Corpus(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", fileName));

    /// <summary>
    /// Wraps a responseJson string in the 8x8 <c>inbound_message_received</c> envelope exactly as the 8x8 webhook docs
    /// show it ("Flow Submission (nfmReply)"), with the responseJson as an escaped JSON string.
    /// </summary>
    public static byte[] EightByEightWebhook(string responseJson, string umid = "abc123-def456-ghi789")
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("namespace", "ChatApps");
            writer.WriteString("eventType", "inbound_message_received");
            writer.WriteString("description", "ChatApps inbound message");
            writer.WriteStartObject("payload");
            writer.WriteString("umid", umid);
            writer.WriteString("subAccountId", "your-subaccount-id");
            writer.WriteString("timestamp", "2026-01-15T10:30:00.000Z");
            writer.WriteStartObject("user");
            writer.WriteString("msisdn", "+15551234567");
            writer.WriteString("channelUserId", "15551234567");
            writer.WriteEndObject();
            writer.WriteStartObject("recipient");
            writer.WriteString("channel", "whatsapp");
            writer.WriteString("channelId", "your-channel-id");
            writer.WriteEndObject();
            writer.WriteString("type", "Interactive");
            writer.WriteStartObject("content");
            writer.WriteStartObject("interactive");
            writer.WriteString("type", "nfmReply");
            writer.WriteStartObject("nfmReply");
            writer.WriteString("responseJson", responseJson);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
