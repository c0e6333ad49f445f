using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Endpoints;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FlowTypes.Generators.Tests.Flows.Endpoints;

/// <summary>
/// The guarantees of a generated endpoint handler, pinned by compiling C# against it: a response that leaves out a
/// screen field, a screen the routing model does not allow from here, and an unhandled data_exchange do not compile;
/// a concrete handler dispatches real request data to the right method and writes the exact response JSON.
/// </summary>
public class EndpointHandlerTests
{
    /// <summary>
    /// A booking flow: on PICK two Dropdown selects told apart by a static "trigger" and a Footer submit; DETAILS
    /// refreshes on back; CONFIRM is terminal, completes with a payload and asks the endpoint when a reminder is chosen.
    /// </summary>
    private const string BookingFlow = """
        {
          "version": "7.2",
          "data_api_version": "3.0",
          "routing_model": { "PICK": ["DETAILS"], "DETAILS": ["CONFIRM"], "CONFIRM": [] },
          "screens": [
            {
              "id": "PICK",
              "title": "Pick a slot",
              "data": {
                "services": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": "string" } } }, "__example__": [ { "id": "cut", "title": "Haircut" } ] },
                "slots": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": "string" }, "enabled": { "type": "boolean" } } }, "__example__": [ { "id": "9", "title": "09:00" }, { "id": "10", "title": "10:00", "enabled": false } ] },
                "note": { "type": "string", "__example__": "Pick a service" },
                "price": { "type": "number", "__example__": 25.5 }
              },
              "layout": { "type": "SingleColumnLayout", "children": [ { "type": "Form", "name": "pick", "children": [
                { "type": "Dropdown", "name": "service", "label": "Service", "data-source": "${data.services}", "required": true,
                  "on-select-action": { "name": "data_exchange", "payload": { "trigger": "service_selected", "service": "${form.service}" } } },
                { "type": "Dropdown", "name": "slot", "label": "Time", "data-source": "${data.slots}", "required": true,
                  "on-select-action": { "name": "data_exchange", "payload": { "trigger": "slot_selected", "slot": "${form.slot}" } } },
                { "type": "Footer", "label": "Next", "on-click-action": { "name": "data_exchange", "payload": { "service": "${form.service}", "slot": "${form.slot}" } } }
              ] } ] }
            },
            {
              "id": "DETAILS",
              "title": "Your details",
              "refresh_on_back": true,
              "data": { "summary": { "type": "string", "__example__": "Haircut at 09:00" } },
              "layout": { "type": "SingleColumnLayout", "children": [ { "type": "Form", "name": "details", "children": [
                { "type": "TextInput", "name": "name", "label": "Name", "required": true },
                { "type": "Footer", "label": "Next", "on-click-action": { "name": "data_exchange", "payload": { "name": "${form.name}" } } }
              ] } ] }
            },
            {
              "id": "CONFIRM",
              "title": "Confirm",
              "terminal": true,
              "data": { "summary": { "type": "string", "__example__": "Haircut at 09:00 for Ann" } },
              "layout": { "type": "SingleColumnLayout", "children": [ { "type": "Form", "name": "confirm", "children": [
                { "type": "RadioButtonsGroup", "name": "reminder", "label": "Reminder", "required": true,
                  "data-source": [ { "id": "sms", "title": "By SMS" }, { "id": "none", "title": "No reminder" } ],
                  "on-select-action": { "name": "data_exchange", "payload": { "reminder": "${form.reminder}" } } },
                { "type": "Footer", "label": "Book", "on-click-action": { "name": "complete", "payload": { "summary": "${data.summary}", "reminder": "${form.reminder}" } } }
              ] } ] }
            }
          ]
        }
        """;

