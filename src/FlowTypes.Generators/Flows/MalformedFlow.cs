using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows;

/// <summary>FT1001: a flow file that is not JSON, or whose root is not an object.</summary>
internal static class MalformedFlow
{
    public static FileDiagnostic? Check(string path, SourceText text)
    {
        var parsed = FlowFile.Read(text);
        if (parsed.Json.Error is { } error)
        {
            return Create(path, text, error.Span, error.Message);
        }

        if (parsed.Document is null)
        {
            var root = parsed.Json.Root!;
            var article = root.KindName is "object" or "array" ? "an " : "a ";
            return Create(path, text, new TextSpan(root.Span.Start, 1), "the root of a flow file must be a JSON object, but it is " + article + root.KindName);
        }

        return null;
    }

    public static Diagnostic ToDiagnostic(FileDiagnostic diagnostic) => Diagnostic.Create(
        DiagnosticDescriptors.MalformedFlowJson,
        Location.Create(
            diagnostic.Path,
            new TextSpan(diagnostic.Start, diagnostic.Length),
            new LinePositionSpan(new LinePosition(diagnostic.StartLine, diagnostic.StartCharacter), new LinePosition(diagnostic.EndLine, diagnostic.EndCharacter))),
        diagnostic.Argument);

    private static FileDiagnostic Create(string path, SourceText text, TextSpan span, string message)
    {
        var clamped = SourceLocations.Clamp(text, span);
        var lines = text.Lines.GetLinePositionSpan(clamped);
        return new FileDiagnostic(DiagnosticDescriptors.MalformedFlowJsonId, path, clamped.Start, clamped.Length, lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character, message);
    }
}
