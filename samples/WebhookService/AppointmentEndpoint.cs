using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using FlowTypes.AspNetCore;
using FlowTypes.Endpoints;

namespace WebhookService;

/// <summary>
/// POST /flows/appointments: the data endpoint of flows/appointment-slots.flow.json (appointment booking with live
/// slots). INIT fills the department and date Dropdowns, selecting a date refreshes the times, the DETAILS screen's
/// submit finishes the flow. The protocol (decryption, signature, ping, error notifications, status codes) is
/// FlowTypes.AspNetCore's; this file only decides what each screen shows.
/// </summary>
public static class AppointmentEndpoint
{
    public const string Path = "/flows/appointments";

    /// <summary>Registers the handler. In --demo mode a throwaway key pair is made, as WhatsApp would hold its public half.</summary>
    public static void AddServices(WebApplicationBuilder builder, bool demo)
    {
        var section = builder.Configuration.GetSection("FlowEndpoints:Appointments");
        if (demo)
        {
            using var rsa = RSA.Create(2048);
            section["PrivateKey"] = rsa.ExportPkcs8PrivateKeyPem();
            section["AppSecret"] = "demo-app-secret";
            DemoPublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem();
            builder.Configuration["Logging:LogLevel:FlowTypes"] = "None";
        }

        builder.Services.AddFlowEndpoint<AppointmentSlotsHandler>(section);
    }

    /// <summary>Maps the endpoint when a private key is configured (FlowEndpoints:Appointments:PrivateKey or PrivateKeyFile).</summary>
    public static void Map(WebApplication app)
    {
        var section = app.Configuration.GetSection("FlowEndpoints:Appointments");
        if (string.IsNullOrEmpty(section["PrivateKey"]) && string.IsNullOrEmpty(section["PrivateKeyFile"]))
        {
            app.Logger.LogWarning("No FlowEndpoints:Appointments:PrivateKey configured: {Path} is not served (see docs/endpoints.md).", Path);
            return;
        }

        app.MapFlowEndpoint<AppointmentSlotsHandler>(Path);
    }

    internal static string? DemoPublicKeyPem { get; private set; }

    /// <summary>The demo: posts encrypted requests as WhatsApp would and prints the decrypted responses.</summary>
    public static async Task<int> RunDemoAsync(HttpClient http)
    {
        using var client = new FlowEndpointTestClient(http, DemoPublicKeyPem!, "demo-app-secret");
        Console.WriteLine();
        Console.WriteLine($"POST {Path} (endpoint-backed flow appointment-slots; requests encrypted as WhatsApp does, responses decrypted)");
        var failures = 0;
        (string Step, string Request, int Status)[] steps =
        [
            ("ping", """{"version":"3.0","action":"ping"}""", 200),
            ("INIT", """{"version":"3.0","action":"INIT","flow_token":"appt-42"}""", 200),
            ("select a date", """{"version":"3.0","action":"data_exchange","screen":"APPOINTMENT","flow_token":"appt-42","data":{"trigger":"date_selected","department":"dental","date":"2026-12-08"}}""", 200),
            ("continue", """{"version":"3.0","action":"data_exchange","screen":"APPOINTMENT","flow_token":"appt-42","data":{"department":"dental","date":"2026-12-08","time":"14:30"}}""", 200),
            ("book (finish)", """{"version":"3.0","action":"data_exchange","screen":"DETAILS","flow_token":"appt-42","data":{"name":"Ada Lovelace","email":"ada@example.com"}}""", 200),
            ("expired token", """{"version":"3.0","action":"INIT","flow_token":"expired-1"}""", 427),
        ];
        foreach (var (step, request, expected) in steps)
        {
            var response = await client.PostAsync(Path, request);
            Console.WriteLine($"  {step,-16} -> {response.StatusCode}{(response.StatusCode == expected ? string.Empty : $"  (expected {expected})")}  {response.Json}");
            failures += response.StatusCode == expected ? 0 : 1;
        }

        using var unsigned = new FlowEndpointTestClient(http, DemoPublicKeyPem!, appSecret: "not-the-app-secret");
        var forged = await unsigned.PostAsync(Path, """{"version":"3.0","action":"ping"}""");
        Console.WriteLine($"  {"bad signature",-16} -> {forged.StatusCode}{(forged.StatusCode == 432 ? string.Empty : "  (expected 432)")}");
        return failures + (forged.StatusCode == 432 ? 0 : 1);
    }
}

