using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FlowTypes.AspNetCore;
using FlowTypes.Endpoints;
using Microsoft.Extensions.Logging.Abstractions;
using Current = FlowTypes.Benchmarks.Flows;
using Legacy = FlowTypes.Benchmarks.Legacy;

namespace FlowTypes.Benchmarks;

/// <summary>
/// The endpoint handler FlowTypes generates for the corpus flow book_a_table (the endpoint vectors' flow), against the
/// frozen copy of the handler it generated at 1a20bae (<c>Legacy/</c>: its own classifier with an FNV key switch),
/// in the same run, on two requests of the vectors: a DatePicker select on BOOK_TABLE (one of three data_exchanges of
/// the screen, told apart by their keys) and the Footer submit of BOOKING_DETAILS (the screen's only one).
/// <list type="bullet">
/// <item><c>handler</c>: <c>HandleAsync</c> on the parsed request: classified, its data read into the typed record,
/// the typed method called, the response written.</item>
/// <item><c>round trip</c>: AES-GCM decrypt, <c>FlowEndpointRequestParser</c>, <c>HandleAsync</c>, AES-GCM encrypt and
/// Base64, and the same work done with <c>JsonDocument</c> and untyped dictionaries for comparison.</item>
/// <item><c>endpoint</c>: the RSA-OAEP unwrap of the AES key alone (it dominates), and the whole endpoint with the
/// current handler (unwrap included).</item>
/// </list>
/// The set-up throws unless both handlers write the same bytes and the vector's expected response. Median and minimum
/// are shown beside the mean: on a shared machine the least disturbed iterations say more than the mean. The flow is
/// Flow JSON 2.1, so the current handler reads the DatePicker as the <c>DateTimeOffset</c> of its millisecond timestamp
/// (issue 23); the 1a20bae copy read it as a <c>DateOnly</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class EndpointBenchmarks
{
    /// <summary>The vector whose request is handled.</summary>
    public enum Request
    {
        /// <summary><c>select-date</c>: the DatePicker's on-select data_exchange on BOOK_TABLE.</summary>
        SelectDate,

        /// <summary><c>submit-details</c>: the Footer data_exchange on BOOKING_DETAILS.</summary>
        SubmitDetails,
    }

    private static readonly JsonSerializerOptions ReflectionOptions = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private readonly FlowEndpointHandler _legacy = new LegacyBookingHandler();
    private readonly FlowEndpointHandler _current = new CurrentBookingHandler();
    private FlowEndpointProcessor _processor = null!;
    private byte[] _body = [];
    private byte[] _plaintext = [];
    private FlowEndpointRequest _request = null!;
    private byte[] _sealedRequest = [];
    private byte[] _aesKey = [];
    private byte[] _iv = [];

    [ParamsAllValues]
    public Request Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "TestData", "endpoint-vectors");
        var key = FlowEndpointKey.Load(new FlowEndpointOptions { PrivateKeyPem = File.ReadAllText(Path.Combine(directory, "private-key.pem")) }, "benchmark");
        _processor = new FlowEndpointProcessor(key, null, FlowParseOptions.Default, NullLogger.Instance, "benchmark");
        using var vectors = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "vectors.json")));
        var name = Case == Request.SelectDate ? "select-date" : "submit-details";
        var vector = vectors.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        _body = System.Text.Encoding.UTF8.GetBytes(vector.GetProperty("request_body").GetString()!);
        _plaintext = System.Text.Encoding.UTF8.GetBytes(vector.GetProperty("request_plaintext").GetString()!);
        _request = FlowEndpointRequestParser.TryParse(_plaintext, FlowParseOptions.Default, out var request, out var error) ? request! : throw new InvalidOperationException($"{name}: {error}");
        using var envelope = JsonDocument.Parse(_body);
        _sealedRequest = envelope.RootElement.GetProperty("encrypted_flow_data").GetBytesFromBase64();
        _iv = envelope.RootElement.GetProperty("initial_vector").GetBytesFromBase64();
        _aesKey = vector.GetProperty("aes_key").GetBytesFromBase64();

        var expected = vector.GetProperty("response_plaintext").GetString()!;
        var legacy = System.Text.Encoding.UTF8.GetString(LegacyHandler().Span);
        var current = System.Text.Encoding.UTF8.GetString(CurrentHandler().Span);
        if (legacy != current || !JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(current)))
        {
            throw new InvalidOperationException($"{name}: the vector expects {expected}; the 1a20bae handler wrote {legacy}, the current one {current}.");
        }

        if (!Legacy1a20bae().AsSpan().SequenceEqual(CurrentGenerated()) || !JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(Decrypt(Untyped()))))
        {
            throw new InvalidOperationException($"{name}: the round trips do not all answer {expected}.");
        }
    }

    [Benchmark(Baseline = true, Description = "handler, 1a20bae generated")]
    [BenchmarkCategory("handler")]
    public ReadOnlyMemory<byte> LegacyHandler() => _legacy.HandleAsync(_request, CancellationToken.None).GetAwaiter().GetResult().Utf8Json;

    [Benchmark(Description = "handler, current generated")]
    [BenchmarkCategory("handler")]
    public ReadOnlyMemory<byte> CurrentHandler() => _current.HandleAsync(_request, CancellationToken.None).GetAwaiter().GetResult().Utf8Json;

    [Benchmark(Baseline = true, Description = "round trip, 1a20bae generated handler")]
    [BenchmarkCategory("round trip")]
    public byte[] Legacy1a20bae() => RoundTrip(_legacy);

    [Benchmark(Description = "round trip, current generated handler")]
    [BenchmarkCategory("round trip")]
    public byte[] CurrentGenerated() => RoundTrip(_current);

    [Benchmark(Description = "round trip, untyped: JsonDocument + Dictionary<string, object?>")]
    [BenchmarkCategory("round trip")]
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
        var response = (string?)request["screen"] == "BOOK_TABLE"
            ? new Dictionary<string, object?> { ["screen"] = "BOOK_TABLE", ["data"] = BookingAnswers.UntypedBookTable((string?)data["date"] == "1767830400000") }
            : new Dictionary<string, object?> { ["screen"] = "BOOKING_CONFIRMATION", ["data"] = BookingAnswers.UntypedConfirmation((string?)data["name"], (string?)data["special_occasion"] == "1" ? "Birthday" : "Other") };
        var json = JsonSerializer.SerializeToUtf8Bytes(response, ReflectionOptions);
        return FlowEndpointProcessor.Encrypt(200, json, _aesKey, _iv).Base64Body!;
    }

    [Benchmark(Description = "RSA-OAEP-SHA256 unwrap of the AES key (2048-bit)")]
    [BenchmarkCategory("endpoint")]
    public byte[] RsaUnwrap() => _processor.TryDecrypt(_body, out _, out var key, out _, out _) ? key : [];

    [Benchmark(Description = "whole endpoint, current generated handler: signature-free body in, Base64 out (unwrap included)")]
    [BenchmarkCategory("endpoint")]
    public int WholeEndpoint() =>
        _processor.ProcessAsync(_body, null, () => _current, CancellationToken.None).AsTask().GetAwaiter().GetResult().Base64Body!.Length;

    private byte[] RoundTrip(FlowEndpointHandler handler)
    {
        var plaintext = new byte[_sealedRequest.Length - AesGcm128.TagSize];
        AesGcm128.TryDecrypt(_aesKey, _iv, _sealedRequest, plaintext);
        FlowEndpointRequestParser.TryParse(plaintext, FlowParseOptions.Default, out var request, out _);
        var response = handler.HandleAsync(request!, CancellationToken.None).GetAwaiter().GetResult();
        return FlowEndpointProcessor.Encrypt(200, response.Utf8Json.Span, _aesKey, _iv).Base64Body!;
    }

    private string Decrypt(byte[] base64Body)
    {
        var sealedResponse = Convert.FromBase64String(System.Text.Encoding.ASCII.GetString(base64Body));
        var flipped = _iv.Select(b => (byte)~b).ToArray();
        var plaintext = new byte[sealedResponse.Length - AesGcm128.TagSize];
        return AesGcm128.TryDecrypt(_aesKey, flipped, sealedResponse, plaintext)
            ? System.Text.Encoding.UTF8.GetString(plaintext)
            : throw new InvalidOperationException("The round trip's response does not decrypt.");
    }
}

