// One source file, compiled into the runtime (generated field tables name its members) and, linked (see
// FlowTypes.Generators.csproj), into the generator, whose models use it as the C# shape of a payload value: the member
// the generator writes is the member the runtime reads, by construction.

#if FLOWTYPES_GENERATORS
namespace FlowTypes.Generators.Core.Shared;
#else
namespace FlowTypes.Runtime;
#endif

/// <summary>
/// How a field of a generated payload type is read from JSON (the C# shape of the value). Not intended to be used
/// directly: generated field tables use it, and the members may change between versions together with the generator.
/// </summary>
#if FLOWTYPES_GENERATORS
internal enum FlowFieldKind
#else
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public enum FlowFieldKind
#endif
{
    /// <summary>A string (TextInput, TextArea, and dates where <c>DateOnly</c> is unavailable); numbers and booleans are kept as their JSON text.</summary>
    String,

    /// <summary>A <see cref="decimal"/>; numeric strings are accepted.</summary>
    Number,

    /// <summary>A <see cref="bool"/> (OptIn); the strings <c>"true"</c> and <c>"false"</c> are accepted.</summary>
    Boolean,

    /// <summary>An array of strings; a single string is one item.</summary>
    StringList,

    /// <summary>One option id of a choice component.</summary>
    Option,

    /// <summary>An array of option ids; a single id is one item.</summary>
    OptionList,

    /// <summary>
    /// A <c>DateOnly</c>: <c>"YYYY-MM-DD"</c> (Flow JSON 5.0+). A millisecond timestamp is read as its UTC date, for flows
    /// whose version is unknown; flows known to be older than 5.0 use <see cref="Timestamp"/>.
    /// </summary>
    Date,

    /// <summary>A CalendarPicker range object.</summary>
    DateRange,

    /// <summary>PhotoPicker/DocumentPicker files.</summary>
    Media,

    /// <summary>Any JSON value, kept as a <c>JsonElement</c> (nothing is lost when the type cannot be inferred).</summary>
    Json,

    /// <summary>
    /// A <c>DateTimeOffset</c>: the millisecond Unix timestamp (string or number) a DatePicker sends before Flow JSON 5.0.
    /// Meta: the business converts it to its own time zone and keeps the date part.
    /// </summary>
    Timestamp,
}
