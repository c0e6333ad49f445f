using System.Collections.Immutable;
using System.Threading;
using FlowTypes.Generators.Flows;
using FlowTypes.Generators.Flows.Completions.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Authoring;

/// <summary>
/// One flow file checked and read as the build does, outside the compiler (for the <c>flowtypes</c> tool and the
/// preview): the build's diagnostics with its messages and locations, and the file's structure, both from one parse.
/// </summary>
public sealed class FlowFileReport
{
    private FlowFileReport(string path, ImmutableArray<Diagnostic> diagnostics, FlowOutline? outline, ImmutableArray<Diagnostic> untypedCompletionHints)
    {
        Path = path;
        UntypedCompletionHints = untypedCompletionHints;
        Diagnostics = diagnostics;
        Outline = outline;
    }

    /// <summary>The path the diagnostics are located in.</summary>
    public string Path { get; }

    /// <summary>
    /// What a build reports for the file, in the order it reports them: FT1001 alone (as the generator reports it)
    /// when the text is not JSON or its root is not an object, otherwise FT1002 and later (as the flow file analyzer
    /// reports them). Default severities; a project's .editorconfig is not applied.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The screens, components, actions and routes; null when the file is not a JSON object (FT1001).</summary>
    public FlowOutline? Outline { get; }

    /// <summary>
    /// FT1071 (info) as the build reports it, with its message and location, at each Footer <c>data_exchange</c> that
    /// finishes the flow through its endpoint (<see cref="FlowActionOutline.FinishesThroughEndpoint"/>), for when no
    /// <c>[FlowCompletion]</c> type of the project names this file. Not in <see cref="Diagnostics"/>: whether one does is
    /// known to the compilation, not to the file. Empty for a flow that does not finish through its endpoint.
    /// </summary>
    public ImmutableArray<Diagnostic> UntypedCompletionHints { get; }

    /// <summary>
    /// Whether <paramref name="flowFile"/>, the argument of a <c>[FlowCompletion("...")]</c> attribute, names the flow
    /// file at <paramref name="path"/>, by the generator's rule: the file name, or the end of its path; '/' and '' alike;
    /// case ignored.
    /// </summary>
    public static bool CompletionNames(string flowFile, string path) =>
        flowFile is not null && path is not null && CompletionFileNames.Matches(flowFile, path);

    /// <summary>True when any diagnostic is an error (a build of the project fails, and 8x8 would refuse the file).</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Checks and reads the flow file at <paramref name="path"/> whose content is <paramref name="text"/>.</summary>
    /// <param name="path">The file's path, as diagnostics should show it.</param>
    /// <param name="text">The file's content.</param>
    /// <param name="typeName">The item's <c>FlowTypeName</c> metadata, if any: it names the generated records (<see cref="FlowActionOutline.CompletionTypeName"/>).</param>
    /// <param name="cancellationToken">Stops the parse and the checks.</param>
    public static FlowFileReport Read(string path, string text, string? typeName = null, CancellationToken cancellationToken = default)
    {
        var source = SourceText.From(text);
        var file = FlowFile.Read(source, cancellationToken);
        if (MalformedFlow.Check(path, source, cancellationToken) is { } malformed)
        {
            return new FlowFileReport(path, ImmutableArray.Create(malformed.ToDiagnostic()), null, ImmutableArray<Diagnostic>.Empty);
        }

        var findings = file.GetFindings(cancellationToken);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(findings.Length);
        foreach (var finding in findings)
        {
            diagnostics.Add(finding.ToDiagnostic(path, source));
        }

        var outline = FlowOutlineBuilder.Build(path, source, file.Document!, typeName, out var hints, cancellationToken);
        return new FlowFileReport(path, diagnostics.MoveToImmutable(), outline, hints);
    }
}
