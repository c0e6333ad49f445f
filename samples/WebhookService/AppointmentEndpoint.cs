using System.Security.Cryptography;
using FlowTypes;
using FlowTypes.AspNetCore;
using FlowTypes.Endpoints;
using WebhookService.Flows;

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
/// The handler of flows/appointment-slots.flow.json. It derives from the class FlowTypes generates for that flow
/// (<c>AppointmentSlotsEndpoint</c>): one typed method per request the flow sends, typed requests, and responses that
/// can only name the screens the flow's routing_model allows, with every field the next screen declares. A new
/// data_exchange in the flow file is a compile error here until it is handled.
/// </summary>
public sealed class AppointmentSlotsHandler : AppointmentSlotsEndpoint
{
    private static readonly (string Id, string Title)[] Departments = [("dental", "Dental care"), ("eyes", "Eye exam")];
    private static readonly (string Id, string Title)[] Dates = [("2026-12-07", "Mon, Dec 7"), ("2026-12-08", "Tue, Dec 8")];

    public override ValueTask<InitResponse> OnInitAsync(InitRequest request, CancellationToken cancellationToken)
    {
        CheckToken(request.FlowToken);
        return ValueTask.FromResult(InitResponse.ToAppointment(Appointment(times: [])));
    }

    public override ValueTask<AppointmentResponse> OnAppointmentDateSelectAsync(AppointmentDateSelectRequest request, CancellationToken cancellationToken)
    {
        CheckToken(request.FlowToken);
        return ValueTask.FromResult(AppointmentResponse.ToAppointment(Appointment(Slots(request.Date))));
    }

    public override ValueTask<AppointmentResponse> OnAppointmentSubmitAsync(AppointmentSubmitRequest request, CancellationToken cancellationToken)
    {
        CheckToken(request.FlowToken);
        var summary = $"{Title(Departments, request.Department)}, {Title(Dates, request.Date)} at {request.Time}";
        return ValueTask.FromResult(AppointmentResponse.ToDetails(new DetailsData(summary)));
    }

    public override ValueTask<DetailsResponse> OnDetailsSubmitAsync(DetailsSubmitRequest request, CancellationToken cancellationToken)
    {
        var token = CheckToken(request.FlowToken);
        return ValueTask.FromResult(DetailsResponse.Finish(new AppointmentBooked("APPT-" + token) { FlowToken = token }));
    }

    private static string CheckToken(string? flowToken) =>
        flowToken is null || flowToken.StartsWith("expired", StringComparison.Ordinal)
            ? throw new InvalidFlowTokenException("This appointment link has expired. Send us a message to get a new one.")
            : flowToken;

    private static AppointmentData Appointment((string Id, string Title)[] times) => new(
        Departments.Select(d => new AppointmentData.DepartmentsItem(d.Id, d.Title)).ToList(),
        Dates.Select(d => new AppointmentData.DatesItem(d.Id, d.Title)).ToList(),
        times.Select(t => new AppointmentData.TimesItem(t.Id, t.Title)).ToList());

    // Live slots: a real service asks its calendar here.
    private static (string Id, string Title)[] Slots(string date) => date == "2026-12-08"
        ? [("09:00", "09:00"), ("14:30", "14:30")]
        : [("10:00", "10:00"), ("11:00", "11:00"), ("16:00", "16:00")];

    private static string? Title((string Id, string Title)[] options, string id) => options.FirstOrDefault(o => o.Id == id).Title;
}

/// <summary>
/// What flows/appointment-slots.flow.json finishes with: the DETAILS submit's SUCCESS params, which 8x8 delivers as the
/// completion webhook. FlowTypes generates the rest (reader, parse methods, the router's route), so the endpoint that
/// writes it and the webhook handler that reads it share this type.
/// </summary>
[FlowCompletion("appointment-slots.flow.json")]
public partial record AppointmentBooked(string AppointmentId);
