using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace FlowTypes.AspNetCore.Tests;

/// <summary>
/// A whole endpoint flow over loopback HTTP, as WhatsApp drives it, through the handler FlowTypes generates for the
/// flow: ping, INIT, a DatePicker select, the details Footer and the finishing Footer, with the requests encrypted by
/// the independent implementation and every response decrypted and compared with what it expects; and a PhotoPicker
/// sent to the endpoint, whose files the generated handler's method downloads from the server's CDN route and decrypts.
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

    [Fact]
    public async Task A_picker_sent_to_the_endpoint_reaches_the_generated_handler_as_files_that_download_and_decrypt()
    {
        // Every media vector (tests/TestData/media-vectors, made by an independent implementation) is one file of the
        // PhotoPicker value, its cdn_url on the server's own CDN route; the request is encrypted and signed as WhatsApp does.
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "media-vectors", "media-vectors.json")));
        var cases = document.RootElement.GetProperty("cases").EnumerateArray().ToList();
        var files = new JsonArray();
        foreach (var vector in cases)
        {
            var name = vector.GetProperty("name").GetString()!;
            server.CdnFiles[name] = Convert.FromBase64String(vector.GetProperty("cdn_file").GetString()!);
            var file = JsonNode.Parse(vector.GetProperty("media").GetRawText())!.AsObject();
            file["cdn_url"] = new Uri(server.Client.BaseAddress!, (string)file["cdn_url"]!).ToString();
            files.Add(file);
        }

        var plaintext = new JsonObject
        {
            ["version"] = "3.0",
            ["action"] = "data_exchange",
            ["screen"] = "CLAIM",
            ["flow_token"] = "claim-1",
            ["data"] = new JsonObject { ["claim_number"] = "C-7", ["photo_picker"] = files },
        }.ToJsonString();
        var (body, aesKey, initialVector) = Vectors.Encrypt(plaintext);

        var (status, _, response) = await server.PostAsync("/flows/claim-photos", body, Vectors.Sign(body));

        Assert.Equal(200, status);
        // 11 files sent, 4 of them decrypt (the other vectors each fail one check).
        Assert.Equal((11, 4), (cases.Count, cases.Count(c => !c.TryGetProperty("failure", out _))));
        var actual = Vectors.DecryptResponse(response, aesKey, initialVector);
        Assert.True(Vectors.JsonEquals("""{"screen":"SUCCESS","data":{"extension_message_response":{"params":{"flow_token":"claim-1","files":"11","saved":"4"}}}}""", actual), actual);
        Assert.Equal(
            cases.Select(c => $"OnClaimSubmitAsync claim-1 claim=C-7 {c.GetProperty("media").GetProperty("media_id").GetString()} {c.GetProperty("media").GetProperty("file_name").GetString()} "
                + (c.TryGetProperty("failure", out var failure)
                    ? failure.GetString()
                    : "sha256=" + Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(c.GetProperty("plaintext").GetString()!))))),
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
