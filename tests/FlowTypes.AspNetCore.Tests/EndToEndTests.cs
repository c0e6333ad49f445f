using System.Threading.Tasks;
using Xunit;

namespace FlowTypes.AspNetCore.Tests;

/// <summary>
/// A whole endpoint flow over loopback HTTP, as WhatsApp drives it: ping, INIT, two data_exchanges, BACK and the
/// finishing data_exchange, with the requests encrypted by the independent implementation and every response
/// decrypted and compared with what it expects.
/// </summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Drives_the_book_a_table_flow_from_ping_to_finish()
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);

        foreach (var step in new[] { "ping", "init", "select-date", "submit-details", "back", "confirm" })
        {
            var vector = Vectors.Case(step);
            var (status, contentType, body) = await server.PostAsync("/flows/booking", vector.RequestBody, vector.Signature);

            Assert.True(status == 200, $"{step}: {status}");
            Assert.Equal("text/plain", contentType);
            var response = Vectors.DecryptResponse(body, vector.AesKey, vector.InitialVector);
            Assert.True(Vectors.JsonEquals(vector.ResponsePlaintext, response), $"{step}: expected {vector.ResponsePlaintext}, got {response}");
        }

        Assert.Equal(
            [
                "INIT  booking-7f3a ",
                """data_exchange BOOK_TABLE booking-7f3a {"date":"1767830400000"}""",
                """data_exchange BOOKING_DETAILS booking-7f3a {"name":"Ada Lovelace","special_occasion":"1","requirements":"Window seat"}""",
                "BACK BOOKING_CONFIRMATION booking-7f3a ",
                "data_exchange BOOKING_CONFIRMATION booking-7f3a {}",
            ],
            server.Log.Calls.ToArray());
    }
}