    private const string Handler = """
        using System.Threading;
        using System.Threading.Tasks;
        using Consumer.Flows;

        namespace Consumer
        {
            public sealed class Handler : BookingEndpoint
            {
                private static PickData Pick(string note, params PickData.SlotsItem[] slots) =>
                    new(new[] { new PickData.ServicesItem("cut", "Haircut") }, slots, note, 25.5m);

                public override ValueTask<InitResponse> OnInitAsync(InitRequest request, CancellationToken cancellationToken) =>
                    new(InitResponse.ToPick(Pick("Hello " + request.FlowToken)));

                public override ValueTask<PickResponse> OnPickServiceSelectAsync(PickServiceSelectRequest request, CancellationToken cancellationToken) =>
                    new(PickResponse.ToPick(Pick("Slots for " + request.Service, new PickData.SlotsItem("9", "09:00"), new PickData.SlotsItem("10", "10:00") { Enabled = false })));

                public override ValueTask<PickResponse> OnPickSlotSelectAsync(PickSlotSelectRequest request, CancellationToken cancellationToken) =>
                    new(PickResponse.ToPick(Pick("Slot " + request.Slot)));

                public override ValueTask<PickResponse> OnPickSubmitAsync(PickSubmitRequest request, CancellationToken cancellationToken) =>
                    new(PickResponse.ToDetails(new DetailsData(request.Service + " at " + request.Slot)));

                public override ValueTask<DetailsBackResponse> OnDetailsBackAsync(DetailsBackRequest request, CancellationToken cancellationToken) =>
                    new(DetailsBackResponse.ToPick(Pick("Back again")));

                public override ValueTask<DetailsResponse> OnDetailsSubmitAsync(DetailsSubmitRequest request, CancellationToken cancellationToken) =>
                    new(DetailsResponse.ToConfirm(new ConfirmData("Booked for " + request.Name)));

                public override ValueTask<ConfirmResponse> OnConfirmReminderSelectAsync(ConfirmReminderSelectRequest request, CancellationToken cancellationToken) =>
                    new(ConfirmResponse.Finish(new BookingSubmission
                    {
                        Summary = "Haircut",
                        Reminder = new BookingSubmission.ReminderOption(request.Reminder.Id),
                        FlowToken = request.FlowToken,
                    }));
            }
        }
        """;

    private static GeneratorResult Compile(string handler) =>
        GeneratorHarness.Run(new[] { ("/project/flows/booking.flow.json", BookingFlow) }, handler);

    private static string Describe(Diagnostic d) =>
        $"{d.Id} {d.Location.GetLineSpan().StartLinePosition} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";

