using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Endpoints;
using FlowTypes.Generators.Tests.Infrastructure;
using FlowTypes.Webhooks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FlowTypes.Generators.Tests.Flows.Completions;

/// <summary>
/// Typed completions on a real endpoint-finished flow of the corpus, book_a_table (its terminal BOOKING_CONFIRMATION
/// Footer does data_exchange and nothing completes): the generated endpoint finishes with the declared record and
/// nothing else, and the completion webhook 8x8 delivers (nfmReply responseJson = the params the endpoint wrote) reads
/// back through <c>FlowRouter.Events</c> into an equal record.
/// </summary>
public class TypedCompletionTests
{
    private const string CorpusFile = "david-lev__pywa__tests__data__flows__2_1__examples__book_a_table.json";
    private const string FlowPath = "/project/flows/book_a_table.flow.json";

    private const string Consumer = """
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using Consumer.Flows;
        using FlowTypes;

        namespace Consumer
        {
            [FlowCompletion("book_a_table.flow.json")]
            public partial record TableBooked(string BookingId, System.DateOnly Date, decimal People, string? Note)
            {
                [JsonPropertyName("table")]
                public System.Collections.Generic.IReadOnlyList<string>? Tables { get; init; }
            }

            public sealed record NotTheCompletion(string BookingId);

            public sealed class Handler : BookATableEndpoint
            {
                public static TableBooked Booked(string? flowToken) =>
                    new("BK-1001", new System.DateOnly(2026, 1, 8), 2m, null) { Tables = new[] { "T4", "T5" }, FlowToken = flowToken };

                public override ValueTask<BookingConfirmationResponse> OnBookingConfirmationSubmitAsync(BookingConfirmationSubmitRequest request, CancellationToken cancellationToken) =>
                    new(BookingConfirmationResponse.Finish(Booked(request.FlowToken)));

                public override ValueTask<InitResponse> OnInitAsync(InitRequest request, CancellationToken cancellationToken) => throw new System.NotSupportedException();

                public override ValueTask<BookTableResponse> OnBookTableLocationSelectAsync(BookTableLocationSelectRequest request, CancellationToken cancellationToken) => throw new System.NotSupportedException();

                public override ValueTask<BookTableResponse> OnBookTablePeopleSelectAsync(BookTablePeopleSelectRequest request, CancellationToken cancellationToken) => throw new System.NotSupportedException();

                public override ValueTask<BookTableResponse> OnBookTableDateSelectAsync(BookTableDateSelectRequest request, CancellationToken cancellationToken) => throw new System.NotSupportedException();

                public override ValueTask<BookingDetailsResponse> OnBookingDetailsSubmitAsync(BookingDetailsSubmitRequest request, CancellationToken cancellationToken) => throw new System.NotSupportedException();
            }
        }
        """;

    private const string ExpectedParams = """{"flow_token":"tok-1","booking_id":"BK-1001","date":"2026-01-08","people":2,"table":["T4","T5"]}""";

    private static GeneratorResult Compile(string consumer) =>
        GeneratorHarness.Run(new[] { (FlowPath, TestData.ReadCorpus(CorpusFile)) }, consumer);

    private static string Describe(Diagnostic d) =>
        $"{d.Id} {d.Location.GetLineSpan().StartLinePosition} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";

