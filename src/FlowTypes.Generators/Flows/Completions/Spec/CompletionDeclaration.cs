using FlowTypes.Generators.Core;
using FlowTypes.Generators.Flows.Spec;

namespace FlowTypes.Generators.Flows.Completions.Spec;

/// <summary>
/// A <c>[FlowCompletion("x.flow.json")]</c> type as the pipeline sees it: where it is, which flow file it names and the
/// keys it reads and writes. Value-equatable (no symbol, syntax node or location), so an edit elsewhere in the type's
/// file that leaves the declaration as it was is served from the cache.
/// </summary>
/// <param name="Namespace">The type's namespace (the generated half is written there).</param>
/// <param name="TypeName">The type's simple name (also the name of its router kind and webhook method).</param>
/// <param name="IsRecord">Whether the type is a record (else a class): the generated half repeats the keyword.</param>
/// <param name="FlowFile">The attribute's argument: the flow file's name, or the end of its path.</param>
/// <param name="PositionalCount">How many of <paramref name="Fields"/>, from the first, are the record's constructor parameters.</param>
/// <param name="Fields">The keys: the constructor's parameters in order, then the settable properties in declaration order.</param>
/// <param name="IsDocumented">Whether the user's declaration has an XML doc comment (else the generated half gives it one, so CS1591 does not point into generated code).</param>
internal sealed record CompletionDeclaration(
    string Namespace,
    string TypeName,
    bool IsRecord,
    string FlowFile,
    int PositionalCount,
    ImmutableEquatableArray<FieldModel> Fields,
    bool IsDocumented)
{
    /// <summary>The type as generated code in another namespace names it.</summary>
    public string QualifiedName => "global::" + Namespace + "." + TypeName;

    /// <summary>The hint name of the generated half.</summary>
    public string HintName => Namespace + "." + TypeName + ".Completion.g.cs";

    /// <summary>Whether the flow file at <paramref name="path"/> is the one the attribute names.</summary>
    public bool Names(string path) => CompletionFileNames.Matches(FlowFile, path);
}
