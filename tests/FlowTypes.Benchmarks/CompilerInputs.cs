using System.Collections.Immutable;
using FlowTypes.Generators.Flows;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Benchmarks;

/// <summary>Inputs shared by the generator and analyzer benchmarks.</summary>
internal static class CompilerInputs
{
    public static readonly string[] Corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus"), "*.json")
        .Where(f => !f.EndsWith(".invalid.json", StringComparison.Ordinal) && !f.EndsWith(".response.json", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    /// <summary>The corpus' valid flows (<c>TestData/corpus</c>), in a stable order.</summary>
    public static AdditionalText[] FlowFiles(int count) =>
        Enumerable.Range(0, count).Select(i => (AdditionalText)new Text($"/project/flows/flow_{i:D4}.flow.json", Corpus[i % Corpus.Length])).ToArray();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static SyntaxTree Parse(string source) => CSharpSyntaxTree.ParseText(source, ParseOptions);

    public static CSharpCompilation Compilation(IEnumerable<string> sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(Parse),
            Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(FlowTypes.IFlowSubmission).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public sealed class Text : AdditionalText
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

    /// <summary>
    /// The analyzer driver's own cost: the kinds of action the measured analyzers register, each doing nothing but
    /// reading its input. Operation actions make the driver bind every method body, so they are registered only when
    /// the measured analyzers register them too (the send analyzer does; the flow-file analyzer does not).
    /// </summary>
    /// <remarks>Not an <c>[DiagnosticAnalyzer]</c>: the benchmarks hand it to the driver directly, nothing loads it.</remarks>
#pragma warning disable RS1001 // see remarks: the attribute is only for analyzers the compiler loads from an assembly
    public sealed class NoOpAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        private readonly bool _operations;

        public NoOpAnalyzer(bool operations) => _operations = operations;

#pragma warning disable RS2008 // release tracking is for shipped rules; this one is never reported
        private static readonly DiagnosticDescriptor Never = new("NOOP0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterAdditionalFileAction(static c => _ = c.AdditionalFile.GetText(c.CancellationToken)?.Length);
            if (_operations)
            {
                context.RegisterOperationAction(static _ => { }, OperationKind.ObjectCreation, OperationKind.Invocation);
            }
        }
    }
}
