using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using FlowTypes.Tests.Flows;
using Xunit;

namespace FlowTypes.Tests.Reliability;

/// <summary>Every valid document round-trips to identical typed values, and every unknown field survives.</summary>
public class RoundTripProperties
{
    private static readonly string[] Reasons = { "wrong_size", "defective", "not_as_described", "changed_mind", "arrived_late", "" };
    private static readonly string[] Resolutions = { "refund", "exchange", "store_credit", "x" };

    private static readonly HashSet<string> Known = new() { "order_number", "item_name", "customer_email", "return_reason", "additional_details", "resolution_type", "exchange_pref", "contact_method", "flow_token" };

    /// <summary>Text as users type it: any Unicode scalar values (surrogate pairs included, lone surrogates excluded).</summary>
    private static readonly Gen<string> Text = Gen.Int[0, 0x10FFFF].Where(c => c < 0xD800 || c > 0xDFFF).Array[0, 40]
        .Select(code => string.Concat(code.Select(char.ConvertFromUtf32)));

    private static readonly Gen<Dictionary<string, string>> Extra =
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 12], Gen.OneOf(Gen.Const("1"), Gen.Const("[true,null]"), Gen.Const("{\"k\":\"v\"}"), Gen.Const("\"s\""), Gen.Const("-1.5e3")))
            .Array[0, 5]
            .Select(pairs => pairs.Where(p => p.Item1 is { } key && !Known.Contains(key)).GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.First().Item2));

    private static Gen<string?> Nullable(Gen<string> gen) => Gen.Frequency((1, Gen.Const((string?)null)), (3, gen.Select(s => (string?)s)));


    [Fact]
    public void Valid_returns_submissions_round_trip_with_unknown_fields_kept()
    {
        var head = Gen.Select(Text, Text, Text, Gen.Int[0, Reasons.Length - 1], Nullable(Text));
        var tail = Gen.Select(Gen.Int[0, Resolutions.Length - 1], Nullable(Text), Nullable(Text), Extra);
        Gen.Select(head, tail)
            .Sample(pair =>
            {
                var (order, item, email, reason, details) = pair.Item1;
                var (resolution, exchange, token, extra) = pair.Item2;
                var json = Write(order, item, email, Reasons[reason], details, Resolutions[resolution], exchange, token, extra);

                foreach (var parsed in new[] { ReturnsSubmission.Parse(json), ReturnsSubmission.ParseWebhook(TestPayloads.EightByEightWebhook(json)), (ReturnsSubmission)Flows.FlowRouter.ParseWebhook(TestPayloads.EightByEightWebhook(json)) })
                {
                    Assert.Equal(order, parsed.OrderNumber);
                    Assert.Equal(item, parsed.ItemName);
                    Assert.Equal(email, parsed.CustomerEmail);
                    Assert.Equal(Reasons[reason], parsed.ReturnReason.Id);
                    Assert.Equal(details, parsed.AdditionalDetails);
                    Assert.Equal(Resolutions[resolution], parsed.ResolutionType.Id);
                    Assert.Equal(exchange, parsed.ExchangePref);
                    Assert.Equal(token, parsed.FlowToken);
                    Assert.Equal(extra.Keys.OrderBy(k => k, StringComparer.Ordinal), parsed.ExtensionData.Keys.OrderBy(k => k, StringComparer.Ordinal));
                    foreach (var (key, raw) in extra)
                    {
                        Assert.Equal(raw, parsed.ExtensionData[key].GetRawText());
                    }
                }
            }, iter: 500);
    }

    [Fact]
    public void A_wrong_json_type_for_any_field_is_an_error_naming_that_field()
    {
        var fields = new[] { "order_number", "item_name", "customer_email", "return_reason", "additional_details", "resolution_type", "exchange_pref", "contact_method", "flow_token" };
        Gen.Select(Gen.Int[0, fields.Length - 1], Gen.OneOf(Gen.Const("{}"), Gen.Const("[1]"), Gen.Const("[]")))
            .Sample((field, wrong) =>
            {
                var valid = Write("A1", "Shirt", "a@b.c", "defective", null, "refund", null, "t", new Dictionary<string, string>());
                var json = ReplaceValue(valid, fields[field], wrong);

                Assert.False(ReturnsSubmission.TryParse(json, out _, out var error));

                Assert.Equal(FlowParseErrorKind.UnexpectedType, error!.Kind);
                Assert.Equal("$." + fields[field], error.Path);
            }, iter: 100);
    }

    private static string ReplaceValue(string json, string key, string value)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node[key] = System.Text.Json.Nodes.JsonNode.Parse(value);
        return node.ToJsonString();
    }

    private static string Write(string order, string item, string email, string reason, string? details, string resolution, string? exchange, string? token, Dictionary<string, string> extra)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("order_number", order);
            writer.WriteString("item_name", item);
            writer.WriteString("customer_email", email);
            writer.WriteString("return_reason", reason);
            if (details is not null)
            {
                writer.WriteString("additional_details", details);
            }

            writer.WriteString("resolution_type", resolution);
            if (exchange is not null)
            {
                writer.WriteString("exchange_pref", exchange);
            }

            writer.WriteString("contact_method", "whatsapp");
            if (token is not null)
            {
                writer.WriteString("flow_token", token);
            }

            foreach (var (key, raw) in extra)
            {
                writer.WritePropertyName(key);
                writer.WriteRawValue(raw);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void The_byte_level_date_reader_agrees_with_DateOnly_TryParseExact()
    {
        var dates = Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 13], Gen.Int[0, 32]).Select(t => $"{t.Item1:D4}-{t.Item2:D2}-{t.Item3:D2}");
        var noise = Gen.String[Gen.Char["0123456789-x/ "], 8, 11];
        Gen.OneOf(dates, noise).Sample(text =>
        {
            var json = System.Text.Encoding.UTF8.GetBytes("\"" + text + "\"");
            var reader = new Utf8JsonReader(json);
            reader.Read();

            var parsed = FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out var date);

            var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var exact);
            var epoch = !expected && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
            Assert.Equal(expected || epoch, parsed);
            if (expected)
            {
                Assert.Equal(exact, date);
            }
        }, iter: 5000);
    }
}
