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

    /// <summary>The formatted message (like Roslyn, a format without arguments is used as is).</summary>
    public string Message
    {
        get
        {
            var format = Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Arguments.Length == 0 ? format : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Arguments);
        }
    }

    public override string ToString() => Descriptor.Id + " " + Span + ": " + Message;
}
