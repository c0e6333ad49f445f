using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows;
using FlowTypes.Generators.Flows.Validation;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>
/// Property test: thousands of generated and mutated flow documents go through JsonReader, FlowDocumentReader,
/// FlowValidator, the generator and (for a sample) the analyzer; nothing may throw (an analyzer exception would be AD0001, a generator one CS8785).
/// Fixed seeds keep it deterministic.
/// </summary>
public class FuzzTests
{
    private static readonly string[] InterestingStrings =
    {
        string.Empty, " ", "\n", "${", "${}", "${data", "${data.}", "${data.x", "${data.x}", "${data.x.y.z}", "${form.}", "${form.a}",
        "${screen}", "${screen.}", "${screen.A}", "${screen.A.form}", "${screen.A.data.b.c}", "${screen.START.form.x}", "`", "`${form.a} ${data.b}`",
        "SUCCESS", "START", "END", "SCREEN_1", "_", "navigate", "complete", "data_exchange", "update_data", "open_url", "Footer", "If", "Switch",
        "Form", "TextInput", "PhotoPicker", "DocumentPicker", "NavigationList", "CalendarPicker", "2.1", "4.0", "5.0", "7.3", "9.9", "1.", ".1",
        "1735689600000", "2025-13-45", "\uD800", "\uDFFF\uD800", "\u0000", "{|", "|}", new string('x', 5000),
    };

    [Fact]
    public async System.Threading.Tasks.Task Mutated_and_generated_flows_never_throw()
    {
        var random = new Random(20261123);
        var seeds = Directory.GetFiles(TestData.CorpusDirectory, "*.json")
            .Where(f => !f.EndsWith(".response.json", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        Assert.True(seeds.Count > 50);

        var documents = 0;
        var findings = 0;
        var generatorInputs = new List<string>();
        for (var round = 0; round < 25; round++)
        {
            foreach (var seed in seeds)
            {
                var text = Mutate(seed, random);
                findings += Check(text);
                documents++;
                if (documents % 25 == 0)
                {
                    generatorInputs.Add(text);
                }
            }
        }

        for (var i = 0; i < 2500; i++)
        {
            var text = Generate(random);
            findings += Check(text);
            documents++;
            if (i % 25 == 0)
            {
                generatorInputs.Add(text);
            }
        }

        foreach (var text in Extremes())
        {
            findings += Check(text);
            generatorInputs.Add(text);
            documents++;
        }

        RunGenerator(generatorInputs);

        // The analyzer end to end on a sample (FlowAnalysis fails on AD0001, an analyzer exception).
        foreach (var text in generatorInputs.Take(60))
        {
            await FlowAnalysis.AnalyzeAsync("/project/flows/fuzz.flow.json", text);
        }

        Assert.True(documents > 4500, $"only {documents} documents");
        Assert.True(findings > 1000, "the mutations should trigger many rules");
    }

    /// <summary>Parses and validates; returns the number of findings (spans must lie inside the text).</summary>
    private static int Check(string text)
    {
        var json = JsonReader.Parse(text);
        Assert.True((json.Root is null) != (json.Error is null));
        var parsed = FlowFile.Parse(text);
        if (parsed.Document is null)
        {
            return 0;
        }

        var result = FlowValidator.Validate(parsed.Document, parsed.Utf8Length);
        foreach (var finding in result)
        {
            Assert.True(finding.Span.End <= text.Length, finding.ToString());
            Assert.NotNull(finding.Message);
        }

        return result.Length;
    }

    private static void RunGenerator(List<string> texts)
    {
        var files = texts.Select((t, i) => (AdditionalText)new InMemoryAdditionalText($"/project/flows/Fuzz{i}.flow.json", t)).ToList();
        foreach (var batch in files.Chunk(40))
        {
            var driver = GeneratorHarness.CreateDriver(batch);
            driver = driver.RunGenerators(GeneratorHarness.CreateCompilation());
            var result = driver.GetRunResult();
            Assert.All(result.Results, r => Assert.Null(r.Exception));
            Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "AD0001");
        }
    }

    private static string Mutate(string seed, Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                return seed.Substring(0, random.Next(seed.Length + 1)); // truncate
            case 1:
                {
                    // Flip a few characters to JSON punctuation.
                    var chars = seed.ToCharArray();
                    for (var i = 0; i < 3 && chars.Length > 0; i++)
                    {
                        const string punctuation = "{}[]\",:\\u0";
                        chars[random.Next(chars.Length)] = punctuation[random.Next(punctuation.Length)];
                    }

                    return new string(chars);
                }

            case 2:
                {
                    // Insert an escape, valid or not.
                    var escapes = new[] { "\\u12", "\\uZZZZ", "\\uD800", "\\uDC00\\uD800", "\\x", "\\", "\\u0000" };
                    var quote = seed.IndexOf('"', random.Next(Math.Max(1, seed.Length)));
                    return quote < 0 ? seed + escapes[random.Next(escapes.Length)] : seed.Insert(quote + 1, escapes[random.Next(escapes.Length)]);
                }

            default:
                {
                    // Structural: re-serialize with wrong types, dropped or duplicated properties and odd strings.
                    var json = JsonReader.Parse(seed);
                    if (json.Root is null)
                    {
                        return seed;
                    }

                    var builder = new StringBuilder();
                    Write(json.Root, builder, random, 0.04 + (random.NextDouble() * 0.1), 0);
                    return builder.ToString();
                }
        }
    }