/// <summary>The answers both generated handlers (and the untyped path) give, as the endpoint vectors expect them.</summary>
internal static class BookingAnswers
{
    public const string MinDate = "1767225600000";
    public const string MaxDate = "1798761600000";
    public const string UnavailableDate = "1767312000000";
    public const string Location = "Shorty Heights, Light City, 59923";

    /// <summary>The date the vectors select, which offers only the evening times.</summary>
    public static readonly DateOnly BusyDay = new(2026, 1, 8);

    public static readonly (string Id, string Title)[] AllTimes = [("1", "12:30"), ("2", "13:30"), ("3", "18:30")];
    public static readonly (string Id, string Title)[] BusyDayTimes = [("3", "18:30"), ("4", "19:30")];
    public static readonly (string Id, string Title)[] People = [("1", "1"), ("2", "2"), ("3", "3")];

    public static string[] Confirmation(string name, string? occasion) =>
        ["Date: 2026-01-08", "Time: 18:30", "People: 2", "Location: " + Location, "Name: " + name, "Special Occasion: " + (occasion ?? "None")];

    public static Dictionary<string, object?> UntypedBookTable(bool busyDay) => new()
    {
        ["min_date"] = MinDate,
        ["max_date"] = MaxDate,
        ["unavailable_dates"] = new[] { UnavailableDate },
        ["time"] = (busyDay ? BusyDayTimes : AllTimes).Select(t => new Dictionary<string, string> { ["id"] = t.Id, ["title"] = t.Title }).ToArray(),
        ["people"] = People.Select(t => new Dictionary<string, string> { ["id"] = t.Id, ["title"] = t.Title }).ToArray(),
        ["location"] = new[] { new Dictionary<string, string> { ["id"] = "1", ["title"] = Location } },
    };

