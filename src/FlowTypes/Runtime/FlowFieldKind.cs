using System.ComponentModel;

namespace FlowTypes.Runtime;

/// <summary>
/// How a field of a generated payload type is read from JSON. Not intended to be used directly: generated field tables
/// use it, and the members may change between versions together with the generator.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum FlowFieldKind
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

    /// <summary>A <c>DateOnly</c>: <c>"YYYY-MM-DD"</c>, or a millisecond Unix timestamp before Flow JSON 5.0.</summary>
    Date,

    /// <summary>A CalendarPicker range object.</summary>
    DateRange,

    /// <summary>PhotoPicker/DocumentPicker files.</summary>
    Media,

    /// <summary>Any JSON value, kept as a <see cref="System.Text.Json.JsonElement"/>.</summary>
    Json,
}
