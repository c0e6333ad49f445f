using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FlowTypes.Tests.Flows;
using Xunit;

namespace FlowTypes.Tests.Submissions;

/// <summary>
/// Every entry point of the generated grid (text or UTF-8 responseJson; webhook body as bytes, text or stream; with
/// and without options; throwing and Try) reads the same submission, on the record, on its <c>Reader</c> and on the
/// router; and each rejects the same bad input the same way.
/// </summary>
public class EntryPointGridTests
{
    private static readonly string Response = TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-retail__responseJson.response.json");
    private static readonly byte[] Body = TestPayloads.EightByEightWebhook(Response);

    [Fact]
    public async Task Every_entry_point_reads_the_same_submission()
    {
        var expected = ReturnsSubmission.Parse(Response);
        var options = new FlowParseOptions();
        var text = Encoding.UTF8.GetString(Body);
        var utf8 = Encoding.UTF8.GetBytes(Response);

        var results = new (string Name, object? Value)[]
        {
            ("Parse(string)", ReturnsSubmission.Parse(Response)),
            ("TryParse(string)", ReturnsSubmission.TryParse(Response, out var a, out _) ? a : null),
            ("TryParse(string, options)", ReturnsSubmission.TryParse(Response, options, out var b, out _) ? b : null),
            ("Parse(span)", ReturnsSubmission.Parse(utf8)),
            ("TryParse(span)", ReturnsSubmission.TryParse(utf8, out var c, out _) ? c : null),
            ("TryParse(span, options)", ReturnsSubmission.TryParse(utf8, options, out var d, out _) ? d : null),
            ("ParseWebhook(span)", ReturnsSubmission.ParseWebhook(Body)),
            ("TryParseWebhook(span)", ReturnsSubmission.TryParseWebhook(Body, out var e, out _) ? e : null),
            ("TryParseWebhook(span, options)", ReturnsSubmission.TryParseWebhook(Body, options, out var f, out _) ? f : null),
            ("ParseWebhook(string)", ReturnsSubmission.ParseWebhook(text)),
            ("TryParseWebhook(string)", ReturnsSubmission.TryParseWebhook(text, out var g, out _) ? g : null),
            ("TryParseWebhook(string, options)", ReturnsSubmission.TryParseWebhook(text, options, out var h, out _) ? h : null),
            ("TryParseWebhookAsync(stream)", (await ReturnsSubmission.TryParseWebhookAsync(new MemoryStream(Body))).Value),
            ("Reader.ParseWebhook(span)", ReturnsSubmission.Reader.ParseWebhook(Body)),
            ("FlowRouter.ParseWebhook(string)", FlowRouter.ParseWebhook(text)),
            ("FlowRouter.TryParse(span, options)", FlowRouter.TryParse(utf8, options, out var i, out _) ? i : null),
            ("FlowRouter.Reader.Parse(string)", FlowRouter.Reader.Parse(Response)),
        };

        Assert.All(results, r => Assert.True(expected.Equals(r.Value), r.Name + " read a different submission"));
        Assert.Equal("ORD-98765", expected.OrderNumber);
        Assert.Equal(ReturnsSubmission.ReturnReasonOption.WrongSize, expected.ReturnReason.Id);
        Assert.Equal("returns.flow.json", ReturnsSubmission.Reader.FileName);
    }

    [Fact]
    public void Every_entry_point_reports_the_same_missing_key_with_its_path()
    {
        var missing = Response.Replace("\"order_number\"", "\"order_numbr\"", System.StringComparison.Ordinal);
        var body = TestPayloads.EightByEightWebhook(missing);

        Assert.False(ReturnsSubmission.TryParse(missing, out _, out var fromText));
        Assert.False(ReturnsSubmission.TryParse(Encoding.UTF8.GetBytes(missing), new FlowParseOptions(), out _, out var fromBytes));
        Assert.False(ReturnsSubmission.TryParseWebhook(Encoding.UTF8.GetString(body), new FlowParseOptions(), out _, out var fromWebhookText));
        var thrown = Assert.Throws<FlowParseException>(() => ReturnsSubmission.ParseWebhook(body));

        Assert.Equal("$.order_number", fromText!.Path);
        Assert.Equal("$.order_number", fromBytes!.Path);
        Assert.Equal("$.payload.content.interactive.nfmReply.responseJson/$.order_number", fromWebhookText!.Path);
        Assert.Equal(fromWebhookText.Path, thrown.Error.Path);
        Assert.Equal(FlowParseErrorKind.MissingField, fromText.Kind);
        Assert.Equal("The required key 'order_number' of flow 'returns.flow.json' is missing.", fromText.Message);
    }
}
