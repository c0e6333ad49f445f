using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using FlowTypes.Tests.Flows;
using FlowTypes.Webhooks;
using Xunit;

namespace FlowTypes.Tests.Reliability;

/// <summary>
/// Property-based tests over untrusted webhook bodies: whatever arrives, TryParse never throws, and an error
/// always carries a JSON path. Seeds are random per run; CsCheck prints the seed of any failure to replay it.
/// </summary>
public class HostileBodyProperties
{
    private static readonly byte[][] Seeds =
    {
        TestPayloads.EightByEightWebhook(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-retail__responseJson.response.json")),
        TestPayloads.EightByEightWebhook(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-healthcare__responseJson.response.json")),
        TestPayloads.EightByEightWebhook(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-sales__responseJson.response.json")),
        TestPayloads.EightByEightWebhook(TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-professional-services__responseJson.response.json")),
        TestPayloads.Utf8(TestPayloads.Corpus("david-lev__pywa__tests__data__updates__flow_completion__completion.response.json")),
    };

    private static readonly string[] Fragments =
    {
        "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "1e400", "-0", "NaN", "Infinity", "\"\\ud800\"", "\"\\udc00x\"",
        "\"\\u12\"", "{\"responseJson\":{}}", "\"responseJson\":\"{}\",", "\"order_number\":\"dup\",", "\u0000", "\u00ff", "💥",
        "[[[[[[[[[[", "]]]]]]]]]]", "\"a\":1,\"a\":2,", "123456789012345678901234567890",
    };

    private static readonly Gen<byte[]> Mutated =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, Fragments.Length - 1], Gen.Byte)
            .Select(t => Mutate(Seeds[t.Item1], t.Item2, t.Item3, Fragments[t.Item4], t.Item5));

    [Fact]
    public void TryParse_never_throws_on_mutated_webhook_bodies()
    {
        Mutated.Sample(body => AllParsersHold(body), iter: 3000);
    }

    [Fact]
    public void TryParse_never_throws_on_random_bytes()
    {
        Gen.Byte.Array[0, 400].Sample(body => AllParsersHold(body), iter: 2000);
    }

    [Fact]
    public void Inner_response_json_mutations_are_errors_with_a_path_never_exceptions()
    {
        var inner = TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-retail__responseJson.response.json");
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, Fragments.Length - 1], Gen.Byte)
            .Select(t => Encoding.UTF8.GetString(Mutate(Encoding.UTF8.GetBytes(inner), t.Item1, t.Item2, Fragments[t.Item3], t.Item4)))
            .Sample(json => AllParsersHold(TestPayloads.EightByEightWebhook(json)) && AllStringParsersHold(json), iter: 3000);
    }

