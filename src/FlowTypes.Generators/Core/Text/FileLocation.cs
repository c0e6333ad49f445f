using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Text;

/// <summary>
/// A place in an additional file (path, span and line span) as plain equatable data: <see cref="Location"/> is not
/// equatable, so pipeline outputs hold this and turn it into a location only when a diagnostic is reported.
/// </summary>
internal readonly record struct FileLocation(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(Path, Span, LineSpan);
}
