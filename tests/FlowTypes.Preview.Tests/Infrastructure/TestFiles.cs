using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace FlowTypes.Preview.Tests.Infrastructure;

/// <summary>The corpus (tests/TestData/corpus), the sample flows, and an independent count of a flow file's components.</summary>
internal static class TestFiles
{
    public static string RepoRoot { get; } = typeof(TestFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string CorpusDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "corpus");

    public static string SampleFlowsDirectory { get; } = Path.Combine(RepoRoot, "samples", "WebhookService", "flows");

    /// <summary>The corpus files meant to be flows (as the generator's corpus tests choose them: not *.invalid.json, not payload samples).</summary>
    public static IEnumerable<object[]> CorpusFlows() =>
        Directory.GetFiles(CorpusDirectory, "*.json")
            .Select(Path.GetFileName)
            .Where(name => !name!.EndsWith(".invalid.json", StringComparison.Ordinal) && !name.EndsWith(".response.json", StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    public static IEnumerable<object[]> SampleFlows() =>
        Directory.GetFiles(SampleFlowsDirectory, "*.flow.json").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).Select(n => new object[] { n! });

    /// <summary>
    /// Per screen (object entries of <c>screens</c>, in order) the number of components in its layout, counted with
    /// System.Text.Json rather than the renderer's reader: every object in <c>layout.children</c>, a Form's
    /// <c>children</c>, an If's <c>then</c>/<c>else</c> and a Switch's <c>cases</c>.
    /// </summary>
    public static List<int> ComponentsPerScreen(string json)
    {
        using var document = JsonDocument.Parse(json);
        var counts = new List<int>();
        if (!document.RootElement.TryGetProperty("screens", out var screens) || screens.ValueKind != JsonValueKind.Array)
        {
            return counts;
        }

        foreach (var screen in screens.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object))
        {
            var count = 0;
            if (screen.TryGetProperty("layout", out var layout) && layout.ValueKind == JsonValueKind.Object && layout.TryGetProperty("children", out var children))
            {
                count = Count(children);
            }

            counts.Add(count);
        }

        return counts;
    }

    private static int Count(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            return 0;
        }

        var count = 0;
        foreach (var item in array.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
        {
            count++;
            var type = item.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (type == "Form" && item.TryGetProperty("children", out var formChildren))
            {
                count += Count(formChildren);
            }
            else if (type == "If")
            {
                count += item.TryGetProperty("then", out var then) ? Count(then) : 0;
                count += item.TryGetProperty("else", out var otherwise) ? Count(otherwise) : 0;
            }
            else if (type == "Switch" && item.TryGetProperty("cases", out var cases) && cases.ValueKind == JsonValueKind.Object)
            {
                count += cases.EnumerateObject().Sum(c => Count(c.Value));
            }
        }

        return count;
    }
}
