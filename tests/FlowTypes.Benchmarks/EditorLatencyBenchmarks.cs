using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using FlowTypes.Generators;
using FlowTypes.Generators.Flows;
using FlowTypes.Generators.SendCode;
using FlowTypes.Generators.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FlowTypes.Benchmarks;

/// <summary>
/// What a person waits for in an editor: a keystroke in one C# file of a project with N flow files (their generated
/// sources included, produced by the generator in the set-up), then the diagnostics the editor host asks for. Each
/// invocation replaces the edited tree, so it analyzes a new compilation in which nothing is bound yet, exactly like
/// the host after a keystroke; the generated trees are the same objects across edits, as in a workspace.
/// Two ways hosts ask, each with its own same-run baseline (no analyzers):
/// <list type="bullet">
/// <item><b>document</b> (Visual Studio, the Roslyn language server, OmniSharp): the edited document's compiler
/// diagnostics, then <c>GetAnalyzerSyntaxDiagnosticsAsync</c> + <c>GetAnalyzerSemanticDiagnosticsAsync</c> for its
/// tree.</item>
/// <item><b>project</b> (csharp-ls 0.28): <c>GetAllDiagnosticsAsync</c> of the whole compilation, filtered to the
/// document; its baseline is the compiler's <c>GetDiagnostics</c> of the whole compilation.</item>
/// </list>
/// The anchor is what a team writes for the same flows without FlowTypes (<see cref="HandWrittenAnchor"/>: the records
/// by hand, a System.Text.Json source-generated context, the STJ generator's output in the compilation), edited and
/// asked the same two ways; it has no analyzers, so it gets only the compiler's diagnostics.
/// </summary>
/// <remarks>
/// The project way compiles every generated method body on each keystroke (about 30 ms of CPU per corpus flow), so
/// its class stops at 100 flows; <see cref="EditorDocumentLatencyBenchmarks"/> goes to 1,000.
/// </remarks>
public abstract class EditorLatencyBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> FlowTypesAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SendPayloadAnalyzer(), new TemplateFileAnalyzer(), new FlowFileAnalyzer());

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _anchor = null!;
    private CSharpCompilation _anchorWithEndpoints = null!;
    private SyntaxTree _program = null!;
    private SyntaxTree[] _edits = Array.Empty<SyntaxTree>();
    private AnalyzerOptions _options = null!;
    private int _edit;

    public abstract int Flows { get; set; }

    /// <summary>Lines of C# the project has besides the edited file: FlowTypes' generated sources.</summary>
    internal int GeneratedLines { get; private set; }

    /// <summary>The same for the anchor: the hand-written records and the STJ generator's sources.</summary>
    internal int AnchorLines { get; private set; }

    /// <summary>Of <see cref="AnchorLines"/>, the hand-written records and context.</summary>
    internal int AnchorRecordLines { get; private set; }

    /// <summary>The same for the anchor with endpoint records (<see cref="HandWrittenAnchor"/>, <c>endpoints</c>).</summary>
    internal int AnchorWithEndpointsLines { get; private set; }

    /// <summary>Of <see cref="AnchorWithEndpointsLines"/>, the hand-written records and context.</summary>
    internal int AnchorWithEndpointsRecordLines { get; private set; }

    /// <summary>The project with FlowTypes' generated sources, before any edit (for <see cref="EditorTiming"/>).</summary>
    internal CSharpCompilation FlowTypesCompilation => _compilation;

    /// <summary>The anchor's project, before any edit.</summary>
    internal CSharpCompilation AnchorCompilation => _anchor;

    /// <summary>The anchor's project with the endpoint records too, before any edit (for <see cref="EditorTiming"/>).</summary>
    internal CSharpCompilation AnchorWithEndpointsCompilation => _anchorWithEndpoints;

    /// <summary>The edited file as the set-up has it.</summary>
    internal SyntaxTree ProgramTree => _program;

    /// <summary>The two edited texts that alternate.</summary>
    internal IReadOnlyList<SyntaxTree> Edits => _edits;

    [GlobalSetup]
    public void Setup()
    {
        var files = CompilerInputs.FlowFiles(Flows).Append(new CompilerInputs.Text("/project/templates/order_update.template.json", Template)).ToImmutableArray();
        var optionsProvider = new GeneratorBenchmarks.Options();
        _program = Parse(Program(body: true));
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { _program },
            Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(FlowTypes.IFlowSubmission).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(new[] { new FlowTypesGenerator().AsSourceGenerator(), new TemplateGenerator().AsSourceGenerator() }, files, CompilerInputs.ParseOptions, optionsProvider);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        _compilation = (CSharpCompilation)generated;
        _options = new AnalyzerOptions(files, optionsProvider);

        // Two edits that alternate: the body parameter removed (FT3002) and put back (clean). Both really compile.
        _edits = new[] { Parse(Program(body: false)), Parse(Program(body: true)) };
        var errors = Flows > 100 ? Array.Empty<Diagnostic>() : _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length != 0)
        {
            throw new InvalidOperationException("The project must compile: " + string.Join("; ", errors.Take(5)));
        }

        _anchor = HandWrittenAnchor.Create(_compilation, _program, out var recordLines);
        AnchorRecordLines = recordLines;
        GeneratedLines = LinesBesides(_compilation, _program);
        AnchorLines = LinesBesides(_anchor, _program);
        _anchorWithEndpoints = HandWrittenAnchor.Create(_compilation, _program, out var endpointRecordLines, endpoints: true);
        AnchorWithEndpointsRecordLines = endpointRecordLines;
        AnchorWithEndpointsLines = LinesBesides(_anchorWithEndpoints, _program);

        var found = Edit(0).WithAnalyzers(FlowTypesAnalyzers, Options()).GetAnalyzerSemanticDiagnosticsAsync(Edit(0).GetSemanticModel(_edits[0]), null, CancellationToken.None).Result;
        if (found.Select(d => d.Id).SingleOrDefault() != "FT3002")
        {
            throw new InvalidOperationException("Expected FT3002 on the edited file, got: " + string.Join("; ", found));
        }
    }

    public int DocumentCompilerOnly()
    {
        var (compilation, tree) = Next();
        return compilation.GetSemanticModel(tree).GetDiagnostics().Length;
    }

    public int DocumentFlowTypes()
    {
        var (compilation, tree) = Next();
        var model = compilation.GetSemanticModel(tree);
        var withAnalyzers = compilation.WithAnalyzers(FlowTypesAnalyzers, Options());
        return model.GetDiagnostics().Length
            + withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).Result.Length
            + withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).Result.Length;
    }

    public int ProjectCompilerOnly() => Next().Compilation.GetDiagnostics().Length;

    public int DocumentHandWritten()
    {
        var (compilation, tree) = NextAnchor();
        return compilation.GetSemanticModel(tree).GetDiagnostics().Length;
    }

    public int ProjectHandWritten() => NextAnchor().Compilation.GetDiagnostics().Length;

    public int ProjectFlowTypes() => Next().Compilation.WithAnalyzers(FlowTypesAnalyzers, Options()).GetAllDiagnosticsAsync().Result.Length;

    /// <summary>The driver's own cost with an analyzer that registers the send analyzer's kinds of action and does nothing (exploration only).</summary>
    internal int ProjectNoOpOperations() => Next().Compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CompilerInputs.NoOpAnalyzer(sends: true)), Options()).GetAllDiagnosticsAsync().Result.Length;

    /// <summary>The same with an analyzer that registers only an additional-file action (exploration only).</summary>
    internal int ProjectNoOpFiles() => Next().Compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CompilerInputs.NoOpAnalyzer(sends: false)), Options()).GetAllDiagnosticsAsync().Result.Length;

    /// <summary>Per generated file: lines and the compiler's time for its diagnostics in a fresh compilation (exploration only).</summary>
    internal IEnumerable<(string File, int Lines, double Milliseconds)> BindTimes()
    {
        var compilation = Next().Compilation;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            compilation.GetSemanticModel(tree).GetDiagnostics();
            yield return (Path.GetFileName(tree.FilePath), tree.GetText().Lines.Count, clock.Elapsed.TotalMilliseconds);
        }
    }

    private CompilationWithAnalyzersOptions Options() => new(_options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);

    private (Compilation Compilation, SyntaxTree Tree) Next()
    {
        var index = _edit++ % _edits.Length;
        return (Edit(index), _edits[index]);
    }

    private Compilation Edit(int index) => _compilation.ReplaceSyntaxTree(_program, _edits[index]);

    private (Compilation Compilation, SyntaxTree Tree) NextAnchor()
    {
        var index = _edit++ % _edits.Length;
        return (_anchor.ReplaceSyntaxTree(_program, _edits[index]), _edits[index]);
    }

    private static int LinesBesides(Compilation compilation, SyntaxTree edited) =>
        compilation.SyntaxTrees.Where(t => t != edited).Sum(t => t.GetText().Lines.Count);

    private static SyntaxTree Parse(string source) => CSharpSyntaxTree.ParseText(source, CompilerInputs.ParseOptions, path: "/project/Program.cs");

    private static string Program(bool body) => $$"""
        using FlowTypes.Sending;

        namespace Consumer;

        internal static class Program
        {
            internal static TemplateMessage Send(string name) =>
                new TemplateMessage("order_update", "en_US",
                    {{(body ? "TemplateComponent.Body(TemplateParameter.Text(name), TemplateParameter.Text(\"A-1\"))," : string.Empty)}}
                    TemplateComponent.Button(0, ButtonSubType.Url, TemplateParameter.Text("A-1")));
        }
        """;

    private const string Template = """
        {
          "templateName": "order_update",
          "language": "en_US",
          "category": "UTILITY",
          "components": [
            { "type": "BODY", "text": "Hi {{1}}, order {{2}} has shipped.", "example": { "body_text": [ [ "Ana", "A-1" ] ] } },
            { "type": "BUTTONS", "buttons": [ { "type": "URL", "text": "Track", "url": "https://x.example/t/{{1}}", "example": [ "A-1" ] } ] }
          ]
        }
        """;
}

