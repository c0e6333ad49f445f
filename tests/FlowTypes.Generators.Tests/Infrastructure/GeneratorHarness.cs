using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FlowTypes.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="FlowTypesGenerator"/> over in-memory flow files and compiles the result.</summary>
internal static class GeneratorHarness
{
    public const string ConsumerSource = "namespace Consumer { internal static class Placeholder { } }";

    public static CSharpCompilation CreateCompilation(string source = ConsumerSource, LanguageVersion languageVersion = LanguageVersion.CSharp12) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(languageVersion), path: "/src/Consumer.cs") },
            TestReferences.Net80WithRuntime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Error }));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, LanguageVersion languageVersion = LanguageVersion.CSharp12, IDictionary<string, string>? globalOptions = null, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new FlowTypesGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose),
            new TestAnalyzerConfigOptionsProvider(globalOptions ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorResult Run(params (string Path, string Text)[] flows) => Run(flows, ConsumerSource);

    public static GeneratorResult Run((string Path, string Text)[] flows, string source, LanguageVersion languageVersion = LanguageVersion.CSharp12)
    {
        var compilation = CreateCompilation(source, languageVersion);
        var driver = CreateDriver(flows.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), languageVersion);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        var compileDiagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return new GeneratorResult(run, generatorDiagnostics, compileDiagnostics, output);
    }
}

internal sealed record GeneratorResult(GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> GeneratorDiagnostics, ImmutableArray<Diagnostic> CompileDiagnostics, Compilation Output)
{
    public IReadOnlyList<GeneratedSourceResult> Sources => Run.Results.Single().GeneratedSources;

    /// <summary>
    /// The generator's warnings and errors. Info diagnostics are advice, not problems: FT1071 (a flow finishes through its
    /// endpoint without a declared completion) is reported on every such corpus flow that builds cleanly.
    /// </summary>
    public IEnumerable<Diagnostic> GeneratorProblems => GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning);

    public string Source(string hintNamePrefix) => Sources.Single(s => s.HintName.StartsWith(hintNamePrefix, System.StringComparison.Ordinal)).SourceText.ToString();
}

/// <summary>Analyzer config options for tests: global build properties and per-file metadata.</summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;
    private readonly IReadOnlyDictionary<string, IDictionary<string, string>> _perFile;

    public TestAnalyzerConfigOptionsProvider(IDictionary<string, string> global, IReadOnlyDictionary<string, IDictionary<string, string>>? perFile = null)
    {
        _global = new Options(global);
        _perFile = perFile ?? new Dictionary<string, IDictionary<string, string>>();
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _perFile.TryGetValue(textFile.Path, out var values) ? new Options(values) : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly IDictionary<string, string> _values;

        public Options(IDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