/// <summary>
/// The handler of flows/appointment-slots.flow.json, written by hand against FlowEndpointHandler. (FlowTypes generates
/// a typed base class per endpoint flow; this sample switches to it when that lands.)
/// </summary>
public sealed class AppointmentSlotsHandler : FlowEndpointHandler
{
    private static readonly Option[] Departments = [new("dental", "Dental care"), new("eyes", "Eye exam")];
    private static readonly Option[] Dates = [new("2026-12-07", "Mon, Dec 7"), new("2026-12-08", "Tue, Dec 8")];

    public override ValueTask<FlowEndpointResponse> HandleAsync(FlowEndpointRequest request, CancellationToken cancellationToken)
    {
        if (request.FlowToken is null || request.FlowToken.StartsWith("expired", StringComparison.Ordinal))
        {
            throw new InvalidFlowTokenException("This appointment link has expired. Send us a message to get a new one.");
        }

        var response = (request.Action, request.Screen) switch
        {
            (FlowEndpointActions.Init, _) => Screen("APPOINTMENT", new AppointmentData(Departments, Dates, [])),
            (FlowEndpointActions.DataExchange, "APPOINTMENT") when Read(request).Trigger == "date_selected" =>
                Screen("APPOINTMENT", new AppointmentData(Departments, Dates, Slots(Read(request).Date))),
            (FlowEndpointActions.DataExchange, "APPOINTMENT") => Screen("DETAILS", new DetailsData(Summary(Read(request)))),
            (FlowEndpointActions.DataExchange, "DETAILS") => Finish(request.FlowToken),
            _ => throw new InvalidOperationException($"Unhandled {request.Action} on {request.Screen}."),
        };
        return ValueTask.FromResult(response);
    }

    // Live slots: a real service asks its calendar here.
    private static Option[] Slots(string? date) => date == "2026-12-08"
        ? [new("09:00", "09:00"), new("14:30", "14:30")]
        : [new("10:00", "10:00"), new("11:00", "11:00"), new("16:00", "16:00")];

    private static string Summary(Selection selection) =>
        $"{Departments.FirstOrDefault(d => d.Id == selection.Department)?.Title}, {Dates.FirstOrDefault(d => d.Id == selection.Date)?.Title} at {selection.Time}";

    private static Selection Read(FlowEndpointRequest request) => JsonSerializer.Deserialize(request.Data.Span, AppointmentJson.Default.Selection)!;

    private static FlowEndpointResponse Screen<T>(string screen, T data) where T : class =>
        new(JsonSerializer.SerializeToUtf8Bytes(new ScreenResponse(screen, data), AppointmentJson.Default.ScreenResponse));

    private static FlowEndpointResponse Finish(string flowToken) =>
        Screen("SUCCESS", new FinishData(new FinishParams(flowToken, "APPT-" + flowToken)));
}

public sealed record Option([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("title")] string Title);

public sealed record Selection(
    [property: JsonPropertyName("trigger")] string? Trigger,
    [property: JsonPropertyName("department")] string? Department,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("time")] string? Time);

public sealed record AppointmentData(
    [property: JsonPropertyName("departments")] Option[] Departments,
    [property: JsonPropertyName("dates")] Option[] Dates,
    [property: JsonPropertyName("times")] Option[] Times);

public sealed record DetailsData([property: JsonPropertyName("summary")] string Summary);

public sealed record FinishParams([property: JsonPropertyName("flow_token")] string FlowToken, [property: JsonPropertyName("appointment_id")] string AppointmentId);

public sealed record FinishData([property: JsonPropertyName("extension_message_response")] FinishResponse Response)
{
    public FinishData(FinishParams values)
        : this(new FinishResponse(values))
    {
    }
}

public sealed record FinishResponse([property: JsonPropertyName("params")] FinishParams Params);

public sealed record ScreenResponse([property: JsonPropertyName("screen")] string Screen, [property: JsonPropertyName("data")] object Data);

[JsonSerializable(typeof(Selection))]
[JsonSerializable(typeof(ScreenResponse))]
[JsonSerializable(typeof(AppointmentData))]
[JsonSerializable(typeof(DetailsData))]
[JsonSerializable(typeof(FinishData))]
internal sealed partial class AppointmentJson : JsonSerializerContext
{
}