    [Fact]
    public void A_handler_for_every_request_compiles_cleanly()
    {
        var result = Compile(Handler);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileDiagnostics.Select(Describe));
    }

    [Fact]
    public void A_response_that_leaves_out_a_required_screen_field_is_CS7036()
    {
        // ConfirmData declares "summary"; the data cannot be built without it.
        var result = Compile(Handler.Replace("DetailsResponse.ToConfirm(new ConfirmData(\"Booked for \" + request.Name))", "DetailsResponse.ToConfirm(new ConfirmData())"));

        var error = Assert.Single(result.CompileDiagnostics);
        Assert.Equal("CS7036", error.Id);
        Assert.Equal("ConfirmData", error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan));
        Assert.Equal("/src/Consumer.cs", error.Location.SourceTree.FilePath);
        Assert.Equal(28, error.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("the required parameter 'summary' of 'BookingEndpoint.ConfirmData.ConfirmData(string)'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_screen_field_of_the_wrong_type_is_CS1503()
    {
        var result = Compile(Handler.Replace("slots, note, 25.5m)", "slots, note, \"25.5\")"));

        var error = Assert.Single(result.CompileDiagnostics);
        Assert.Equal("CS1503", error.Id);
        Assert.Equal("\"25.5\"", error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan));
        Assert.Equal(10, error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_transition_the_routing_model_does_not_allow_is_CS0117()
    {
        // routing_model: PICK → DETAILS only; CONFIRM is two steps away.
        var result = Compile(Handler.Replace("PickResponse.ToDetails(new DetailsData(request.Service + \" at \" + request.Slot))", "PickResponse.ToConfirm(new ConfirmData(\"too early\"))"));

        var error = Assert.Single(result.CompileDiagnostics);
        Assert.Equal("CS0117", error.Id);
        Assert.Equal("ToConfirm", error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan));
        Assert.Equal(22, error.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("'BookingEndpoint.PickResponse' does not contain a definition for 'ToConfirm'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Finishing_from_a_screen_that_is_not_terminal_is_CS0117()
    {
        var result = Compile(Handler.Replace("new(DetailsResponse.ToConfirm(new ConfirmData(\"Booked for \" + request.Name)))", "new(DetailsResponse.Finish(\"token\"))"));

        var error = Assert.Single(result.CompileDiagnostics);
        Assert.Equal("CS0117", error.Id);
        Assert.Equal("Finish", error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan));
        Assert.Equal(28, error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void An_unhandled_data_exchange_is_CS0534_on_the_handler()
    {
        var start = Handler.IndexOf("public override ValueTask<PickResponse> OnPickSlotSelectAsync", StringComparison.Ordinal);
        var end = Handler.IndexOf("public override ValueTask<PickResponse> OnPickSubmitAsync", StringComparison.Ordinal);
        var result = Compile(Handler.Remove(start, end - start));

        var error = Assert.Single(result.CompileDiagnostics);
        Assert.Equal("CS0534", error.Id);
        Assert.Equal("Handler", error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan));
        Assert.Equal(7, error.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("'BookingEndpoint.OnPickSlotSelectAsync(BookingEndpoint.PickSlotSelectRequest, CancellationToken)'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void HandleAsync_is_sealed_so_a_handler_cannot_bypass_the_typed_methods_CS0239()
    {
        var result = Compile(Handler.Replace(
            "private static PickData Pick(",
            "public override ValueTask<FlowTypes.Endpoints.FlowEndpointResponse> HandleAsync(FlowTypes.Endpoints.FlowEndpointRequest request, CancellationToken cancellationToken) => default;\n\n        private static PickData Pick("));

        var error = Assert.Single(result.CompileDiagnostics);
        Assert.Equal("CS0239", error.Id);
        Assert.Equal("HandleAsync", error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan));
        Assert.Equal(9, error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Theory]
    [InlineData("INIT", null, "", """{"screen":"PICK","data":{"services":[{"id":"cut","title":"Haircut"}],"slots":[],"note":"Hello tok-1","price":25.5}}""")]
    [InlineData("data_exchange", "PICK", """{"trigger":"service_selected","service":"cut"}""", """{"screen":"PICK","data":{"services":[{"id":"cut","title":"Haircut"}],"slots":[{"id":"9","title":"09:00"},{"id":"10","title":"10:00","enabled":false}],"note":"Slots for cut","price":25.5}}""")]
    [InlineData("data_exchange", "PICK", """{"trigger":"slot_selected","slot":"10"}""", """{"screen":"PICK","data":{"services":[{"id":"cut","title":"Haircut"}],"slots":[],"note":"Slot 10","price":25.5}}""")]
    [InlineData("data_exchange", "PICK", """{"service":"cut","slot":"9"}""", """{"screen":"DETAILS","data":{"summary":"cut at 9"}}""")]
    [InlineData("BACK", "DETAILS", "{}", """{"screen":"PICK","data":{"services":[{"id":"cut","title":"Haircut"}],"slots":[],"note":"Back again","price":25.5}}""")]
    [InlineData("data_exchange", "DETAILS", """{"name":"Ann"}""", """{"screen":"CONFIRM","data":{"summary":"Booked for Ann"}}""")]
    [InlineData("data_exchange", "CONFIRM", """{"reminder":"sms"}""", """{"screen":"SUCCESS","data":{"extension_message_response":{"params":{"flow_token":"tok-1","summary":"Haircut","reminder":"sms"}}}}""")]
    public async Task A_concrete_handler_dispatches_each_request_and_writes_the_exact_response(string action, string? screen, string data, string expected)
    {
        var handler = LoadHandler();

        var response = await handler.HandleAsync(new FlowEndpointRequest("3.0", action, screen, "tok-1", Encoding.UTF8.GetBytes(data)), CancellationToken.None);

        Assert.Equal(expected, Encoding.UTF8.GetString(response.Utf8Json.Span));
    }

    [Theory]
    [InlineData("data_exchange", "PICK", """{"trigger":"other","service":"cut"}""", "$: Flow 'booking.flow.json' sends no 'data_exchange' request from screen 'PICK' with this data.")]
    [InlineData("data_exchange", "NOWHERE", "{}", "$: Flow 'booking.flow.json' sends no 'data_exchange' request from screen 'NOWHERE' with this data.")]
    [InlineData("BACK", "PICK", "{}", "$: Flow 'booking.flow.json' sends no 'BACK' request from screen 'PICK' with this data.")]
    [InlineData("data_exchange", "DETAILS", """{"name":{"first":"Ann"}}""", "$.name: Expected a string but found an object.")]
    [InlineData("data_exchange", "DETAILS", "{}", "$.name: The required key 'name' of flow 'booking.flow.json' is missing.")]
    public async Task A_request_the_flow_does_not_send_is_a_FlowParseException_and_reaches_no_method(string action, string screen, string data, string expected)
    {
        var handler = LoadHandler();

        var exception = await Assert.ThrowsAsync<FlowParseException>(() => handler.HandleAsync(new FlowEndpointRequest("3.0", action, screen, "tok-1", Encoding.UTF8.GetBytes(data)), CancellationToken.None).AsTask());

        Assert.Equal(expected, exception.Error.ToString());
    }

    private static FlowEndpointHandler? _handler;

    private static FlowEndpointHandler LoadHandler()
    {
        if (_handler is not null)
        {
            return _handler;
        }

        var result = Compile(Handler);
        Assert.Empty(result.CompileDiagnostics.Select(Describe));
        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Select(Describe)));
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        _handler = (FlowEndpointHandler)Activator.CreateInstance(assembly.GetType("Consumer.Handler", throwOnError: true)!)!;
        return _handler;
    }
}
