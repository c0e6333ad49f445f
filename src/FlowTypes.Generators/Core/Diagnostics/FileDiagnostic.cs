using System.Linq;
using FlowTypes.Generators.Core.Text;
using Microsoft.CodeAnalysis;

namespace FlowTypes.Generators.Core.Diagnostics;

/// <summary>
/// A diagnostic located in an additional file, as plain equatable data (Diagnostic and Location are not
/// equatable, so they must not be pipeline outputs). Turned into a Diagnostic only when reported.
/// </summary>
internal sealed record FileDiagnostic(DiagnosticDescriptor Descriptor, FileLocation Location, ImmutableEquatableArray<string> Arguments)
{
    public FileDiagnostic(DiagnosticDescriptor descriptor, FileLocation location, params string[] arguments)
        : this(descriptor, location, arguments.ToImmutableEquatableArray())
    {
    }

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location.ToLocation(), Arguments.Cast<object?>().ToArray());
}
