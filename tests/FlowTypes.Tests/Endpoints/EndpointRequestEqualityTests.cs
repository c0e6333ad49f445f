using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FlowTypes.Endpoints;
using FlowTypes.Tests.Flows;
using Xunit;

namespace FlowTypes.Tests.Endpoints;

/// <summary>
/// The typed requests a generated endpoint handler reads (newsletter.flow.json: a CheckboxGroup fed from screen data,
/// one with listed options, and the keys the payload does not declare) compare by value like submissions.
/// </summary>
public class EndpointRequestEqualityTests
{
    private const string Data = """{"topics":["news","sports"],"formats":["html"],"source":{"campaign":"spring","ids":[1,2]}}""";

    [Fact]
    public async Task Two_reads_of_one_request_are_equal_with_equal_hashes()
    {
        var first = await ReadAsync(Data);
        var second = await ReadAsync(Data);

        Assert.Equal(new[] { "news", "sports" }, first.Topics);
        Assert.Equal(NewsletterEndpoint.TopicsSubmitRequest.FormatsOption.Html, Assert.Single(first.Formats!).Id);
        Assert.Equal("""{"campaign":"spring","ids":[1,2]}""", first.ExtensionData["source"].GetRawText());
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public async Task Extension_values_spelled_differently_are_equal()
    {
        var first = await ReadAsync(Data);
        var second = await ReadAsync("""{ "source" : { "ids" : [ 1.0, 2 ], "campaign" : "spring" }, "formats" : [ "html" ], "topics" : [ "news", "sports" ] }""");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [InlineData("\"sports\"]", "\"weather\"]")]
    [InlineData("[\"html\"]", "[\"html\",\"text\"]")]
    [InlineData("[1,2]", "[2,1]")]
    [InlineData("\"spring\"", "\"summer\"")]
    public async Task A_request_differing_in_one_list_item_or_one_extension_value_is_not_equal(string original, string changed)
    {
        Assert.Contains(original, Data);

        Assert.NotEqual(await ReadAsync(Data), await ReadAsync(Data.Replace(original, changed)));
    }

    private static async Task<NewsletterEndpoint.TopicsSubmitRequest> ReadAsync(string data)
    {
        var handler = new RecordingHandler();
        var request = new FlowEndpointRequest("3.0", "data_exchange", "TOPICS", "token-1", Encoding.UTF8.GetBytes(data));

        var response = await handler.HandleAsync(request, CancellationToken.None);

        Assert.Contains("\"SUCCESS\"", Encoding.UTF8.GetString(response.Utf8Json.Span));
        return Assert.Single(handler.Requests);
    }

    private sealed class RecordingHandler : NewsletterEndpoint
    {
        public List<TopicsSubmitRequest> Requests { get; } = new();

        public override ValueTask<InitResponse> OnInitAsync(InitRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The tests send no INIT.");

        public override ValueTask<TopicsResponse> OnTopicsSubmitAsync(TopicsSubmitRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return ValueTask.FromResult(TopicsResponse.Finish(request.FlowToken!));
        }
    }
}
