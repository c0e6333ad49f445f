using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace FlowTypes.AspNetCore.Tests;

/// <summary>The documented status codes, over real HTTP on 127.0.0.1, each with nothing handled.</summary>
public sealed class ProtocolTests
{
    [Fact]
    public async Task Ping_is_answered_by_the_endpoint_with_the_bytes_the_independent_implementation_expects()
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);
        var ping = Vectors.Case("ping");

        var (status, contentType, body) = await server.PostAsync("/flows/booking", ping.RequestBody, ping.Signature);

        Assert.Equal(200, status);
        Assert.Equal("text/plain", contentType);
        Assert.Equal(ping.ResponseBody, body);
        Assert.Equal("""{"data":{"status":"active"}}""", Vectors.DecryptResponse(body, ping.AesKey, ping.InitialVector));
        Assert.Empty(server.Log.Calls);
    }

    [Fact]
    public async Task An_error_notification_is_acknowledged_and_not_handled()
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);
        var notification = Vectors.Case("error-notification");

        var (status, _, body) = await server.PostAsync("/flows/booking", notification.RequestBody, notification.Signature);

        Assert.Equal(200, status);
        Assert.Equal(notification.ResponseBody, body);
        Assert.Equal("""{"data":{"acknowledged":true}}""", Vectors.DecryptResponse(body, notification.AesKey, notification.InitialVector));
        Assert.Empty(server.Log.Calls);
    }

    [Fact]
    public async Task A_tampered_tag_gets_421_and_nothing_is_handled()
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);
        var body = JsonNode.Parse(Vectors.Case("submit-details").RequestBody)!.AsObject();
        var flowData = Convert.FromBase64String((string)body["encrypted_flow_data"]!);
        flowData[^1] ^= 0x80;
        body["encrypted_flow_data"] = Convert.ToBase64String(flowData);
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());

        var (status, _, response) = await server.PostAsync("/flows/booking", bytes, Vectors.Sign(bytes));

        Assert.Equal(421, status);
        Assert.Equal(string.Empty, response);
        Assert.Empty(server.Log.Calls);
    }

    [Fact]
    public async Task A_request_encrypted_for_another_key_gets_421_and_nothing_is_handled()
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);

        var (status, _, response) = await server.PostAsync("/flows/booking", Vectors.WrongKeyRequestBody, Vectors.WrongKeySignature);

        Assert.Equal(421, status);
        Assert.Equal(string.Empty, response);
        Assert.Empty(server.Log.Calls);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public async Task A_truncated_body_gets_421_and_nothing_is_handled(double keep)
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);
        var full = Vectors.Case("submit-details").RequestBody;
        var truncated = full.AsSpan(0, (int)(full.Length * keep)).ToArray();

        var (status, _, response) = await server.PostAsync("/flows/booking", truncated, Vectors.Sign(truncated));

        Assert.Equal(421, status);
        Assert.Equal(string.Empty, response);
        Assert.Empty(server.Log.Calls);
    }

    [Theory]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256=zz00000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha1=abc")]
    [InlineData(null)]
    public async Task A_bad_or_missing_signature_gets_432_and_nothing_is_handled(string? signature)
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);

        var (status, _, response) = await server.PostAsync("/flows/booking", Vectors.Case("init").RequestBody, signature);

        Assert.Equal(432, status);
        Assert.Equal(string.Empty, response);
        Assert.Empty(server.Log.Calls);
    }

    [Fact]
    public async Task The_signature_in_upper_case_hex_is_accepted()
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);
        var init = Vectors.Case("init");

        var (status, _, _) = await server.PostAsync("/flows/booking", init.RequestBody, "sha256=" + init.Signature["sha256=".Length..].ToUpperInvariant());

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task The_signature_of_another_body_gets_432()
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);

        var (status, _, _) = await server.PostAsync("/flows/booking", Vectors.Case("init").RequestBody, Vectors.Case("ping").Signature);

        Assert.Equal(432, status);
        Assert.Empty(server.Log.Calls);
    }

    [Fact]
    public async Task Without_an_app_secret_the_signature_is_not_required()
    {
        await using var server = await EndpointServer.StartAsync(appSecret: null);
        var init = Vectors.Case("init");

        var (status, _, body) = await server.PostAsync("/flows/booking", init.RequestBody, signature: null);

        Assert.Equal(200, status);
        Assert.True(Vectors.JsonEquals(init.ResponsePlaintext, Vectors.DecryptResponse(body, init.AesKey, init.InitialVector)));
    }

    [Fact]
    public async Task An_expired_flow_token_gets_427_with_the_encrypted_error_message()
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);
        var expired = Vectors.Case("expired-token");

        var (status, contentType, body) = await server.PostAsync("/flows/booking", expired.RequestBody, expired.Signature);

        Assert.Equal(427, status);
        Assert.Equal("text/plain", contentType);
        Assert.Equal(expired.ResponseBody, body);
        Assert.Equal("""{"error_msg":"This booking link has expired."}""", Vectors.DecryptResponse(body, expired.AesKey, expired.InitialVector));
    }

    [Fact]
    public async Task A_handler_exception_gets_500_with_an_empty_body()
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret);
        var init = Vectors.Case("init");

        var (status, _, body) = await server.PostAsync("/flows/failing", init.RequestBody, init.Signature);

        Assert.Equal(500, status);
        Assert.Equal(string.Empty, body);
        Assert.Equal(["INIT "], server.Log.Calls.ToArray());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413_and_nothing_is_handled()
    {
        await using var server = await EndpointServer.StartAsync(appSecret: null, maxBodyBytes: 600);
        var (body, _, _) = Vectors.Encrypt("{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"t\",\"data\":{\"pad\":\"" + new string('x', 400) + "\"}}");

        var (status, _, response) = await server.PostAsync("/flows/booking", body, signature: null);

        Assert.True(body.Length > 600);
        Assert.Equal(413, status);
        Assert.Equal(string.Empty, response);
        Assert.Empty(server.Log.Calls);
    }

    [Fact]
    public async Task A_decrypted_request_nested_deeper_than_the_limit_gets_400_and_nothing_is_handled()
    {
        await using var server = await EndpointServer.StartAsync(appSecret: null);
        var deep = string.Concat(Enumerable.Repeat("""{"a":""", 20)) + "1" + new string('}', 20);
        var (body, _, _) = Vectors.Encrypt("""{"version":"3.0","action":"data_exchange","screen":"BOOK_TABLE","data":""" + deep + "}");

        var (status, _, response) = await server.PostAsync("/flows/booking", body, signature: null);

        Assert.Equal(400, status);
        Assert.Equal(string.Empty, response);
        Assert.Empty(server.Log.Calls);
    }

    [Theory]
    [InlineData("""{"version":"3.0","screen":"BOOK_TABLE"}""")]
    [InlineData("""{"version":"3.0","action":"data_exchange","action":"INIT"}""")]
    [InlineData("""{"version":"3.0","action":"navigate"}""")]
    [InlineData("""not json""")]
    public async Task A_decrypted_body_that_is_not_a_request_gets_400_and_nothing_is_handled(string plaintext)
    {
        await using var server = await EndpointServer.StartAsync(appSecret: null);
        var (body, _, _) = Vectors.Encrypt(plaintext);

        var (status, _, _) = await server.PostAsync("/flows/booking", body, signature: null);

        Assert.Equal(400, status);
        Assert.Empty(server.Log.Calls);
    }

    [Fact]
    public async Task An_encrypted_private_key_with_its_passphrase_serves_requests()
    {
        await using var server = await EndpointServer.StartAsync(Vectors.AppSecret, encryptedKey: true);
        var ping = Vectors.Case("ping");

        var (status, _, body) = await server.PostAsync("/flows/booking", ping.RequestBody, ping.Signature);

        Assert.Equal(200, status);
        Assert.Equal(ping.ResponseBody, body);
    }
}
