using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FlowTypes.Generators.Templates;
using FlowTypes.Generators.Templates.Document;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Authoring;

/// <summary>
/// One template file checked and read as the build does, outside the compiler (for the <c>flowtypes</c> tool): the
/// FT2xxx diagnostics of the template file analyzer, with its messages and locations, and the templates the file
/// holds, from one parse. FT2028 (a FLOW button's screen exists in the flow) needs the project's flow files and is
/// left to the build.
/// </summary>
public sealed class TemplateFileReport
{
    private TemplateFileReport(string path, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<TemplateOutline> templates, bool isRegisteredList)
    {
        Path = path;
        Diagnostics = diagnostics;
        Templates = templates;
        IsRegisteredList = isRegisteredList;
    }

    /// <summary>The path the diagnostics are located in.</summary>
    public string Path { get; }

    /// <summary>What a build reports for the file (default severities), in the order it reports them.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The template objects of the file, in order (one for the Add shape, each entry for the Get shape).</summary>
    public ImmutableArray<TemplateOutline> Templates { get; }

    /// <summary>
    /// True when the file is in the "Get WhatsApp templates" shape (an array, or an object with a <c>templates</c>
    /// key, as <c>flowtypes templates pull</c> writes it) rather than one "Add WhatsApp template" body.
    /// </summary>
    public bool IsRegisteredList { get; }

    /// <summary>True when any diagnostic is an error (a build of the project fails).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Checks and reads the template file at <paramref name="path"/> whose content is <paramref name="text"/>.</summary>
    /// <param name="path">The file's path, as diagnostics should show it.</param>
    /// <param name="text">The file's content.</param>
    /// <param name="cancellationToken">Stops the parse.</param>
    public static TemplateFileReport Read(string path, string text, CancellationToken cancellationToken = default)
    {
        var source = SourceText.From(text);
        var parsed = TemplateFileReader.Read(source, cancellationToken);
        var templates = parsed.Templates.Select(t => new TemplateOutline(
            t.Name,
            t.Language,
            t.Category,
            t.Status,
            source.Lines.GetLinePosition((t.Node.Find("name") ?? t.Node.Find("templateName"))?.NameSpan.Start ?? t.Node.Span.Start)));
        return new TemplateFileReport(path, TemplateFileAnalyzer.Check(path, source, parsed).ToImmutableArray(), templates.ToImmutableArray(), parsed.IsListResponse);
    }
}
