using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using FlowTypes.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Benchmarks;

/// <summary>
/// The compile/IDE path: the generator over N flow files (the corpus' valid flows replicated under distinct names,
/// each with its own FlowTokenPrefix so that the router can tell them apart).
/// Cold = a new driver and new file texts (nothing cached); Warm = the same driver re-run after an unrelated C# edit.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory, BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText[] _files = Array.Empty<AdditionalText>();
    private GeneratorDriver _warmDriver = null!;
    private GeneratorDriver _warmFloorDriver = null!;

    [Params(1, 10, 100, 1000)]
    public int Flows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CompilerInputs.Compilation(new[] { "namespace Consumer { class A { } }" });
        _edited = _compilation.AddSyntaxTrees(CompilerInputs.Parse("namespace Consumer { class B { } }"));
        _warmDriver = CreateDriver(CreateFiles()).RunGenerators(_compilation);
        _warmFloorDriver = CreateDriver(CreateFiles(), new FloorGenerator()).RunGenerators(_compilation);
    }

    [IterationSetup(Targets = new[] { nameof(Cold), nameof(ColdFloor) })]
    public void FreshTexts() => _files = CreateFiles();

    [Benchmark(Baseline = true, Description = "floor: driver + one small source per file")]
    [BenchmarkCategory("cold")]
    public GeneratorDriver ColdFloor() => CreateDriver(_files, new FloorGenerator()).RunGenerators(_compilation);

    [Benchmark(Description = "cold: parse + generate all flows")]
    [BenchmarkCategory("cold")]
    public GeneratorDriver Cold() => CreateDriver(_files).RunGenerators(_compilation);

    [Benchmark(Baseline = true, Description = "floor: driver + one small source per file")]
    [BenchmarkCategory("warm")]
    public GeneratorDriver WarmFloor() => _warmFloorDriver.RunGenerators(_edited);

    [Benchmark(Description = "warm: re-run after an unrelated .cs edit")]
    [BenchmarkCategory("warm")]
    public GeneratorDriver Warm() => _warmDriver.RunGenerators(_edited);

    private AdditionalText[] CreateFiles() => CompilerInputs.FlowFiles(Flows);

    internal static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, IIncrementalGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(new[] { (generator ?? new FlowTypesGenerator()).AsSourceGenerator() }, files, CompilerInputs.ParseOptions, new Options());

    /// <summary>
    /// The driver's own cost: the least a generator that emits one source per flow file can do (select the flow
    /// files, read each text, add a one-line source). Its warm re-run is the per-input and per-output bookkeeping that
    /// every such incremental generator pays.
    /// </summary>
    private sealed class FloorGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider
                .Where(static text => text.Path.EndsWith(".flow.json", StringComparison.OrdinalIgnoreCase))
                .Select(static (text, cancellationToken) => (Name: Path.GetFileNameWithoutExtension(text.Path).Replace('.', '_'), Length: text.GetText(cancellationToken)?.Length ?? 0));
            context.RegisterSourceOutput(files, static (context, file) =>
                context.AddSource(file.Name + ".g.cs", SourceText.From($"// {file.Length} characters\ninternal static class {file.Name} {{ }}\n", System.Text.Encoding.UTF8)));
        }
    }

    internal sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly Config Empty = new(ImmutableDictionary<string, string>.Empty);
        private static readonly Config Global = new(ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", "Consumer"));

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        // Each replica gets its own FlowTokenPrefix, as a project with many similar flows would (FT9003 otherwise):
        // the benchmark measures 1,000 distinct, routable flows, not 1,000 warnings.
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            PerFile.GetOrAdd(textFile.Path, static path => new Config(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.FlowTokenPrefix", Path.GetFileNameWithoutExtension(path) + "-")));

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Config> PerFile = new(StringComparer.Ordinal);

        private sealed class Config : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public Config(ImmutableDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
