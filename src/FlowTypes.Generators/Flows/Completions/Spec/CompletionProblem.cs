using Microsoft.CodeAnalysis;

namespace FlowTypes.Generators.Flows.Completions.Spec;

/// <summary>What is wrong with a <c>[FlowCompletion]</c> declaration, at its C# location (for the analyzer; never a pipeline output).</summary>
internal sealed class CompletionProblem
{
    public CompletionProblem(DiagnosticDescriptor descriptor, Location location, params object[] arguments)
    {
        Descriptor = descriptor;
        Location = location;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public Location Location { get; }

    public object[] Arguments { get; }

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location, Arguments);
}
