using FlowTypes.Generators.Helpers;

namespace FlowTypes.Generators.Model;

// Pipeline models. Every type here is immutable and structurally equatable (records + ImmutableEquatableArray),
// and holds no Roslyn symbol, syntax node, location or compilation, so incremental caching works.

/// <summary>What the generator emits for one flow file.</summary>
internal sealed record FlowModel(
    string FilePath,
    string FileName,
    string HintName,
    string TypeBaseName,
    string? FlowId,
    string? Version,
    ImmutableEquatableArray<ScreenModel> Screens,
    ImmutableEquatableArray<SubmissionModel> Submissions);

/// <summary>A screen of the flow (for the generated screen-id constants).</summary>
internal sealed record ScreenModel(string Id, string ConstantName, bool Terminal, string? Title);

/// <summary>One distinct completion payload: the keys of one or more terminal screens' <c>complete</c> action.</summary>
internal sealed record SubmissionModel(
    string TypeName,
    ImmutableEquatableArray<string> TerminalScreens,
    ImmutableEquatableArray<FieldModel> Fields);

/// <summary>One key of a completion payload.</summary>
internal sealed record FieldModel(
    string JsonName,
    string PropertyName,
    FieldKind Kind,
    bool Required,
    string Summary);

/// <summary>The C# shape of a completion value.</summary>
internal enum FieldKind
{
    /// <summary>Any JSON value, kept as a JsonElement (nothing is lost when the type cannot be inferred).</summary>
    Json,
    String,
    Number,
    Boolean,
    StringList,
}

/// <summary>Settings that apply to every flow of the compilation.</summary>
internal sealed record GenerationSettings(string Namespace, bool CanGenerate, string LanguageVersion, bool HasIsExternalInit, bool HasNotNullWhen);