    [Fact]
    public async Task The_endpoint_finishes_with_the_declared_record_and_the_completion_webhook_reads_back_into_an_equal_one()
    {
        var result = Compile(Consumer);
        Assert.Empty(result.GeneratorDiagnostics.Select(Describe));
        Assert.Empty(result.CompileDiagnostics.Select(Describe));
        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Select(Describe)));
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        var handlerType = assembly.GetType("Consumer.Handler", throwOnError: true)!;
        var handler = (FlowEndpointHandler)Activator.CreateInstance(handlerType)!;

        // The endpoint: the terminal Footer's data_exchange (the flow sends an empty payload) finishes with the record.
        var response = await handler.HandleAsync(new FlowEndpointRequest("3.0", "data_exchange", "BOOKING_CONFIRMATION", "tok-1", Encoding.UTF8.GetBytes("{}")), CancellationToken.None);
        var written = Encoding.UTF8.GetString(response.Utf8Json.Span);
        Assert.Equal("""{"screen":"SUCCESS","data":{"extension_message_response":{"params":""" + ExpectedParams + "}}}", written);

        // The completion webhook 8x8 then delivers: the params as the nfmReply's responseJson.
        var body = """
            {"namespace":"ChatApps","eventType":"inbound_message_received","description":"ChatApps inbound message","payload":{
              "umid":"u-1","subAccountId":"acc","timestamp":"2026-01-15T10:30:00.000Z",
              "user":{"msisdn":"+15551234567","channelUserId":"15551234567"},"recipient":{"channel":"whatsapp","channelId":"chan"},
              "type":"Interactive","content":{"interactive":{"type":"nfmReply","nfmReply":{"responseJson":
            """ + JsonSerializer.Serialize(ExpectedParams) + "}}}}}";
        var events = (ChatAppsEventReader)assembly.GetType("Consumer.Flows.FlowRouter", throwOnError: true)!.GetProperty("Events")!.GetValue(null)!;
        var parsed = Assert.IsType<FlowSubmissionEvent>(events.Parse(body));

        var expected = handlerType.GetMethod("Booked")!.Invoke(null, new object?[] { "tok-1" })!;
        Assert.Equal("Consumer.TableBooked", parsed.Submission.GetType().FullName);

        // The user's record compares its list by reference (C# records do): the list by its items, then the rest as a record.
        var tables = expected.GetType().GetProperty("Tables")!;
        Assert.Equal(new[] { "T4", "T5" }, (System.Collections.Generic.IEnumerable<string>)tables.GetValue(parsed.Submission)!);
        tables.SetValue(expected, tables.GetValue(parsed.Submission));
        Assert.Equal(expected, parsed.Submission);
        Assert.Equal("u-1", parsed.Umid);
    }

    [Fact]
    public void Finishing_with_another_shape_is_CS1503()
    {
        var result = Compile(Consumer.Replace("BookingConfirmationResponse.Finish(Booked(request.FlowToken))", "BookingConfirmationResponse.Finish(new NotTheCompletion(\"BK-1001\"))"));

        var error = Assert.Single(result.CompileDiagnostics);
        Assert.Equal("CS1503", error.Id);
        Assert.Equal("new NotTheCompletion(\"BK-1001\")", error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan));
        Assert.Equal("/src/Consumer.cs", error.Location.SourceTree.FilePath);
        Assert.Equal(24, error.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("cannot convert from 'Consumer.NotTheCompletion' to 'Consumer.TableBooked'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_untyped_finish_is_gone_once_a_completion_is_declared_CS1501()
    {
        var result = Compile(Consumer.Replace("BookingConfirmationResponse.Finish(Booked(request.FlowToken))", "BookingConfirmationResponse.Finish(request.FlowToken!, null)"));

        var error = Assert.Single(result.CompileDiagnostics);
        Assert.Equal("CS1501", error.Id);
        Assert.Equal("Finish", error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan));
        Assert.Equal(24, error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    /// <summary>The consumer with its [FlowCompletion] declaration removed and the endpoint finishing the untyped way.</summary>
    private static GeneratorResult CompileWithoutDeclaration()
    {
        var start = Consumer.IndexOf("[FlowCompletion(", StringComparison.Ordinal);
        return Compile(Consumer.Remove(start, Consumer.IndexOf("public partial record", StringComparison.Ordinal) - start)
            .Replace("BookingConfirmationResponse.Finish(Booked(request.FlowToken))", "BookingConfirmationResponse.Finish(request.FlowToken!)")
            .Replace("public partial record TableBooked", "public sealed record TableBooked")
            .Replace(", FlowToken = flowToken", string.Empty));
    }

    [Fact]
    public void FT1071_an_endpoint_finish_without_a_declaration_is_reported_on_the_footer_action()
    {
        var result = CompileWithoutDeclaration();

        Assert.Empty(result.CompileDiagnostics.Select(Describe));
        var info = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("FT1071", info.Id);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal(FlowPath, info.Location.GetLineSpan().Path);
        // The BOOKING_CONFIRMATION Footer's on-click-action name, "data_exchange" (line 360), as FT1070 locates an action.
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(359, 26), info.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(359, 41), info.Location.GetLineSpan().EndLinePosition);
        Assert.Equal(
            "Screen 'BOOKING_CONFIRMATION' finishes through the endpoint, and no type declares what it completes with, so the endpoint's Finish takes string parameters and the completion webhook is read into no type. Declare it once: [FlowCompletion(\"book_a_table.flow.json\")] public partial record BookATableCompletion(...).",
            info.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_Authoring_API_gives_the_preview_FT1071_as_the_generator_reports_it_and_marks_the_same_finish()
    {
        var result = CompileWithoutDeclaration();
        var built = Assert.Single(result.GeneratorDiagnostics);

        var report = FlowTypes.Generators.Authoring.FlowFileReport.Read(FlowPath, TestData.ReadCorpus(CorpusFile));
        var hint = Assert.Single(report.UntypedCompletionHints);
        Assert.Equal(
            (built.Id, built.Severity, built.Location.GetLineSpan(), built.GetMessage(System.Globalization.CultureInfo.InvariantCulture)),
            (hint.Id, hint.Severity, hint.Location.GetLineSpan(), hint.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == "FT1071"); // only the compilation knows whether a type names the file

        // The one action FT1071 is on is the one the outline marks (the Footer's data_exchange); no other action is.
        var finishes = report.Outline!.Screens.SelectMany(s => s.Actions.Select(a => (s.Id, a))).Where(p => p.a.FinishesThroughEndpoint).ToList();
        var finish = Assert.Single(finishes);
        Assert.Equal(("BOOKING_CONFIRMATION", "data_exchange"), (finish.Id, finish.a.Name));
        Assert.Equal(hint.Location.GetLineSpan().StartLinePosition, finish.a.Node.Get("name")!.Start);

        // The attribute's argument names the file by the generator's rule.
        Assert.True(FlowTypes.Generators.Authoring.FlowFileReport.CompletionNames("book_a_table.flow.json", FlowPath));
        Assert.True(FlowTypes.Generators.Authoring.FlowFileReport.CompletionNames("FLOWS\\Book_A_Table.flow.json", FlowPath));
        Assert.False(FlowTypes.Generators.Authoring.FlowFileReport.CompletionNames("other/book_a_table.flow.json", FlowPath));
        Assert.False(FlowTypes.Generators.Authoring.FlowFileReport.CompletionNames("a_table.flow.json", FlowPath));
    }

    [Fact]
    public void An_endpoint_flow_that_completes_on_its_own_gives_no_hint_and_marks_no_finish()
    {
        var report = FlowTypes.Generators.Authoring.FlowFileReport.Read("/project/flows/slots.flow.json", TestData.ReadCorpus("ChristianGroove__agency-manager__src__lib__meta__flows__schemas__appointment_booking.json"));
        Assert.NotNull(report.Outline!.DataApiVersion);
        Assert.Empty(report.UntypedCompletionHints);
        Assert.DoesNotContain(report.Outline.Screens.SelectMany(s => s.Actions), a => a.FinishesThroughEndpoint);
    }

    [Fact]
    public void FT1071_is_not_reported_once_the_completion_is_declared()
    {
        var result = Compile(Consumer);

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "FT1071");
        Assert.Contains("protected virtual global::System.Threading.Tasks.ValueTask OnTableBookedAsync(global::FlowTypes.Webhooks.FlowSubmissionEvent message, global::Consumer.TableBooked submission, global::System.Threading.CancellationToken cancellationToken)", result.Source("FlowRouter.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_half_the_typed_finish_and_the_router_match_their_baselines()
    {
        var result = Compile(Consumer);

        Baseline.AssertMatches("TableBooked.Completion.g.cs.txt", result.Source("Consumer.TableBooked.Completion.g.cs"));
        Baseline.AssertMatches("BookATable.TypedCompletion.Endpoint.g.cs.txt", result.Sources.Single(s => s.HintName.EndsWith(".Endpoint.g.cs", StringComparison.Ordinal)).SourceText.ToString());
        Baseline.AssertMatches("FlowRouter.TypedCompletion.g.cs.txt", result.Source("FlowRouter.g.cs"));
    }

    [Fact]
    public void A_completion_the_router_cannot_tell_from_another_flow_is_FT9003_on_the_finishing_action()
    {
        // a_lookup.flow.json (first by path) completes with the same single key the declared completion has.
        const string Lookup = """
            { "version": "7.3", "screens": [ { "id": "FIND", "terminal": true, "layout": { "type": "SingleColumnLayout", "children": [ { "type": "Form", "name": "form", "children": [
              { "type": "TextInput", "name": "booking_id", "label": "Booking", "required": true },
              { "type": "Footer", "label": "Find", "on-click-action": { "name": "complete", "payload": { "booking_id": "${form.booking_id}" } } } ] } ] } } ] }
            """;
        const string Declaration = """
            namespace Consumer
            {
                /// <summary>The booking.</summary>
                [FlowTypes.FlowCompletion("book_a_table.flow.json")]
                public partial record TableBooked(string BookingId);
            }
            """;

        var result = GeneratorHarness.Run(new[] { ("/project/flows/a_lookup.flow.json", Lookup), (FlowPath, TestData.ReadCorpus(CorpusFile)) }, Declaration);

        Assert.Empty(result.CompileDiagnostics.Select(Describe));
        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("FT9003", warning.Id);
        Assert.Equal(FlowPath, warning.Location.GetLineSpan().Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(359, 26), warning.Location.GetLineSpan().StartLinePosition);
        Assert.StartsWith("Flows 'a_lookup.flow.json' and 'book_a_table.flow.json' complete with the same keys (booking_id)", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
