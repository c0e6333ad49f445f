using System.Collections.Immutable;
using FlowTypes.Generators.Core.Json;

namespace FlowTypes.Generators.Templates.Document;

/// <summary>A HEADER, BODY or FOOTER component.</summary>
internal sealed class TemplateComponentDefinition
{
    public TemplateComponentDefinition(JsonObject node, string type)
    {
        Node = node;
        Type = type;
    }

    public JsonObject Node { get; }

    /// <summary>HEADER, BODY or FOOTER.</summary>
    public string Type { get; }

    public JsonString? FormatNode { get; set; }

    public string? Format => FormatNode?.Value;

    public JsonString? TextNode { get; set; }

    public string? Text => TextNode?.Value;

    /// <summary>The variables in the text, in order of appearance.</summary>
    public ImmutableArray<TemplateVariable> Variables { get; set; } = ImmutableArray<TemplateVariable>.Empty;

    /// <summary>The example values for this component's variables, or default when the file gives none.</summary>
    public ImmutableArray<string> Examples { get; set; }

    /// <summary>The node holding the examples (for diagnostics), or null.</summary>
    public JsonNode? ExamplesNode { get; set; }

    /// <summary>The number of distinct variables (what a send payload must supply).</summary>
    public int DistinctVariableCount
    {
        get
        {
            var names = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            foreach (var variable in Variables)
            {
                names.Add(variable.Name);
            }

            return names.Count;
        }
    }
}
