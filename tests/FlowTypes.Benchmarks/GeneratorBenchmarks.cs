using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using FlowTypes.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Benchmarks;

/// <summary>
/// The compile/IDE path: the generator over N flow files (the corpus' valid flows replicated under distinct names).
/// Cold = a new driver and new file texts (nothing cached); Warm = the same driver re-run after an unrelated C# edit.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly string[] Corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus"), "*.json")
        .Where(f => !f.EndsWith(".invalid.json", StringComparison.Ordinal) && !f.EndsWith(".response.json", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText[] _files = Array.Empty<AdditionalText>();
    private GeneratorDriver _warmDriver = null!;

    [Params(1, 10, 100, 1000)]
    public int Flows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(FlowTypes.IFlowSubmission).Assembly.Location));
        _compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText("namespace Consumer { class A { } }") }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { class B { } }"));
        _warmDriver = CreateDriver(CreateFiles()).RunGenerators(_compilation);
    }

    [IterationSetup(Target = nameof(Cold))]
    public void FreshTexts() => _files = CreateFiles();

    [Benchmark(Description = "cold: parse + generate all flows")]
    public GeneratorDriver Cold() => CreateDriver(_files).RunGenerators(_compilation);

    [Benchmark(Description = "warm: re-run after an unrelated .cs edit")]
    public GeneratorDriver Warm() => _warmDriver.RunGenerators(_edited);

    private AdditionalText[] CreateFiles() =>
        Enumerable.Range(0, Flows).Select(i => (AdditionalText)new Text($"/project/flows/flow_{i:D4}.flow.json", Corpus[i % Corpus.Length])).ToArray();

    private static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files) =>
        CSharpGeneratorDriver.Create(new[] { new FlowTypesGenerator().AsSourceGenerator() }, files, new CSharpParseOptions(LanguageVersion.CSharp12), new Options());

    private sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text); // a new instance per file: nothing is served from the parse cache
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly Config Empty = new(ImmutableDictionary<string, string>.Empty);
        private static readonly Config Global = new(ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", "Consumer"));

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class Config : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public Config(ImmutableDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
