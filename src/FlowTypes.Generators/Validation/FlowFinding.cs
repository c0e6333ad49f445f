using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Validation;

/// <summary>One rule violation found by <see cref="FlowValidator"/>: which rule, where in the file, and the message arguments.</summary>
internal readonly struct FlowFinding
{
    public FlowFinding(DiagnosticDescriptor descriptor, TextSpan span, object[] arguments)
    {
        Descriptor = descriptor;
        Span = span;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public TextSpan Span { get; }

    public object[] Arguments { get; }

    public override string ToString() => Descriptor.Id + " " + Span + ": " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), Arguments);
}
