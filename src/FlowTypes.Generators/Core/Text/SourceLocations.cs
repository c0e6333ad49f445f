using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Text;

/// <summary>Locations in additional files (flow and template JSON), the one place spans become file/line/column.</summary>
internal static class SourceLocations
{
    /// <summary>Clamps <paramref name="span"/> into <paramref name="text"/>: a zero-length span at the end of the file stays valid.</summary>
    public static TextSpan Clamp(SourceText text, TextSpan span)
    {
        var start = Math.Min(span.Start, text.Length);
        return TextSpan.FromBounds(start, Math.Min(Math.Max(span.End, start), text.Length));
    }

    /// <summary>A location in the file at <paramref name="path"/>, with its line span, as MSBuild prints it.</summary>
    public static Location Create(string path, SourceText text, TextSpan span)
    {
        var clamped = Clamp(text, span);
        return Location.Create(path, clamped, text.Lines.GetLinePositionSpan(clamped));
    }
}
