using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.AspNetCore.Tests.Flows;
using FlowTypes.Endpoints;

namespace FlowTypes.AspNetCore.Tests;

/// <summary>What the handlers saw, in order: the method called, the flow token, and the typed values it read.</summary>
public sealed class HandlerLog
{
    public ConcurrentQueue<string> Calls { get; } = new();
}

/// <summary>
/// The handler of the vectors' flow (TestData/endpoint-vectors/book_a_table.flow.json, BOOK_TABLE -> BOOKING_DETAILS ->
/// BOOKING_CONFIRMATION), derived from the class FlowTypes generates for it: the endpoint calls the generated
/// <c>HandleAsync</c>, which reads each request into its typed record and calls the method below.
/// </summary>
public sealed class BookATableHandler(HandlerLog log) : BookATableEndpoint
{
    private static readonly BookTableData.TimeItem[] AllTimes = [new("1", "12:30"), new("2", "13:30"), new("3", "18:30")];
    private static readonly DateTimeOffset BusyDay = new(2026, 1, 8, 0, 0, 0, TimeSpan.Zero);
    private static readonly BookTableData.TimeItem[] BusyDayTimes = [new("3", "18:30"), new("4", "19:30")];

    public override ValueTask<InitResponse> OnInitAsync(InitRequest request, CancellationToken cancellationToken)
    {
        Seen(nameof(OnInitAsync), request.FlowToken, string.Empty);
        return new(InitResponse.ToBookTable(BookTable(AllTimes)));
    }

    public override ValueTask<BookTableResponse> OnBookTableLocationSelectAsync(BookTableLocationSelectRequest request, CancellationToken cancellationToken)
    {
        Seen(nameof(OnBookTableLocationSelectAsync), request.FlowToken, "location=" + request.Location);
        return new(BookTableResponse.ToBookTable(BookTable(AllTimes)));
    }

    public override ValueTask<BookTableResponse> OnBookTablePeopleSelectAsync(BookTablePeopleSelectRequest request, CancellationToken cancellationToken)
    {
        Seen(nameof(OnBookTablePeopleSelectAsync), request.FlowToken, "people=" + request.People);
        return new(BookTableResponse.ToBookTable(BookTable(AllTimes)));
    }

    public override ValueTask<BookTableResponse> OnBookTableDateSelectAsync(BookTableDateSelectRequest request, CancellationToken cancellationToken)
    {
        // Flow JSON 2.1: the DatePicker sends a millisecond timestamp (UTC midnight of the chosen day), read as that instant.
        Seen(nameof(OnBookTableDateSelectAsync), request.FlowToken, "date=" + request.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return new(BookTableResponse.ToBookTable(BookTable(request.Date == BusyDay ? BusyDayTimes : AllTimes)));
    }

    public override ValueTask<BookingDetailsResponse> OnBookingDetailsSubmitAsync(BookingDetailsSubmitRequest request, CancellationToken cancellationToken)
    {
        Seen(nameof(OnBookingDetailsSubmitAsync), request.FlowToken, $"name={request.Name} special_occasion={request.SpecialOccasion?.Id} ({request.SpecialOccasion?.Title}) requirements={request.Requirements}");
        return new(BookingDetailsResponse.ToBookingConfirmation(new BookingConfirmationData(
            "Date: 2026-01-08", "Time: 18:30", "People: 2", "Location: Shorty Heights, Light City, 59923",
            "Name: " + request.Name, "Special Occasion: " + (request.SpecialOccasion?.Title ?? "None"))));
    }

    public override ValueTask<BookingConfirmationResponse> OnBookingConfirmationSubmitAsync(BookingConfirmationSubmitRequest request, CancellationToken cancellationToken)
    {
        Seen(nameof(OnBookingConfirmationSubmitAsync), request.FlowToken, string.Empty);
        return new(BookingConfirmationResponse.Finish(request.FlowToken!, new Dictionary<string, string> { ["booking_id"] = "BK-1001" }));
    }

    private static BookTableData BookTable(BookTableData.TimeItem[] times) => new(
        "1767225600000", "1798761600000", ["1767312000000"], times,
        [new("1", "1"), new("2", "2"), new("3", "3")],
        [new("1", "Shorty Heights, Light City, 59923")]);

    private void Seen(string method, string? flowToken, string values)
    {
        log.Calls.Enqueue($"{method} {flowToken} {values}".TrimEnd());
        if (flowToken == "expired-0001")
        {
            throw new InvalidFlowTokenException("This booking link has expired.");
        }
    }
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
