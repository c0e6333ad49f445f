using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Flows;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>Runs <see cref="FlowFileAnalyzer"/> over one in-memory flow file and returns its diagnostics, sorted by position.</summary>
internal static class FlowAnalysis
{
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string path, string text)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(path, text)));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FlowFileAnalyzer()), options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        var all = await withAnalyzers.GetAllDiagnosticsAsync().ConfigureAwait(false);

        // An analyzer exception surfaces as AD0001 in the full list; fail loudly rather than hide it.
        var crash = all.FirstOrDefault(d => d.Id == "AD0001");
        Xunit.Assert.True(crash is null, crash?.ToString());
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>"FT1012@113:45" (1-based line and column of the start).</summary>
    public static string Key(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"{diagnostic.Id}@{start.Line + 1}:{start.Character + 1}";
    }
}
