using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Flows.Spec;

// Pipeline models. Every type here is immutable and structurally equatable (records + ImmutableEquatableArray),
// and holds no Roslyn symbol, syntax node, location or compilation, so incremental caching works.

/// <summary>What the generator emits for one flow file.</summary>
internal sealed record FlowModel(
    string FilePath,
    string FileName,
    string HintName,
    string TypeBaseName,
    string? FlowId,
    string? FlowTokenPrefix,
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
    string Summary,
    OptionSetModel? Options = null);

/// <summary>The static options of a choice component (RadioButtonsGroup, Dropdown, CheckboxGroup, ChipsSelector).</summary>
internal sealed record OptionSetModel(string TypeName, string Description, ImmutableEquatableArray<OptionModel> Options);

/// <summary>One option: its id (what the payload carries), a C# constant name, and its title in the flow.</summary>
internal sealed record OptionModel(string Id, string ConstantName, string Title);

/// <summary>The C# shape of a completion value.</summary>
internal enum FieldKind
{
    /// <summary>Any JSON value, kept as a JsonElement (nothing is lost when the type cannot be inferred).</summary>
    Json,
    String,
    Number,
    Boolean,
    StringList,

    /// <summary>One id of a choice component with static options: a generated option type.</summary>
    Option,

    /// <summary>Several ids of a multi-choice component with static options.</summary>
    OptionList,

    /// <summary>A DatePicker / single CalendarPicker date: DateOnly where available, else the string.</summary>
    Date,

    /// <summary>A CalendarPicker range.</summary>
    DateRange,

    /// <summary>PhotoPicker / DocumentPicker files.</summary>
    Media,
}

/// <summary>Settings that apply to every flow of the compilation.</summary>
internal sealed record GenerationSettings(string Namespace, bool CanGenerate, string LanguageVersion, bool HasIsExternalInit, bool HasNotNullWhen, bool UseDateOnly);