    [Fact]
    public void Deep_nesting_and_huge_strings_are_rejected_by_limits_not_by_the_stack_or_memory()
    {
        var deep = Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000));
        var hugeValue = TestPayloads.EightByEightWebhook("{\"order_number\":\"" + new string('x', 10 * 1024 * 1024) + "\"}");
        var deepInner = TestPayloads.EightByEightWebhook("{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}");

        Assert.False(ReturnsSubmission.TryParseWebhook(deep, out _, out var e1));
        Assert.Equal(FlowParseErrorKind.UnexpectedType, e1!.Kind); // root is an array, not an envelope
        Assert.False(ReturnsSubmission.TryParseWebhook(hugeValue, out _, out var e2));
        Assert.Equal(FlowParseErrorKind.LimitExceeded, e2!.Kind); // body over FlowParseOptions.MaxBodyBytes (4 MiB)
        Assert.False(ReturnsSubmission.TryParseWebhook(deepInner, out _, out var e3));
        Assert.Equal(FlowParseErrorKind.InvalidJson, e3!.Kind); // depth over FlowParseOptions.MaxDepth (64)
        Assert.StartsWith("$.payload.content.interactive.nfmReply.responseJson/", e3.Path, StringComparison.Ordinal);
        Assert.False(FlowRouter.Events.TryParse(deep, out _, out var e4));
        Assert.Equal(FlowParseErrorKind.UnexpectedType, e4!.Kind); // root is an array, not an envelope
        var deepUnknown = Encoding.UTF8.GetBytes("{\"payload\":{\"extra\":" + new string('[', 10_000) + new string(']', 10_000) + "}}");
        Assert.False(FlowRouter.Events.TryParse(deepUnknown, out _, out var e5));
        Assert.Equal(FlowParseErrorKind.InvalidJson, e5!.Kind); // depth over FlowParseOptions.MaxDepth (64) in a key the model keeps raw
    }

    [Fact]
    public void A_response_json_string_over_its_limit_is_rejected_with_a_typed_error()
    {
        var body = TestPayloads.EightByEightWebhook("{\"order_number\":\"" + new string('x', 2000) + "\"}");

        Assert.False(ReturnsSubmission.TryParseWebhook(body, new FlowParseOptions { MaxResponseJsonBytes = 1000 }, out _, out var error));

        Assert.Equal(FlowParseErrorKind.LimitExceeded, error!.Kind);
        Assert.Equal("$.payload.content.interactive.nfmReply.responseJson", error.Path);
    }

    [Fact]
    public void A_double_encoded_response_json_is_not_a_submission_of_the_flow()
    {
        var inner = TestPayloads.Corpus("8x8-docs__whatsapp-flows-examples-retail__responseJson.response.json");
        var body = TestPayloads.EightByEightWebhook(JsonSerializer.Serialize(inner));

        Assert.False(ReturnsSubmission.TryParseWebhook(body, out _, out var error));

        Assert.Equal(FlowParseErrorKind.UnexpectedType, error!.Kind);
        Assert.Equal("$.payload.content.interactive.nfmReply.responseJson/$", error.Path);
    }

    private static bool AllParsersHold(byte[] body)
    {
        Check(ReturnsSubmission.TryParseWebhook(body, out var r, out var e1), r, e1);
        Check(LeadGenerationSubmission.TryParseWebhook(body, out var l, out var e2), l, e2);
        Check(ServiceBookingSubmission.TryParseWebhook(body, out var s, out var e3), s, e3);
        Check(FlowRouter.TryParseWebhook(body, out var any, out var e4), any, e4);
        Check(FlowRouter.Events.TryParse(body, out var webhookEvent, out var e5), webhookEvent, e5);
        Check(ChatAppsEventReader.Default.TryParse(body, out var plain, out var e7), plain, e7);
        Check(HealthcareAppointmentSubmission.TryParse(body, out var h, out var e6), h, e6);
        return true;
    }

    private static bool AllStringParsersHold(string json)
    {
        Check(ReturnsSubmission.TryParse(json, out var r, out var e1), r, e1);
        Check(FlowRouter.TryParse(json, out var any, out var e2), any, e2);
        return true;
    }

    private static void Check(bool ok, object? value, FlowParseError? error)
    {
        if (ok)
        {
            Assert.NotNull(value);
            Assert.Null(error);
        }
        else
        {
            Assert.Null(value);
            Assert.NotNull(error);
            Assert.StartsWith("$", error!.Path, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        }
    }

    private static byte[] Mutate(byte[] seed, int kind, int position, string fragment, byte value)
    {
        var at = seed.Length == 0 ? 0 : position % seed.Length;
        var bytes = seed.ToList();
        switch (kind)
        {
            case 0: // truncate
                return seed.Take(at).ToArray();
            case 1: // overwrite one byte (may produce invalid UTF-8)
                bytes[at] = value;
                return bytes.ToArray();
            case 2: // insert a JSON-ish fragment
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(fragment));
                return bytes.ToArray();
            case 3: // delete a run
                bytes.RemoveRange(at, Math.Min(1 + (position % 7), bytes.Count - at));
                return bytes.ToArray();
            case 4: // duplicate a run (duplicate keys, repeated values)
                var run = bytes.Skip(at).Take(1 + (position % 40)).ToArray();
                bytes.InsertRange(at, run);
                return bytes.ToArray();
            default: // replace a string value's content with escapes
                bytes.InsertRange(at, Encoding.UTF8.GetBytes("\\u00e9\\n\\\"" + fragment));
                return bytes.ToArray();
        }
    }
}
