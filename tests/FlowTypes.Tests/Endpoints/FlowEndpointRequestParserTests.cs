using System.Text;
using FlowTypes.Endpoints;
using Xunit;

namespace FlowTypes.Tests.Endpoints;

public sealed class FlowEndpointRequestParserTests
{
    private static (FlowEndpointRequest? Request, FlowParseError? Error) Parse(string json, FlowParseOptions? options = null)
    {
        FlowEndpointRequestParser.TryParse(Encoding.UTF8.GetBytes(json), options ?? FlowParseOptions.Default, out var request, out var error);
        return (request, error);
    }

    [Fact]
    public void Reads_every_field_and_keeps_data_as_its_exact_json()
    {
        var (request, error) = Parse("""{"version":"3.0","action":"data_exchange","screen":"BOOK_TABLE","data":{"date":"1767830400000","n":[1,{"a":null}]},"flow_token":"booking-7f3a","extra":{"x":1}}""");

        Assert.Null(error);
        Assert.Equal("3.0", request!.Version);
        Assert.Equal("data_exchange", request.Action);
        Assert.Equal("BOOK_TABLE", request.Screen);
        Assert.Equal("booking-7f3a", request.FlowToken);
        Assert.Equal("""{"date":"1767830400000","n":[1,{"a":null}]}""", Encoding.UTF8.GetString(request.Data.Span));
    }

    [Fact]
    public void A_ping_has_no_screen_token_or_data()
    {
        var (request, error) = Parse("""{"version":"3.0","action":"ping"}""");

        Assert.Null(error);
        Assert.Equal("ping", request!.Action);
        Assert.Null(request.Screen);
        Assert.Null(request.FlowToken);
        Assert.True(request.Data.IsEmpty);
    }

    [Theory]
    [InlineData("""{"version":"3.0","screen":"A"}""", FlowParseErrorKind.MissingField, "$.action")]
    [InlineData("""{"action":"INIT"}""", FlowParseErrorKind.MissingField, "$.version")]
    [InlineData("""{"version":"3.0","action":"INIT","action":"BACK"}""", FlowParseErrorKind.DuplicateKey, "$.action")]
    [InlineData("""{"version":"3.0","action":"INIT","data":[1]}""", FlowParseErrorKind.UnexpectedType, "$.data")]
    [InlineData("""{"version":"3.0","action":7}""", FlowParseErrorKind.UnexpectedType, "$.action")]
    [InlineData("""[1]""", FlowParseErrorKind.UnexpectedType, "$")]
    [InlineData("""{"version":"3.0","action":"INIT",""", FlowParseErrorKind.InvalidJson, "$")]
    public void Rejects_what_is_not_a_request_with_the_kind_and_path(string json, FlowParseErrorKind kind, string path)
    {
        var (request, error) = Parse(json);

        Assert.Null(request);
        Assert.Equal(kind, error!.Kind);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Applies_the_size_limit()
    {
        var (request, error) = Parse("""{"version":"3.0","action":"INIT","data":{"pad":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}}""", new FlowParseOptions { MaxBodyBytes = 40 });

        Assert.Null(request);
        Assert.Equal(FlowParseErrorKind.LimitExceeded, error!.Kind);
        Assert.Equal("The decrypted request is 83 bytes, more than the 40 allowed (FlowParseOptions.MaxBodyBytes).", error.Message);
    }

    [Fact]
    public void Applies_the_depth_limit()
    {
        var (request, error) = Parse("""{"version":"3.0","action":"INIT","data":{"a":{"b":{"c":{}}}}}""", new FlowParseOptions { MaxDepth = 3 });

        Assert.Null(request);
        Assert.Equal(FlowParseErrorKind.InvalidJson, error!.Kind);
    }

    [Theory]
    [InlineData("""{"version":"3.0","action":"data_exchange","screen":"A","data":{"error":"INVALID_SCREEN_DATA","error_message":"x"}}""", true, "INVALID_SCREEN_DATA")]
    [InlineData("""{"version":"3.0","action":"data_exchange","screen":"A","data":{"nested":{"error":"no"}}}""", false, null)]
    [InlineData("""{"version":"3.0","action":"INIT"}""", false, null)]
    public void Recognises_error_notifications(string json, bool expected, string? code)
    {
        var (request, _) = Parse(json);

        Assert.Equal(expected, FlowEndpointRequestParser.TryGetErrorNotification(request!, out var errorCode));
        Assert.Equal(code, errorCode);
    }
}
