namespace FlowTypes.Generators.Authoring;

/// <summary>A field of a screen's <c>data</c> model: its name, declared type and <c>__example__</c>.</summary>
public sealed class FlowDataOutline
{
    internal FlowDataOutline(string name, FlowValue schema)
    {
        Name = name;
        Schema = schema;
    }

    /// <summary>The field name (<c>${data.name}</c>).</summary>
    public string Name { get; }

    /// <summary>The field's declaration as written (<c>{ "type": ..., "__example__": ... }</c>).</summary>
    public FlowValue Schema { get; }

    /// <summary>The declared <c>type</c>, when it is a string.</summary>
    public string? Type => Schema.GetString("type");

    /// <summary>The <c>__example__</c> value, which Meta's preview shows in place of <c>${data.name}</c>; null when missing.</summary>
    public FlowValue? Example => Schema.Get("__example__");
}
