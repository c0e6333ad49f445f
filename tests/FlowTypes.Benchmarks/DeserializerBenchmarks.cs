using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using FlowTypes.Benchmarks.Flows;

namespace FlowTypes.Benchmarks;

/// <summary>
/// Webhook body bytes in, typed field values out (the inner responseJson string included), for one flow.
/// Baselines (issue "Performance"): (a) what users write today, (b) STJ reflection POCO, (c) STJ source-generated
/// POCO, (d) the floor: a Utf8JsonReader pass that only walks the tokens (envelope + unescaped inner string).
/// </summary>
[MemoryDiagnoser]
public abstract class DeserializerBenchmarks<TPoco>
    where TPoco : class
{
    private static readonly JsonSerializerOptions ReflectionOptions = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    protected byte[] Body = Array.Empty<byte>();

    protected abstract string ResponseFile { get; }

    protected abstract JsonTypeInfo<TPoco> SourceGenerated { get; }

    [GlobalSetup]
    public void Setup() => Body = Payloads.Webhook(ResponseFile);

    [Benchmark(Description = "(a) JsonDocument + Dictionary<string, JsonElement>")]
    public int TodayDictionary()
    {
        using var document = JsonDocument.Parse(Body);
        var inner = document.RootElement.GetProperty("payload").GetProperty("content").GetProperty("interactive").GetProperty("nfmReply").GetProperty("responseJson").GetString()!;
        var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(inner, ReflectionOptions)!;
        return values.Count;
    }

    [Benchmark(Description = "(b) STJ reflection POCO")]
    public TPoco ReflectionPoco()
    {
        var envelope = JsonSerializer.Deserialize<EnvelopePoco>(Body, ReflectionOptions)!;
        return JsonSerializer.Deserialize<TPoco>(envelope.Payload!.Content!.Interactive!.NfmReply!.ResponseJson!, ReflectionOptions)!;
    }

    [Benchmark(Baseline = true, Description = "(c) STJ source-generated POCO")]
    public TPoco SourceGeneratedPoco()
    {
        var envelope = JsonSerializer.Deserialize(Body, BaselineJsonContext.Default.EnvelopePoco)!;
        return JsonSerializer.Deserialize(envelope.Payload!.Content!.Interactive!.NfmReply!.ResponseJson!, SourceGenerated)!;
    }

    [Benchmark(Description = "(d) floor: Utf8JsonReader token walk")]
    public int Floor()
    {
        var reader = new Utf8JsonReader(Body);
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

    /// <summary>The generated <c>XSubmission.ParseWebhook</c> of the flow (benchmarked in each derived class).</summary>
    public abstract object FlowTypesGenerated();

    [Benchmark(Description = "FlowTypes FlowRouter.TryParseWebhook")]
    public object? FlowTypesRouter() => FlowRouter.TryParseWebhook(Body, out var submission, out _) ? submission : null;
}

public class LeadGenerationBenchmarks : DeserializerBenchmarks<LeadGenerationPoco>
{
    protected override string ResponseFile => "lead-generation.response.json";

    protected override JsonTypeInfo<LeadGenerationPoco> SourceGenerated => BaselineJsonContext.Default.LeadGenerationPoco;

    [Benchmark(Description = "FlowTypes generated ParseWebhook")]
    public override object FlowTypesGenerated() => LeadGenerationSubmission.ParseWebhook(Body);
}

public class ServiceBookingBenchmarks : DeserializerBenchmarks<ServiceBookingPoco>
{
    protected override string ResponseFile => "service-booking.response.json";

    protected override JsonTypeInfo<ServiceBookingPoco> SourceGenerated => BaselineJsonContext.Default.ServiceBookingPoco;

    [Benchmark(Description = "FlowTypes generated ParseWebhook")]
    public override object FlowTypesGenerated() => ServiceBookingSubmission.ParseWebhook(Body);
}

public class SyntheticSixtyBenchmarks : DeserializerBenchmarks<SyntheticSixtyPoco>
{
    protected override string ResponseFile => "synthetic-sixty.response.json";

    protected override JsonTypeInfo<SyntheticSixtyPoco> SourceGenerated => BaselineJsonContext.Default.SyntheticSixtyPoco;

    [Benchmark(Description = "FlowTypes generated ParseWebhook")]
    public override object FlowTypesGenerated() => SyntheticSixtySubmission.ParseWebhook(Body);
}

/// <summary>Routing only: which flow is this body? Must allocate nothing.</summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private byte[] _responseJson = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup() => _responseJson = System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "synthetic-sixty.response.json")));

    [Benchmark(Baseline = true, Description = "(d) floor: Utf8JsonReader token walk of responseJson")]
    public int Floor()
    {
        var reader = new Utf8JsonReader(_responseJson);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = "FlowRouter.Identify")]
    public FlowSubmissionKind Identify() => FlowRouter.Identify(_responseJson);
}
