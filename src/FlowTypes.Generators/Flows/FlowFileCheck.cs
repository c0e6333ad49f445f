using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows;

/// <summary>
/// The build's checks of one flow file outside the compiler, for the <c>flowtypes</c> tool: FT1001 as the generator
/// reports it (<see cref="MalformedFlow"/>) and FT1002 and later as <see cref="FlowFileAnalyzer"/> reports them, from
/// the same parser and validator, so the tool refuses exactly what the build refuses, with the same messages and
/// locations.
/// </summary>
internal static class FlowFileCheck
{
    public static ImmutableArray<Diagnostic> Check(string path, string text)
    {
        var source = SourceText.From(text);
        if (MalformedFlow.Check(path, source) is { } malformed)
        {
            return ImmutableArray.Create(malformed.ToDiagnostic());
        }

        var findings = FlowFile.Read(source).GetFindings(default);
        var builder = ImmutableArray.CreateBuilder<Diagnostic>(findings.Length);
        foreach (var finding in findings)
        {
            builder.Add(finding.ToDiagnostic(path, source));
        }

        return builder.MoveToImmutable();
    }
}
