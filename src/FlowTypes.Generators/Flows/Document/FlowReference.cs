using System.Collections.Generic;

namespace FlowTypes.Generators.Flows.Document;

/// <summary>A <c>${root.a.b}</c> reference inside a string value of a flow (see <see cref="FlowExpression"/>).</summary>
internal sealed class FlowReference
{
    public FlowReference(string text, int index, IReadOnlyList<string> segments, bool closed)
    {
        Text = text;
        Index = index;
        Segments = segments;
        Closed = closed;
    }

    /// <summary>The reference as written, e.g. <c>${data.name}</c>.</summary>
    public string Text { get; }

    /// <summary>Where <see cref="Text"/> starts in the string value.</summary>
    public int Index { get; }

    /// <summary>The dotted path: <c>data</c>/<c>form</c>/<c>screen</c> followed by names.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>True when the path is followed by the closing <c>}</c>.</summary>
    public bool Closed { get; }

    /// <summary>The root of the path: <c>data</c>, <c>form</c> or <c>screen</c>.</summary>
    public string Root => Segments[0];
}
