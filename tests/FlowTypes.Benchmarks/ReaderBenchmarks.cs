using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Current = FlowTypes.Benchmarks.Flows;
using Legacy = FlowTypes.Benchmarks.Legacy;

namespace FlowTypes.Benchmarks;

/// <summary>
/// Issue 16: the submission reader FlowTypes generates now against the frozen copy of the reader it generated at
/// 506423e (<c>Legacy/</c>), in the same run. Both read the same bytes, the flow's inner <c>responseJson</c> as it
/// arrives in the webhook (compact, UTF-8), through the same entry point,
/// <c>TryParse(ReadOnlySpan&lt;byte&gt;, out submission, out error)</c>, and return the parsed record.
/// The set-up checks that both accept the payload and read the same values, and throws otherwise.
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    /// <summary>The benchmark flows (<c>Flows/*.flow.json</c>) whose <c>*.response.json</c> payload is read.</summary>
    public enum Payload
    {
        /// <summary><c>lead-generation.response.json</c>: 8x8 lead generation, 17 fields.</summary>
        LeadGeneration,

        /// <summary><c>service-booking.response.json</c>: 8x8 service booking, 15 fields.</summary>
        ServiceBooking,

        /// <summary><c>synthetic-sixty.response.json</c>: synthetic, 60 fields.</summary>
        SyntheticSixty,
    }

    private delegate bool Utf8TryParse<T>(ReadOnlySpan<byte> utf8ResponseJson, out T? submission, out FlowParseError? error)
        where T : class;

    private byte[] _json = Array.Empty<byte>();

    [ParamsAllValues]
    public Payload Flow { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var file = Flow switch
        {
            Payload.LeadGeneration => "lead-generation.response.json",
            Payload.ServiceBooking => "service-booking.response.json",
            Payload.SyntheticSixty => "synthetic-sixty.response.json",
            _ => throw new InvalidOperationException($"No payload for {Flow}."),
        };
        _json = Encoding.UTF8.GetBytes(Payloads.ResponseJson(file));
        (object Legacy, object Current) pair = Flow switch
        {
            Payload.LeadGeneration => (Read<Legacy.LeadGenerationSubmission>(Legacy.LeadGenerationSubmission.TryParse, "506423e"), Read<Current.LeadGenerationSubmission>(Current.LeadGenerationSubmission.TryParse, "current")),
            Payload.ServiceBooking => (Read<Legacy.ServiceBookingSubmission>(Legacy.ServiceBookingSubmission.TryParse, "506423e"), Read<Current.ServiceBookingSubmission>(Current.ServiceBookingSubmission.TryParse, "current")),
            Payload.SyntheticSixty => (Read<Legacy.SyntheticSixtySubmission>(Legacy.SyntheticSixtySubmission.TryParse, "506423e"), Read<Current.SyntheticSixtySubmission>(Current.SyntheticSixtySubmission.TryParse, "current")),
            _ => throw new InvalidOperationException($"No readers for {Flow}."),
        };

        using var document = JsonDocument.Parse(_json);
        CheckSameValues(pair.Legacy, pair.Current, document.RootElement.EnumerateObject().Count());

        // The benchmark methods themselves must return what the set-up read.
        if (Legacy506423e() is null || CurrentGenerated() is null)
        {
            throw new InvalidOperationException($"A benchmark method returned null for {file}.");
        }
    }

    [Benchmark(Baseline = true, Description = "506423e generated reader")]
    public object? Legacy506423e() => Flow switch
    {
        Payload.LeadGeneration => Legacy.LeadGenerationSubmission.TryParse(_json, out var submission, out _) ? submission : null,
        Payload.ServiceBooking => Legacy.ServiceBookingSubmission.TryParse(_json, out var submission, out _) ? submission : null,
        Payload.SyntheticSixty => Legacy.SyntheticSixtySubmission.TryParse(_json, out var submission, out _) ? submission : null,
        _ => null,
    };

    [Benchmark(Description = "current generated reader")]
    public object? CurrentGenerated() => Flow switch
    {
        Payload.LeadGeneration => Current.LeadGenerationSubmission.TryParse(_json, out var submission, out _) ? submission : null,
        Payload.ServiceBooking => Current.ServiceBookingSubmission.TryParse(_json, out var submission, out _) ? submission : null,
        Payload.SyntheticSixty => Current.SyntheticSixtySubmission.TryParse(_json, out var submission, out _) ? submission : null,
        _ => null,
    };

    private T Read<T>(Utf8TryParse<T> tryParse, string reader)
        where T : class =>
        tryParse(_json, out var submission, out var error)
            ? submission!
            : throw new InvalidOperationException($"The {reader} reader rejected the {Flow} payload: {error}");

    /// <summary>
    /// Every public property of the 506423e record must exist on the current record with the same value (options by
    /// id, lists item by item, media by their properties, extension data by key and raw JSON), and at least as many
    /// of them must be present as the payload has keys (each key is a field or <c>flow_token</c>).
    /// </summary>
    private static void CheckSameValues(object legacy, object current, int payloadKeys)
    {
        var present = 0;
        foreach (var property in PublicProperties(legacy.GetType()))
        {
            var counterpart = current.GetType().GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{current.GetType()} has no property {property.Name}.");
            var expected = Describe(property.GetValue(legacy), 0);
            var actual = Describe(counterpart.GetValue(current), 0);
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{property.Name}: the 506423e reader read {expected}, the current reader {actual}.");
            }

            if (expected != "null")
            {
                present++;
            }
        }

        if (present < payloadKeys)
        {
            throw new InvalidOperationException($"Only {present} values of {legacy.GetType()} are present for {payloadKeys} payload keys.");
        }
    }

    private static string Describe(object? value, int depth)
    {
        if (depth > 8)
        {
            throw new InvalidOperationException("Value nested deeper than 8 levels.");
        }

        switch (value)
        {
            case null:
                return "null";
            case string text:
                return JsonSerializer.Serialize(text);
            case JsonElement element:
                return element.GetRawText();
            case IFormattable formattable:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            case IEnumerable items:
                return "[" + string.Join(", ", items.Cast<object?>().Select(item => Describe(item, depth + 1))) + "]";
        }

        var type = value.GetType();
        var toString = type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType;
        if (toString is not null && toString != typeof(object) && toString != typeof(ValueType) && !type.IsGenericType)
        {
            // Option structs: their ToString is the id.
            return value.ToString() ?? "null";
        }

        return "{" + string.Join(", ", PublicProperties(type).Select(property => property.Name + " = " + Describe(property.GetValue(value), depth + 1))) + "}";
    }

    private static IEnumerable<PropertyInfo> PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0)
            .OrderBy(property => property.Name, StringComparer.Ordinal);
}
