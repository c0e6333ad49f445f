using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FlowTypes.Benchmarks;

/// <summary>
/// The hand-written anchor (<see cref="HandWrittenAnchor"/>) for a real project's flow files, as a C# file: what
/// <c>build/ide-anchor/run.sh</c> puts into the language-server consumer that does without FlowTypes
/// (<c>--anchor-of-flows OUT.cs FLOWS_DIR [--endpoints]</c>).
/// </summary>
internal static class LanguageServerAnchor
{
    /// <summary>
    /// Runs FlowTypes' generator over every <c>*.flow.json</c> in <paramref name="flowsDirectory"/> (under the names the
    /// consumer gives them, so the records are named as the consumer's generated ones) and writes the hand-written
    /// records and System.Text.Json context of the same submissions to <paramref name="outputFile"/>; with
    /// <paramref name="endpoints"/>, also the endpoint records of the flows that have an endpoint.
    /// </summary>
    public static void Write(TextWriter log, string outputFile, string flowsDirectory, bool endpoints)
    {
        var files = Directory.GetFiles(flowsDirectory, "*.flow.json")
            .Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new CompilerInputs.Text("/project/flows/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToArray();
        if (files.Length == 0)
        {
            throw new ArgumentException($"No *.flow.json in {flowsDirectory}.", nameof(flowsDirectory));
        }

        var compilation = CompilerInputs.Compilation(Array.Empty<string>());
        var driver = CSharpGeneratorDriver.Create(new[] { new FlowTypes.Generators.FlowTypesGenerator().AsSourceGenerator() }, files, CompilerInputs.ParseOptions, new GeneratorBenchmarks.Options());
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var diagnostics);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count != 0)
        {
            throw new InvalidOperationException("FlowTypes reported errors for these flows: " + string.Join("; ", errors.Take(5)));
        }

        var source = HandWrittenAnchor.Records(generated, endpoints);
        File.WriteAllText(outputFile, source);
        log.WriteLine($"{files.Length} flows -> {outputFile} ({source.Split('\n').Length} lines of hand-written records and context)");
    }
}
