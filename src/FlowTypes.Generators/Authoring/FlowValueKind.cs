namespace FlowTypes.Generators.Authoring;

/// <summary>The JSON type of a <see cref="FlowValue"/>.</summary>
public enum FlowValueKind
{
    /// <summary>A JSON object: see <see cref="FlowValue.Properties"/>.</summary>
    Object,

    /// <summary>A JSON array: see <see cref="FlowValue.Items"/>.</summary>
    Array,

    /// <summary>A JSON string: see <see cref="FlowValue.String"/>.</summary>
    String,

    /// <summary>A JSON number: see <see cref="FlowValue.Json"/> for the number as written.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>: see <see cref="FlowValue.Boolean"/>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}
