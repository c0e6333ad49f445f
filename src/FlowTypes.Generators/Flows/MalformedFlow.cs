using System.Threading;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Text;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows;

/// <summary>FT1001: a flow file that is not JSON, or whose root is not an object.</summary>
internal static class MalformedFlow
{
    public static FileDiagnostic? Check(string path, SourceText text, CancellationToken cancellationToken = default)
    {
        var parsed = FlowFile.Read(text, cancellationToken);
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

    private static FileDiagnostic Create(string path, SourceText text, TextSpan span, string message) =>
        new(DiagnosticDescriptors.MalformedFlowJson, SourceLocations.Locate(path, text, span), message);
}
