namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>The C# shape of a screen data value.</summary>
internal enum DataKind
{
    Json,
    String,
    Number,
    Integer,
    Boolean,
    Object,
}