    public static Dictionary<string, object?> UntypedConfirmation(string? name, string occasion)
    {
        var values = Confirmation(name ?? string.Empty, occasion);
        return new() { ["date"] = values[0], ["time"] = values[1], ["people"] = values[2], ["location"] = values[3], ["name"] = values[4], ["special_occasion"] = values[5] };
    }
}

/// <summary>A handler derived from the endpoint class FlowTypes generates now (only the benchmarked requests are answered).</summary>
internal sealed class CurrentBookingHandler : Current.BookATableEndpoint
{
    private static readonly BookTableData AllDays = BookTable(BookingAnswers.AllTimes);
    private static readonly BookTableData BusyDay = BookTable(BookingAnswers.BusyDayTimes);

    public override ValueTask<BookTableResponse> OnBookTableDateSelectAsync(BookTableDateSelectRequest request, CancellationToken cancellationToken) =>
        new(BookTableResponse.ToBookTable(DateOnly.FromDateTime(request.Date.UtcDateTime) == BookingAnswers.BusyDay ? BusyDay : AllDays));

    public override ValueTask<BookingDetailsResponse> OnBookingDetailsSubmitAsync(BookingDetailsSubmitRequest request, CancellationToken cancellationToken)
    {
        var v = BookingAnswers.Confirmation(request.Name, request.SpecialOccasion?.Title);
        return new(BookingDetailsResponse.ToBookingConfirmation(new BookingConfirmationData(v[0], v[1], v[2], v[3], v[4], v[5])));
    }

    public override ValueTask<InitResponse> OnInitAsync(InitRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public override ValueTask<BookTableResponse> OnBookTableLocationSelectAsync(BookTableLocationSelectRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public override ValueTask<BookTableResponse> OnBookTablePeopleSelectAsync(BookTablePeopleSelectRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public override ValueTask<BookingConfirmationResponse> OnBookingConfirmationSubmitAsync(BookingConfirmationSubmitRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    private static BookTableData BookTable((string Id, string Title)[] times) => new(
        BookingAnswers.MinDate, BookingAnswers.MaxDate, [BookingAnswers.UnavailableDate],
        times.Select(t => new BookTableData.TimeItem(t.Id, t.Title)).ToArray(),
        BookingAnswers.People.Select(t => new BookTableData.PeopleItem(t.Id, t.Title)).ToArray(),
        [new BookTableData.LocationItem("1", BookingAnswers.Location)]);
}

/// <summary>The same handler, derived from the frozen copy of the class FlowTypes generated at 1a20bae.</summary>
internal sealed class LegacyBookingHandler : Legacy.BookATableEndpoint
{
    private static readonly BookTableData AllDays = BookTable(BookingAnswers.AllTimes);
    private static readonly BookTableData BusyDay = BookTable(BookingAnswers.BusyDayTimes);

    public override ValueTask<BookTableResponse> OnBookTableDateSelectAsync(BookTableDateSelectRequest request, CancellationToken cancellationToken) =>
        new(BookTableResponse.ToBookTable(request.Date == BookingAnswers.BusyDay ? BusyDay : AllDays));

    public override ValueTask<BookingDetailsResponse> OnBookingDetailsSubmitAsync(BookingDetailsSubmitRequest request, CancellationToken cancellationToken)
    {
        var v = BookingAnswers.Confirmation(request.Name, request.SpecialOccasion?.Title);
        return new(BookingDetailsResponse.ToBookingConfirmation(new BookingConfirmationData(v[0], v[1], v[2], v[3], v[4], v[5])));
    }

    public override ValueTask<InitResponse> OnInitAsync(InitRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public override ValueTask<BookTableResponse> OnBookTableLocationSelectAsync(BookTableLocationSelectRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public override ValueTask<BookTableResponse> OnBookTablePeopleSelectAsync(BookTablePeopleSelectRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public override ValueTask<BookingConfirmationResponse> OnBookingConfirmationSubmitAsync(BookingConfirmationSubmitRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    private static BookTableData BookTable((string Id, string Title)[] times) => new(
        BookingAnswers.MinDate, BookingAnswers.MaxDate, [BookingAnswers.UnavailableDate],
        times.Select(t => new BookTableData.TimeItem(t.Id, t.Title)).ToArray(),
        BookingAnswers.People.Select(t => new BookTableData.PeopleItem(t.Id, t.Title)).ToArray(),
        [new BookTableData.LocationItem("1", BookingAnswers.Location)]);
}
