namespace FlowTypes.Generators.Flows.Spec;

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