    private static void Write(JsonNode node, StringBuilder builder, Random random, double rate, int depth)
    {
        if (depth > 0 && random.NextDouble() < rate)
        {
            WriteRandomValue(builder, random, 0);
            return;
        }

        switch (node)
        {
            case JsonObject o:
                builder.Append('{');
                var first = true;
                foreach (var property in o.Properties)
                {
                    var copies = random.NextDouble() < rate ? random.Next(3) : 1; // 0 = dropped, 2 = duplicate key
                    for (var c = 0; c < copies; c++)
                    {
                        builder.Append(first ? string.Empty : ",");
                        first = false;
                        WriteString(builder, property.Name);
                        builder.Append(':');
                        Write(property.Value, builder, random, rate, depth + 1);
                    }
                }

                builder.Append('}');
                break;
            case JsonArray a:
                builder.Append('[');
                var items = a.Items.ToList();
                if (items.Count > 0 && random.NextDouble() < rate)
                {
                    items.Add(items[random.Next(items.Count)]);
                }

                for (var i = 0; i < items.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",");
                    Write(items[i], builder, random, rate, depth + 1);
                }

                builder.Append(']');
                break;
            case JsonString s:
                WriteString(builder, random.NextDouble() < rate ? InterestingStrings[random.Next(InterestingStrings.Length)] : s.Value);
                break;
            case JsonNumber n:
                builder.Append(n.Text);
                break;
            default:
                builder.Append(node.Kind switch { JsonKind.True => "true", JsonKind.False => "false", _ => "null" });
                break;
        }
    }

    private static void WriteRandomValue(StringBuilder builder, Random random, int depth)
    {
        switch (random.Next(depth > 3 ? 5 : 7))
        {
            case 0: builder.Append("null"); break;
            case 1: builder.Append(random.Next(2) == 0 ? "true" : "false"); break;
            case 2: builder.Append(random.Next(-5, 100).ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
            case 3: builder.Append("1e308"); break;
            case 4: WriteString(builder, InterestingStrings[random.Next(InterestingStrings.Length)]); break;
            case 5:
                builder.Append('[');
                for (var i = random.Next(3); i > 0; i--)
                {
                    WriteRandomValue(builder, random, depth + 1);
                    builder.Append(i > 1 ? "," : string.Empty);
                }

                builder.Append(']');
                break;
            default:
                builder.Append('{');
                var keys = new[] { "type", "name", "id", "next", "payload", "children", "then", "else", "cases", "data", "label", "text", "on-click-action" };
                for (var i = random.Next(4); i > 0; i--)
                {
                    WriteString(builder, keys[random.Next(keys.Length)]);
                    builder.Append(':');
                    WriteRandomValue(builder, random, depth + 1);
                    builder.Append(i > 1 ? "," : string.Empty);
                }

                builder.Append('}');
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    if (c < ' ' || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>A random flow from the flow vocabulary: screens, components, actions and references in random combinations.</summary>
    private static string Generate(Random random)
    {
        var ids = new[] { "START", "MIDDLE", "END", "SUCCESS", "SCREEN_1", "A" };
        var types = FlowTypes.Generators.Flows.Validation.FlowRules.ComponentTypes.Concat(new[] { "Unknown" }).ToArray();
        var builder = new StringBuilder();
        builder.Append("{\"version\":");
        WriteString(builder, new[] { "2.1", "3.1", "4.0", "5.0", "5.1", "6.0", "6.2", "7.0", "7.3", "x" }[random.Next(10)]);
        if (random.Next(3) == 0)
        {
            builder.Append(",\"data_api_version\":\"3.0\"");
        }

        if (random.Next(3) == 0)
        {
            builder.Append(",\"routing_model\":{");
            for (var i = random.Next(4); i > 0; i--)
            {
                WriteString(builder, ids[random.Next(ids.Length)]);
                builder.Append(":[");
                builder.Append(string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => "\"" + ids[random.Next(ids.Length)] + "\"")));
                builder.Append(']').Append(i > 1 ? "," : string.Empty);
            }

            builder.Append('}');
        }

        builder.Append(",\"screens\":[");
        var screenCount = random.Next(1, 5);
        for (var s = 0; s < screenCount; s++)
        {
            builder.Append(s > 0 ? "," : string.Empty).Append("{\"id\":");
            WriteString(builder, ids[random.Next(ids.Length)]);
            if (random.Next(2) == 0)
            {
                builder.Append(",\"terminal\":true");
            }

            if (random.Next(2) == 0)
            {
                builder.Append(",\"data\":{\"x\":{\"type\":\"").Append(new[] { "string", "array", "object", "boolean" }[random.Next(4)]).Append("\",\"__example__\":\"e\"}}");
            }

            builder.Append(",\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":");
            WriteChildren(builder, random, types, ids, 0);
            builder.Append("}}");
        }

        builder.Append("]}");
        return builder.ToString();
    }

    private static void WriteChildren(StringBuilder builder, Random random, string[] types, string[] ids, int depth)
    {
        builder.Append('[');
        var count = depth > 6 ? 0 : random.Next(0, 5);
        for (var i = 0; i < count; i++)
        {
            var type = types[random.Next(types.Length)];
            builder.Append(i > 0 ? "," : string.Empty).Append("{\"type\":");
            WriteString(builder, type);
            builder.Append(",\"name\":");
            WriteString(builder, InterestingStrings[random.Next(InterestingStrings.Length)]);
            builder.Append(",\"label\":");
            WriteString(builder, InterestingStrings[random.Next(InterestingStrings.Length)]);
            if (type is "Form")
            {
                builder.Append(",\"children\":");
                WriteChildren(builder, random, types, ids, depth + 1);
            }
            else if (type is "If")
            {
                builder.Append(",\"condition\":");
                WriteString(builder, InterestingStrings[random.Next(InterestingStrings.Length)]);
                builder.Append(",\"then\":");
                WriteChildren(builder, random, types, ids, depth + 1);
                if (random.Next(2) == 0)
                {
                    builder.Append(",\"else\":");
                    WriteChildren(builder, random, types, ids, depth + 1);
                }
            }
            else if (type is "Switch")
            {
                builder.Append(",\"value\":\"${data.x}\",\"cases\":{\"a\":");
                WriteChildren(builder, random, types, ids, depth + 1);
                builder.Append(",\"b\":");
                WriteChildren(builder, random, types, ids, depth + 1);
                builder.Append('}');
            }
            else
            {
                builder.Append(",\"on-click-action\":{\"name\":");
                WriteString(builder, new[] { "navigate", "complete", "data_exchange", "update_data", "open_url", "x" }[random.Next(6)]);
                builder.Append(",\"next\":{\"type\":\"screen\",\"name\":");
                WriteString(builder, ids[random.Next(ids.Length)]);
                builder.Append("},\"payload\":{\"x\":");
                WriteString(builder, InterestingStrings[random.Next(InterestingStrings.Length)]);
                builder.Append("}}");
            }

            builder.Append('}');
        }

        builder.Append(']');
    }

    private static IEnumerable<string> Extremes()
    {
        yield return string.Empty;
        yield return "{}";
        yield return "[]";
        yield return "null";
        yield return "{\"version\":null,\"screens\":null,\"routing_model\":[],\"data_api_version\":3}";
        yield return "{\"screens\":[null,1,\"x\",[],{}]}";
        yield return "{\"version\":\"7.3\",\"screens\":[{\"id\":\"A\",\"layout\":{\"children\":{}}},{\"id\":1,\"layout\":[]}]}";
        yield return new string('[', 300) + new string(']', 300);
        yield return "{\"a\":" + new string('[', 126) + new string(']', 126) + "}";

        // If nested as deep as the reader allows (each level is an object plus an array).
        var nested = new StringBuilder("{\"version\":\"7.3\",\"screens\":[{\"id\":\"A\",\"terminal\":true,\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":");
        const int levels = 60;
        for (var i = 0; i < levels; i++)
        {
            nested.Append("[{\"type\":\"If\",\"condition\":\"${data.x}\",\"then\":");
        }

        nested.Append("[{\"type\":\"Footer\",\"label\":\"x\",\"on-click-action\":{\"name\":\"complete\"}}]");
        for (var i = 0; i < levels; i++)
        {
            nested.Append("}]");
        }

        nested.Append("}}]}");
        yield return nested.ToString();

        // Huge strings and many components.
        yield return "{\"version\":\"7.3\",\"screens\":[{\"id\":\"" + new string('A', 200_000) + "\",\"terminal\":true,\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":["
            + string.Join(",", Enumerable.Repeat("{\"type\":\"TextBody\",\"text\":\"" + new string('x', 10_000) + "${data." + new string('y', 1000) + "}\"}", 60)) + "]}}]}";

        // A long navigate chain and a long routing-model cycle.
        var chain = Enumerable.Range(0, 400).Select(i => "S" + new string('X', i)).ToList();
        yield return "{\"version\":\"7.3\",\"data_api_version\":\"3.0\",\"routing_model\":{" + string.Join(",", chain.Select((id, i) => $"\"{id}\":[\"{chain[(i + 1) % chain.Count]}\"]")) + "},\"screens\":["
            + string.Join(",", chain.Select((id, i) => $"{{\"id\":\"{id}\",\"layout\":{{\"type\":\"SingleColumnLayout\",\"children\":[{{\"type\":\"Footer\",\"label\":\"n\",\"on-click-action\":{{\"name\":\"navigate\",\"next\":{{\"type\":\"screen\",\"name\":\"{chain[(i + 1) % chain.Count]}\"}},\"payload\":{{}}}}}}]}}}}")) + "]}";
    }
}
