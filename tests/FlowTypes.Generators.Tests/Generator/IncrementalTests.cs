using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FlowTypes.Generators.Tests.Generator;

/// <summary>Proves the pipeline is cacheable: unrelated edits re-run nothing; editing one flow re-runs only that flow.</summary>
public class IncrementalTests
{
    private static readonly string Retail = TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json");
    private static readonly string Sales = TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-sales__flowJson.json");

    [Fact]
    public void Unrelated_csharp_edit_serves_every_step_from_cache()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(Files(), trackSteps: true).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Other { } }", path: "/src/Other.cs"));
        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.FlowSpecs, TrackingNames.FlowModels, TrackingNames.FlowSet, TrackingNames.FlowOutputs, TrackingNames.TypeNameConflicts, TrackingNames.FlowSetDiagnostics, TrackingNames.Settings, TrackingNames.Routes })
        {
            var reasons = run.TrackedSteps[name].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}"));
        }

        Assert.All(run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_flow_reruns_only_that_flow()
    {
        var files = Files();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files, trackSteps: true).RunGenerators(compilation);

        Assert.Contains("\"8x8 Connect CPaaS\"", Sales);
        var editedSales = new InMemoryAdditionalText(files[1].Path, Sales.Replace("\"8x8 Connect CPaaS\"", "\"8x8 Connect\""));
        var run = driver.ReplaceAdditionalText(files[1], editedSales).RunGenerators(compilation).GetRunResult().Results.Single();

        var models = run.TrackedSteps[TrackingNames.FlowModels].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, models);
        var outputs = run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Modified, outputs);
        Assert.Equal(1, outputs.Count(reason => reason == IncrementalStepRunReason.Modified));

        // A label edit does not change any payload key, so the router's model is unchanged and it is not re-emitted.
        var routes = run.TrackedSteps[TrackingNames.Routes].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        var route = Assert.Single(routes);
        Assert.True(route is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, route.ToString());
    }

    [Fact]
    public void An_edit_that_only_moves_text_relocates_the_flow_but_emits_nothing_again()
    {
        var files = Files();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files, trackSteps: true).RunGenerators(compilation);

        // Indenting the whole file moves every payload: the spec (with its places) changes, the model does not.
        var moved = new InMemoryAdditionalText(files[1].Path, "  " + Sales.Replace("\n", "\n  "));
        var run = driver.ReplaceAdditionalText(files[1], moved).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, Reasons(run, TrackingNames.FlowSpecs));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }, Reasons(run, TrackingNames.FlowModels));
        // The set is re-analysed but finds nothing new (no conflict here, so no located diagnostic moved).
        foreach (var name in new[] { TrackingNames.FlowSet, TrackingNames.Routes, TrackingNames.TypeNameConflicts, TrackingNames.FlowSetDiagnostics })
        {
            var reason = Assert.Single(Reasons(run, name));
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}");
        }

        Assert.All(run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Step_outputs_hold_no_symbols_syntax_or_compilations()
    {
        // Both generators, with flow and template files and a [FlowCompletion] type, so every step named in TrackingNames runs.
        var files = Files().Concat(EndpointFiles()).Cast<AdditionalText>().Append(new InMemoryAdditionalText("/project/templates/welcome.template.json", Template));
        var driver = CSharpGeneratorDriver.Create(
            new[] { new FlowTypesGenerator().AsSourceGenerator(), new TemplateGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var results = driver.RunGenerators(GeneratorHarness.CreateCompilation(Completion)).GetRunResult().Results;
        Assert.All(results, result => Assert.Null(result.Exception));

        var ours = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        var tracked = results.SelectMany(result => result.TrackedSteps).Where(step => ours.Contains(step.Key)).ToList();
        Assert.Equal(ours.OrderBy(n => n, StringComparer.Ordinal), tracked.Select(step => step.Key).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var (name, steps) in tracked)
        {
            foreach (var output in steps.SelectMany(step => step.Outputs))
            {
                AssertNoBannedTypes(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private const string Template = """
        { "name": "welcome", "language": "en_US", "category": "UTILITY",
          "components": [ { "type": "BODY", "text": "Hi {{1}}", "examples": ["Ana"] } ] }
        """;


    private static readonly string BookATable = TestData.ReadCorpus("david-lev__pywa__tests__data__flows__2_1__examples__book_a_table.json");
    private static readonly string SignIn = TestData.ReadCorpus("david-lev__pywa__tests__data__flows__2_1__examples__sign_in.json");

    private static InMemoryAdditionalText[] EndpointFiles() => new[]
    {
        new InMemoryAdditionalText("/project/flows/book.flow.json", BookATable),
        new InMemoryAdditionalText("/project/flows/sign_in.flow.json", SignIn),
    };

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    [Fact]
    public void Unrelated_csharp_edit_serves_every_endpoint_step_from_cache()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(EndpointFiles(), trackSteps: true).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Other { } }", path: "/src/Other.cs"));
        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached }, Reasons(run, TrackingNames.EndpointModels));
        Assert.All(Reasons(run, TrackingNames.EndpointOutputs), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        Assert.All(run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_endpoint_flow_reruns_only_its_handler()
    {
        var files = EndpointFiles();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files, trackSteps: true).RunGenerators(compilation);

        Assert.Contains("\"label\": \"People\"", BookATable);
        var edited = new InMemoryAdditionalText(files[0].Path, BookATable.Replace("\"label\": \"People\"", "\"label\": \"Guests\""));
        var run = driver.ReplaceAdditionalText(files[0], edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, Reasons(run, TrackingNames.EndpointModels));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, Reasons(run, TrackingNames.EndpointOutputs));
    }

    [Fact]
    public void An_edit_the_handler_does_not_depend_on_regenerates_no_handler()
    {
        var files = EndpointFiles();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files, trackSteps: true).RunGenerators(compilation);

        // A helper text is neither in the submission nor in the endpoint model.
        Assert.Contains("\"e.g. Dietary or accessibility\"", BookATable);
        var edited = new InMemoryAdditionalText(files[0].Path, BookATable.Replace("\"e.g. Dietary or accessibility\"", "\"e.g. allergies\""));
        var run = driver.ReplaceAdditionalText(files[0], edited).RunGenerators(compilation).GetRunResult().Results.Single();

        // The model is equal, so the output step (and the source output that emits the handler) does not re-run.
        Assert.All(Reasons(run, TrackingNames.EndpointModels), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached }, Reasons(run, TrackingNames.EndpointOutputs));
    }

    private const string Completion = """
        namespace Consumer
        {
            [FlowTypes.FlowCompletion("book.flow.json")]
            public partial record TableBooked(string BookingId, decimal People);

            internal static class Helpers
            {
                public static int One() => 1;
            }
        }
        """;

    [Fact]
    public void An_edit_beside_a_completion_declaration_reruns_no_completion_handler_or_router_step()
    {
        var compilation = GeneratorHarness.CreateCompilation(Completion);
        var driver = GeneratorHarness.CreateDriver(EndpointFiles(), trackSteps: true).RunGenerators(compilation);
        Assert.Contains("Finish(global::Consumer.TableBooked parameters)", driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith("Book.", StringComparison.Ordinal) && s.HintName.EndsWith(".Endpoint.g.cs", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);

        // The same file, another member's body edited: the declaration's model is equal.
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Completion.Replace("=> 1;", "=> 2;"), (CSharpParseOptions)tree.Options, tree.FilePath));
        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(Reasons(run, TrackingNames.CompletionDeclarations), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        foreach (var name in new[] { TrackingNames.CompletionSet, TrackingNames.TypedEndpoints, TrackingNames.FlowSet, TrackingNames.Routes })
        {
            Assert.All(Reasons(run, name), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}"));
        }

        Assert.All(run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Completion_step_outputs_hold_no_symbols_syntax_or_compilations()
    {
        var run = GeneratorHarness.CreateDriver(EndpointFiles(), trackSteps: true).RunGenerators(GeneratorHarness.CreateCompilation(Completion)).GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.CompletionDeclarations, TrackingNames.CompletionSet, TrackingNames.TypedEndpoints })
        {
            var outputs = run.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            Assert.NotEmpty(outputs);
            foreach (var output in outputs)
            {
                AssertNoBannedTypes(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    [Fact]
    public void Endpoint_step_outputs_hold_no_symbols_syntax_or_compilations()
    {
        var run = GeneratorHarness.CreateDriver(EndpointFiles(), trackSteps: true).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.EndpointModels, TrackingNames.EndpointOutputs })
        {
            var outputs = run.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            Assert.Equal(2, outputs.Count);
            foreach (var output in outputs)
            {
                AssertNoBannedTypes(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static InMemoryAdditionalText[] Files() => new[]
    {
        new InMemoryAdditionalText("/project/flows/returns.flow.json", Retail),
        new InMemoryAdditionalText("/project/flows/lead.flow.json", Sales),
        new InMemoryAdditionalText("/project/flows/draft.flow.json", "{ \"version\": \"7.2\", "),
    };

    private static void AssertNoBannedTypes(object? value, string step, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or Location or Diagnostic, $"Step '{step}' outputs a {value.GetType().Name}.");
        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>) && (bool)type.GetProperty("IsDefault")!.GetValue(value)!)
        {
            return;
        }

        if (value is AdditionalText)
        {
            return; // the raw input itself, only in the source step
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertNoBannedTypes(item, step, visited);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoBannedTypes(field.GetValue(value), step, visited);
        }
    }
}
