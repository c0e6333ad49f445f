using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using FlowTypes.AspNetCore;
using FlowTypes.Endpoints;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowTypes.Benchmarks;

/// <summary>
/// One endpoint data_exchange round trip for the corpus flow book_a_table (submit on BOOKING_DETAILS, answered with
/// the BOOKING_CONFIRMATION screen): AES-GCM decrypt, parse, handler, serialize, AES-GCM encrypt and Base64.
/// Typed (FlowEndpointRequestParser + a FlowEndpointHandler reading and writing records through System.Text.Json
/// source generation) against the same work with JsonDocument and untyped dictionaries. The RSA-OAEP unwrap of the
/// AES key is measured on its own (it dominates), and the whole endpoint (unwrap included) once more.
/// </summary>
[MemoryDiagnoser]
public class EndpointBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private readonly FlowEndpointHandler _handler = new TypedBookingHandler();
    private FlowEndpointProcessor _processor = null!;
    private byte[] _body = [];
    private byte[] _sealedRequest = [];
    private byte[] _encryptedKey = [];
    private byte[] _aesKey = [];
    private byte[] _iv = [];

    [GlobalSetup]
    public void Setup()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "TestData", "endpoint-vectors");
        var key = FlowEndpointKey.Load(new FlowEndpointOptions { PrivateKeyPem = File.ReadAllText(Path.Combine(directory, "private-key.pem")) }, "benchmark");
        _processor = new FlowEndpointProcessor(key, null, FlowParseOptions.Default, NullLogger.Instance, "benchmark");
        using var vectors = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "vectors.json")));
        var submit = vectors.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "submit-details");
        _body = System.Text.Encoding.UTF8.GetBytes(submit.GetProperty("request_body").GetString()!);
        using var envelope = JsonDocument.Parse(_body);
        _sealedRequest = envelope.RootElement.GetProperty("encrypted_flow_data").GetBytesFromBase64();
        _encryptedKey = envelope.RootElement.GetProperty("encrypted_aes_key").GetBytesFromBase64();
        _iv = envelope.RootElement.GetProperty("initial_vector").GetBytesFromBase64();
        _aesKey = submit.GetProperty("aes_key").GetBytesFromBase64();
        if (Typed().Length != Untyped().Length)
        {
            throw new InvalidOperationException("The typed and untyped paths must produce the same response.");
        }
    }

    [Benchmark(Baseline = true, Description = "round trip, untyped: JsonDocument + Dictionary<string, object?>")]
    public byte[] Untyped()
    {
        var plaintext = new byte[_sealedRequest.Length - AesGcm128.TagSize];
        AesGcm128.TryDecrypt(_aesKey, _iv, _sealedRequest, plaintext);
        using var document = JsonDocument.Parse(plaintext);
        var root = document.RootElement;
        var request = new Dictionary<string, object?>
        {
            ["action"] = root.GetProperty("action").GetString(),
            ["screen"] = root.GetProperty("screen").GetString(),
            ["flow_token"] = root.GetProperty("flow_token").GetString(),
            ["data"] = root.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.GetString()),
        };
        var data = (Dictionary<string, object?>)request["data"]!;
        var response = new Dictionary<string, object?>
        {
            ["screen"] = "BOOKING_CONFIRMATION",
            ["data"] = new Dictionary<string, object?>
            {
                ["date"] = "Date: 2026-01-08",
                ["time"] = "Time: 18:30",
                ["people"] = "People: 2",
                ["location"] = "Location: Shorty Heights, Light City, 59923",
                ["name"] = "Name: " + (string?)data["name"],
                ["special_occasion"] = "Special Occasion: " + ((string?)data["special_occasion"] == "1" ? "Birthday" : "Other"),
            },
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(response, ReflectionOptions);
        return FlowEndpointProcessor.Encrypt(200, json, _aesKey, _iv).Base64Body!;
    }

    [Benchmark(Description = "round trip, typed: FlowEndpointRequestParser + records (STJ source-generated)")]
    public byte[] Typed()
    {
        var plaintext = new byte[_sealedRequest.Length - AesGcm128.TagSize];
        AesGcm128.TryDecrypt(_aesKey, _iv, _sealedRequest, plaintext);
        FlowEndpointRequestParser.TryParse(plaintext, FlowParseOptions.Default, out var request, out _);
        var response = _handler.HandleAsync(request!, CancellationToken.None).GetAwaiter().GetResult();
        return FlowEndpointProcessor.Encrypt(200, response.Utf8Json.Span, _aesKey, _iv).Base64Body!;
    }

    [Benchmark(Description = "RSA-OAEP-SHA256 unwrap of the AES key (2048-bit)")]
    public byte[] RsaUnwrap() => _processor.TryDecrypt(_body, out _, out var key, out _, out _) ? key : [];

    [Benchmark(Description = "whole endpoint, typed: signature-free body in, Base64 out (unwrap included)")]
    public int WholeEndpoint() =>
        _processor.ProcessAsync(_body, null, () => _handler, CancellationToken.None).AsTask().GetAwaiter().GetResult().Base64Body!.Length;
}

/// <summary>The typed handler: reads the BOOKING_DETAILS submit into a record and answers with a typed screen record.</summary>
internal sealed class TypedBookingHandler : FlowEndpointHandler
{
    public override ValueTask<FlowEndpointResponse> HandleAsync(FlowEndpointRequest request, CancellationToken cancellationToken)
    {
        var details = JsonSerializer.Deserialize(request.Data.Span, EndpointJsonContext.Default.BookingDetails)!;
        var response = new ConfirmationResponse("BOOKING_CONFIRMATION", new ConfirmationData(
            "Date: 2026-01-08", "Time: 18:30", "People: 2", "Location: Shorty Heights, Light City, 59923",
            "Name: " + details.Name, "Special Occasion: " + (details.SpecialOccasion == "1" ? "Birthday" : "Other")));
        return ValueTask.FromResult(new FlowEndpointResponse(JsonSerializer.SerializeToUtf8Bytes(response, EndpointJsonContext.Default.ConfirmationResponse)));
    }
}

internal sealed record BookingDetails(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("special_occasion")] string? SpecialOccasion,
    [property: JsonPropertyName("requirements")] string? Requirements);

internal sealed record ConfirmationData(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("time")] string Time,
    [property: JsonPropertyName("people")] string People,
    [property: JsonPropertyName("location")] string Location,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("special_occasion")] string SpecialOccasion);

internal sealed record ConfirmationResponse(
    [property: JsonPropertyName("screen")] string Screen,
    [property: JsonPropertyName("data")] ConfirmationData Data);

[JsonSerializable(typeof(BookingDetails))]
[JsonSerializable(typeof(ConfirmationResponse))]
internal sealed partial class EndpointJsonContext : JsonSerializerContext
{
}
