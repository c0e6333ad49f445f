using System.Text;
using System.Text.Json;

namespace FlowTypes.Benchmarks;

/// <summary>The webhook bodies measured: the 8x8 envelope around each documented (or synthetic) responseJson.</summary>
public static class Payloads
{
    // 8x8 and Meta escape only what JSON requires: a quote inside responseJson arrives as \" (see the documented
    // webhook bodies), not as the \u0022 that System.Text.Json's default encoder would write.
    private static readonly JsonSerializerOptions WireEscaping = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The inner <c>responseJson</c> of a response file, compact, as it arrives inside the webhook body (unescaped).</summary>
    public static string ResponseJson(string responseFile) =>
        JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, responseFile))).RootElement, WireEscaping);

    public static byte[] Webhook(string responseFile)
    {
        var inner = ResponseJson(responseFile);
        var envelope = "{\"namespace\":\"ChatApps\",\"eventType\":\"inbound_message_received\",\"description\":\"ChatApps inbound message\",\"payload\":{\"umid\":\"abc123-def456-ghi789\",\"subAccountId\":\"your-subaccount-id\",\"timestamp\":\"2026-01-15T10:30:00.000Z\",\"user\":{\"msisdn\":\"+15551234567\",\"channelUserId\":\"15551234567\"},\"recipient\":{\"channel\":\"whatsapp\",\"channelId\":\"your-channel-id\"},\"type\":\"Interactive\",\"content\":{\"interactive\":{\"type\":\"nfmReply\",\"nfmReply\":{\"responseJson\":"
            + JsonSerializer.Serialize(inner, WireEscaping) + "}}}}}";
        return Encoding.UTF8.GetBytes(envelope);
    }
}

/// <summary>Envelope POCOs for the System.Text.Json baselines (only the path to responseJson).</summary>
public sealed class EnvelopePoco
{
    [System.Text.Json.Serialization.JsonPropertyName("payload")]
    public PayloadPoco? Payload { get; set; }
}

public sealed class PayloadPoco
{
    [System.Text.Json.Serialization.JsonPropertyName("content")]
    public ContentPoco? Content { get; set; }
}

public sealed class ContentPoco
{
    [System.Text.Json.Serialization.JsonPropertyName("interactive")]
    public InteractivePoco? Interactive { get; set; }
}

public sealed class InteractivePoco
{
    [System.Text.Json.Serialization.JsonPropertyName("nfmReply")]
    public NfmReplyPoco? NfmReply { get; set; }
}

public sealed class NfmReplyPoco
{
    [System.Text.Json.Serialization.JsonPropertyName("responseJson")]
    public string? ResponseJson { get; set; }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(EnvelopePoco))]
[System.Text.Json.Serialization.JsonSerializable(typeof(LeadGenerationPoco))]
[System.Text.Json.Serialization.JsonSerializable(typeof(ServiceBookingPoco))]
[System.Text.Json.Serialization.JsonSerializable(typeof(SyntheticSixtyPoco))]
internal sealed partial class BaselineJsonContext : System.Text.Json.Serialization.JsonSerializerContext
{
}
