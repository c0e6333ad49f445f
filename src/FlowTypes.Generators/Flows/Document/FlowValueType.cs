namespace FlowTypes.Generators.Flows.Document;

/// <summary>
/// The type of a value in a Flow JSON expression: what a <c>${...}</c> reference holds or what an operator returns.
/// Meta's nested expressions work on strings, numbers and booleans; objects and arrays come from screen data and inputs.
/// </summary>
internal enum FlowValueType
{
    /// <summary>Not known at build time (an undeclared field, an unknown component, a data type Meta does not name).</summary>
    Unknown,

    String,

    Number,

    Boolean,

    Object,

    Array,
}
