using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using FlowTypes.Benchmarks.Flows;
using FlowTypes.Webhooks;

namespace FlowTypes.Benchmarks;

/// <summary>
/// What a webhook handler needs from one 8x8 body: the envelope (umid to deduplicate, the sender's msisdn to reply,
/// timestamp, channel) and the typed submission. The rows of the receiving issue, measured in one run on the 8x8
/// lead-generation body: the token-walk floor, the typed submission alone (<c>ParseWebhook</c>, the baseline),
/// System.Text.Json source generation of the envelope and the inner record, what a handler did before the one door
/// (the frozen System.Text.Json envelope model, then <c>FlowRouter.TryParse</c> of the string), and the one door
/// (<c>FlowRouter.Events</c>). Every contender reads the same envelope fields (the set-up checks they agree).
/// </summary>
[MemoryDiagnoser]
public class WebhookEventBenchmarks
{
    private byte[] _body = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        _body = Payloads.Webhook("lead-generation.response.json");
        var oneDoor = (FlowSubmissionEvent)FlowRouter.Events.Parse(_body);
        var stj = SourceGeneratedEnvelope();
        var today = Today();
        if (oneDoor.Umid != stj.Umid || oneDoor.User.Msisdn != stj.Msisdn || oneDoor.Umid != today.Umid
            || !((LeadGenerationSubmission)oneDoor.Submission).Equals(LeadGenerationSubmission.ParseWebhook(_body))
            || ((LeadGenerationSubmission)oneDoor.Submission).ContactName != stj.Submission.ContactName)
        {
            throw new InvalidOperationException("The contenders do not read the same values.");
        }
    }

    [Benchmark(Description = "floor: token walk (envelope + unescaped inner string)")]
    public int Floor()
    {
        var reader = new Utf8JsonReader(_body);
        var tokens = 0;
        var nextIsResponse = false;
        while (reader.Read())
        {
            tokens++;
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                nextIsResponse = reader.ValueTextEquals("responseJson"u8);
            }
            else if (nextIsResponse && reader.TokenType == JsonTokenType.String)
            {
                var buffer = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
                var length = reader.CopyString(buffer);
                var inner = new Utf8JsonReader(buffer.AsSpan(0, length));
                while (inner.Read())
                {
                    tokens++;
                }

                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        return tokens;
    }

    [Benchmark(Baseline = true, Description = "typed submission only: LeadGenerationSubmission.ParseWebhook")]
    public object TypedOnly() => LeadGenerationSubmission.ParseWebhook(_body);

    [Benchmark(Description = "System.Text.Json source generation: envelope + inner record")]
    public object SourceGenerated() => SourceGeneratedEnvelope();

    [Benchmark(Description = "before: ChatAppsWebhook.Parse (STJ envelope) + FlowRouter.TryParse")]
    public object Before() => Today();

    [Benchmark(Description = "one door: FlowRouter.Events.Parse")]
    public object OneDoor() => FlowRouter.Events.Parse(_body);

    // Where the one door's time goes beyond the baseline: the project's router picking the route (the baseline names
    // the record), and the envelope read without any flow (the submission kept as its text).
    [Benchmark(Description = "part: the router alone, FlowRouter.ParseWebhook")]
    public object RouterOnly() => FlowRouter.ParseWebhook(_body);

    [Benchmark(Description = "part: the envelope alone, ChatAppsEventReader.Default.Parse (submission kept as text)")]
    public object EnvelopeOnly() => ChatAppsEventReader.Default.Parse(_body);

    private (string? Umid, string? Msisdn, LeadGenerationPoco Submission) SourceGeneratedEnvelope()
    {
        var envelope = JsonSerializer.Deserialize(_body, FullEnvelopeJsonContext.Default.FullEnvelopePoco)!;
        var submission = JsonSerializer.Deserialize(envelope.Payload!.Content!.Interactive!.NfmReply!.ResponseJson!, BaselineJsonContext.Default.LeadGenerationPoco)!;
        return (envelope.Payload.Umid, envelope.Payload.User?.Msisdn, submission);
    }

    private (string? Umid, IFlowSubmission Submission) Today()
    {
        var envelope = Legacy.ChatAppsWebhook.Parse(_body);
        FlowRouter.TryParse(envelope.Payload!.Content!.Interactive!.NfmReply!.ResponseJson!, out var submission, out _);
        return (envelope.Payload.Umid, submission!);
    }
}

/// <summary>The 8x8 envelope with every field the one door reads, for the System.Text.Json row.</summary>
public sealed class FullEnvelopePoco
{
    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    [JsonPropertyName("eventType")]
    public string? EventType { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("payload")]
    public FullPayloadPoco? Payload { get; set; }
}

public sealed class FullPayloadPoco
{
    [JsonPropertyName("umid")]
    public string? Umid { get; set; }

    [JsonPropertyName("subAccountId")]
    public string? SubAccountId { get; set; }

    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonPropertyName("user")]
    public FullUserPoco? User { get; set; }

    [JsonPropertyName("recipient")]
    public FullRecipientPoco? Recipient { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("content")]
    public ContentPoco? Content { get; set; }

    [JsonPropertyName("replyToUmid")]
    public string? ReplyToUmid { get; set; }
}

public sealed class FullUserPoco
{
    [JsonPropertyName("msisdn")]
    public string? Msisdn { get; set; }

    [JsonPropertyName("channelUserId")]
    public string? ChannelUserId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

public sealed class FullRecipientPoco
{
    [JsonPropertyName("channel")]
    public string? Channel { get; set; }

    [JsonPropertyName("channelId")]
    public string? ChannelId { get; set; }
}

[JsonSerializable(typeof(FullEnvelopePoco))]
internal sealed partial class FullEnvelopeJsonContext : JsonSerializerContext
{
}
