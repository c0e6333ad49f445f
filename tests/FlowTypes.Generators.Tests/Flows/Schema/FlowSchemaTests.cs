using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Tests.Core.Diagnostics;
using FlowTypes.Generators.Tests.Flows.Validation;
using FlowTypes.Generators.Tests.Infrastructure;
using Json.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using SourceArray = FlowTypes.Generators.Core.Json.JsonArray;
using SourceObject = FlowTypes.Generators.Core.Json.JsonObject;
using SourceProperty = FlowTypes.Generators.Core.Json.JsonProperty;

namespace FlowTypes.Generators.Tests.Flows.Schema;

/// <summary>
/// The JSON Schemas under schemas/ are the validator's tables (<see cref="FlowSchemas"/>), and a real validator
/// (JsonSchema.Net) agrees with the analyzers on the corpus: no error on a flow the analyzers accept, and every unknown
/// key and wrong enum value the analyzers report is a schema error at the same line and column.
/// </summary>
public class FlowSchemaTests
{
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Load);

    public static TheoryData<string> CorpusFlows => new(TestData.ValidFlowFiles());

    /// <summary>The drift test: run with FLOWTYPES_UPDATE_DOCS=1 to rewrite schemas/ from the tables, then review the diff.</summary>
    [Fact]
    public void Schemas_derived_from_the_tables_match_the_committed_files()
    {
        var root = RepoRoot();
        var expected = FlowSchemas.Render().ToList();
        if (DiagnosticDocs.Updating)
        {
            Directory.CreateDirectory(Path.Combine(root, FlowSchemas.Directory));
            foreach (var (path, text) in expected)
            {
                File.WriteAllText(Path.Combine(root, path), text);
            }
        }

        var drifted = expected
            .Where(file => !File.Exists(Path.Combine(root, file.Path)) || DiagnosticDocs.Normalize(File.ReadAllText(Path.Combine(root, file.Path))) != file.Text)
            .Select(file => file.Path)
            .ToList();
        var stray = Directory.GetFiles(Path.Combine(root, FlowSchemas.Directory)).Select(f => Path.Combine(FlowSchemas.Directory, Path.GetFileName(f))).Except(expected.Select(e => e.Path)).ToList();

        Assert.True(drifted.Count == 0, $"Out of date with the validator's tables (rerun with {DiagnosticDocs.UpdateVariable}=1 and review the diff):\n" + string.Join("\n", drifted));
        Assert.Empty(stray);
    }

    [Theory]
    [MemberData(nameof(CorpusFlows))]
    public async Task A_corpus_flow_has_no_schema_error_the_analyzers_do_not_report_and_each_unknown_key_and_enum_error_is_one(string corpusFile)
    {
        var text = TestData.ReadCorpus(corpusFile);
        var diagnostics = await FlowAnalysis.AnalyzeAsync("/project/flows/" + corpusFile.Replace(".json", ".flow.json"), text);
        var errors = diagnostics.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error).ToList();

        var schemaErrors = SchemaErrors(text);

        if (errors.Count == 0)
        {
            Assert.True(schemaErrors.Count == 0, "the analyzers accept this flow, the schema does not:\n" + string.Join("\n", schemaErrors.Select(e => e.Message)));
        }

        foreach (var error in errors.Where(d => d.Id is "FT1005" or "FT1039" or "FT1061" && !d.GetMessage().Contains("version", StringComparison.Ordinal)))
        {
            var position = error.Location.GetLineSpan().StartLinePosition;
            Assert.True(schemaErrors.Any(e => e.Positions.Contains(position)), $"{FlowAnalysis.Key(error)} ({error.GetMessage()}) has no schema error at its position; schema errors:\n" + string.Join("\n", schemaErrors.Select(e => e.Message)));
        }
    }

    [Fact]
    public async Task An_unknown_key_and_a_wrong_enum_value_are_errors_of_the_analyzers_and_of_the_schema_at_the_same_places()
    {
        var flow = TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json");
        var broken = flow
            .Replace("\"label\": \"Order Number\"", "\"label\": \"Order Number\", \"placeholder\": \"ORD-1\"", StringComparison.Ordinal)
            .Replace("\"input-type\": \"email\"", "\"input-type\": \"e-mail\"", StringComparison.Ordinal);
        Assert.NotEqual(flow, broken);

        var diagnostics = await FlowAnalysis.AnalyzeAsync("/project/flows/returns.flow.json", broken);
        var analyzer = diagnostics.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error).Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition)).OrderBy(d => d.StartLinePosition).ToList();
        var schemaErrors = SchemaErrors(broken);

        Assert.Equal(new[] { "FT1039", "FT1061" }, analyzer.Select(a => a.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(analyzer, a => Assert.Contains(schemaErrors, e => e.Positions.Contains(a.StartLinePosition)));
        Assert.All(schemaErrors, e => Assert.Contains(analyzer, a => e.Positions.Contains(a.StartLinePosition)));
    }

    [Fact]
    public void The_schema_for_any_version_picks_the_version_schema_checks_a_newer_version_as_the_newest_and_refuses_an_unknown_one()
    {
        var flow = TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json");
        string WithVersion(string text, string version) => System.Text.RegularExpressions.Regex.Replace(text, "\"version\"\\s*:\\s*\"[^\"]*\"", "\"version\": \"" + version + "\"");
        var any = Schemas.Value["flow.schema.json"];
        bool Valid(string text)
        {
            using var document = JsonDocument.Parse(text);
            return any.Evaluate(document.RootElement).IsValid;
        }

        var wrongKey = flow.Replace("\"terminal\":", "\"terminall\":", StringComparison.Ordinal);

        Assert.True(Valid(flow));
        Assert.False(Valid(wrongKey));

        // Newer than the newest known (7.3): the build warns (FT1062) and checks it as 7.3; so does the schema.
        foreach (var newer in new[] { "7.4", "7.10", "8.0", "9.9", "12.1" })
        {
            Assert.True(Valid(WithVersion(flow, newer)), newer);
            Assert.False(Valid(WithVersion(wrongKey, newer)), newer);
        }

        // Not a version Meta could write (the build's FT1003): refused.
        foreach (var unknown in new[] { "1.0", "7.03", "07.4", "8", "next" })
        {
            Assert.False(Valid(WithVersion(flow, unknown)), unknown);
        }
    }

    [Fact]
    public async Task A_newer_version_is_FT1062_in_the_build_where_the_schema_accepts_it_and_FT1003_where_it_refuses_it()
    {
        var flow = TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json");
        foreach (var (version, id) in new[] { ("9.9", "FT1062"), ("7.03", "FT1003") })
        {
            var text = System.Text.RegularExpressions.Regex.Replace(flow, "\"version\"\\s*:\\s*\"[^\"]*\"", "\"version\": \"" + version + "\"");
            var diagnostics = await FlowAnalysis.AnalyzeAsync("/project/flows/retail.flow.json", text);
            Assert.Contains(diagnostics, d => d.Id == id);
        }
    }

    [Fact]
    public void The_template_schema_accepts_the_sample_template_files_and_refuses_an_unknown_category_and_a_long_body()
    {
        var schema = Schemas.Value["template.schema.json"];
        var files = Directory.GetFiles(Path.Combine(RepoRoot(), "samples"), "*.template.json", SearchOption.AllDirectories).Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            Assert.True(schema.Evaluate(document.RootElement).IsValid, file);
        }

        using var lowercase = JsonDocument.Parse("""{ "name": "order_update", "language": "en_US", "category": "utility", "components": [ { "type": "body", "text": "Hi" }, { "type": "BUTTONS", "buttons": [ { "type": "quick_reply", "text": "OK" } ] } ] }""");
        using var category = JsonDocument.Parse("""{ "name": "order_update", "language": "en_US", "category": "NEWS", "components": [ { "type": "BODY", "text": "Hi" } ] }""");
        using var longBody = JsonDocument.Parse($$"""{ "name": "order_update", "language": "en_US", "category": "UTILITY", "components": [ { "type": "BODY", "text": "{{new string('x', 1025)}}" } ] }""");
        Assert.True(schema.Evaluate(lowercase.RootElement).IsValid);
        Assert.False(schema.Evaluate(category.RootElement).IsValid);
        Assert.False(schema.Evaluate(longBody.RootElement).IsValid);
    }

    /// <summary>
    /// The schema errors of a flow (its version's schema), each with the positions it may mean: a failing property is
    /// at its key and at its value (an unknown key fails as the property, a wrong value as the value); anything else at its value.
    /// </summary>
    private static List<(string Message, HashSet<LinePosition> Positions)> SchemaErrors(string flow)
    {
        using var document = JsonDocument.Parse(flow);
        var version = document.RootElement.GetProperty("version").GetString()!;
        var results = Schemas.Value[FlowSchemas.FileName(version)].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var tree = JsonReader.Parse(flow).Root!;
        var lines = SourceText.From(flow).Lines;
        var failures = Failures(results)
            .Select(d =>
            {
                var (property, node) = Find(tree, d.InstanceLocation!.ToString());
                var positions = new HashSet<LinePosition> { lines.GetLinePosition(node.Span.Start) };
                if (property is not null)
                {
                    positions.Add(lines.GetLinePosition(property.NameSpan.Start));
                }

                return (d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values), positions);
            })
            .ToList();
        if (!results.IsValid && failures.Count == 0)
        {
            failures.Add(("invalid, with no located error", new HashSet<LinePosition>()));
        }

        return failures;
    }

    /// <summary>
    /// The failures that make a result invalid: invalid nodes under invalid parents, without the <c>if</c> of an
    /// if/then (its failure only means "not this branch").
    /// </summary>
    private static IEnumerable<EvaluationResults> Failures(EvaluationResults result)
    {
        if (result.IsValid || result.EvaluationPath.ToString().EndsWith("/if", StringComparison.Ordinal))
        {
            yield break;
        }

        if (result.Errors is { Count: > 0 })
        {
            yield return result;
        }

        foreach (var failure in ((IEnumerable<EvaluationResults>?)result.Details ?? Array.Empty<EvaluationResults>()).SelectMany(Failures))
        {
            yield return failure;
        }
    }

    /// <summary>The node at a JSON Pointer, and the property that holds it when its parent is an object.</summary>
    private static (SourceProperty? Property, JsonNode Node) Find(JsonNode root, string pointer)
    {
        SourceProperty? property = null;
        var node = root;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (node is SourceObject obj)
            {
                property = obj.Find(segment)!;
                node = property.Value;
            }
            else
            {
                property = null;
                node = ((SourceArray)node).Items[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)];
            }
        }

        return (property, node);
    }

    /// <summary>The committed schemas, each under a file URI in one registry, as an editor finds them beside each other.</summary>
    private static Dictionary<string, JsonSchema> Load()
    {
        var directory = Path.Combine(RepoRoot(), FlowSchemas.Directory);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(directory, "*.schema.json").OrderBy(f => Path.GetFileName(f) == "flow.schema.json" ? 1 : 0))
        {
            var name = Path.GetFileName(file);
            schemas[name] = JsonSchema.FromText(File.ReadAllText(file), options, new Uri("file:///flowtypes/schemas/" + name));
        }

        return schemas;
    }

    private static string RepoRoot() => typeof(FlowSchemaTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
}
