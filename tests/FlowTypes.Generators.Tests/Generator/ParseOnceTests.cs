using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Flows;
using FlowTypes.Generators.SendCode;
using FlowTypes.Generators.Templates;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FlowTypes.Generators.Tests.Generator;

/// <summary>The parse counter is process-wide, so this collection runs alone.</summary>
[CollectionDefinition(nameof(ParseCounterCollection), DisableParallelization = true)]
public sealed class ParseCounterCollection
{
}

/// <summary>
/// Each flow file's text is parsed once per content and shared by the generator and every analyzer, in the same
/// compilation and in the next one (an IDE keystroke): proven with the reader's counter, not assumed.
/// </summary>
[Collection(nameof(ParseCounterCollection))]
public class ParseOnceTests
{
    [Fact]
    public async Task Generator_and_analyzers_parse_each_flow_file_once_and_a_rerun_parses_nothing()
    {
        var flows = new[]
        {
            new InMemoryAdditionalText("/p/returns.flow.json", TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-retail__flowJson.json")),
            new InMemoryAdditionalText("/p/lead.flow.json", TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-sales__flowJson.json")),
            new InMemoryAdditionalText("/p/booking.flow.json", TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-professional-services__flowJson.json")),
        };
        var template = new InMemoryAdditionalText("/p/templates.template.json", SendCode.SendPayloadAnalyzerTests.TemplateFile);
        var files = flows.Append(template).ToImmutableArray<AdditionalText>();

        // FlowId metadata makes the send analyzer index the flows too.
        var options = new TestAnalyzerConfigOptionsProvider(
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" },
            flows.Select((f, i) => (f.Path, Id: "10" + i)).ToDictionary(f => f.Path, f => (System.Collections.Generic.IDictionary<string, string>)new System.Collections.Generic.Dictionary<string, string> { ["build_metadata.AdditionalFiles.FlowId"] = f.Id }));
        var compilation = GeneratorHarness.CreateCompilation("using FlowTypes.Sending; namespace Consumer { static class S { static object M() => new FlowMessage(\"Hi\", \"100\", \"Start\"); } }");
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new FlowTypesGenerator().AsSourceGenerator(), new TemplateGenerator().AsSourceGenerator() }, files, new CSharpParseOptions(LanguageVersion.CSharp12), options);
        var before = (Flows: FlowFile.ParseCount, Templates: FlowTypes.Generators.Templates.Document.TemplateFileReader.ParseCount);

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var afterGenerator = (Flows: FlowFile.ParseCount, Templates: FlowTypes.Generators.Templates.Document.TemplateFileReader.ParseCount);

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new FlowFileAnalyzer(), new SendPayloadAnalyzer(), new TemplateFileAnalyzer());
        var diagnostics = await output.WithAnalyzers(analyzers, new AnalyzerOptions(files, options)).GetAnalyzerDiagnosticsAsync();
        var afterAnalyzers = (Flows: FlowFile.ParseCount, Templates: FlowTypes.Generators.Templates.Document.TemplateFileReader.ParseCount);

        driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edit { }")));
        var afterRerun = (Flows: FlowFile.ParseCount, Templates: FlowTypes.Generators.Templates.Document.TemplateFileReader.ParseCount);

        Assert.Equal((flows.Length, 1), (afterGenerator.Flows - before.Flows, afterGenerator.Templates - before.Templates));
        Assert.Equal(afterGenerator, afterAnalyzers);
        Assert.Equal(afterAnalyzers, afterRerun);
        Assert.Contains(diagnostics, d => d.Id == "FT1048"); // the analyzers did read the flows (display-limit warnings in the 8x8 samples)
        Assert.DoesNotContain(diagnostics, d => d.Id == "FT3011"); // and the send analyzer indexed their FlowIds
    }

    [Fact]
    public async Task Analyzing_unchanged_flow_files_again_after_a_CSharp_edit_validates_nothing_and_reports_the_same_findings()
    {
        var files = ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText("/p/lead.flow.json", TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-sales__flowJson.json")),
            new InMemoryAdditionalText("/p/booking.flow.json", TestData.ReadCorpus("8x8-docs__whatsapp-flows-examples-professional-services__flowJson.json")));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new FlowFileAnalyzer());
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { class A { } }");
        var before = FlowFile.ValidationCount;

        var first = await compilation.WithAnalyzers(analyzers, new AnalyzerOptions(files)).GetAnalyzerDiagnosticsAsync();
        var afterFirst = FlowFile.ValidationCount;
        var second = await compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edit { }", new CSharpParseOptions(LanguageVersion.CSharp12)))
            .WithAnalyzers(analyzers, new AnalyzerOptions(files)).GetAnalyzerDiagnosticsAsync();

        Assert.Equal(files.Length, afterFirst - before);
        Assert.Equal(afterFirst, FlowFile.ValidationCount);
        Assert.NotEmpty(first);
        Assert.Equal(first.Select(d => d.ToString()).Order(), second.Select(d => d.ToString()).Order());
    }
}
