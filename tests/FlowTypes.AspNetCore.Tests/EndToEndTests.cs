using System.Threading.Tasks;
using Xunit;

namespace FlowTypes.AspNetCore.Tests;

/// <summary>
/// A whole endpoint flow over loopback HTTP, as WhatsApp drives it, through the handler FlowTypes generates for the
/// flow: ping, INIT, a DatePicker select, the details Footer and the finishing Footer, with the requests encrypted by
/// the independent implementation and every response decrypted and compared with what it expects.
/// </summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Drives_the_book_a_table_flow_from_ping_to_finish_through_the_generated_handler()
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);

        foreach (var step in new[] { "ping", "init", "select-date", "submit-details", "confirm" })
        {
            var vector = Vectors.Case(step);
            var (status, contentType, body) = await server.PostAsync("/flows/booking", vector.RequestBody, vector.Signature);

            Assert.True(status == 200, $"{step}: {status}");
            Assert.Equal("text/plain", contentType);
            var response = Vectors.DecryptResponse(body, vector.AesKey, vector.InitialVector);
            Assert.True(Vectors.JsonEquals(vector.ResponsePlaintext, response), $"{step}: expected {vector.ResponsePlaintext}, got {response}");
        }

        // Each request reached the method typed for it, read into its record: the timestamp as a date, the Dropdown's
        // id with the title the flow gives it.
        Assert.Equal(
            [
                "OnInitAsync booking-7f3a",
                "OnBookTableDateSelectAsync booking-7f3a date=2026-01-08",
                "OnBookingDetailsSubmitAsync booking-7f3a name=Ada Lovelace special_occasion=1 (Birthday) requirements=Window seat",
                "OnBookingConfirmationSubmitAsync booking-7f3a",
            ],
            server.Log.Calls.ToArray());
    }

    [Theory]
    [InlineData("""{"version":"3.0","action":"BACK","screen":"BOOKING_CONFIRMATION","flow_token":"t1"}""")] // no screen of the flow has refresh_on_back
    [InlineData("""{"version":"3.0","action":"data_exchange","screen":"BOOK_TABLE","flow_token":"t1","data":{"location":"1","people":"2"}}""")] // two selects at once
    [InlineData("""{"version":"3.0","action":"data_exchange","screen":"BOOK_TABLE","flow_token":"t1","data":{}}""")]
    [InlineData("""{"version":"3.0","action":"data_exchange","screen":"NO_SUCH_SCREEN","flow_token":"t1","data":{}}""")]
    [InlineData("""{"version":"3.0","action":"data_exchange","screen":"BOOKING_DETAILS","flow_token":"t1","data":{"special_occasion":"1"}}""")] // the required name is missing
    public async Task A_request_the_flow_does_not_send_reaches_no_method_and_gets_500(string plaintext)
    {
        await using var server = await EndpointServer.StartAsync(appSecret: null);
        var (body, _, _) = Vectors.Encrypt(plaintext);

        var (status, _, response) = await server.PostAsync("/flows/booking", body, signature: null);

        Assert.Equal(500, status);
        Assert.Equal(string.Empty, response);
        Assert.Empty(server.Log.Calls);
    }

    [Fact]
    public void The_flow_the_vectors_drive_is_the_corpus_flow()
    {
        var directory = System.IO.Path.Combine(System.AppContext.BaseDirectory, "TestData");

        Assert.Equal(
            System.IO.File.ReadAllBytes(System.IO.Path.Combine(directory, "corpus", "david-lev__pywa__tests__data__flows__2_1__examples__book_a_table.json")),
            System.IO.File.ReadAllBytes(System.IO.Path.Combine(directory, "endpoint-vectors", "book_a_table.flow.json")));
    }
}