/// <summary>The document way (<see cref="EditorLatencyBenchmarks"/>), N = 1 to 1,000.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByParams)]
public class EditorDocumentLatencyBenchmarks : EditorLatencyBenchmarks
{
    [Params(1, 10, 100, 1000)]
    public override int Flows { get; set; }

    [Benchmark(Baseline = true, Description = "document: compiler only")]
    public int CompilerOnly() => DocumentCompilerOnly();

    [Benchmark(Description = "document: compiler + FlowTypes analyzers")]
    public int FlowTypes() => DocumentFlowTypes();

    [Benchmark(Description = "document: anchor, hand-written records + STJ context")]
    public int HandWritten() => DocumentHandWritten();
}

/// <summary>The project way (<see cref="EditorLatencyBenchmarks"/>, csharp-ls 0.28), N = 1 to 100.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByParams)]
public class EditorProjectLatencyBenchmarks : EditorLatencyBenchmarks
{
    [Params(1, 10, 100)]
    public override int Flows { get; set; }

    [Benchmark(Baseline = true, Description = "project: compiler only")]
    public int CompilerOnly() => ProjectCompilerOnly();

    [Benchmark(Description = "project: compiler + FlowTypes analyzers")]
    public int FlowTypes() => ProjectFlowTypes();

    [Benchmark(Description = "project: anchor, hand-written records + STJ context")]
    public int HandWritten() => ProjectHandWritten();
}
