using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Endpoints;

namespace FlowTypes.AspNetCore.Tests;

/// <summary>What the handlers saw, in order: "action screen flow_token data".</summary>
public sealed class HandlerLog
{
    public ConcurrentQueue<string> Calls { get; } = new();
}

/// <summary>
/// A hand-written handler for the corpus flow david-lev__pywa__tests__data__flows__2_1__examples__book_a_table.json
/// (BOOK_TABLE -> BOOKING_DETAILS -> BOOKING_CONFIRMATION). It stands in for the class FlowTypes generates for that
/// flow until the generator lands; the requests and responses follow the flow's screens and routing model.
/// </summary>
public sealed class BookATableHandler(HandlerLog log) : FlowEndpointHandler
{
    private static readonly Option[] AllTimes = [new("1", "12:30"), new("2", "13:30"), new("3", "18:30")];
    private static readonly Option[] SaturdayTimes = [new("3", "18:30"), new("4", "19:30")];

    public override ValueTask<FlowEndpointResponse> HandleAsync(FlowEndpointRequest request, CancellationToken cancellationToken)
    {
        log.Calls.Enqueue($"{request.Action} {request.Screen} {request.FlowToken} {Encoding.UTF8.GetString(request.Data.Span)}");
        if (request.FlowToken == "expired-0001")
        {
            throw new InvalidFlowTokenException("This booking link has expired.");
        }

        return ValueTask.FromResult((request.Action, request.Screen) switch
        {
            (FlowEndpointActions.Init, _) => Respond("BOOK_TABLE", new BookTableData(
                "1767225600000", "1798761600000", ["1767312000000"], AllTimes,
                [new("1", "1"), new("2", "2"), new("3", "3")],
                [new("1", "Shorty Heights, Light City, 59923")])),
            (FlowEndpointActions.DataExchange, "BOOK_TABLE") => Respond("BOOK_TABLE", new TimeData(
                Read<DateSelection>(request).Date == "1767830400000" ? SaturdayTimes : AllTimes)),
            (FlowEndpointActions.DataExchange, "BOOKING_DETAILS") => Confirm(Read<Details>(request)),
            (FlowEndpointActions.Back, "BOOKING_CONFIRMATION") => Respond("BOOKING_DETAILS", new Empty()),
            (FlowEndpointActions.DataExchange, "BOOKING_CONFIRMATION") => Respond("SUCCESS", new Finish(new Params(
                new Dictionary<string, string> { ["flow_token"] = request.FlowToken!, ["booking_id"] = "BK-1001" }))),
            _ => throw new InvalidOperationException($"Unhandled {request.Action} on {request.Screen}."),
        });
    }

    private static FlowEndpointResponse Confirm(Details details) => Respond("BOOKING_CONFIRMATION", new Confirmation(
        "Date: 2026-01-08", "Time: 18:30", "People: 2", "Location: Shorty Heights, Light City, 59923",
        "Name: " + details.Name, "Special Occasion: " + (details.SpecialOccasion == "1" ? "Birthday" : "Other")));

    private static T Read<T>(FlowEndpointRequest request) => JsonSerializer.Deserialize<T>(request.Data.Span)!;

    private static FlowEndpointResponse Respond<T>(string screen, T data) =>
        new(JsonSerializer.SerializeToUtf8Bytes(new ScreenResponse<T>(screen, data)));

    private sealed record ScreenResponse<T>([property: JsonPropertyName("screen")] string Screen, [property: JsonPropertyName("data")] T Data);

    private sealed record Option([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("title")] string Title);

    private sealed record BookTableData(
        [property: JsonPropertyName("min_date")] string MinDate,
        [property: JsonPropertyName("max_date")] string MaxDate,
        [property: JsonPropertyName("unavailable_dates")] string[] UnavailableDates,
        [property: JsonPropertyName("time")] Option[] Time,
        [property: JsonPropertyName("people")] Option[] People,
        [property: JsonPropertyName("location")] Option[] Location);

    private sealed record TimeData([property: JsonPropertyName("time")] Option[] Time);

    private sealed record DateSelection([property: JsonPropertyName("date")] string Date);

    private sealed record Details(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("special_occasion")] string? SpecialOccasion,
        [property: JsonPropertyName("requirements")] string? Requirements);

    private sealed record Confirmation(
        [property: JsonPropertyName("date")] string Date,
        [property: JsonPropertyName("time")] string Time,
        [property: JsonPropertyName("people")] string People,
        [property: JsonPropertyName("location")] string Location,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("special_occasion")] string SpecialOccasion);

    private sealed record Empty;

    private sealed record Params([property: JsonPropertyName("params")] Dictionary<string, string> Values);

    private sealed record Finish([property: JsonPropertyName("extension_message_response")] Params Response);
}

/// <summary>A handler that fails, to show that its exception never reaches WhatsApp.</summary>
public sealed class FailingHandler(HandlerLog log) : FlowEndpointHandler
{
    public override ValueTask<FlowEndpointResponse> HandleAsync(FlowEndpointRequest request, CancellationToken cancellationToken)
    {
        log.Calls.Enqueue($"{request.Action} {request.Screen}");
        throw new InvalidOperationException("database password is hunter2 (must never reach the client)");
    }
}
