using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using FlowTypes.Generators.Flows;
using FlowTypes.Generators.SendCode;
using FlowTypes.Generators.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Benchmarks;

/// <summary>
/// The analyzer driver over a project with 100 templates (one <c>*.template.json</c> file each) and 1,000 constant
/// send sites. Every contender analyzes a fresh clone of the same compilation (nothing bound yet), so each pays the
/// binding the build pays. The baseline is the compiler alone (<c>GetDiagnostics</c>); the floor is the analyzer
/// driver with analyzers that register the same actions and do nothing. The difference between FlowTypes and the
/// baseline is what the analyzers add to a build.
/// </summary>
[MemoryDiagnoser]
public class SendSiteAnalyzerBenchmarks
{
    public const int Templates = 100;
    public const int SendSites = 1000;

    private CSharpCompilation _compilation = null!;
    private AnalyzerOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CompilerInputs.Compilation(SendSiteSources());
        _options = new AnalyzerOptions(Enumerable.Range(0, Templates).Select(i => (AdditionalText)new CompilerInputs.Text($"/project/templates/order_update_{i}.template.json", Template(i))).ToImmutableArray());

        // The workload must really be analyzed: the 1,000 sites are correct, and one added mistake (button index 1 of
        // a one-button template) gives FT3005 (no such button) and FT3007 (button 0 needs its parameter).
        var diagnostics = Analyze(FlowTypesAnalyzers, _compilation.AddSyntaxTrees(CompilerInputs.Parse(Site(0, "Button(1")))).Result;
        if (!diagnostics.Where(d => d.Id.StartsWith("FT", StringComparison.Ordinal)).Select(d => d.Id).Order(StringComparer.Ordinal).SequenceEqual(new[] { "FT3005", "FT3007" }))
        {
            throw new InvalidOperationException("Expected exactly one FT diagnostic, got: " + string.Join(", ", diagnostics.Take(5).Select(d => d.ToString())));
        }
    }

    private static readonly ImmutableArray<DiagnosticAnalyzer> FlowTypesAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SendPayloadAnalyzer(), new TemplateFileAnalyzer(), new FlowFileAnalyzer());

    private static readonly ImmutableArray<DiagnosticAnalyzer> FloorAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CompilerInputs.NoOpAnalyzer(operations: true));

    [Benchmark(Baseline = true, Description = "compiler only: GetDiagnostics")]
    public int CompilerOnly() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark(Description = "floor: analyzer driver, no-op analyzer")]
    public int Floor() => Analyze(FloorAnalyzers, _compilation.Clone()).Result.Length;

    [Benchmark(Description = "FlowTypes analyzers (send, template, flow)")]
    public int FlowTypes() => Analyze(FlowTypesAnalyzers, _compilation.Clone()).Result.Length;

    private Task<ImmutableArray<Diagnostic>> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers, Compilation compilation) =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(_options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false)).GetAllDiagnosticsAsync();

    private static string Template(int i) => $$$"""
        {
          "templateName": "order_update_{{{i}}}",
          "language": "en_US",
          "category": "UTILITY",
          "components": [
            { "type": "BODY", "text": "Hi {{1}}, order {{2}} has shipped.", "example": { "body_text": [ [ "Ana", "A-1" ] ] } },
            { "type": "BUTTONS", "buttons": [ { "type": "URL", "text": "Track", "url": "https://x.example/t/{{1}}", "example": [ "A-1" ] } ] }
          ]
        }
        """;

    private static string Site(int i, string button = "Button(0") =>
        $"namespace Consumer {{ internal static class Bad{i} {{ internal static object M() => " + Send(i, button) + "; } }";

    private static string Send(int i, string button = "Button(0") =>
        $"new FlowTypes.Sending.TemplateMessage(\"order_update_{i % Templates}\", \"en_US\", FlowTypes.Sending.TemplateComponent.Body(FlowTypes.Sending.TemplateParameter.Text(\"Ana\"), FlowTypes.Sending.TemplateParameter.Text(\"A-{i}\")), FlowTypes.Sending.TemplateComponent.{button}, FlowTypes.Sending.ButtonSubType.Url, FlowTypes.Sending.TemplateParameter.Text(\"A-{i}\")))";

    /// <summary>Ten files of 100 send sites each, one method per site.</summary>
    private static IEnumerable<string> SendSiteSources() =>
        Enumerable.Range(0, 10).Select(file =>
        {
            var source = new StringBuilder($"namespace Consumer {{ internal static class Sends{file} {{\n");
            for (var i = file * 100; i < (file + 1) * 100; i++)
            {
                source.Append(CultureInfo.InvariantCulture, $"    internal static object Send{i}() => {Send(i)};\n");
            }

            return source.Append("} }\n").ToString();
        });
}

/// <summary>
/// FT1xxx flow-file analysis over N flow files (the corpus' valid flows replicated under distinct names).
/// Cold: new file texts (nothing in the parse cache). Warm: the same texts analyzed again in a new compilation, as
/// after an unrelated C# edit (each file's parse and findings are served from the cache the generator shares, so the
/// analyzer only reports them again).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory, BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class FlowFileAnalyzerBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> FlowTypesAnalyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new FlowFileAnalyzer());
    private static readonly ImmutableArray<DiagnosticAnalyzer> FloorAnalyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new CompilerInputs.NoOpAnalyzer(operations: false));

    private CSharpCompilation _compilation = null!;
    private AnalyzerOptions _warm = null!;
    private AnalyzerOptions _cold = null!;

    [Params(1, 10, 100, 1000)]
    public int Flows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CompilerInputs.Compilation(new[] { "namespace Consumer { class A { } }" });
        _warm = CreateOptions();
        Analyze(FlowTypesAnalyzer, _warm).Wait();
    }

    [IterationSetup(Targets = new[] { nameof(Cold), nameof(ColdFloor) })]
    public void FreshTexts() => _cold = CreateOptions();

    [Benchmark(Baseline = true, Description = "floor: driver, no-op file action")]
    [BenchmarkCategory("cold")]
    public int ColdFloor() => Analyze(FloorAnalyzer, _cold).Result.Length;

    [Benchmark(Description = "cold: parse + validate all flows")]
    [BenchmarkCategory("cold")]
    public int Cold() => Analyze(FlowTypesAnalyzer, _cold).Result.Length;

    [Benchmark(Baseline = true, Description = "floor: driver, no-op file action")]
    [BenchmarkCategory("warm")]
    public int WarmFloor() => Analyze(FloorAnalyzer, _warm).Result.Length;

    [Benchmark(Description = "warm: same files, new compilation")]
    [BenchmarkCategory("warm")]
    public int Warm() => Analyze(FlowTypesAnalyzer, _warm).Result.Length;

    private AnalyzerOptions CreateOptions() => new(CompilerInputs.FlowFiles(Flows).ToImmutableArray());

    private Task<ImmutableArray<Diagnostic>> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options) =>
        _compilation.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false)).GetAnalyzerDiagnosticsAsync();
}
