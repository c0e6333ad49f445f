using System.Globalization;
using FlowTypes.Generators.Core.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Diagnostics;

/// <summary>
/// One rule violation found in a flow or template file: which rule, where in the file, and the message arguments.
/// Validators return findings; analyzers turn them into diagnostics located in the file.
/// </summary>
internal readonly struct Finding
{
    public Finding(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments)
    {
        Descriptor = descriptor;
        Span = span;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public TextSpan Span { get; }

    public object?[] Arguments { get; }

    /// <summary>The formatted message (like Roslyn, a format without arguments is used as is).</summary>
    public string Message
    {
        get
        {
            var format = Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            return Arguments.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, Arguments);
        }
    }

    /// <summary>The diagnostic the build reports for this finding in the file at <paramref name="path"/> (the one conversion every analyzer uses).</summary>
    public Diagnostic ToDiagnostic(string path, SourceText text) => Diagnostic.Create(Descriptor, SourceLocations.Create(path, text, Span), Arguments);

    public override string ToString() => Descriptor.Id + " " + Span + ": " + Message;
}
